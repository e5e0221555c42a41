/**
 * Fund and alliance sentences with several figures: each figure gets its own
 * indicator (the pack's rules compete for every figure of the sentence, the
 * closest label wins), and figures that are no fund figure get none.
 * Sentences are the team's own, stating the general patterns of the packs.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

/** [indicator, value] of every record of a text, in order. */
const pairs = (text: string) => indicators(text).map((r) => [r.indicator, r.value]);

describe('fund pack: one sentence, several fund figures', () => {
  it('a fund of funds: commitments, funds joined, the cluster size, projects', () => {
    expect(pairs('截至6月底,省产业母基金累计认缴210亿元,累计参股80支基金,基金集群总规模1600亿元,投资省内项目900个。')).toEqual([
      ['fund.invested', 21000000000],
      ['fund.subfunds', 80],
      ['fund.size', 160000000000],
      ['fund.projects', 900],
    ]);
  });

  it("a government's share of a joint fund is invested, money that sets up a fund alone is its size", () => {
    expect(pairs('市政府将拨出40亿元与社会资本配对成立联合投资基金,并投入25亿元设立种子基金。')).toEqual([
      ['fund.invested', 4000000000],
      ['fund.size', 2500000000],
    ]);
  });

  it('money invested in firms, the firms, and the private money drawn in', () => {
    const recs = indicators('某创投基金已投资约5亿元于60家初创企业,并吸引超过30亿元私人投资。');
    expect(recs.map((r) => [r.indicator, r.value, r.qualifier])).toEqual([
      ['fund.invested', 500000000, 'about'],
      ['fund.projects', 60, 'exact'],
      ['fund.leveraged', 3000000000, 'over'],
    ]);
  });

  it('paid-in money after a size is a size, after an investment total an investment', () => {
    expect(pairs('基金总规模80亿元,实缴规模50亿元,其中国资实缴出资20亿元。')).toContainEqual(['fund.size', 2000000000]);
    expect(pairs('已投资项目30个,基金投资35亿元,其中引导基金实缴出资8亿元。')).toContainEqual(['fund.invested', 800000000]);
  });

  it("sizes named right before each fund of a list", () => {
    expect(pairs('已设立3支子基金,包括6亿元某某生物产业基金、9亿元某某创投基金。')).toEqual([
      ['fund.subfunds', 3],
      ['fund.size', 600000000],
      ['fund.size', 900000000],
    ]);
  });

  it("a science programme's budget and outturn are fiscal money, its execution rate is not", () => {
    expect(pairs('某部科技专案预算数80亿元,决算数78亿元(执行率97.5%)。')).toEqual([
      ['fund.fiscal', 8000000000],
      ['fund.fiscal', 7800000000],
    ]);
  });

  it('funds nothing parents, money arriving for investment and poverty relief are no fund figures', () => {
    expect(pairs('本周某市备案三只母基金。')).toEqual([]);
    expect(pairs('全年新签约合同总额不低于300亿元,到位资金总额不低于90亿元。')).toEqual([]);
    expect(pairs('到位扶贫资金8万元。')).toEqual([]);
  });
});

describe('alliance pack: alliances counted, applicants not', () => {
  it('only the alliances admitted are a count', () => {
    expect(pairs('截至月底,共有41家联盟提交了申请,最终确定18家联盟列入年度试点。')).toEqual([['alliance.count', 18]]);
  });

  it('members that join an alliance', () => {
    expect(pairs('目前已组建创新联盟6个,已有64家企业和高校加入该联盟。')).toEqual([
      ['alliance.count', 6],
      ['alliance.members', 64],
    ]);
  });
});
