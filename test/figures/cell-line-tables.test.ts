/**
 * Tables copied from a web page one cell a line, and tables whose rows are
 * keyed by a year. Tables are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';
import { columnLabels, findCellLineTables, rowKeyYear, unitOf } from '../../src/document/cell-line-tables.js';

const rows = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.year, r.region]);
const cells = (lines: string[]) => `${lines.join('\n')}\n`;

describe('the reader', () => {
  it('finds the rows: a key and the same number of values each', () => {
    const text = cells(['下表列出近三年情况。', '表1 某市技术市场情况', '单位:亿元', '年份', '成交额', '输出额', '2020', '10.5', '8.2', '2021', '12.75', '9', '2022', '15', '11.1', '资料来源:市科技局。']);
    const [t] = findCellLineTables(text, false);
    expect(t.title).toBe('表1 某市技术市场情况');
    expect(t.unit).toBe('亿元');
    expect(t.header.map((c) => c.text)).toEqual(['年份', '成交额', '输出额']);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['2020', '10.5', '8.2'],
      ['2021', '12.75', '9'],
      ['2022', '15', '11.1'],
    ]);
  });
  it('does not start a row at a value that looks like a year', () => {
    const text = cells(['年度', '甲', '乙', '2020', '2019', '7', '2021', '2020', '8', '2022', '2024', '9']);
    expect(findCellLineTables(text, false)[0].rows.map((r) => r[0].text)).toEqual(['2020', '2021', '2022']);
  });
  it('reads nothing in short lines without numbers, nor in a list of short numbered lines', () => {
    expect(findCellLineTables(cells(['首页', '新闻', '公告', '政策', '服务', '互动', '关于', '联系', '地图']), false)).toEqual([]);
    expect(findCellLineTables(cells(['目录', '第一章', '1', '第二章', '5', '第三章', '9', '附录', '12']), false)).toEqual([]);
  });
  it('joins a two-level header: the repeated words sit under the next upper word', () => {
    expect(columnLabels(['合计', '甲类', '金额', '金额', '占比', '乙类', '金额', '占比'], 5)).toEqual(['合计金额', '甲类金额', '甲类占比', '乙类金额', '乙类占比']);
    expect(columnLabels(['投资', '费用', '申请', '件数', '核准件数', '预算数', '决算数', '预算数', '决算数'], 6)).toEqual([
      '投资预算数',
      '投资决算数',
      '费用预算数',
      '费用决算数',
      '申请件数',
      '核准件数',
    ]);
    expect(columnLabels(['甲', '乙', '丙'], 5)).toBeNull();
  });
  it('reads the unit line’s currency apart from its measure', () => {
    expect(unitOf('单位:新台币千元;%')).toEqual({ unit: '千元', currency: '新台币' });
    expect(unitOf('單位:萬元')).toEqual({ unit: '萬元', currency: null });
    expect(unitOf('某市情况')).toEqual({ unit: null, currency: null });
  });
  it('reads a Republic-era row key only in a Republic-era text', () => {
    expect(rowKeyYear('110', true)).toBe(2021);
    expect(rowKeyYear('110年度', true)).toBe(2021);
    expect(rowKeyYear('110', false)).toBeNull();
    expect(rowKeyYear('2021年', false)).toBe(2021);
    expect(rowKeyYear('甲县', false)).toBeNull();
  });
});

describe('figures of a one-cell-a-line table', () => {
  it('gives each value its column’s indicator and its row’s year', () => {
    const text = cells(['表2 某市历年技术合同情况', '单位:亿元', '年份', '技术合同成交额', '技术开发合同成交额', '2021', '88.6', '40.2', '2022', '97.35', '45', '注:不含军工。']);
    expect(rows(text)).toEqual([
      ['tech_contract.value', 8860000000, 2021, null],
      ['tech_contract.value', 4020000000, 2021, null],
      ['tech_contract.value', 9735000000, 2022, null],
      ['tech_contract.value', 4500000000, 2022, null],
    ]);
  });
  it('reads cells with blank lines between them, and a unit written on the title line', () => {
    const text = ['某省专利统计', '', '2023年各市发明专利授权情况    单位:件', '', '地区', '', '授权量', '', '同比增长', '', '甲市', '', '1,204', '', '12.5%', '', '乙市', '', '986', '', '9.8%', ''].join('\n');
    expect(rows(text)).toEqual([
      ['patent.invention_grants', 1204, 2023, '甲市'],
      ['patent.invention_grants', 986, 2023, '乙市'],
    ]);
  });
  it('names each row by its place', () => {
    const text = cells(['表3 各县专利授权情况', '单位:件', '地区', '专利授权量', '发明专利授权量', '甲县', '1,204', '210', '乙县', '986', '175', '说明:数据为初步统计。']);
    expect(rows(text)).toEqual([
      ['patent.grants', 1204, null, '甲县'],
      ['patent.invention_grants', 210, null, '甲县'],
      ['patent.grants', 986, null, '乙县'],
      ['patent.invention_grants', 175, null, '乙县'],
    ]);
  });
  it('reads thousands of a currency exactly, and Republic-era years', () => {
    const text = cells([
      '行政院國發基金110年度科技發展計畫經費執行情形如下。',
      '表1 科技專案經費決算數一覽表',
      '單位:新臺幣千元',
      '年度',
      '科技專案決算數',
      '執行率',
      '109',
      '1,234,567',
      '96.5',
      '110',
      '2,000,001',
      '97.2',
      '資料來源:某部提供。',
    ]);
    const got = indicators(text).map((r) => [r.indicator, r.value, r.unit, r.year]);
    expect(got).toEqual([
      ['fund.fiscal', 1234567000, 'TWD', 2020],
      ['fund.fiscal', 2000001000, 'TWD', 2021],
    ]);
  });
});

describe('a table with a row a year', () => {
  it('takes each row’s year from its first cell', () => {
    const text = '表4 某区技术合同登记情况\n年份 | 技术合同成交额(亿元) | 登记项数(项)\n2020 | 30.4 | 812\n2021 | 36.05 | 905\n';
    expect(rows(text)).toEqual([
      ['tech_contract.value', 3040000000, 2020, null],
      ['tech_contract.count', 812, 2020, null],
      ['tech_contract.value', 3605000000, 2021, null],
      ['tech_contract.count', 905, 2021, null],
    ]);
  });
});
