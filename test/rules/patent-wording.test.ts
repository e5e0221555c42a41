/**
 * Patent figures in the wording of Taiwan, Hong Kong and national reports
 * (src/rules/packs/patent.yaml): every patent record of a whole passage, so a
 * figure taken twice or under the wrong id fails, not only a missing one.
 * The passages are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const patents = (text: string) =>
  indicators(text)
    .filter((r) => r.indicator.startsWith('patent.'))
    .map((r) => [r.indicator, r.value]);

describe('patent wording', () => {
  it('Taiwan statistics: 申请案, 本国人/外国人, 发明申请案, 发证', () => {
    const text =
      '全年專利新申請案件總數7萬2,340件,本國人申請案3萬8,120件,外國人3萬4,220件。' +
      '其中發明申請案件總數計4萬8,310件。本國人發明申請案1萬9,006件,外國人2萬9,304件。全年專利發證數5萬1,002件。\n';
    expect(patents(text)).toEqual([
      ['patent.applications', 72340],
      ['patent.applications', 38120],
      ['patent.applications', 34220],
      ['patent.invention_applications', 48310],
      ['patent.invention_applications', 19006],
      ['patent.invention_applications', 29304],
      ['patent.grants', 51002],
    ]);
  });

  it('Hong Kong: N宗 standard and short-term patent applications, 批出 after them', () => {
    const text = '知識產權署年內收到標準專利申請1,850宗,當中批出1,120宗。另外收到短期專利申請640宗。\n';
    expect(patents(text)).toEqual([
      ['patent.applications', 1850],
      ['patent.grants', 1120],
      ['patent.applications', 640],
    ]);
  });

  it('national report: PCT, enforcement cases and closed cases, pledge financing only for patents', () => {
    const text =
      '全年授权发明专利66.5万件,受理PCT国际专利申请5.8万件。全国知识产权系统办理专利侵权纠纷案件5.2万件,结案4.9万件。' +
      '全年专利商标质押融资总额达3,100亿元,其中专利权质押融资额2,200亿元。\n';
    expect(patents(text)).toEqual([
      ['patent.invention_grants', 665000],
      ['patent.pct_applications', 58000],
      ['patent.cases', 52000],
      ['patent.cases', 49000],
      ['patent.pledge_financing', 220000000000],
    ]);
  });

  it('a sentence opening with 其中 continues the one before it', () => {
    expect(patents('全市专利授权量1.8万件。其中发明专利3,400件。\n')).toEqual([
      ['patent.grants', 18000],
      ['patent.invention_grants', 3400],
    ]);
    expect(patents('全市受理专利申请4.2万件。其中发明专利1.3万件。\n')).toEqual([
      ['patent.applications', 42000],
      ['patent.invention_applications', 13000],
    ]);
  });

  it('what an organisation owns is a stock, with its invention part', () => {
    expect(patents('该研究院共拥有授权专利近3,000件,包括发明专利1,200余件。\n')).toEqual([
      ['patent.valid', 3000],
      ['patent.valid_invention', 1200],
    ]);
  });

  it('utility models, licensed patents and ranked fields are no patent figures', () => {
    const text =
      '全年申请专利4,100件,其中新型专利1,300件。园区企业通过开放许可获得专利56件。' +
      '有效发明专利增长最快的5个领域集中在信息技术。\n';
    expect(patents(text)).toEqual([['patent.applications', 4100]]);
  });
});
