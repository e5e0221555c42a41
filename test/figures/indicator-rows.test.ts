/**
 * Tables with one indicator a row and places or years as columns, with `|`
 * cells or with spaces between columns (a yearbook pasted as text). Tables
 * are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const rows = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.year, r.region, r.part ?? null]);

describe('one indicator a row, a year a column', () => {
  it('reads each year column, with the unit in a 单位 column, and skips growth columns', () => {
    const text = '表3 某市科技主要指标\n指标 | 单位 | 2021年 | 2022年 | 增长(%)\n技术合同成交额 | 亿元 | 210.5 | 250.25 | 18.9\n专利授权量 | 件 | 4100 | 4700 | 14.6\n';
    expect(rows(text)).toEqual([
      ['tech_contract.value', 21050000000, 2021, null, null],
      ['tech_contract.value', 25025000000, 2022, null, null],
      ['patent.grants', 4100, 2021, null, null],
      ['patent.grants', 4700, 2022, null, null],
    ]);
  });
  it('takes the unit from the row label’s bracket', () => {
    const text = '主要指标 | 2020年 | 2021年\n技术合同登记数(项) | 1500 | 1720\n技术合同成交额(亿元) | 60.5 | 71\n';
    expect(rows(text)).toEqual([
      ['tech_contract.count', 1500, 2020, null, null],
      ['tech_contract.count', 1720, 2021, null, null],
      ['tech_contract.value', 6050000000, 2020, null, null],
      ['tech_contract.value', 7100000000, 2021, null, null],
    ]);
  });
  it('leaves a table whose columns are indicators to the column reader', () => {
    const text = '地区 | 技术合同成交额(亿元) | 同比增长(%)\n甲市 | 120.5 | 12.1\n乙市 | 98.2 | 8.4\n合计 | 218.7 | 10.4\n';
    expect(rows(text).map((r) => [r[1], r[3]])).toEqual([
      [12050000000, '甲市'],
      [9820000000, '乙市'],
      [21870000000, null],
    ]);
  });
});

describe('space-separated tables of places', () => {
  const table = [
    '表5 各县区科技情况',
    '单位 东阳区 西山县 南湖区',
    '1.认定登记的技术成交项目 300 120 100 80',
    '  技术成交金额 万元 5000 2000 1800 1200',
    '2.专利申请授权量 6000 2500 2000 1500',
    '  #发明 900 400 300 200',
    '  外观设计 1000 300 400 300',
    '3.研究机构数 12 5   7',
    '',
  ].join('\n');
  it('gives each number its column’s place, the first unnamed column being the whole', () => {
    const got = rows(table);
    expect(got.filter((r) => r[0] === 'tech_contract.count')).toEqual([
      ['tech_contract.count', 300, null, null, null],
      ['tech_contract.count', 120, null, '东阳区', null],
      ['tech_contract.count', 100, null, '西山县', null],
      ['tech_contract.count', 80, null, '南湖区', null],
    ]);
    expect(got.filter((r) => r[0] === 'tech_contract.value').map((r) => r[1])).toEqual([50000000, 20000000, 18000000, 12000000]);
  });
  it('reads a row under the last row that names an indicator (#发明 → 发明专利授权; 外观设计 a part)', () => {
    const got = rows(table);
    expect(got.filter((r) => r[0] === 'patent.invention_grants').map((r) => [r[1], r[3]])).toEqual([
      [900, null],
      [400, '东阳区'],
      [300, '西山县'],
      [200, '南湖区'],
    ]);
    expect(got.filter((r) => r[0] === 'patent.grants' && r[4] !== null).map((r) => [r[1], r[4]])).toEqual([
      [1000, '外观设计'],
      [300, '外观设计'],
      [400, '外观设计'],
      [300, '外观设计'],
    ]);
  });
  it('refuses a row whose blank cells make its columns unknowable', () => {
    const text = '单位 东阳区 西山县 南湖区\n技术合同成交额 万元 900 400 300 200\n专利授权量 件 50   20 30\n';
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ['tech_contract.value', 9000000],
      ['tech_contract.value', 4000000],
      ['tech_contract.value', 3000000],
      ['tech_contract.value', 2000000],
    ]);
  });
});
