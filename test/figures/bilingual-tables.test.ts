/**
 * A statistics yearbook's table as a web page gives it: a title row, its
 * English translation, a unit row, English after each Chinese label or in a
 * cell of its own, places as rows and years as columns, a group's subtotal.
 * The tables are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';
import { readMetadata } from '../../src/document/metadata.js';

const rows = (text: string) => indicators(text).map((r) => [r.value, r.year, r.region, r.part ?? null]);

const TABLE = [
  '2022年度科技统计资料 | ![]() |',
  '表2-1 各地区技术合同成交额 | |||',
  'Turnover of Technology Contracts by Region | |||',
  '单位:亿元 | (Unit: 100 million yuan) | ||',
  '地区Region | 2020年 | 2021年 | 2022年 | ||',
  '合计Total | 300 | 330 | 360 | |',
  '东部Eastern | 东部小计Sub-total | 200 | 220 | 240 | |',
  '山西 | Shanxi | 10 | 11 | 12 | |',
  '吉林 | Jilin | 20 | 21 | 22 | |',
  '江西 | Jiangxi | 30 | 31 | 32 | |',
  '广西 | Guangxi | 40 | 41 | 42 | |',
  '贵州 | Guizhou | 5.5 | 6.5 | 7.5 | |',
].join('\n');

describe('a bilingual yearbook table', () => {
  it('reads the Chinese title and the unit row, drops the English, and gives each year column its year', () => {
    const got = rows(TABLE);
    expect(got).toHaveLength(21);
    expect(indicators(TABLE).every((r) => r.indicator === 'tech_contract.value')).toBe(true);
    expect(got.slice(6, 9)).toEqual([
      [1000000000, 2020, '山西', null],
      [1100000000, 2021, '山西', null],
      [1200000000, 2022, '山西', null],
    ]);
    expect(got[20]).toEqual([750000000, 2022, '贵州', null]);
  });
  it('gives the total row of a table of provinces the nation, and a group’s subtotal a part of it', () => {
    expect(rows(TABLE).slice(0, 6)).toEqual([
      [30000000000, 2020, '全国', null],
      [33000000000, 2021, '全国', null],
      [36000000000, 2022, '全国', null],
      [20000000000, 2020, '全国', '东部'],
      [22000000000, 2021, '全国', '东部'],
      [24000000000, 2022, '全国', '东部'],
    ]);
  });
  it('gives the total of a table of one province’s cities that province', () => {
    const text = '表1 各市专利授权量\n地区 | 2022年 | 2023年\n合计 | 900 | 950\n杭州 | 500 | 520\n宁波 | 300 | 310\n温州 | 100 | 120\n';
    expect(rows(text).slice(0, 2)).toEqual([
      [900, 2022, '浙江', null],
      [950, 2023, '浙江', null],
    ]);
  });
  it('takes a title row of one cell as the document’s title, without its empty cells', () => {
    expect(readMetadata(TABLE).docTitle).toBe('2022年度科技统计资料');
  });
});
