/**
 * `extract PATH...` end to end: the BUILT program (node bin/extract.js) run the
 * way a user runs it, with stdout and stderr as pipes. Needs `npm run build`
 * first (npm test does it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, ROOT, SLOW, STACK_FRAME, cli, parseCsv, parseNdjson, plainEnv, shared, tempDir, type Run } from './support.js';

type Rec = Record<string, unknown>;

const SEED0 = 'seeds/000_7c649211ab158f35.txt';
const SEED2 = 'seeds/002_b9e5a743fcf3a841.txt';
const SEEDS = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => `seeds/${f}`);

/** Every figure of the seeds and the input fixtures: shared by the --all, determinism and shard tests. */
const ALL_ARGS = ['seeds/', 'fixtures/inputs', '--ndjson', '--all'];
const NDJSON_ARGS = ['seeds/', '--ndjson'];

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

/** Run them all at once (bounded by support.ts), keyed like the input. */
type Spec = Parameters<typeof cli> | Promise<Run>;
async function runAll<K extends string>(specs: Record<K, Spec>): Promise<Record<K, Run>> {
  const keys = Object.keys(specs) as K[];
  const runs = await Promise.all(
    keys.map((k) => {
      const s: Spec = specs[k];
      return s instanceof Promise ? s : cli(s[0], s[1]);
    }),
  );
  return Object.fromEntries(keys.map((k, i) => [k, runs[i]!])) as unknown as Record<K, Run>;
}

