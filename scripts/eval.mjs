#!/usr/bin/env node
/**
 * Held-out evaluation of the extractor.
 *
 *   node scripts/eval.mjs [DIR=fixtures/unseen] [--cli bin/extract.js] [--texts DIR] [--verbose] [--json]
 *
 * --texts DIR reads the documents from DIR instead of beside the YAML files
 * (the real-document sets keep only their expectations in the repository:
 * fixtures/real/README.md). --json prints the totals as one JSON object.
 *
 * Runs the built CLI as a user would (`node <cli> --format json <file>`, one
 * process per document), reads every *.yaml of DIR (the `extract check` format
 * plus `meta` and `exhaustive`), and matches the CLI's records to the expected
 * figures on (file, indicator, value), values compared exactly as decimals.
 *
 * Prints precision and recall of (file, indicator, value); among matched
 * figures the share with the right year, qualifier, status and unit; metadata
 * accuracy over all meta fields. --verbose also lists every miss (expected, not
 * found), every false positive (found with a built-in id, not expected) and
 * every attribute difference, with the record's text and sentence.
 *
 * It is a measurement, not a test: the exit code is always 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
// Place names compare as `extract check` compares them (`广州市` is `广州`, `宁夏回族自治区` is `宁夏`).
import { partKey, regionKey } from '../dist/check/region-key.js';

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { dir: 'fixtures/unseen', cli: 'bin/extract.js', verbose: false, help: false, texts: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--cli') opts.cli = argv[++i];
    else if (a === '--texts') opts.texts = argv[++i];
    else if (a === '--json') opts.json = true;
    else if (a.startsWith('--cli=')) opts.cli = a.slice(6);
    else if (a.startsWith('-')) {
      console.error(`eval: unknown option ${a} (ignored)`);
    } else opts.dir = a;
  }
  return opts;
}

// ---------------------------------------------------------------- exact decimals

const MULTIPLIERS = new Map([
  ['万亿', 12], ['萬億', 12], ['兆', 12],
  ['千万', 7], ['千萬', 7], ['百万', 6], ['百萬', 6],
  ['亿', 8], ['億', 8],
  ['万', 4], ['萬', 4],
  ['千', 3], ['百', 2],
]);

// Units that may follow a text figure in an expectation; the currency or
// measure itself is checked through the separate `unit` field.
const UNIT_WORDS = [
  '元人民币', '元人民幣', '港元', '港币', '港幣', '美元', '欧元', '歐元', '日元',
  '新台币元', '新臺幣元', '新台幣元', '元',
  '件', '项', '項', '家', '个', '個', '支', '只', '宗', '次', '名', '所', '间', '間', '人',
  '%', '倍',
];

/** Canonical decimal string: no exponent, no leading '+', no trailing fractional zeros. */
function canonical(sign, intDigits, fracDigits) {
  let i = intDigits.replace(/^0+(?=\d)/, '') || '0';
  let f = (fracDigits || '').replace(/0+$/, '');
  const s = f ? `${i}.${f}` : i;
  return s === '0' ? '0' : (sign === '-' ? '-' : '') + s;
}

/** Shift a plain decimal string by 10^exp, exactly. */
function shiftDecimal(str, exp) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(str);
  if (!m) return null;
  const [, sign, intPart = '', fracPart = ''] = m;
  if (!intPart && !fracPart) return null;
  let digits = (intPart || '0') + fracPart;
  let point = (intPart || '0').length + exp; // position of the decimal point in digits
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return canonical(sign, digits.slice(0, point), digits.slice(point));
}

/** A JS number as its exact shortest decimal string (what the record claims). */
function numberToDecimal(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m) return shiftDecimal(`${m[1]}${m[2]}.${m[3] || ''}`, Number(m[4]));
  return shiftDecimal(s, 0);
}

/**
 * Read an expected value: a YAML number (base units) or a text figure with its
 * unit (`1273.36亿元`, `9.9万件`, `1,273.36亿元`, `20亿港元`, `4.78万亿元`, `53.7%`).
 * Returns the canonical decimal string, or null when it cannot be read.
 */
