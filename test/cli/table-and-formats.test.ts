/**
 * The table and the data formats through the BUILT program: paths as given,
 * COLUMNS in a pipe, ids whole at 80 columns, the Rule column; every JSON key
 * on every record in the documented order, --fields, TSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/output/fields.js';
import { unescapeTsv } from '../../src/output/tsv.js';
import { displayWidth } from '../../src/output/width.js';
import { SLOW, cli, parseCsv, parseNdjson, plainEnv, tempDir, type Run } from './support.js';

const DOC = '2019年全市技术合同成交额1273.36亿元，其中技术交易额975.07亿元。\n';

describe('the table', () => {
  let dir: string;
  let R: Record<'two' | 'wide' | 'c80' | 'c100' | 'explain' | 'pipe', Run>;
  beforeAll(async () => {
    dir = tempDir();
    for (const d of ['2019/guangzhou', '2020/guangzhou']) {
      mkdirSync(path.join(dir, d), { recursive: true });
      writeFileSync(path.join(dir, d, 'report.txt'), DOC);
    }
    const env80 = plainEnv({ COLUMNS: '80' });
    const [two, wide, c80, c100, explain, pipe] = await Promise.all([
      cli(['2019', '2020'], { cwd: dir }),
      cli(['2019', '2020'], { cwd: dir, env: plainEnv({ COLUMNS: '110' }) }),
      cli(['seeds/', 'fixtures/holdout/'], { env: env80 }),
      cli(['seeds/'], { env: plainEnv({ COLUMNS: '100' }) }),
      cli(['seeds/000_7c649211ab158f35.txt', '--explain'], { env: plainEnv({ COLUMNS: '120' }) }),
      cli(['seeds/']),
    ]);
    R = { two, wide, c80, c100, explain, pipe };
  }, SLOW);

  const fileCells = (out: string) =>
    out
      .split('\n')
      .slice(3)
      .filter((l) => l.startsWith('│'))
      .map((l) => l.split('│')[1]!.trim());

  it('the File column shows the path as given: two report.txt in different folders stay apart', () => {
    expect(R.two.code).toBe(0);
    expect(new Set(fileCells(R.two.stdout))).toEqual(new Set(['2019/guangzhou/report.txt', '2020/guangzhou/report.txt']));
    // narrower: the folders that tell them apart stay
    expect(new Set(fileCells(R.wide.stdout))).toEqual(new Set(['2019/…/report.txt', '2020/…/report.txt']));
    for (const line of R.wide.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(110);
  });

  it('COLUMNS is honoured in a pipe; at 80 columns every indicator id is whole', () => {
    expect(R.c80.code).toBe(0);
    const lines = R.c80.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const ids = lines.slice(3, -1).map((l) => / ([a-z_]+\.[a-z0-9_]+) /.exec(l)?.[1]);
    expect(ids.every(Boolean), lines.find((l, i) => i > 2 && !/ [a-z_]+\.[a-z0-9_]+ /.test(l))).toBe(true);
    expect(ids).toContain('tech_contract.transaction_value');
    expect(lines.some((l) => l.includes('…'))).toBe(true);
    for (const line of R.c100.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    // a pipe without COLUMNS: every cell whole, the paths as given
    expect(R.pipe.stdout).toContain('seeds/000_7c649211ab158f35.txt');
    expect(R.pipe.stdout).toContain('技术交易额 tech_contract.transaction_value');
  });

  it('--explain adds a Rule column showing each record’s rule', () => {
    const lines = R.explain.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/│ Rule +│$/);
    expect(lines[3]).toMatch(/│ alliance\.count \(allianc… +│$/); // the rule names its pack and line (cut to fit)
    expect(R.pipe.stdout).not.toContain('Rule');
  });
});

describe('JSON, NDJSON, CSV and TSV', () => {
  let R: Record<'json' | 'ndjson' | 'fields' | 'fieldsCsv' | 'tsv' | 'tsvTab' | 'ndjsonTab', Run>;
  beforeAll(async () => {
    const tab = '2019年全市技术合同成交额\t1273.36亿元，见C:\\data\\表1。\n';
    const [json, ndjson, fields, fieldsCsv, tsv, tsvTab, ndjsonTab] = await Promise.all([
      cli(['seeds/', 'fixtures/holdout/', '--json', '--all', '--explain']),
      cli(['seeds/', '--ndjson']),
      cli(['seeds/', '--json', '--fields', 'value,indicator,year']),
      cli(['seeds/', '--csv', '--fields', 'file,indicator,value']),
      cli(['seeds/', '--tsv']),
      cli(['--tsv', '--fields', 'indicator,value,sentence'], { input: tab }),
      cli(['--ndjson', '--fields', 'indicator,value,sentence'], { input: tab }),
    ]);
    R = { json, ndjson, fields, fieldsCsv, tsv, tsvTab, ndjsonTab };
  }, SLOW);

  it('every record has the same keys, in the documented order; absent optional fields are null', () => {
    expect(R.json.code).toBe(0);
    const recs = JSON.parse(R.json.stdout) as Record<string, unknown>[];
    expect(recs.length).toBeGreaterThan(200);
    for (const r of recs) expect(Object.keys(r)).toEqual([...FIELDS]);
    for (const k of ['valueMax', 'period', 'asOf', 'part', 'phase', 'page', 'growth', 'per']) {
      expect(recs.some((r) => r[k] === null), `${k} null somewhere`).toBe(true);
    }
    expect(recs.filter((r) => r.indicator !== 'other').every((r) => typeof r.rule === 'string')).toBe(true);
    for (const r of parseNdjson(R.ndjson.stdout)) {
      expect(Object.keys(r)).toEqual([...FIELDS]);
      expect(r.rule).toBeNull();
    }
  });

  it('--fields chooses and orders the JSON keys and the CSV columns', () => {
    const recs = JSON.parse(R.fields.stdout) as Record<string, unknown>[];
    expect(recs.length).toBe(parseNdjson(R.ndjson.stdout).length);
    for (const r of recs) expect(Object.keys(r)).toEqual(['value', 'indicator', 'year']);
    const rows = parseCsv(R.fieldsCsv.stdout).map((row) => row.map((c) => c.value));
    expect(rows[0]).toEqual(['file', 'indicator', 'value']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(recs.map((r) => String(r.value)));
  });

  it('--format tsv: a header, one line per record, as many cells as the header, same values as NDJSON', () => {
    expect(R.tsv.code).toBe(0);
    const lines = R.tsv.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]!.split('\t')).toEqual([...FIELDS]);
    const recs = parseNdjson(R.ndjson.stdout);
    expect(lines.length - 1).toBe(recs.length);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split('\t').map(unescapeTsv);
      expect(cells).toHaveLength(FIELDS.length);
      const row = Object.fromEntries(FIELDS.map((f, j) => [f, cells[j]]));
      const r = recs[i]!;
      expect(row.sentence).toBe(r.sentence);
      expect(row.value).toBe(String(r.value));
      expect(row.valueMax).toBe(r.valueMax === null ? '' : String(r.valueMax));
      expect(row.year).toBe(r.year === null ? '' : String(r.year));
    });
  });

  it('--format tsv escapes tabs, newlines and backslashes inside cells', () => {
    expect(R.tsvTab.code).toBe(0);
    const [head, row, end] = R.tsvTab.stdout.split('\n');
    expect(head).toBe('indicator\tvalue\tsentence');
    expect(end).toBe('');
    const sentence = (parseNdjson(R.ndjsonTab.stdout)[0]!.sentence as string);
    expect(sentence).toContain('\t');
    expect(row).toBe(`tech_contract.value\t127336000000\t${sentence.replace(/\\/g, '\\\\').replace(/\t/g, '\\t')}`);
    expect(row!.split('\t')).toHaveLength(3);
  });
});
