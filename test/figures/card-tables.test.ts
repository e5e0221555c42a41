/**
 * Tables shown as cards (a row's name, then one `column: value` line per
 * column), and rows named by no place, which are parts of the table's whole.
 * Tables are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';
import { findCardTables } from '../../src/document/card-tables.js';
import { cellQuantity } from '../../src/figures/cell-quantity.js';

const lines = (xs: string[]) => `${xs.join('\n')}\n`;
const cards = lines([
  '某市科技创新基金资助情况',
  '(截至2024年6月30日)',
  '种子计划',
  '资助项目: 1 204',
  '资助金额(百万元): 2,350.5',
  '成长计划',
  '资助项目: 87**',
  '资助金额(百万元): 96.0',
  '该基金将继续开放申请。',
]);

describe('the card reader', () => {
  it('reads each card as a keyed row, its field labels as the header', () => {
    const [t] = findCardTables(cards);
    expect(t.keyedRows).toBe(true);
    expect(t.header.slice(1).map((c) => c.text)).toEqual(['资助项目', '资助金额(百万元)']);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['种子计划', '1204', '2,350.5'],
      ['成长计划', '87', '96.0'],
    ]);
    // Offsets point at the value as written (the digit groups and no footnote stars).
    expect(cards.slice(t.rows[0][1].start, t.rows[0][1].end)).toBe('1 204');
    expect(cards.slice(t.rows[1][1].start, t.rows[1][1].end)).toBe('87');
  });
  it('needs two cards with the same fields in the same order', () => {
    expect(findCardTables(lines(['甲计划', '资助项目: 12', '说明文字', '联系电话: 12345678']))).toEqual([]);
    expect(findCardTables(lines(['甲计划', '资助项目: 12', '乙计划', '资助金额(百万元): 3.5']))).toEqual([]);
  });
  it('reads no sentence with a colon as a field', () => {
    expect(findCardTables(lines(['甲', '其中,发明专利: 12件,同比增长5%', '乙', '其中,发明专利: 15件,同比增长6%']))).toEqual([]);
  });
});

describe('a column of millions', () => {
  it('is scaled exactly, from the decimal string', () => {
    expect(cellQuantity('2350.5', '百万元')?.valueText).toBe('2350500000');
    expect(cellQuantity('0.1', '千万元')?.valueText).toBe('1000000');
    expect(cellQuantity('52001', '千元')?.valueText).toBe('52001000');
    expect(cellQuantity('12', '百万件')).toBeNull();
  });
});

describe('card figures', () => {
  it('take the column\'s indicator, the card\'s name as their part, and the as-of year', () => {
    const rows = indicators(cards).map((r) => [r.indicator, r.value, r.year, r.part]);
    expect(rows).toContainEqual(['fund.fiscal', 2350500000, 2024, '种子计划']);
    expect(rows).toContainEqual(['fund.fiscal', 96000000, 2024, '成长计划']);
  });
});

describe('a table row named by no place', () => {
  const table = lines(['2023年某某市技术合同分类情况', '', '类别 | 成交额(亿元) | 合同数(项)', '技术开发 | 100.5 | 300', '技术服务 | 20.1 | 50']);
  it('is a part of the place the table is about, not a region', () => {
    const rows = indicators(table.replace('某某市', '宁波市')).map((r) => [r.indicator, r.value, r.region, r.part]);
    expect(rows).toContainEqual(['tech_contract.value', 10050000000, '宁波市', '技术开发']);
    expect(rows).toContainEqual(['tech_contract.count', 50, '宁波市', '技术服务']);
  });
  it('is a region when most rows of its table name places', () => {
    const places = lines(['2023年宁波市各区技术合同情况', '', '区域名称 | 成交额(亿元)', '海曙区 | 30.5', '鄞州区 | 40.1', '市直及其他 | 8.2']);
    const rows = indicators(places).map((r) => [r.value, r.region, r.part ?? null]);
    expect(rows).toContainEqual([820000000, '市直及其他', null]);
    expect(rows).toContainEqual([3050000000, '海曙区', null]);
  });
});

describe('context words of a table', () => {
  const table = (last: string) =>
    lines(['资助情况(截至2024年6月30日)', '种子计划', '核准项目: 1 204', '核准资助金额(百万元): 2,350.5', last, '核准项目: 87', '核准资助金额(百万元): 96.0']);
  it('may stand in any row label: a column of approved projects counts a fund’s projects', () => {
    const rows = indicators(table('青年创科基金')).map((r) => [r.indicator, r.value, r.part ?? null]);
    expect(rows).toContainEqual(['fund.projects', 1204, '种子计划']);
    expect(rows).toContainEqual(['fund.projects', 87, '青年创科基金']);
  });
  it('and without them the column counts nothing', () => {
    expect(indicators(table('成长计划')).filter((r) => r.indicator === 'fund.projects')).toEqual([]);
  });
});
