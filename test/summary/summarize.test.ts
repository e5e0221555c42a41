import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summary/index.js';
import { rec } from '../output/fixtures.js';

const yi = (v: string) => Math.round(Number(v) * 1e8); // test data only: whole yuan
const fig = (file: string, value: string, over: Parameters<typeof rec>[0] = {}) =>
  rec({ file, value: yi(value), text: `${value}亿元`, region: '江州市', year: 2021, docDate: '2022-01-01', ...over });

describe('summarize: one row per quantity', () => {
  it('groups by indicator, region, year, status, part and phase', () => {
    const { rows } = summarize([
      fig('a.txt', '612.45', { year: 2019 }),
      fig('a.txt', '238.6', { year: 2019, part: '技术开发合同' }),
      fig('a.txt', '680', { year: 2020, status: 'target' }),
      fig('b.txt', '703.18', { year: 2020 }),
      fig('b.txt', '20', { indicator: 'fund.size', label: '基金规模' }),
      fig('b.txt', '5', { indicator: 'fund.size', label: '基金规模', phase: 1 }),
      fig('b.txt', '300', { region: '广州市' }),
    ]);
    expect(rows.map((r) => [r.indicator, r.region, r.year, r.status, r.part, r.phase, r.value / 1e8])).toEqual([
      ['tech_contract.value', '江州市', 2019, 'actual', null, null, 612.45],
      ['tech_contract.value', '江州市', 2019, 'actual', '技术开发合同', null, 238.6],
      ['tech_contract.value', '江州市', 2020, 'target', null, null, 680],
      ['tech_contract.value', '江州市', 2020, 'actual', null, null, 703.18],
      ['fund.size', '江州市', 2021, 'actual', null, null, 20],
      ['fund.size', '江州市', 2021, 'actual', null, 1, 5],
      ['tech_contract.value', '广州市', 2021, 'actual', null, null, 300],
    ]);
    expect(rows.every((r) => r.conflicts.length === 0)).toBe(true);
  });

  it('a region compares without 市/省 and shows as most documents write it', () => {
    const { rows } = summarize([fig('a.txt', '300', { region: '广州' }), fig('b.txt', '300', { region: '广州市' }), fig('c.txt', '300', { region: '广州市' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.region).toBe('广州市');
    expect(rows[0]!.documents).toBe(3);
  });

  it('absent region, part and phase are null', () => {
    const r = rec();
    delete r.region;
    const { rows } = summarize([r]);
    expect(rows[0]).toMatchObject({ region: null, part: null, phase: null });
  });

  it('a figure repeated inside one document counts once; two documents are two sources', () => {
    const { rows } = summarize([
      fig('news.txt', '703.18', { line: 5 }),
      fig('news.txt', '703.18', { line: 7 }),
      fig('bulletin.txt', '703.18', { line: 10 }),
    ]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.documents).toBe(2);
    expect(row.sources.map((s) => [s.file, s.line, s.alsoLines])).toEqual([
      ['bulletin.txt', 10, undefined],
      ['news.txt', 5, [7]],
    ]);
    expect(row.conflicts).toEqual([]);
  });

  it('different values are a conflict: the value of most documents is shown, the other listed with its sources', () => {
    const { rows } = summarize([
      fig('reply.txt', '865.9', { docDate: '2022-06-20' }),
      fig('bulletin.txt', '856.9', { docDate: '2022-03-16' }),
      fig('news.txt', '856.9', { docDate: '2022-04-01' }),
    ]);
    const row = rows[0]!;
    expect(row.value).toBe(85690000000);
    expect(row.documents).toBe(2);
    expect(row.conflicts).toHaveLength(1);
    expect(row.conflicts[0]).toMatchObject({ value: 86590000000, documents: 1, sources: [{ file: 'reply.txt' }] });
  });

  it('a tie goes to the value whose document is newest', () => {
    const a = summarize([fig('reply.txt', '865.9', { docDate: '2022-06-20' }), fig('bulletin.txt', '856.9', { docDate: '2022-03-16' })]);
    expect(a.rows[0]!.value).toBe(86590000000);
    const b = summarize([fig('reply.txt', '865.9', { docDate: '2022-01-20' }), fig('bulletin.txt', '856.9', { docDate: '2022-03-16' })]);
    expect(b.rows[0]!.value).toBe(85690000000);
    expect(b.rows[0]!.conflicts[0]!.value).toBe(86590000000);
  });

  it('a bound that agrees with the exact value is not a conflict: the exact value is shown, both documents count', () => {
    const { rows } = summarize([
      fig('plan.txt', '960', { qualifier: 'over', text: '超过960亿元', docDate: '2023-03-02' }),
      fig('reply.txt', '962.3', { docDate: '2025-03-10' }),
    ]);
    const row = rows[0]!;
    expect(row).toMatchObject({ value: 96230000000, qualifier: 'exact', documents: 2, conflicts: [] });
    expect(row.sources.map((s) => [s.file, s.qualifier])).toEqual([
      ['plan.txt', 'over'],
      ['reply.txt', 'exact'],
    ]);
  });

  it('a bound that no exact value meets is a conflict of its own', () => {
    const { rows } = summarize([fig('plan.txt', '1000', { qualifier: 'over', text: '超过1000亿元' }), fig('reply.txt', '962.3')]);
    expect(rows[0]!.value).toBe(96230000000);
    expect(rows[0]!.conflicts.map((c) => [c.value, c.qualifier])).toEqual([[100000000000, 'over']]);
  });

  it('bounds only: the tightest is shown', () => {
    const { rows } = summarize([
      fig('a.txt', '400', { qualifier: 'over', text: '突破400亿元' }),
      fig('b.txt', '450', { qualifier: 'over', text: '超过450亿元' }),
    ]);
    expect(rows[0]).toMatchObject({ value: 45000000000, qualifier: 'over', documents: 2, conflicts: [] });
  });

  it('a rounded figure and the exact one agree; the exact one is shown', () => {
    const { rows } = summarize([fig('a.txt', '1273', { docDate: '2023-01-01' }), fig('b.txt', '1273.36')]);
    expect(rows[0]).toMatchObject({ value: 127336000000, text: '1273.36亿元', documents: 2, conflicts: [] });
  });

  it('figures without a year and per-unit amounts are left out and counted', () => {
    const s = summarize([fig('a.txt', '1', { year: null }), fig('a.txt', '0.5', { per: ['家', '年'] }), fig('a.txt', '300')]);
    expect(s.rows).toHaveLength(1);
    expect(s.skipped).toEqual({ undated: 1, perUnit: 1 });
  });

  it('a cumulative period is its own quantity', () => {
    const { rows } = summarize([fig('a.txt', '300', { year: 2019 }), fig('a.txt', '800', { year: 2019, period: { from: 2017, to: 2019 } })]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.period).toEqual({ from: 2017, to: 2019 });
    expect(rows.every((r) => r.conflicts.length === 0)).toBe(true);
  });

  it('keeps page, sentence and text on each source', () => {
    const { rows } = summarize([fig('a.pdf', '300', { page: 4, sentence: '全市技术合同成交额300亿元。' })]);
    expect(rows[0]!.sources[0]).toMatchObject({ file: 'a.pdf', page: 4, text: '300亿元', sentence: '全市技术合同成交额300亿元。' });
  });
});