/** The record contract of docs/indicators.md: every field, with its type. */
function expectRecordShape(r: Rec): void {
  const str = ['file', 'indicator', 'label', 'unit', 'measure', 'text', 'sentence'];
  for (const k of str) {
    expect(typeof r[k], `${k} of ${JSON.stringify(r)}`).toBe('string');
    expect((r[k] as string).length, `${k} is empty`).toBeGreaterThan(0);
  }
  expect(typeof r.value).toBe('number');
  expect(Number.isFinite(r.value)).toBe(true);
  expect(['exact', 'over', 'about', 'under', 'range']).toContain(r.qualifier);
  expect(['actual', 'target']).toContain(r.status);
  expect(r.year === null || Number.isInteger(r.year), `year ${String(r.year)}`).toBe(true);
  for (const k of ['line', 'column']) {
    expect(Number.isInteger(r[k]), k).toBe(true);
    expect(r[k] as number).toBeGreaterThanOrEqual(1);
  }
  for (const k of ['docTitle', 'docNumber', 'docIssuer', 'docDate']) {
    expect(k in r, `${k} missing`).toBe(true);
    expect(r[k] === null || typeof r[k] === 'string', `${k}: ${String(r[k])}`).toBe(true);
  }
  if (typeof r.docDate === 'string') expect(r.docDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(r.sentence as string).toContain(r.text as string);
  if (r.qualifier === 'range') expect(typeof r.valueMax).toBe('number');
}

/** `text` stands at line:column (1-based, columns in code points) of the decoded text. */
function expectPosition(decoded: string, r: Rec): void {
  const fileLines = decoded.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const line = fileLines[(r.line as number) - 1];
  expect(line, `line ${String(r.line)} of ${String(r.file)}`).toBeDefined();
  const cps = Array.from(line!);
  const n = Array.from(r.text as string).length;
  expect(cps.slice((r.column as number) - 1, (r.column as number) - 1 + n).join(''), `${String(r.file)}:${String(r.line)}:${String(r.column)}`).toBe(r.text);
}

const fileSet = (recs: Rec[]) => new Set(recs.map((r) => r.file as string));

describe('output formats over seeds/', () => {
  let R: Record<'table' | 'tableColor' | 'json' | 'ndjson' | 'csv' | 'csvBom' | 'all' | 'patent' | 'tcv' | 'unknownId' | 'toFile', Run>;
  let outFile: string;
  let json: Rec[];

  beforeAll(async () => {
    outFile = path.join(tempDir(), 'records.json');
    R = await runAll({
      table: [['seeds/']],
      tableColor: [['seeds/', '--color']],
      json: [['seeds/', '--format', 'json']],
      ndjson: shared(NDJSON_ARGS),
      csv: [['seeds/', '--csv']],
      csvBom: [['seeds/', '--csv', '--bom']],
      all: shared(ALL_ARGS),
      patent: [['seeds/', '--ndjson', '-i', 'patent.*']],
      tcv: [['seeds/', '--ndjson', '-i', 'tech_contract.value']],
      unknownId: [['seeds/', '--ndjson', '-i', 'patent.*', '-i', 'no_such.indicator']],
      toFile: [['seeds/', '--format', 'json', '-o', outFile]],
    });
    json = JSON.parse(R.json.stdout) as Rec[];
  }, SLOW);

  it('prints a table of the seeds’ figures, no colour in a pipe, the summary on stderr', () => {
    const { code, stdout, stderr } = R.table;
    expect(code).toBe(0);
    expect(stdout).toContain('1,273.36');
    expect(stdout).toContain('亿元');
    expect(stdout).toContain('2,700');
    expect(stdout).toContain('tech_contract.value');
    // NO_COLOR and FORCE_COLOR are unset: stdout being a pipe is what turns colours off
    expect(stdout).not.toMatch(ANSI);
    expect(stderr).not.toMatch(ANSI);
    expect(stderr).toMatch(/\d+ figures? in 5 of 5 files/);
    expect(stdout).not.toMatch(/figures? in \d+ of/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('--color forces colours into the table even in a pipe', () => {
    expect(R.tableColor.code).toBe(0);
    expect(R.tableColor.stdout).toMatch(ANSI);
  });

  it('--format json: one JSON array; every record has every contract field with its type', () => {
    expect(R.json.code).toBe(0);
    expect(R.json.stderr).toBe('');
    expect(Array.isArray(json)).toBe(true);
    expect(json.length).toBeGreaterThan(20);
    for (const r of json) expectRecordShape(r);
    // `file` is the path as given, joined with the name inside the directory
    expect([...fileSet(json)].sort()).toEqual(SEEDS);
    expect(json.filter((r) => r.file === SEED0).length).toBeGreaterThan(0);
  });

  it('1273.36亿元 is exactly 127336000000 (scaled from the decimal string)', () => {
    const r = json.find((x) => x.file === SEED0 && x.indicator === 'tech_contract.value');
    expect(r).toBeDefined();
    expect(r!.text).toBe('1273.36亿元');
    expect(r!.value).toBe(127336000000);
    expect(r!.unit).toBe('CNY');
    expect(r!.measure).toBe('亿元');
    expect(r!.year).toBe(2019);
    expect(R.json.stdout).toContain('"value":127336000000');
    const members = json.find((x) => x.file === SEED0 && x.indicator === 'alliance.members');
    expect(members).toMatchObject({ value: 2700, qualifier: 'over', text: '超过2700家', unit: 'count' });
  });

  it('line and column point at `text` in the file (columns count code points)', () => {
    const texts = new Map(SEEDS.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
    for (const r of json) expectPosition(texts.get(r.file as string)!, r);
    // the --all records too (they include every figure, wherever it is)
    for (const r of parseNdjson(R.all.stdout)) if (texts.has(r.file as string)) expectPosition(texts.get(r.file as string)!, r);
  });

  it('--ndjson: one JSON object a line, the same records as --format json', () => {
    expect(R.ndjson.code).toBe(0);
    const recs = parseNdjson(R.ndjson.stdout);
    expect(lines(R.ndjson.stdout)).toHaveLength(json.length);
    expect(recs).toEqual(json);
  });

  it('--csv: RFC 4180 header and CRLF rows, numbers unquoted, same records', () => {
    expect(R.csv.code).toBe(0);
    expect(R.csv.raw[0]).not.toBe(0xef); // no BOM unless asked
    const text = R.csv.stdout;
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
    const rows = parseCsv(text);
    const header = rows[0]!.map((c) => c.value);
    for (const f of ['file', 'indicator', 'label', 'value', 'unit', 'measure', 'text', 'qualifier', 'year', 'status', 'line', 'column', 'sentence', 'docTitle', 'docNumber', 'docIssuer', 'docDate']) {
      expect(header).toContain(f);
    }
    expect(new Set(header).size).toBe(header.length);
    const body = rows.slice(1);
    expect(body).toHaveLength(json.length);
    const col = (name: string) => header.indexOf(name);
    body.forEach((row, i) => {
      expect(row).toHaveLength(header.length);
      const r = json[i]!;
      for (const n of ['value', 'line', 'column']) {
        const cell = row[col(n)]!;
        expect(cell.quoted, `${n} quoted`).toBe(false);
        expect(Number(cell.value)).toBe(r[n]);
      }
      const year = row[col('year')]!;
      expect(year.quoted).toBe(false);
      expect(year.value).toBe(r.year === null ? '' : String(r.year));
      for (const n of ['file', 'indicator', 'label', 'text', 'qualifier', 'status', 'sentence']) {
        expect(row[col(n)]!.value.replace(/^'(?=[=+\-@\t\r＝＋－＠])/, ''), n).toBe(r[n]);
      }
    });
    // 127336000000 written as a plain integer, never 1.2733e+11 or grouped
    expect(text).toMatch(/,127336000000,/);
  });

  it('--csv --bom starts with EF BB BF, then the same CSV', () => {
    expect(R.csvBom.code).toBe(0);
    expect([...R.csvBom.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(R.csvBom.raw.subarray(3).equals(R.csv.raw)).toBe(true);
  });

  it("-i 'patent.*' keeps only patent ids; -i tech_contract.value only that id", () => {
    expect(R.patent.code).toBe(0);
    const patent = parseNdjson(R.patent.stdout);
    expect(patent.length).toBeGreaterThan(0);
    for (const r of patent) expect(r.indicator as string).toMatch(/^patent\./);
    expect(patent).toEqual(json.filter((r) => (r.indicator as string).startsWith('patent.')));

    expect(R.tcv.code).toBe(0);
    const tcv = parseNdjson(R.tcv.stdout);
    expect(tcv.length).toBeGreaterThan(1);
    for (const r of tcv) expect(r.indicator).toBe('tech_contract.value');
    expect(tcv).toEqual(json.filter((r) => r.indicator === 'tech_contract.value'));
  });

  it('-i with an unknown id: exit 2, the message names it, no records', () => {
    expect(R.unknownId.code).toBe(2);
    expect(R.unknownId.stderr).toContain('no_such.indicator');
    expect(R.unknownId.stdout).toBe('');
    expect(R.unknownId.stderr).not.toMatch(STACK_FRAME);
  });

  it('--all adds `other` records with labels and keeps every indicator record', () => {
    // fixtures/inputs holds a dangling link (exit 2), a binary file and a Big5 guess: nothing else on stderr
    for (const l of lines(R.all.stderr)) expect(l).toMatch(/dangling\.txt|binary\.bin|sample\.big5\.txt/);
    const all = parseNdjson(R.all.stdout).filter((r) => (r.file as string).startsWith('seeds/'));
    const other = all.filter((r) => r.indicator === 'other');
    expect(other.length).toBeGreaterThan(50);
    for (const r of other) expectRecordShape({ ...r, label: r.label === '' ? '(empty)' : r.label });
    // nearly every `other` figure names what it counts
    const labelled = other.filter((r) => (r.label as string).trim() !== '');
    expect(labelled.length / other.length).toBeGreaterThan(0.9);
    const known = all.filter((r) => r.indicator !== 'other');
    expect(known).toEqual(json);
  });

  it('--all: a space before the number does not lose the label (达到 500 名以上 counts 技术转移人才)', () => {
    // seeds/003 line 6: 专业化技术转移人才达到 500 名以上。
    const r = parseNdjson(R.all.stdout).find((x) => x.file === 'seeds/003_86dd2a44be9655eb.txt' && x.text === '500 名以上');
    expect(r).toBeDefined();
    expect(r!.indicator).toBe('other');
    expect(r!.label as string).toContain('技术转移人才');
  });

  it('-o FILE writes the records to the file and nothing to stdout', () => {
    expect(R.toFile.code).toBe(0);
    expect(R.toFile.stdout).toBe('');
    expect(readFileSync(outFile, 'utf8')).toBe(R.json.stdout);
  });
});

describe('determinism and shards', () => {
  let R: Record<'a' | 'b' | 's0' | 's1' | 's2' | 'bad1' | 'bad2' | 'bad3' | 'j1' | 'j3' | 'j0' | 'jx', Run>;
  const base = ALL_ARGS;

  beforeAll(async () => {
    R = await runAll({
      a: shared(base),
      b: [base],
      s0: [[...base, '--shard', '0/3']],
      s1: [[...base, '--shard', '1/3']],
      s2: [[...base, '--shard', '2/3']],
      bad1: [[...base, '--shard', '3/3']],
      bad2: [[...base, '--shard', 'x']],
      bad3: [[...base, '--shard', '-1/3']],
      j1: [[...base, '--jobs', '1']],
      j3: [[...base, '-j', '3']],
      j0: [[...base, '--jobs', '0']],
      jx: [[...base, '--jobs', '1.5']],
    });
  }, SLOW);

  it('two runs give byte-identical stdout', () => {
    expect(R.a.raw.length).toBeGreaterThan(1000);
    expect(R.a.raw.equals(R.b.raw)).toBe(true);
    expect(R.a.stderr).toBe(R.b.stderr);
  });

  it('--jobs 1 and -j 3 (one extraction thread, or up to three) give the same bytes, in input order', () => {
    expect(R.j1.raw.equals(R.a.raw)).toBe(true);
    expect(R.j3.raw.equals(R.a.raw)).toBe(true);
    expect(R.j3.stderr).toBe(R.a.stderr);
  });

  it('--jobs 0 and 1.5 are usage errors that say what --jobs takes', () => {
    for (const r of [R.j0, R.jx]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--jobs takes a whole number of threads from 1 to \d+/);
    }
  });

  it('--shard 0/3, 1/3, 2/3: disjoint sets of files whose union is the unsharded set', () => {
    const all = fileSet(parseNdjson(R.a.stdout));
    expect(all.size).toBeGreaterThan(10);
    const shards = [R.s0, R.s1, R.s2].map((r) => fileSet(parseNdjson(r.stdout)));
    const union = new Set<string>();
    for (const s of shards) {
      for (const f of s) {
        expect(union.has(f), `${f} in two shards`).toBe(false);
        union.add(f);
      }
    }
    expect([...union].sort()).toEqual([...all].sort());
    // and each shard's records are exactly the unsharded run's records of its files
    const records = parseNdjson(R.a.stdout);
    for (let i = 0; i < 3; i++) {
      expect(parseNdjson([R.s0, R.s1, R.s2][i]!.stdout)).toEqual(records.filter((r) => shards[i]!.has(r.file as string)));
    }
  });

  it('an unreadable input (the dangling link) is reported by the one shard that owns its path, not by all three', () => {
    // unsharded: one line and exit 2
    expect(lines(R.a.stderr).filter((l) => l.includes('dangling.txt'))).toHaveLength(1);
    expect(R.a.code).toBe(2);
    const reporting = [R.s0, R.s1, R.s2].filter((r) => r.stderr.includes('dangling.txt'));
    // otherwise every pod of an Indexed Job fails (exit 2) for one bad file
    expect(reporting).toHaveLength(1);
    for (const r of [R.s0, R.s1, R.s2]) expect(r.code).toBe(r.stderr.includes('dangling.txt') ? 2 : 0);
  });

  it('--shard 3/3, x and -1/3 are usage errors (exit 2, a message, no records)', () => {
    for (const r of [R.bad1, R.bad2, R.bad3]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/shard/i);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });
});

describe('usage errors', () => {
  let R: Record<'unknownOpt' | 'noInput' | 'xml' | 'encoding' | 'help' | 'version' | 'indicators', Run>;

  beforeAll(async () => {
    R = await runAll({
      unknownOpt: [['seeds/', '--bogus']],
      noInput: [[], { stdin: 'ignore' }],
      xml: [['seeds/', '--format', 'xml']],
      encoding: [['seeds/', '--encoding', 'nonsense']],
      help: [['--help']],
      version: [['--version']],
      indicators: [['indicators', '--json']],
    });
  }, SLOW);

  it('an unknown option: exit 2, names it, hints at --help, no stack trace', () => {
    const { code, stdout, stderr } = R.unknownOpt;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--bogus');
    expect(stderr).toContain('--help');
    expect(stderr).not.toContain('    at ');
  });

  it('no input at all: exit 2 with a message', () => {
    expect(R.noInput.code).toBe(2);
    expect(R.noInput.stdout).toBe('');
    expect(R.noInput.stderr).toMatch(/no input/);
    expect(R.noInput.stderr).not.toContain('    at ');
  });

  it('--format xml: exit 2, the message names the value', () => {
    expect(R.xml.code).toBe(2);
    expect(R.xml.stdout).toBe('');
    expect(R.xml.stderr).toContain('xml');
    expect(R.xml.stderr).not.toContain('    at ');
  });

  it('--encoding nonsense: exit 2, the message names the label', () => {
    expect(R.encoding.code).toBe(2);
    expect(R.encoding.stdout).toBe('');
    expect(R.encoding.stderr).toContain('nonsense');
    expect(R.encoding.stderr).not.toContain('    at ');
  });

  it('--help: exit 0, on stdout, mentions check and has examples', () => {
    expect(R.help.code).toBe(0);
    expect(R.help.stdout).toMatch(/Usage: extract/);
    expect(R.help.stdout).toMatch(/\bcheck\b/);
    expect(R.help.stdout).toMatch(/Examples?:/);
    expect(R.help.stdout).toContain('$ extract ');
  });

  it('--version: exit 0 and a version number', () => {
    expect(R.version.code).toBe(0);
    expect(R.version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(R.version.stdout.trim()).toBe(pkg.version);
  });

  it('extract indicators --json lists the built-in ids as JSON', () => {
    // `--json` after the subcommand belongs to the subcommand, not to the root program's --json
    expect(R.indicators.code).toBe(0);
    const ids = (JSON.parse(R.indicators.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids).toContain('tech_contract.value');
    expect(ids).toContain('patent.per_10k_people');
    expect(ids).toContain('fund.fiscal');
  });
});

describe('inputs', () => {
  let seed0: Rec[];
  let R: Record<'missing' | 'seedsNdjson' | 'tree' | 'binary' | 'empty' | 'emptyJson' | 'stdin' | 'stdinGbk' | 'list' | 'nulList', Run>;
  let listFile: string;

  beforeAll(async () => {
    const dir = tempDir();
    listFile = path.join(dir, 'list.txt');
    writeFileSync(listFile, `${SEED2}\n${SEED0}\n`);
    R = await runAll({
      missing: [[SEED0, 'no/such/file.txt', '--ndjson']],
      seedsNdjson: shared(NDJSON_ARGS),
      tree: [['fixtures/inputs/tree', '--ndjson', '--all']],
      binary: [['fixtures/inputs/binary.bin', SEED0, '--ndjson']],
      empty: [['fixtures/inputs/empty.txt', '--ndjson']],
      emptyJson: [['fixtures/inputs/empty.txt', '--json']],
      stdin: [['-', '--ndjson'], { input: readFileSync(path.join(ROOT, SEED0)) }],
      stdinGbk: [['-', '--ndjson'], { input: readFileSync(path.join(ROOT, 'fixtures/inputs/sample.gbk.txt')) }],
      list: [['--files-from', listFile, '--ndjson']],
      nulList: [['--files-from', '-', '-0', '--ndjson'], { input: `${SEED2}\0fixtures/inputs/sample.utf8.txt\0` }],
    });
    seed0 = parseNdjson(R.seedsNdjson.stdout).filter((r) => r.file === SEED0);
  }, SLOW);

  it('a missing file among good ones: one line naming it, the good file’s records, exit 2', () => {
    const { code, stdout, stderr } = R.missing;
    expect(code).toBe(2);
    const errs = lines(stderr);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('no/such/file.txt');
    expect(stderr).not.toMatch(STACK_FRAME);
    const recs = parseNdjson(stdout);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs).toEqual(seed0);
  });

  it('a directory with a dangling link and a symlink loop: one line for the link, the rest processed', () => {
    const { code, stdout, stderr } = R.tree;
    const errs = lines(stderr);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('dangling.txt');
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(code).toBe(2); // README: a missing or unreadable file → exit 2, others still processed
    const files = [...fileSet(parseNdjson(stdout))];
    for (const f of ['a.txt', 'B.txt', '文件.txt', 'sub/deeper/d.txt']) expect(files).toContain(`fixtures/inputs/tree/${f}`);
    // the loop sub/up -> .. is entered once: nothing is read twice through it
    expect(files.filter((f) => f.includes('/up/'))).toEqual([]);
    expect(new Set(files).size).toBe(files.length);
  });

  it('a binary file: one warning naming it, skipped, exit 0 with good files', () => {
    const { code, stdout, stderr } = R.binary;
    expect(code).toBe(0);
    const errs = lines(stderr);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('binary.bin');
    const recs = parseNdjson(stdout);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs).toEqual(seed0);
  });

  it('an empty file: no records, exit 0', () => {
    expect(R.empty.code).toBe(0);
    expect(R.empty.stdout).toBe('');
    expect(R.empty.stderr).not.toMatch(STACK_FRAME);
    expect(R.emptyJson.code).toBe(0);
    expect(JSON.parse(R.emptyJson.stdout)).toEqual([]);
  });

  it('- reads stdin: the same records as the file, named -', () => {
    expect(R.stdin.code).toBe(0);
    const recs = parseNdjson(R.stdin.stdout);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(r.file).toBe('-');
    expect(recs.map((r) => ({ ...r, file: SEED0 }))).toEqual(seed0);
  });

  it('- reads stdin bytes in GBK too (encoding detection applies to stdin)', () => {
    expect(R.stdinGbk.code).toBe(0);
    const recs = parseNdjson(R.stdinGbk.stdout);
    expect(recs.map((r) => [r.indicator, r.value])).toContainEqual(['tech_contract.value', 127336000000]);
  });

  it('--files-from LIST: the listed files, in the listed order', () => {
    expect(R.list.code).toBe(0);
    const recs = parseNdjson(R.list.stdout);
    const order = [...new Set(recs.map((r) => r.file))];
    expect(order).toEqual([SEED2, SEED0]);
  });

  it('--files-from - -0: NUL-separated paths on stdin', () => {
    expect(R.nulList.code).toBe(0);
    expect(R.nulList.stderr).toBe('');
    const order = [...new Set(parseNdjson(R.nulList.stdout).map((r) => r.file))];
    expect(order).toEqual([SEED2, 'fixtures/inputs/sample.utf8.txt']);
  });
});

describe('encodings', () => {
  const dir = 'fixtures/inputs';
  const SAMPLES: [file: string, decoder: string | null][] = [
    ['sample.gb18030.txt', 'gb18030'],
    ['sample.gbk.txt', 'gbk'],
    ['sample.utf16le-bom.txt', 'utf-16le'],
    ['sample.utf16le.txt', 'utf-16le'],
    ['sample.utf16be-bom.txt', 'utf-16be'],
    ['sample.utf8-bom-crlf.txt', 'utf-8'],
    ['sample.html', null],
    ['sample.gbk.html', null],
  ];
  let run: Run;
  let htmlAll: Run;
  let byFile: Map<string, Rec[]>;
  const recs = (f: string) => byFile.get(`${dir}/${f}`) ?? [];
  const key = (r: Rec) => ({ indicator: r.indicator, value: r.value, year: r.year, qualifier: r.qualifier });

  beforeAll(async () => {
    // one run over every sample (records carry their file), one --all run over the pages
    const files = ['sample.utf8.txt', 'sample.big5.txt', ...SAMPLES.map(([f]) => f)].map((f) => `${dir}/${f}`);
    [run, htmlAll] = await Promise.all([cli([...files, '--ndjson']), cli([`${dir}/sample.html`, `${dir}/sample.gbk.html`, '--ndjson', '--all'])]);
    byFile = new Map();
    for (const r of parseNdjson(run.stdout)) byFile.set(r.file as string, [...(byFile.get(r.file as string) ?? []), r]);
  }, SLOW);

  it('every sample decodes without error; only the Big5 guess is mentioned on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    for (const l of lines(run.stderr)) expect(l).toContain('sample.big5.txt');
  });

  it('the UTF-8 sample gives its five figures', () => {
    const base = recs('sample.utf8.txt').map(key);
    expect(base).toContainEqual({ indicator: 'tech_contract.value', value: 127336000000, year: 2019, qualifier: 'exact' });
    expect(base).toContainEqual({ indicator: 'alliance.members', value: 2700, year: 2019, qualifier: 'over' });
    expect(base.length).toBe(5);
  });

  it.each(SAMPLES.map(([f]) => f))('%s gives the same (indicator, value, year, qualifier) records as UTF-8', (f) => {
    expect(recs(f).map(key)).toEqual(recs('sample.utf8.txt').map(key));
  });

  it.each(SAMPLES.filter(([, d]) => d !== null))('%s: line and column refer to the decoded text (CRLF is one line end)', (f, decoder) => {
    const decoded = new TextDecoder(decoder!).decode(readFileSync(path.join(ROOT, dir, f)));
    const base = recs('sample.utf8.txt');
    const these = recs(f);
    expect(these.length).toBe(base.length);
    these.forEach((r, i) => {
      expectPosition(decoded, r);
      expect([r.line, r.column]).toEqual([base[i]!.line, base[i]!.column]);
    });
  });

  it('big5 (traditional) gives the same (indicator, value) as UTF-8, positions in the decoded text', () => {
    const these = recs('sample.big5.txt');
    expect(these.map((x) => [x.indicator, x.value])).toEqual(recs('sample.utf8.txt').map((x) => [x.indicator, x.value]));
    const decoded = new TextDecoder('big5').decode(readFileSync(path.join(ROOT, dir, 'sample.big5.txt')));
    for (const x of these) expectPosition(decoded, x);
    expect(these.find((x) => x.indicator === 'tech_contract.value')!.text).toBe('1273.36億元');
  });

  it('HTML: scripts, styles, comments and attributes never produce figures (even with --all)', () => {
    expect(htmlAll.code).toBe(0);
    const all = parseNdjson(htmlAll.stdout);
    expect(fileSet(all)).toEqual(new Set([`${dir}/sample.html`, `${dir}/sample.gbk.html`]));
    const values = all.map((x) => x.value);
    for (const v of [88e8, 1000e8, 99e8, 66e8, 55e8, 44e8, 33e8, 11e8, 77e8]) expect(values, `a figure of ${v}`).not.toContain(v);
    for (const x of all) expect(x.sentence as string).not.toMatch(/脚本|样式|属性|注释|图片|表单/);
  });
});

describe('broken pipe', () => {
  let listFile: string;

  beforeAll(() => {
    listFile = path.join(tempDir(), 'many.txt');
    const one = SEEDS.join('\n');
    writeFileSync(listFile, Array.from({ length: 200 }, () => one).join('\n') + '\n');
  });

  it('`… | head -1` ends quietly: exit status 0, no EPIPE on stderr', () => {
    const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const script = `${quoted(process.execPath)} ${quoted(BIN)} --ndjson --all --files-from ${quoted(listFile)} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, env: plainEnv(), encoding: 'utf8', timeout: SLOW });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/status=0\s*$/);
    expect(r.stderr.replace(/status=0\s*$/, '')).toBe('');
    expect(r.stderr).not.toMatch(/EPIPE|Error|\s+at /);
  }, SLOW);

  it('a reader that takes one line and closes the pipe: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, '--ndjson', '--all', '--files-from', listFile], { cwd: ROOT, env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    let buf = '';
    const first = await new Promise<string>((resolve) => {
      const onData = (c: Buffer) => {
        buf += c.toString('utf8');
        const nl = buf.indexOf('\n');
        if (nl >= 0) {
          child.stdout.off('data', onData);
          child.stdout.destroy();
          resolve(buf.slice(0, nl));
        }
      };
      child.stdout.on('data', onData);
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(JSON.parse(first)).toMatchObject({ file: SEED0 });
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\s+at /);
    expect(stderr).toBe('');
  }, SLOW);
});

describe('fuzz', () => {
  // Random bytes, sometimes salted with Chinese figures, so the decoders and the
  // number reader both see garbage: the program must end cleanly with valid NDJSON.
  const pieces = ['技术合同成交额', '1273.36亿元', '超过2700家', '专利', '万件', '，', '。', '\n', '\r\n', '2019年', '％', '约', '<p>', '</p>', '<script>', '\uFEFF', '\u0000'];
  const doc = fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 3000 }),
    fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 })
      .map((parts) => new Uint8Array(Buffer.from(parts.join(''), 'utf8'))),
    fc.tuple(fc.constantFrom(Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xef, 0xbb, 0xbf])), fc.uint8Array({ maxLength: 2000 })).map(([bom, rest]) => new Uint8Array(Buffer.concat([bom, rest]))),
  );

  it('random input: exit 0 or 2, no stack trace, stdout is valid NDJSON', async () => {
    const dir = tempDir('extract-fuzz-');
    let n = 0;
    const check = async (bytes: Uint8Array) => {
      const file = path.join(dir, `f${n++}.txt`);
      writeFileSync(file, bytes);
      const r = await cli([file, '--ndjson', '--all']);
      expect(r.signal, file).toBeNull();
      expect([0, 2], `${file}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      const recs = parseNdjson(r.stdout);
      for (const rec of recs) {
        expect(rec.file).toBe(file);
        expect(typeof rec.value).toBe('number');
        expect(Number.isInteger(rec.line) && Number.isInteger(rec.column)).toBe(true);
      }
    };
    // Each run checks two inputs in two processes at once: 13 runs, 26 processes
    // (a process costs ~0.4 s, and fast-check runs the property serially).
    await fc.assert(
      fc.asyncProperty(doc, doc, async (a, b) => {
        await Promise.all([check(a), check(b)]);
      }),
      { numRuns: 13 },
    );
  }, 4 * SLOW);
});

describe('CSV formula escaping', () => {
  let R: Run;

  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'formula.txt'), '=1+1全市备案产学研联盟共175家。\n@SUM(A1)成员单位超过2700家。\n');
    R = await cli(['formula.txt', '--csv', '--all'], { cwd: dir });
  }, SLOW);

  it('a text cell starting with = or @ is prefixed with \' so a spreadsheet does not run it', () => {
    expect(R.code).toBe(0);
    const rows = parseCsv(R.stdout);
    const header = rows[0]!.map((c) => c.value);
    const sentences = rows.slice(1).map((r) => r[header.indexOf('sentence')]!.value);
    expect(sentences).toContain("'=1+1全市备案产学研联盟共175家。");
    expect(sentences).toContain("'@SUM(A1)成员单位超过2700家。");
    for (const row of rows.slice(1)) for (const c of row) expect(c.value).not.toMatch(/^[=+@＝＋＠]/);
  });
});
