#!/usr/bin/env node
// Grammar-aware fuzzer of the library (the built dist/): documents made of the
// rule packs' labels and keywords, numbers in every script (Arabic with and
// without separators, full-width, Chinese, financial 壹贰叁, traditional 萬億兩,
// mixed 1.2万), units, qualifiers, years, growth clauses and punctuation, a part
// of them mutated with random code points (lone surrogates included). Each
// document goes through scanQuantities and extractWith; each number token
// through parseQuantity.
//
//   node scripts/fuzz.mjs [--count N (default 1000000)] [--seed S (default 1)] [--quiet]
//
// Fails (exit 1) on: a throw; a non-finite value or valueMax; a value that is
// not the reading of its own decimal string (value !== Number(valueText), or
// valueText not a plain decimal). Also reported, not failed on: tokens whose
// exact value (computed here with BigInt) is read differently ("misreads": the
// grammar writes some forms a reader may fairly take otherwise), records whose
// line/column do not point at their text, and the slowest document.
import { performance } from 'node:perf_hooks';
import { scanQuantities, parseQuantity } from '../dist/numbers/index.js';
import { extractWith } from '../dist/extract.js';
import { loadRuleSet } from '../dist/rules/load.js';

function parseArgs(argv) {
  const o = { count: 1_000_000, seed: 1, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--count') o.count = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--quiet') o.quiet = true;
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write('usage: node scripts/fuzz.mjs [--count N] [--seed S] [--quiet]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!(Number.isInteger(o.count) && o.count > 0)) throw new Error('--count must be a positive integer');
  return o;
}

// ------------------------------------------------------------ random source

/** xorshift128+ on BigInt-free 32-bit halves (deterministic for a seed). */
function rng(seed) {
  let a = seed >>> 0 || 1;
  let b = (seed * 2654435761) >>> 0 || 2;
  let c = 0x9e3779b9;
  let d = 0x7f4a7c15;
  const next = () => {
    const t = b << 9;
    let r = a * 5;
    r = ((r << 7) | (r >>> 25)) * 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return (r >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

// ------------------------------------------------------------ numbers with their exact values

const DIGITS = '0123456789';
const FULL = '０１２３４５６７８９';
const ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FIN = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const TRAD = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A random decimal string: up to 12 integer digits, up to 4 decimals. */
function randomDecimal(r) {
  const len = 1 + r.int(r.chance(0.7) ? 5 : 12);
  let int = String(1 + r.int(9));
  for (let i = 1; i < len; i++) int += DIGITS[r.int(10)];
  if (r.chance(0.05)) int = '0';
  const frac = r.chance(0.4) ? Array.from({ length: 1 + r.int(4) }, () => DIGITS[r.int(10)]).join('') : '';
  return frac ? `${int}.${frac}` : int;
}

/** `1234567.5` → `1,234,567.5` */
function separated(d, sep = ',') {
  const [i, f] = d.split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return f ? `${g}.${f}` : g;
}

/** The Chinese numeral of a non-negative integer below 10^16 (standard form: 一千零五万零三十). */
function chinese(n, digits = ZH, units = ['', '十', '百', '千'], big = ['', '万', '亿', '万亿'], r) {
  if (n === 0n) return digits[0];
  const sections = [];
  for (let x = n; x > 0n; x /= 10000n) sections.push(Number(x % 10000n));
  let out = '';
  let zero = false;
  for (let s = sections.length - 1; s >= 0; s--) {
    const v = sections[s];
    if (v === 0) {
      zero = out !== '';
      continue;
    }
    if (zero || (out !== '' && v < 1000)) out += digits[0];
    zero = false;
    let sec = '';
    let gap = false;
    for (let k = 3; k >= 0; k--) {
      const dgt = Math.floor(v / 10 ** k) % 10;
      if (dgt === 0) {
        gap = sec !== '';
        continue;
      }
      if (gap) sec += digits[0];
      gap = false;
      // 两 for a 2 before 百/千 (两千), sometimes; 十五 for 15 at the very start, sometimes.
      const two = dgt === 2 && k >= 2 && digits === ZH && r?.chance(0.3);
      const leadTen = dgt === 1 && k === 1 && sec === '' && out === '' && digits === ZH && r?.chance(0.5);
      sec += (leadTen ? '' : two ? '两' : digits[dgt]) + units[k];
    }
    out += sec + big[s];
  }
  return out;
}

const MAGS = [
  ['万', 4],
  ['亿', 8],
  ['千', 3],
  ['百', 2],
  ['萬', 4],
  ['億', 8],
  ['万亿', 12],
];

/** A number token and its exact value (a decimal string), in one of the scripts. */
function numberToken(r) {
  const form = r.int(8);
  if (form <= 1) {
    const d = randomDecimal(r);
    return { text: r.chance(0.4) ? separated(d) : d, value: d };
  }
  if (form === 2) {
    const d = randomDecimal(r);
    const s = r.chance(0.4) ? separated(d, '，') : d;
    return { text: [...s].map((c) => (/\d/.test(c) ? FULL[+c] : c === '.' ? '．' : c)).join(''), value: d };
  }
  const n = BigInt(Math.floor(r.next() * 10 ** (1 + r.int(12))));
  if (form === 3 || form === 4) return { text: chinese(n, ZH, undefined, undefined, r), value: String(n) };
  if (form === 5) return { text: chinese(n, FIN, ['', '拾', '佰', '仟'], ['', '万', '亿', '万亿']), value: String(n) };
  if (form === 6) return { text: chinese(n, TRAD, ['', '十', '百', '千'], ['', '萬', '億', '萬億']), value: String(n) };
  // mixed: 1.2万, 35亿, 3千
  const [mag, exp] = r.pick(MAGS);
  const d = randomDecimal(r).slice(0, 6).replace(/\.$/, '');
  return { text: d + mag, value: shift(d, exp) };
}

/** d × 10^k for a decimal string (exact). */
function shift(d, k) {
  const [i, f = ''] = d.split('.');
  let digits = i + f;
  let point = i.length + k;
  if (point >= digits.length) digits = digits.padEnd(point, '0');
  let out = digits.slice(0, point) + (point < digits.length ? '.' + digits.slice(point) : '');
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out || '0';
}

const UNITS = [
  ['元', 0],
  ['万元', 4],
  ['亿元', 8],
  ['千元', 3],
  ['万美元', 4],
  ['亿元人民币', 8],
  ['件', 0],
  ['项', 0],
  ['家', 0],
  ['个', 0],
  ['万件', 4],
  ['%', 0],
  ['倍', 0],
  ['个百分点', 0],
  ['人次', 0],
  ['', 0],
];
const QUAL_BEFORE = ['', '', '', '超过', '逾', '约', '近', '不超过', '不到', '达', '共', '累计', '多达', '突破'];
const QUAL_AFTER = ['', '', '', '以上', '左右', '余', '多', '以内'];
const VERBS = ['', '为', '达到', '实现', '完成', '共', '新增', '达', '合计', '增长到', '由'];
const YEARS = ['', '2019年,', '2020年', '二〇二一年', '去年', '今年1-6月,', '截至2022年底,', '民国108年', '2016-2020年累计', '“十四五”期间,', '到2025年,'];
const REGIONS = ['', '', '全市', '全省', '我市', '广州市', '深圳', '全国', '香港'];
const CUES = ['', '', '力争', '目标', '预计', '计划', '拟'];
const PUNCT = ['。', ',', ';', '、', '，', '：', '!', '\n', '\n\n', '|', '(', ')', '《', '》', '〔', '〕', ' '];

function labelsOf(rules) {
  const words = new Set();
  for (const r of rules.rules) {
    words.add(r.label);
    for (const m of r.match) for (const f of ['before', 'after', 'context', 'within']) for (const w of (m.spec[f] ?? '').match(/[\u4e00-\u9fff]{2,}/g) ?? []) words.add(w);
  }
  return [...words];
}

/** A random code point, sometimes a lone surrogate, control character or astral character. */
function randomChar(r) {
  const k = r.int(6);
  if (k === 0) return String.fromCharCode(r.int(0x20));
  if (k === 1) return String.fromCharCode(0xd800 + r.int(0x800));
  if (k === 2) return String.fromCodePoint(0x10000 + r.int(0x100000 - 0x10000));
  if (k === 3) return String.fromCharCode(0x4e00 + r.int(0x5200));
  return String.fromCharCode(r.int(0x10000));
}

function mutate(r, s) {
  const chars = [...s];
  for (let n = 1 + r.int(4); n > 0; n--) {
    const at = r.int(chars.length + 1);
    const op = r.int(3);
    if (op === 0) chars.splice(at, 0, randomChar(r));
    else if (op === 1) chars.splice(at, 1);
    else chars.splice(at, 0, ...chars.slice(at, at + 1 + r.int(4)));
  }
  return chars.join('');
}

/** One document: 1–3 sentences; the number tokens written into it, with their exact values. */
function document(r, labels) {
  const tokens = [];
  let doc = '';
  for (let s = 1 + r.int(3); s > 0; s--) {
    let sentence = r.pick(YEARS) + r.pick(REGIONS) + r.pick(CUES) + r.pick(labels) + r.pick(VERBS) + r.pick(QUAL_BEFORE);
    for (let f = 1 + (r.chance(0.3) ? r.int(4) : 0); f > 0; f--) {
      const num = numberToken(r);
      // 八萬零二 + 千元 reads as 八萬零二千 元: no unit that starts with a magnitude after a Chinese numeral.
      const [unit] = r.pick(/^[\d０-９.,．，]+$/.test(num.text) ? UNITS : UNITS.filter(([u]) => !/^[千百万亿]/.test(u)));
      tokens.push({ text: num.text + unit, value: num.value, unit });
      sentence += num.text + unit + r.pick(QUAL_AFTER);
      if (f > 1) sentence += r.pick(['、', '和', ',其中', '及', '', '-', '至']);
    }
    if (r.chance(0.2)) sentence += `,同比增长${numberToken(r).text}%`;
    sentence += r.pick(PUNCT);
    doc += sentence;
  }
  if (r.chance(0.15)) doc = mutate(r, doc);
  if (r.chance(0.02)) doc = Array.from({ length: r.int(200) }, () => randomChar(r)).join('');
  return { doc, tokens };
}

// ------------------------------------------------------------ checks

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

function checkQuantity(q, where, report) {
  for (const [v, t, name] of [
    [q.value, q.valueText, 'value'],
    [q.valueMax, q.valueMaxText, 'valueMax'],
  ]) {
    if (v === undefined && t === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) report('nonFinite', `${where}: ${name} ${v} (${t})`);
    else if (typeof t !== 'string' || !DECIMAL.test(t) || Number(t) !== v) report('inexact', `${where}: ${name} ${v} vs decimal ${JSON.stringify(t)}`);
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const rules = await loadRuleSet();
  const labels = labelsOf(rules);
  const r = rng(o.seed);
  const counts = { inputs: 0, tokens: 0, quantities: 0, records: 0, throws: 0, nonFinite: 0, inexact: 0, misreads: 0, provenance: 0 };
  const examples = {};
  const report = (kind, msg) => {
    counts[kind]++;
    (examples[kind] ??= []).length < 5 && examples[kind].push(msg);
  };
  const slowestPerMillion = [];
  let perMillion = { ms: 0, doc: '' };
  const t0 = performance.now();
  for (let i = 0; i < o.count; i++) {
    const { doc, tokens } = document(r, labels);
    counts.inputs++;
    const show = JSON.stringify(doc.length > 120 ? doc.slice(0, 120) + '…' : doc);
    // The number reader on the whole document and on each token.
    try {
      const qs = scanQuantities(doc);
      counts.quantities += qs.length;
      for (const q of qs) {
        checkQuantity(q, `scan ${show}`, report);
        if (doc.slice(q.start, q.end) !== q.text) report('provenance', `scan ${show}: span ${q.start}-${q.end} is not ${JSON.stringify(q.text)}`);
      }
    } catch (e) {
      report('throws', `scanQuantities(${show}): ${e.stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
    for (const tok of tokens) {
      counts.tokens++;
      try {
        const q = parseQuantity(tok.text);
        if (!q) continue;
        checkQuantity(q, `parseQuantity(${JSON.stringify(tok.text)})`, report);
        if (q.text === tok.text && tok.unit !== '' && !/%|倍|百分点/.test(tok.unit) && q.valueText !== shift(tok.value, (UNITS.find(([u]) => u === tok.unit) ?? ['', 0])[1])) {
          report('misreads', `${JSON.stringify(tok.text)}: read ${q.valueText}, written ${tok.value} ${tok.unit}`);
        }
      } catch (e) {
        report('throws', `parseQuantity(${JSON.stringify(tok.text)}): ${e.stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    // The whole library on the document.
    const s0 = performance.now();
    let recs = [];
    try {
      recs = extractWith(rules, doc, { all: i % 2 === 0, explain: i % 7 === 0 });
    } catch (e) {
      report('throws', `extractWith(${show}): ${e.stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
    let ms = performance.now() - s0;
    if (ms > perMillion.ms) {
      // A new slowest: time it twice more and keep the fastest, so a GC pause or a compilation is not taken for a slow document.
      for (let k = 0; k < 2; k++) {
        const a = performance.now();
        try {
          extractWith(rules, doc, { all: i % 2 === 0, explain: i % 7 === 0 });
        } catch {}
        ms = Math.min(ms, performance.now() - a);
      }
    }
    if (ms > perMillion.ms) perMillion = { ms, doc };
    if ((i + 1) % 1_000_000 === 0) {
      slowestPerMillion.push(perMillion);
      perMillion = { ms: 0, doc: '' };
    }
    counts.records += recs.length;
    const lineStarts = recs.length ? [0, ...Array.from(doc.matchAll(/\n/g), (m) => m.index + 1)] : [];
    for (const rec of recs) {
      if (typeof rec.value !== 'number' || !Number.isFinite(rec.value)) report('nonFinite', `record ${rec.indicator} value ${rec.value} in ${show}`);
      if (rec.valueMax !== undefined && !Number.isFinite(rec.valueMax)) report('nonFinite', `record ${rec.indicator} valueMax ${rec.valueMax} in ${show}`);
      // Columns count characters (code points), not UTF-16 units; a figure may run over a soft line break.
      const from = lineStarts[rec.line - 1] ?? 0;
      const at = Array.from(doc.slice(from)).slice(rec.column - 1).join('');
      if (!at.startsWith(rec.text)) report('provenance', `record ${JSON.stringify(rec.text)} at ${rec.line}:${rec.column} in ${show}`);
    }
    if (!o.quiet && (i + 1) % 100_000 === 0) {
      const s = (performance.now() - t0) / 1000;
      process.stderr.write(`fuzz: ${i + 1} inputs, ${s.toFixed(0)} s, throws ${counts.throws}, non-finite ${counts.nonFinite}, inexact ${counts.inexact}\n`);
    }
  }
  if (perMillion.ms > 0 && o.count % 1_000_000 !== 0) slowestPerMillion.push(perMillion);
  const secs = (performance.now() - t0) / 1000;
  const fmt = (n) => n.toLocaleString('en-US');
  const out = [
    `inputs: ${fmt(counts.inputs)} documents (seed ${o.seed}), ${fmt(counts.tokens)} number tokens, ${fmt(counts.quantities)} quantities scanned, ${fmt(counts.records)} records; ${secs.toFixed(0)} s`,
    `throws: ${counts.throws}; non-finite values: ${counts.nonFinite}; inexact values (value !== Number(valueText)): ${counts.inexact}`,
    `reported only: misreads of a written value ${fmt(counts.misreads)}; records whose line:column is not their text ${counts.provenance}`,
    ...slowestPerMillion.map((s, k) => `slowest document of million ${k + 1}: ${s.ms.toFixed(1)} ms (${s.doc.length} characters: ${JSON.stringify(s.doc.slice(0, 60))}${s.doc.length > 60 ? '…' : ''})`),
  ];
  process.stdout.write('```\n' + out.join('\n') + '\n```\n');
  for (const [k, s] of slowestPerMillion.entries()) process.stdout.write(`\nslowest document of million ${k + 1} (${s.ms.toFixed(1)} ms): ${JSON.stringify(s.doc)}\n`);
  for (const [k, xs] of Object.entries(examples)) {
    process.stdout.write(`\n${k}:\n`);
    for (const x of xs) process.stdout.write(`  ${x}\n`);
  }
  if (counts.throws || counts.nonFinite || counts.inexact) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`fuzz: ${e.stack}\n`);
  process.exitCode = 1;
});
