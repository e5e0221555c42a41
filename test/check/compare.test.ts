import { describe, expect, test } from 'vitest';
import { compareFigures } from '../../src/check/compare.js';
import { parseExpectations, type Expectations } from '../../src/check/expectations.js';
import { formatReport, formatSummary } from '../../src/check/report.js';
import { KNOWN, rec } from './helpers.js';

const DOC = '/data/seeds/000.txt';

function exp(figures: string, extra = ''): Expectations {
  const y = `documents:\n  - file: ../seeds/000.txt\n${extra}    figures:\n${figures}`;
  const r = parseExpectations(y, '/data/checks/e.yaml', KNOWN);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.expectations;
}

const base = [
  rec({ indicator: 'tech_contract.value', value: 127336000000, text: '1273.36亿元', year: 2019, line: 20, column: 30 }),
  rec({ indicator: 'tech_contract.transaction_value', label: '技术交易额', value: 97507000000, text: '975.07亿元', year: 2019, line: 20, column: 50 }),
  rec({ indicator: 'tech_contract.count', label: '技术合同登记数', value: 21074, unit: 'count', measure: '项', text: '21074项', year: 2019, line: 20, column: 10 }),
  rec({ indicator: 'alliance.members', label: '联盟成员单位数', value: 2700, unit: 'count', measure: '家', text: '超过2700家', qualifier: 'over', year: 2020, line: 11, column: 40 }),
  rec({ indicator: 'other', label: '高新技术企业', value: 1.2e4, unit: 'count', measure: '家', text: '1.2万家', line: 30, column: 1 }),
];