function parseExpectedValue(v) {
  if (typeof v === 'number') return numberToDecimal(v);
  if (typeof v !== 'string') return null;
  let s = v.normalize('NFKC').replace(/[\s,，]/g, '');
  const m = /^([+-]?\d+(?:\.\d+)?)(万亿|萬億|兆|千万|千萬|百万|百萬|亿|億|万|萬|千|百)?(.*)$/.exec(s);
  if (!m) return null;
  const [, num, mult, rest] = m;
  if (rest && !UNIT_WORDS.includes(rest)) return null;
  return shiftDecimal(num, mult ? MULTIPLIERS.get(mult) : 0);
}

// ---------------------------------------------------------------- expectations

function listYaml(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listYaml(p));
    else if (/\.ya?ml$/i.test(name)) out.push(p);
  }
  return out;
}

function loadExpectations(dir, warnings, texts) {
  const docs = [];
  for (const yamlPath of listYaml(dir)) {
    let data;
    try {
      data = YAML.parse(readFileSync(yamlPath, 'utf8'));
    } catch (e) {
      warnings.push(`${yamlPath}: invalid YAML: ${e.message.split('\n')[0]}`);
      continue;
    }
    const list = Array.isArray(data?.documents) ? data.documents : [];
    if (!list.length) warnings.push(`${yamlPath}: no documents`);
    for (const d of list) {
      if (!d || typeof d.file !== 'string') {
        warnings.push(`${yamlPath}: a document without file`);
        continue;
      }
      const txtPath = texts ? resolve(texts, relative(dir, dirname(yamlPath)), d.file) : resolve(dirname(yamlPath), d.file);
      const figures = [];
      for (const [i, f] of (Array.isArray(d.figures) ? d.figures : []).entries()) {
        const value = parseExpectedValue(f?.value);
        if (!f || typeof f.indicator !== 'string' || value === null) {
          warnings.push(`${yamlPath}: ${d.file} figure #${i + 1}: cannot read ${JSON.stringify(f)}`);
          continue;
        }
        let valueMax;
        if (f.valueMax !== undefined && f.valueMax !== null) {
          valueMax = parseExpectedValue(f.valueMax);
          if (valueMax === null) warnings.push(`${yamlPath}: ${d.file} figure #${i + 1}: cannot read valueMax ${f.valueMax}`);
        }
        figures.push({
          indicator: f.indicator,
          value,
          valueText: String(f.value),
          valueMax: valueMax ?? undefined,
          year: f.year === undefined ? undefined : f.year,
          qualifier: f.qualifier,
          status: f.status,
          unit: f.unit,
          region: f.region,
          part: f.part,
        });
      }
      docs.push({
        yamlPath,
        file: d.file,
        txtPath,
        exhaustive: d.exhaustive !== false,
        meta: d.meta && typeof d.meta === 'object' ? d.meta : null,
        figures,
      });
    }
  }
  return docs;
}

// ---------------------------------------------------------------- running the CLI

function parseOutput(stdout) {
  const text = stdout.trim();
  if (!text) return { records: [] };
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v)) return { records: v };
    if (v && Array.isArray(v.records)) return { records: v.records };
    return { error: 'JSON output is not an array of records' };
  } catch {
    // Tolerate NDJSON, but say so.
    try {
      const recs = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      return { records: recs, note: 'output was NDJSON, not a JSON array' };
    } catch {
      return { error: `invalid JSON on stdout: ${JSON.stringify(text.slice(0, 160))}${text.length > 160 ? '…' : ''}` };
    }
  }
}

function runCli(cliPath, txtPath, extraArgs = []) {
  const rel = relative(process.cwd(), txtPath) || txtPath;
  const res = spawnSync(process.execPath, [cliPath, '--format', 'json', ...extraArgs, rel], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (res.error) return { error: `could not run: ${res.error.message}`, records: [] };
  const parsed = parseOutput(res.stdout || '');
  const why = errorLine(res.stderr || '');
  const exit = res.signal ? `killed by ${res.signal}` : `exit ${res.status}`;
  if (parsed.error) {
    return { error: res.status !== 0 ? `${exit}${why ? `: ${why}` : ''}` : parsed.error, records: [] };
  }
  const out = { records: parsed.records.filter((r) => r && typeof r === 'object'), note: parsed.note };
  if (res.status !== 0) out.note = [out.note, `${exit}${why ? `: ${why}` : ''}`].filter(Boolean).join('; ');
  return out;
}

/** The telling line of a CLI's stderr (Node prints the stack frame first). */
function errorLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return '';
  const hit = lines.find((l) => /Cannot find (module|package)/.test(l)) || lines.find((l) => /ERR_MODULE_NOT_FOUND/.test(l));
  if (hit) return `${hit.slice(0, 200)} (is the CLI built? try npm run build)`;
  const err = lines.find((l) => /^(\w*Error|error)\b[:\s]/i.test(l)) || lines[0];
  return err.slice(0, 200);
}

