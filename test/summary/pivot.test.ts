import { describe, expect, it } from 'vitest';
import { pivot } from '../../src/summary/pivot.js';
import { summarize } from '../../src/summary/summarize.js';
import { formatSummaryTable } from '../../src/summary/format-table.js';
import { sparkline } from '../../src/output/sparkline.js';
import { summaryCsv, summaryRowToJSON } from '../../src/summary/format-json.js';
import { rec } from '../output/fixtures.js';

const fig = (file: string, yi: string, over: Parameters<typeof rec>[0] = {}) => {
  const [int, frac = ''] = yi.split('.');
  return rec({ file, value: Number(int + frac.padEnd(8, '0')), text: `${yi}亿元`, region: '江州市', ...over });
};

const rows = summarize([
  fig('a.txt', '612.45', { year: 2019 }),
  fig('b.txt', '703.18', { year: 2020 }),
  fig('c.txt', '865.9', { year: 2021, docDate: '2022-06-20' }),
  fig('d.txt', '856.9', { year: 2021, docDate: '2022-03-16' }),
  fig('e.txt', '1200', { year: 2025, status: 'target' }),
  fig('f.txt', '500', { year: 2020, region: '广州市', status: 'target' }),
  fig('g.txt', '800', { year: 2019, period: { from: 2017, to: 2019 } }),
]).rows;

describe('pivot', () => {
  it('by year: one line per region and status, years (and periods) as columns in order', () => {
    const [g] = pivot(rows, 'year');
    expect(g!.columns).toEqual(['2017–2019', '2019', '2020', '2021', '2025']);
    expect(g!.lines.map((l) => [l.region, l.status, [...l.cells.keys()]])).toEqual([
      ['广州市', 'target', ['2020']],
      ['江州市', 'actual', ['2019', '2020', '2021', '2017–2019']],
      ['江州市', 'target', ['2025']],
    ]);
  });

  it('by region: one line per year and status, regions as columns', () => {
    const [g] = pivot(rows, 'region');
    expect(g!.columns).toEqual(['广州市', '江州市']);
    expect(g!.lines.map((l) => [l.year, l.status])).toEqual([
      ['2017–2019', 'actual'],
      ['2019', 'actual'],
      ['2020', 'actual'],
      ['2020', 'target'],
      ['2021', 'actual'],
      ['2025', 'target'],
    ]);
  });
});

describe('summary table', () => {
  it('values in the line measure, bounds with their symbol, conflicts marked and explained', () => {
    const out = formatSummaryTable(rows, { color: false });
    expect(out.split('\n')[0]).toBe('技术合同成交额 tech_contract.value');
    expect(out).toMatch(/│ 江州市 │ actual │ 亿元 │\s+800 │\s+612.45 │\s+703.18 │ 865.9 ! │/);
    expect(out).toContain('! 2021 江州市: 865.9 亿元 (c.txt:12) — also 856.9 亿元 (d.txt:12)');
    expect(out).not.toContain('Trend');
  });

  it('a trend column only in colour, by year', () => {
    expect(formatSummaryTable(rows, { color: true })).toContain('Trend');
    expect(formatSummaryTable(rows, { color: true, by: 'region' })).not.toContain('Trend');
  });
});

describe('sparkline', () => {
  it('scales between the least and the greatest value; gaps are spaces', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([10, null, 20])).toBe('▁ █');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(sparkline([])).toBe('');
  });
});

describe('summary JSON and CSV', () => {
  it('documented key order; valueMax and period only when present', () => {
    const keys = Object.keys(summaryRowToJSON(rows[0]!));
    expect(keys).toEqual(['indicator', 'label', 'region', 'year', 'status', 'part', 'phase', 'value', 'unit', 'measure', 'qualifier', 'text', 'documents', 'sources', 'conflicts']);
    const withPeriod = rows.find((r) => r.period)!;
    expect(Object.keys(summaryRowToJSON(withPeriod))).toContain('period');
  });

  it('CSV lists sources and conflicts in one cell each', () => {
    const line = summaryCsv(rows).split('\r\n').find((l) => l.includes(',2021,'))!;
    expect(line).toContain(',c.txt:12,85690000000 exact [d.txt:12]');
  });
});