describe('compareFigures', () => {
  test('pass', () => {
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }\n      - { indicator: alliance.members, value: 2700, qualifier: over }\n'), new Map([[DOC, base]]));
    expect(r.ok).toBe(true);
    expect(r.summary).toEqual({ files: 1, figures: 2, passed: 2, failed: 0, unexpected: 0, metaMismatches: 0 });
    expect(r.documents[0]!.figures[0]!.matched).toBe(base[0]);
    expect(formatReport(r)).toBe('check: 2 figures, 2 passed, 0 failed (1 file)\n');
  });
  test('records are looked up by resolved path; a plain object works too', () => {
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 127336000000 }\n'), { [DOC]: base });
    expect(r.ok).toBe(true);
    const none = compareFigures(exp('      - { indicator: tech_contract.value, value: 127336000000 }\n'), new Map());
    expect(none.documents[0]!.figures[0]).toMatchObject({ pass: false, reason: 'missing', candidates: [] });
    expect(formatReport(none)).toContain('not found (the file gave no records)');
  });
  test('wrong value: same indicator candidates, closest first', () => {
    const recs = [
      ...base,
      rec({ value: 50000000000, text: '500亿元', year: 2018, line: 5 }),
      rec({ value: 123736000000, text: '1237.36亿元', year: 2019, line: 40 }),
    ];
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.5亿元, year: 2019 }\n'), new Map([[DOC, recs]]));
    const fr = r.documents[0]!.figures[0]!;
    expect(fr.pass).toBe(false);
    expect(fr.reason).toBe('value');
    expect(fr.candidates.map((c) => [c.kind, c.record.value])).toEqual([
      ['same-indicator', 127336000000],
      ['same-indicator', 123736000000],
      ['same-indicator', 50000000000],
    ]);
    const text = formatReport(r, { displayPath: () => 'seeds/000.txt' });
    expect(text).toContain('✗ seeds/000.txt  tech_contract.value  expected 1,273.5 亿元 (2019) — found 1,273.36 亿元 (2019) at 20:30; 1,237.36 亿元 (2019) at 40:5; 500 亿元 (2018) at 5:5');
    expect(text.trimEnd().split('\n').pop()).toBe('check: 1 figure, 0 passed, 1 failed (1 file)');
    expect(text).not.toMatch(/\u001b\[/);
  });
  test('same value under another indicator', () => {
    const r = compareFigures(exp('      - { indicator: tech_contract.outflow_value, value: 975.07亿元 }\n'), new Map([[DOC, base]]));
    const fr = r.documents[0]!.figures[0]!;
    expect(fr.reason).toBe('indicator');
    expect(fr.candidates[0]).toMatchObject({ kind: 'same-value', record: base[1] });
    expect(formatReport(r)).toContain('expected 975.07 亿元 — found only under another indicator: 975.07 亿元 (tech_contract.transaction_value) at 20:50');
  });
  test('nothing of that indicator: nearest of the same family', () => {
    const r = compareFigures(exp('      - { indicator: tech_contract.inflow_value, value: 1273.4亿元, year: 2019 }\n'), new Map([[DOC, base]]));
    const fr = r.documents[0]!.figures[0]!;
    expect(fr.reason).toBe('missing');
    expect(fr.candidates[0]!.kind).toBe('same-family');
    expect(fr.candidates[0]!.record).toBe(base[0]);
    expect(formatReport(r)).toContain('no tech_contract.inflow_value figures; nearest 1,273.36 亿元 (2019, tech_contract.value) at 20:30');
  });
  test('field mismatches', () => {
    const r = compareFigures(
      exp('      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2018, status: target }\n      - { indicator: alliance.members, value: 2700, qualifier: exact, unit: count }\n'),
      new Map([[DOC, base]]),
    );
    const [a, b] = r.documents[0]!.figures;
    expect(a!.reason).toBe('fields');
    expect(a!.candidates[0]!.mismatches).toEqual([
      { field: 'year', expected: 2018, actual: 2019 },
      { field: 'status', expected: 'target', actual: 'actual' },
    ]);
    const text = formatReport(r);
    expect(text).toContain('expected 1,273.36 亿元 (2018, target) — found 1,273.36 亿元 (2019) at 20:30: year 2019 ≠ expected 2018, status actual ≠ expected target');
    expect(b!.candidates[0]!.mismatches).toEqual([{ field: 'qualifier', expected: 'exact', actual: 'over' }]);
    expect(text).toContain('qualifier over ≠ expected exact');
  });
  test('found with other fields: only those records are shown', () => {
    const recs = [rec({ year: 2019, line: 3 }), rec({ value: 1e9, text: '10亿元', line: 4 })];
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2018 }\n'), new Map([[DOC, recs]]));
    const line = formatReport(r).split('\n')[0]!;
    expect(line).toContain('found 1,273.36 亿元 (2019) at 3:5: year 2019 ≠ expected 2018');
    expect(line).not.toContain('10 亿元');
  });
  test('a bare number borrows the measure of its own indicator only', () => {
    const recs = [rec({ indicator: 'fund.subfunds', value: 102, unit: 'count', measure: '支', text: '102支' })];
    const r = compareFigures(exp('      - { indicator: fund.projects, value: 900 }\n'), new Map([[DOC, recs]]));
    expect(formatReport(r)).toContain('expected 900 — no fund.projects figures; nearest 102 支 (fund.subfunds)');
    const r2 = compareFigures(exp('      - { indicator: fund.subfunds, value: 900 }\n'), new Map([[DOC, recs]]));
    expect(formatReport(r2)).toContain('expected 900 支 — found 102 支 at 20:5');
  });
  test('several records with the same indicator and value: passes if any agrees', () => {
    const recs = [rec({ year: 2018, line: 3 }), rec({ year: 2019, line: 9 })];
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }\n'), new Map([[DOC, recs]]));
    expect(r.ok).toBe(true);
    expect(r.documents[0]!.figures[0]!.matched).toBe(recs[1]);
  });
  test('extra record fields: line, growth, per, period, asOf; null means absent', () => {
    const recs = [
      rec({ line: 16, growth: { percent: 13.8 }, per: ['家', '年'], period: { from: 2017, to: 2019 } }),
      rec({ line: 19 }),
    ];
    const ok = compareFigures(
      exp(
        '      - { indicator: tech_contract.value, value: 1273.36亿元, line: 16, growth: 13.8, per: [家, 年], period: { from: 2017, to: 2019 } }\n' +
          '      - { indicator: tech_contract.value, value: 1273.36亿元, line: 19, growth: null, asOf: null }\n',
      ),
      new Map([[DOC, recs]]),
    );
    expect(ok.ok).toBe(true);
    const bad = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.36亿元, line: 17, per: [年] }\n'), new Map([[DOC, recs]]));
    expect(bad.documents[0]!.figures[0]!.candidates[0]!.mismatches).toEqual([
      { field: 'per', expected: '年', actual: '家/年' },
      { field: 'line', expected: 17, actual: 16 },
    ]);
  });
  test('exhaustive: unexpected built-in records are reported, other is not', () => {
    const e = exp('      - { indicator: tech_contract.value, value: 1273.36亿元 }\n      - { indicator: alliance.members, value: 2700, year: 2019 }\n', '    exhaustive: true\n');
    const r = compareFigures(e, new Map([[DOC, base]]));
    const d = r.documents[0]!;
    // alliance.members fails on year; its record is not reported again as unexpected
    expect(d.unexpected.map((x) => x.indicator)).toEqual(['tech_contract.count', 'tech_contract.transaction_value']);
    expect(r.ok).toBe(false);
    expect(r.summary.unexpected).toBe(2);
    const text = formatReport(r);
    expect(text).toContain('tech_contract.count  unexpected 21,074 项 (2019) at 20:10 — not in the expectations (exhaustive)');
    expect(text).toContain('check: 2 figures, 1 passed, 1 failed, 2 unexpected (1 file)');
    const notEx = compareFigures(exp('      - { indicator: tech_contract.value, value: 1273.36亿元 }\n'), new Map([[DOC, base]]));
    expect(notEx.ok).toBe(true);
  });
  test('isBuiltIn option narrows what exhaustive reports', () => {
    const e = exp('      - { indicator: tech_contract.value, value: 1273.36亿元 }\n', '    exhaustive: true\n');
    const r = compareFigures(e, new Map([[DOC, base]]), { isBuiltIn: (id) => id.startsWith('alliance.') });
    expect(r.documents[0]!.unexpected.map((x) => x.indicator)).toEqual(['alliance.members']);
  });
  test('meta mismatches', () => {
    const e = exp('      - { indicator: tech_contract.value, value: 1273.36亿元 }\n', '    meta: { docDate: "2020-09-04", docNumber: "穗科函〔2020〕2号", docTitle: null }\n');
    const r = compareFigures(e, new Map([[DOC, base]]));
    expect(r.documents[0]!.meta.map((m) => [m.field, m.expected, m.actual])).toEqual([
      ['docTitle', null, '广州市科学技术局关于某某的函'],
      ['docDate', '2020-09-04', '2020-09-03'],
    ]);
    expect(r.ok).toBe(false);
    const text = formatReport(r);
    expect(text).toContain('✗ ../seeds/000.txt  meta.docDate  expected "2020-09-04" — found "2020-09-03"');
    expect(text).toContain('2 metadata mismatches');
    const empty = compareFigures(e, new Map([[DOC, []]]));
    expect(formatReport(empty)).toContain('(no records to read it from)');
  });
  test('colours only when asked', () => {
    const r = compareFigures(exp('      - { indicator: tech_contract.value, value: 1亿元 }\n'), new Map([[DOC, base]]));
    expect(formatReport(r, { color: false })).not.toMatch(/\u001b\[/);
    expect(formatReport(r, { color: true })).toMatch(/\u001b\[31m✗/);
  });
  test('summary counts files once', () => {
    const e1 = exp('      - { indicator: tech_contract.value, value: 1273.36亿元 }\n');
    const r = compareFigures([e1, e1], new Map([[DOC, base]]));
    expect(formatSummary(r.summary)).toBe('check: 2 figures, 2 passed, 0 failed (1 file)');
  });
});