// ---------------------------------------------------------------- matching

const ATTRS = ['year', 'qualifier', 'status', 'unit', 'region', 'part'];


function recYear(r) {
  return r.year === undefined ? null : r.year;
}

function attrOk(e, r, a) {
  if (a === 'year') return e.year === undefined ? true : (e.year ?? null) === recYear(r);
  if (e[a] === undefined) return true;
  if (a === 'region' || a === 'part') {
    const want = e[a] ?? null;
    const got = r[a] ?? null;
    if (want === null || got === null) return want === got;
    return a === 'region' ? regionKey(String(want)) === regionKey(String(got)) : partKey(String(want)) === partKey(String(got));
  }
  return e[a] === r[a];
}

/** Greedy assignment on best attribute agreement; returns pairs and leftovers. */
function matchDocument(expected, records) {
  const recs = records.map((r, i) => ({ r, i, dec: numberToDecimal(typeof r.value === 'string' ? Number(r.value) : r.value) }));
  const pairs = [];
  expected.forEach((e, ei) => {
    recs.forEach((x) => {
      if (x.r.indicator === e.indicator && x.dec !== null && x.dec === e.value) {
        const score = ATTRS.reduce((s, a) => s + (attrOk(e, x.r, a) ? 1 : 0), 0);
        pairs.push({ ei, ri: x.i, score });
      }
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.ei - b.ei || a.ri - b.ri);
  const usedE = new Set();
  const usedR = new Set();
  const matched = [];
  for (const p of pairs) {
    if (usedE.has(p.ei) || usedR.has(p.ri)) continue;
    usedE.add(p.ei);
    usedR.add(p.ri);
    matched.push({ e: expected[p.ei], r: records[p.ri] });
  }
  const misses = expected.filter((_, i) => !usedE.has(i));
  const extras = records.filter((_, i) => !usedR.has(i));
  return { matched, misses, extras };
}

// ---------------------------------------------------------------- reporting

const META_FIELDS = ['docTitle', 'docNumber', 'docIssuer', 'docDate'];

function normMeta(v) {
  if (v === undefined || v === null) return null;
  const s = String(v).replace(/[\s\u3000]+/g, ' ').trim();
  return s === '' ? null : s;
}

function pct(n, d) {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

function short(s, n = 120) {
  if (typeof s !== 'string') return '';
  const t = s.replace(/\s*\n\s*/g, '⏎');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function fmtValue(r) {
  const v = r.value;
  const max = r.valueMax !== undefined && r.valueMax !== null ? `–${r.valueMax}` : '';
  return `${v}${max}`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log('usage: node scripts/eval.mjs [DIR=fixtures/unseen] [--cli bin/extract.js] [--verbose]');
    return;
  }
  const dir = resolve(opts.dir);
  const cliPath = resolve(opts.cli);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.log(`eval: no such directory: ${opts.dir}`);
    return;
  }
  if (!existsSync(cliPath)) {
    console.log(`eval: the CLI ${opts.cli} does not exist (yet). Build it (npm run build) or pass --cli PATH.`);
    return;
  }

  const warnings = [];
  const docs = loadExpectations(dir, warnings, opts.texts ? resolve(opts.texts) : null);
  if (!docs.length) {
    console.log(`eval: no expectations (*.yaml with documents:) under ${opts.dir}`);
    for (const w of warnings) console.log(`  warning: ${w}`);
    return;
  }

  const totals = { expected: 0, found: 0, matched: 0, fp: 0, fpCounted: 0 };
  const attrRight = Object.fromEntries(ATTRS.map((a) => [a, 0]));
  const attrSeen = Object.fromEntries(ATTRS.map((a) => [a, 0]));
  let rangeSeen = 0;
  let rangeRight = 0;
  const meta = { right: 0, total: 0, byField: Object.fromEntries(META_FIELDS.map((f) => [f, [0, 0]])) };
  const rows = [];
  const verbose = [];
  let cliFailures = 0;

  for (const doc of docs) {
    const label = relative(dir, doc.txtPath);
    if (!existsSync(doc.txtPath)) {
      warnings.push(`${relative(process.cwd(), doc.yamlPath)}: missing document ${doc.file}`);
      continue;
    }
    const run = runCli(cliPath, doc.txtPath);
    if (run.error) {
      cliFailures++;
      warnings.push(`${label}: ${run.error}`);
    } else if (run.note) warnings.push(`${label}: ${run.note}`);
    const all = run.records;
    const known = all.filter((r) => typeof r.indicator === 'string' && r.indicator !== 'other');
    const { matched, misses, extras } = matchDocument(doc.figures, known);

    totals.expected += doc.figures.length;
    totals.found += known.length;
    totals.matched += matched.length;
    totals.fp += extras.length;
    if (doc.exhaustive) totals.fpCounted += extras.length;

    for (const { e, r } of matched) {
      const diffs = [];
      for (const a of ATTRS) {
        if (a === 'year' ? e.year === undefined : e[a] === undefined) continue;
        attrSeen[a]++;
        if (attrOk(e, r, a)) attrRight[a]++;
        else diffs.push(`${a} ${JSON.stringify(a === 'year' ? e.year : e[a])}≠${JSON.stringify(a === 'year' ? recYear(r) : r[a])}`);
      }
      if (e.valueMax !== undefined) {
        rangeSeen++;
        const got = r.valueMax === undefined || r.valueMax === null ? null : numberToDecimal(r.valueMax);
        if (got === e.valueMax) rangeRight++;
        else diffs.push(`valueMax ${e.valueMax}≠${got}`);
      }
      if (diffs.length) {
        verbose.push(`  DIFF  ${label}  ${e.indicator}  ${e.valueText}  ${diffs.join(', ')}  text=${JSON.stringify(r.text ?? '')}`);
      }
    }
    for (const e of misses) {
      // Same value under another id (or as `other`) usually means a labelling miss.
      const same = all.find((r) => r.indicator !== e.indicator && numberToDecimal(r.value) === e.value);
      const hint = same ? `  — found as ${same.indicator} text=${JSON.stringify(same.text ?? '')}` : '';
      verbose.push(`  MISS  ${label}  ${e.indicator}  ${e.valueText}  (year ${e.year ?? 'null'}, ${e.qualifier ?? '?'}, ${e.status ?? '?'})${hint}`);
    }
    if (doc.exhaustive) {
      for (const r of extras) {
        // A value off by float noise (127335999999.99998 for 1273.36亿元) is a
        // miss and a false positive both, but say why.
        const near = misses.find(
          (e) => e.indicator === r.indicator && typeof r.value === 'number' &&
            Math.abs(Number(e.value) - r.value) <= 1e-9 * Math.max(1, Math.abs(r.value)),
        );
        const hint = near ? `  (inexact: expected exactly ${near.value})` : '';
        verbose.push(`  FP    ${label}  ${r.indicator}  ${fmtValue(r)} ${r.unit ?? ''}  text=${JSON.stringify(r.text ?? '')}  sentence=${JSON.stringify(short(r.sentence))}${hint}`);
      }
    }

    // Metadata: the same on every record of a file; without any built-in
    // record, ask for --all to see it.
    let metaRec = all[0];
    if (!metaRec && !run.error) metaRec = runCli(cliPath, doc.txtPath, ['--all']).records[0];
    if (doc.meta) {
      for (const f of META_FIELDS) {
        if (!(f in doc.meta)) continue;
        const want = normMeta(doc.meta[f]);
        const got = metaRec ? normMeta(metaRec[f]) : undefined;
        const ok = metaRec !== undefined && want === got;
        meta.total++;
        meta.byField[f][1]++;
        if (ok) {
          meta.right++;
          meta.byField[f][0]++;
        } else {
          verbose.push(`  META  ${label}  ${f}: expected ${JSON.stringify(want)}, got ${metaRec ? JSON.stringify(got) : '(no record)'}`);
        }
      }
    }

    rows.push({
      label,
      expected: doc.figures.length,
      found: known.length,
      matched: matched.length,
      fp: doc.exhaustive ? extras.length : null,
      error: Boolean(run.error),
    });
  }

  if (opts.json) {
    const den = totals.matched + totals.fpCounted;
    const attrs = Object.fromEntries(ATTRS.map((a) => [a, attrSeen[a] ? attrRight[a] / attrSeen[a] : null]));
    console.log(JSON.stringify({ documents: rows.length, expected: totals.expected, matched: totals.matched, falsePositives: totals.fpCounted, precision: den ? totals.matched / den : 0, recall: totals.expected ? totals.matched / totals.expected : 0, ...attrs, metadata: meta.total ? meta.right / meta.total : null, warnings }));
    return;
  }

  // ------------------------------------------------------------ print
  const w = Math.max(8, ...rows.map((r) => r.label.length));
  console.log(`Held-out evaluation: ${rows.length} document(s) in ${relative(process.cwd(), dir) || '.'}, CLI ${relative(process.cwd(), cliPath)}`);
  console.log('');
  console.log(`${'document'.padEnd(w)}  expected  found  matched  missed  false+`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(w)}  ${String(r.expected).padStart(8)}  ${String(r.found).padStart(5)}  ${String(r.matched).padStart(7)}  ${String(r.expected - r.matched).padStart(6)}  ${String(r.fp ?? '-').padStart(6)}${r.error ? '  (CLI error)' : ''}`,
    );
  }
  console.log('');
  const precisionDen = totals.matched + totals.fpCounted;
  const p = precisionDen ? totals.matched / precisionDen : 0;
  const rc = totals.expected ? totals.matched / totals.expected : 0;
  const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
  console.log(`figures (file, indicator, value):`);
  console.log(`  expected ${totals.expected}, found ${totals.found} with a built-in id, matched ${totals.matched}, false positives ${totals.fpCounted}`);
  console.log(`  precision ${pct(totals.matched, precisionDen)} (${totals.matched}/${precisionDen})`);
  console.log(`  recall    ${pct(totals.matched, totals.expected)} (${totals.matched}/${totals.expected})`);
  console.log(`  F1        ${(100 * f1).toFixed(1)}%`);
  console.log(`among matched figures:`);
  for (const a of ATTRS) console.log(`  ${a.padEnd(9)} ${pct(attrRight[a], attrSeen[a])} (${attrRight[a]}/${attrSeen[a]})`);
  if (rangeSeen) console.log(`  valueMax  ${pct(rangeRight, rangeSeen)} (${rangeRight}/${rangeSeen} ranges)`);
  console.log(`metadata: ${pct(meta.right, meta.total)} (${meta.right}/${meta.total} fields)`);
  for (const f of META_FIELDS) {
    const [ok, n] = meta.byField[f];
    if (n) console.log(`  ${f.padEnd(9)} ${pct(ok, n)} (${ok}/${n})`);
  }
  if (cliFailures) console.log(`CLI failed on ${cliFailures} of ${rows.length} document(s); see warnings.`);
  if (warnings.length) {
    console.log('');
    console.log('warnings:');
    // The same CLI failure on every document is said once.
    const byMsg = new Map();
    for (const x of warnings) {
      const m = /^([^:]+\.txt): (.*)$/.exec(x);
      const key = m ? m[2] : x;
      if (!byMsg.has(key)) byMsg.set(key, []);
      byMsg.get(key).push(m ? m[1] : null);
    }
    for (const [msg, files] of byMsg) {
      if (files.length > 2 && files.every(Boolean)) console.log(`  ${files.length} documents: ${msg}`);
      else for (const f of files) console.log(`  ${f ? `${f}: ` : ''}${msg}`);
    }
  }
  if (opts.verbose && verbose.length) {
    console.log('');
    console.log('details (MISS expected not found; FP found, not expected; DIFF matched with other attributes; META):');
    for (const line of verbose) console.log(line);
  } else if (!opts.verbose && (totals.expected - totals.matched || totals.fpCounted)) {
    console.log('');
    console.log('(run with --verbose to list misses, false positives and differences)');
  }
}

export { parseExpectedValue, numberToDecimal, shiftDecimal };

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (e) {
    console.log(`eval: unexpected error: ${e?.stack || e}`);
  }
  process.exitCode = 0;
}
