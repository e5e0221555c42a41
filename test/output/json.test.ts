import { describe, expect, test } from 'vitest';
import { jsonArrayWriter, ndjsonLine, recordToJSON } from '../../src/output/json.js';
import { rec } from './fixtures.js';

const ORDER = [
  'file', 'indicator', 'label', 'value', 'valueMax', 'unit', 'measure', 'text', 'qualifier', 'year', 'status', 'line', 'column', 'sentence',
  'docTitle', 'docNumber', 'docIssuer', 'docDate', 'period', 'asOf', 'region', 'part', 'phase', 'page', 'growth', 'per', 'rule', 'yearSource',
];

describe('recordToJSON', () => {
  test('fixed key order regardless of construction order', () => {
    const r = rec();
    const shuffled = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(Object.keys(recordToJSON(shuffled))).toEqual(ORDER);
    expect(JSON.stringify(recordToJSON(shuffled))).toBe(JSON.stringify(recordToJSON(r)));
  });
  test('every key on every record: absent optional fields are null', () => {
    const full = rec({ rule: 'r1', per: ['家', '年'], valueMax: 1, growth: { percent: 13.8 }, region: '广州市', asOf: '2019-12-31', period: { from: 2017, to: 2019 }, part: '企业', phase: 1, page: 3, yearSource: 'clause' });
    expect(Object.keys(recordToJSON(full))).toEqual(ORDER);
    const bare = recordToJSON(rec({ region: undefined }));
    expect(Object.keys(bare)).toEqual(ORDER);
    for (const k of ['valueMax', 'period', 'asOf', 'region', 'part', 'phase', 'page', 'growth', 'per', 'rule', 'yearSource']) expect(bare[k], k).toBeNull();
    expect(recordToJSON(full).growth).toEqual({ percent: 13.8 });
  });
  test('fields: only those keys, in the order asked', () => {
    expect(JSON.parse(ndjsonLine(rec(), ['value', 'file', 'rule']))).toEqual({ value: 127336000000, file: 'seeds/000_7c649211ab158f35.txt', rule: null });
    expect(Object.keys(JSON.parse(ndjsonLine(rec(), ['value', 'file'])))).toEqual(['value', 'file']);
  });
  test('null year and meta stay as null', () => {
    const j = recordToJSON(rec({ year: null, docTitle: null }));
    expect(j.year).toBeNull();
    expect(j.docTitle).toBeNull();
    expect('year' in j).toBe(true);
  });
  test('exact values survive', () => {
    expect(ndjsonLine(rec())).toContain('"value":127336000000,');
  });
});

describe('ndjsonLine', () => {
  test('one line, newline-terminated, parses back', () => {
    const line = ndjsonLine(rec({ sentence: '第一行\n第二行' }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line).sentence).toBe('第一行\n第二行');
  });
});

describe('jsonArrayWriter', () => {
  function run(n: number, pretty?: boolean) {
    const chunks: string[] = [];
    const w = jsonArrayWriter((s) => chunks.push(s), pretty === undefined ? {} : { pretty });
    for (let i = 0; i < n; i++) w.push(rec({ line: i + 1 }));
    const beforeEnd = chunks.length;
    w.end();
    w.end();
    return { text: chunks.join(''), chunks, beforeEnd, count: w.count };
  }
  test('0 records → []', () => {
    const { text } = run(0);
    expect(text).toBe('[]\n');
    expect(JSON.parse(text)).toEqual([]);
  });
  test('1 record', () => {
    const { text } = run(1);
    expect(JSON.parse(text)).toHaveLength(1);
    expect(text.split('\n')).toHaveLength(4); // [, record, ], ''
  });
  test('n records, one per line, streamed before end()', () => {
    const { text, beforeEnd, count } = run(5);
    expect(count).toBe(5);
    expect(beforeEnd).toBe(5);
    const parsed = JSON.parse(text) as { line: number }[];
    expect(parsed.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines[lines.length - 1]).toBe(']');
    expect(lines.slice(1, -1).every((l) => l.startsWith('  {'))).toBe(true);
  });
  test('compact mode is valid too', () => {
    expect(JSON.parse(run(3, false).text)).toHaveLength(3);
    expect(run(0, false).text).toBe('[]\n');
  });
  test('push after end throws', () => {
    const w = jsonArrayWriter(() => {});
    w.end();
    expect(() => w.push(rec())).toThrow();
  });
});
