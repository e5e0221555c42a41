/**
 * Forms of writing met in real published texts (each a family, stated in the
 * team's own sentences): ○ for 〇 in numerals and years, lists of two contract
 * types with 分别 and bare list separators, a fund's 资金总规模.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const got = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.year]);

describe('written forms', () => {
  it('reads a round 百亿 right before one fund as its size, not before a class of funds (三支百亿基金, 千亿级)', () => {
    expect(got('江州高新区百亿母基金发布会举行,现场签约子基金6个。')).toEqual([
      ['fund.size', 10000000000, null],
      ['fund.subfunds', 6, null],
    ]);
    expect(got('原标题:甲省将组建30亿创新创业投资引导基金')).toEqual([['fund.size', 3000000000, null]]);
    expect(got('该市先后完成了三支百亿基金的设立。')).toEqual([]);
    expect(got('该省着力打造千亿级基金群。')).toEqual([]);
  });
  it('reads ○ as 〇 in a Chinese numeral and in a year', () => {
    expect(got('二○二一年,科技基金资助了五十個項目,金額為三億○五十萬元。')).toEqual([
      ['fund.projects', 50, 2021],
      ['fund.fiscal', 300500000, 2021],
    ]);
  });
  it('carries a label across a bare list separator (分别为A、B)', () => {
    expect(got('生物医药、新材料领域技术合同成交额居前,分别为64.1亿元、52.3亿元。').map((r) => r[1])).toEqual([6410000000, 5230000000]);
  });
  it('reads 分别登记A项、B项 and 成交额A、B after two contract types', () => {
    expect(got('技术转让、技术许可两类合同增长较快,分别登记860项、240项,成交额18.5亿元、6.2亿元。')).toEqual([
      ['tech_contract.count', 860, null],
      ['tech_contract.count', 240, null],
      ['tech_contract.value', 1850000000, null],
      ['tech_contract.value', 620000000, null],
    ]);
  });
  it('reads words broken by a space (text taken from a PDF) as the words they are', () => {
    expect(got('2019 年,全市共认定登记技术 合同 1.2 万项,成交 金额 86.5 亿元。')).toEqual([
      ['tech_contract.count', 12000, 2019],
      ['tech_contract.value', 8650000000, 2019],
    ]);
    // but a space between two places' names still keeps them apart
    expect(indicators('北京 天津两地技术合同成交额合计3000亿元。').map((r) => r.value)).toEqual([300000000000]);
  });
  it('reads a label set apart from its figure by spaces (typeset text) as if they touched', () => {
    const recs = indicators('母基金总规模 60 亿元,其中,整合的原有基金 25 亿元,新设基金 35 亿元。');
    expect(recs.map((r) => [r.indicator, r.value, r.part ?? null])).toEqual([
      ['fund.size', 6000000000, null],
      ['fund.size', 2500000000, '整合的原有基金'],
      ['fund.size', 3500000000, '新设基金'],
    ]);
  });
  it('reads a sentence broken into lines at its semicolons as one (成交额 on the line after the contracts)', () => {
    expect(got('2022年,本区共登记技术合同2.1万项,同比增长11%;\n成交额1413.11亿元,同比增长6.9%;\n')).toEqual([
      ['tech_contract.count', 21000, 2022],
      ['tech_contract.value', 141311000000, 2022],
    ]);
  });
  it('takes 资金总规模 as the size of a fund, not fiscal money', () => {
    expect(got('该创投引导基金已参股5支子基金,资金总规模26亿元。')).toEqual([
      ['fund.subfunds', 5, null],
      ['fund.size', 2600000000, null],
    ]);
  });
});

describe('a copying site’s pinyin glosses', () => {
  it('are dropped, so that the keywords they split are found again', () => {
    const text = '全區(qū)技術(shù)合同登記成交額共6.5億元,有效發(fā)明專利達到320件,同比增長(zhǎng)12%。';
    expect(got(text).map((r) => [r[0], r[1]])).toEqual([
      ['tech_contract.value', 650000000],
      ['patent.valid_invention', 320],
    ]);
  });
  it('drops syllables without tone marks too when a text is full of them', () => {
    const text = '这3只基(ji)金(jin)首(shou)期共募(mu)集(ji)资(zi)金(jin)12亿元(yuan)(yuan),其中国(guo)家(jia)出资3亿元。';
    expect(got(text).map((r) => [r[0], r[1]])).toContainEqual(['fund.size', 1200000000]);
  });
  it('but a bracket that happens to follow a character stays (fewer than three, or no tone mark)', () => {
    const one = indicators('技术合同成交额(shù)达到6.5亿元。');
    expect(one.map((r) => r.sentence)).toEqual(['技术合同成交额(shù)达到6.5亿元。']);
  });
});
