/**
 * A monthly statistics table: the month's column (当月累计) is that month's
 * part of the year's figure (当年累计), and a column of totals since records
 * began (总累计) is no year's figure. A table of our own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

// flattened one cell a line, as statistics pages often are
const table = [
  '表二',
  '2019年5月份各省发明专利授权状况表         单位:件',
  ...['地区', '当月累计', '当年累计', '同比增长', '总累计'],
  ...['江苏', '812', '4210', '12.5%', '35120'],
  ...['浙江', '640', '3305', '9.8%', '28044'],
].join('\n\n');

describe('a monthly statistics table', () => {
  const rows = indicators(table).map((r) => [r.region, r.value, r.year, r.part ?? null]);
  it('gives the month’s column the title’s month as part, the year’s column none', () => {
    expect(rows).toContainEqual(['江苏', 812, 2019, '5月']);
    expect(rows).toContainEqual(['江苏', 4210, 2019, null]);
  });
  it('gives a column of totals since records began no year', () => {
    expect(rows).toContainEqual(['浙江', 28044, null, null]);
  });
  it('reads no growth rate', () => {
    expect(rows.map((r) => r[1])).toEqual([812, 4210, 35120, 640, 3305, 28044]);
  });
});
