/**
 * A part of a year (上半年, 前三季度, 1-6月) right after an explicit year belongs
 * to that year, not to the document's date: `2019年上半年,…登记技术合同800项`
 * is 2019 whether or not the document is dated. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const yearsOf = async (text: string) => (await extract(text)).map((r) => [r.indicator, r.year]);

describe('a part of a year after an explicit year', () => {
  it('2019年上半年 / 2019年前三季度 / 2019年1-9月 in an undated text: 2019', async () => {
    for (const when of ['2019年上半年', '2019年前三季度', '2019年1-9月', '2019 年 第三季度']) {
      expect(await yearsOf(`${when},某市共登记技术合同800项,成交额12.5亿元。`), when).toEqual([
        ['tech_contract.count', 2019],
        ['tech_contract.value', 2019],
      ]);
    }
  });

  it('alone, 上半年 still takes the document date: none in an undated text, the date\'s year in a dated one', async () => {
    expect(await yearsOf('上半年,某市共登记技术合同800项。')).toEqual([['tech_contract.count', null]]);
    expect(await yearsOf('发布时间:2021-08-02\n上半年,某市共登记技术合同800项。')).toEqual([['tech_contract.count', 2021]]);
  });

  it('a year that is only compared with (比2018年上半年) is not the figure\'s year', async () => {
    expect(await yearsOf('发布时间:2021-08-02\n上半年,某市登记技术合同800项,比2018年上半年多一倍。')).toEqual([['tech_contract.count', 2021]]);
  });
});

describe('words that mean up to now (迄今, 至今, 自2016年至今)', () => {
  it('take the document date’s year', async () => {
    expect(await yearsOf('发布时间:2024-08-15\n该天使基金迄今已投资新创企业120家。')).toEqual([['fund.projects', 2024]]);
    expect(await yearsOf('发布时间:2024-08-15\n该天使基金自2016年至今累计投资新创企业120家。')).toEqual([['fund.projects', 2024]]);
  });
  it('and none in an undated text', async () => {
    expect(await yearsOf('该天使基金迄今已投资新创企业120家。')).toEqual([['fund.projects', null]]);
  });
});

describe('sentences joined by a semicolon share their times', () => {
  it('a year earlier in the ;-joined sentence is the year of a figure that names none, in a dated text too', async () => {
    const text = '发布时间:2021-03-12\n按2020年各城市的技术合同交易数据,深圳为1820.4亿元,排在第三;上海以2105.6亿元排在第二;天津为960.3亿元,排在第五。';
    expect(await yearsOf(text)).toEqual([
      ['tech_contract.value', 2020],
      ['tech_contract.value', 2020],
      ['tech_contract.value', 2020],
    ]);
  });
  it('but a goal year (到2026年) of the sentence before the semicolon stays there', async () => {
    const text = '发布时间:2024-08-15\n某市提出,到2026年,力争设立天使基金10只;某省已组建天使母基金群,累计设立子基金33只。';
    expect((await yearsOf(text)).at(-1)).toEqual(['fund.subfunds', null]);
  });
});

describe('a plan’s steps (第一步,到2020年,…;第二步,到2025年,…)', () => {
  it('each step’s deadline dates the goals after it, up to the next step', async () => {
    const text = '《方案》提出了两步走的目标:第一步,到2023年,基本建成技术转移体系。培育示范机构50家;全省技术合同成交额力争达到120亿元。第二步,到2027年,全面建成技术转移体系;全省技术合同成交额突破250亿元。';
    expect(await yearsOf(text)).toEqual([
      ['tech_contract.value', 2023],
      ['tech_contract.value', 2027],
    ]);
  });
});

describe('a Taiwanese text that writes history in AD and statistics in the Republic’s years', () => {
  it('reads a three-digit 105年 as 2016 even when an AD year comes first', async () => {
    const text = '某公司自2004年以來首度居首。智慧局今天說,105年第3季本國人發明專利申請共1萬7,500件。';
    expect(await yearsOf(text)).toEqual([['patent.invention_applications', 2016]]);
  });
});
