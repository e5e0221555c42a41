/**
 * "One quantity, one record" (docs/indicators.md): parts, phases, thresholds
 * restating a value, new additions to a stock. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const pick = (text: string) => indicators(text).map((r) => ({ id: r.indicator, value: r.value, part: r.part ?? null, phase: r.phase ?? null, q: r.qualifier }));

describe('parts', () => {
  it('a breakdown after 其中 keeps the id and names its part; the total has none', () => {
    expect(pick('2022年,全市技术合同成交额412.6亿元,其中技术开发合同成交额150.2亿元,技术服务合同成交额210.4亿元。')).toEqual([
      { id: 'tech_contract.value', value: 41260000000, part: null, phase: null, q: 'exact' },
      { id: 'tech_contract.value', value: 15020000000, part: '技术开发合同', phase: null, q: 'exact' },
      { id: 'tech_contract.value', value: 21040000000, part: '技术服务合同', phase: null, q: 'exact' },
    ]);
  });
  it('a kind of contract named without 其中 is a part too', () => {
    expect(pick('技术转让合同成交额为38.5亿元。')[0]).toMatchObject({ id: 'tech_contract.value', part: '技术转让合同' });
  });
  it('names the holder of a part of a stock (其中企业拥有…)', () => {
    expect(pick('截至2022年底,全省有效发明专利4.3万件,其中企业拥有2.8万件。')).toEqual([
      { id: 'patent.valid_invention', value: 43000, part: null, phase: null, q: 'exact' },
      { id: 'patent.valid_invention', value: 28000, part: '企业', phase: null, q: 'exact' },
    ]);
  });
  it('names a contract type canonically, and the amount of the same contracts carries it', () => {
    expect(pick('咨询类技术合同共1800项,合同成交金额为12.6亿元。').map((r) => [r.value, r.part])).toEqual([
      [1800, '技术咨询合同'],
      [1260000000, '技术咨询合同'],
    ]);
  });
  it('names a kind of party right before the indicator or opening the sentence', () => {
    expect(pick('高等院校技术合同成交额为15.2亿元。').map((r) => r.part)).toEqual(['高等院校']);
    expect(pick('按卖方类型统计,科研院所继续保持增长,输出技术合同3200项。').map((r) => r.part)).toEqual(['科研院所']);
  });
  it('but a party named in another clause does not make the total a part', () => {
    expect(pick('我市积极引导企业开展技术转移,技术合同成交额达到300亿元。').map((r) => r.part)).toEqual([null]);
  });
  it('a breakdown in the next sentence (其中, …) keeps the total’s label; where each share comes from (来自) names its part', () => {
    expect(pick('上半年,全省受理国际专利申请3.6万件,同比增长9%。其中,3.1万件来自企业,同比增长11%;0.5万件来自高校。')).toEqual([
      { id: 'patent.applications', value: 36000, part: null, phase: null, q: 'exact' },
      { id: 'patent.applications', value: 31000, part: '企业', phase: null, q: 'exact' },
      { id: 'patent.applications', value: 5000, part: '高校', phase: null, q: 'exact' },
    ]);
    // 来自 with no total of the same indicator before it names no part
    expect(pick('全省专利申请中有3.1万件来自企业。')[0]?.part ?? null).toBeNull();
  });
  it('a clause in a 其中 scope that names the owner (权利人是企业的有…) is that owner’s part of the total', () => {
    expect(pick('截至今年10月底,全省有效发明专利拥有量达到12.6万件,其中,权利人是企业的有8.1万件,占64%。')).toEqual([
      { id: 'patent.valid_invention', value: 126000, part: null, phase: null, q: 'exact' },
      { id: 'patent.valid_invention', value: 81000, part: '企业', phase: null, q: 'exact' },
    ]);
  });
  it('high-value invention patents are a part of the stock; their per-10,000-people figure has its own id and no part', () => {
    expect(pick('到去年底,本省高价值发明专利数量为3.26万件,比上年多5200件;按常住人口算,每万人口高价值发明专利拥有量是12.5件。')).toEqual([
      { id: 'patent.valid_invention', value: 32600, part: '高价值', phase: null, q: 'exact' },
      { id: 'patent.high_value_per_10k_people', value: 12.5, part: null, phase: null, q: 'exact' },
    ]);
  });
  it('a sub-indicator with its own id has no part', () => {
    expect(pick('全年授权专利1.6万件,其中发明专利3100件。')).toEqual([
      { id: 'patent.grants', value: 16000, part: null, phase: null, q: 'exact' },
      { id: 'patent.invention_grants', value: 3100, part: null, phase: null, q: 'exact' },
    ]);
  });
});

describe('phases', () => {
  it('gives a fund’s phases their number and the total none', () => {
    expect(pick('设立科技创新基金,总规模80亿元,首期规模20亿元,二期60亿元。').map((r) => [r.value, r.phase])).toEqual([
      [8000000000, null],
      [2000000000, 1],
      [6000000000, 2],
    ]);
  });
});

describe('thresholds restating a value', () => {
  it('fold into the exact value of the same quantity', () => {
    expect(pick('2023年,全市技术合同成交额首次突破六百亿元大关,达到612.4亿元。')).toEqual([
      { id: 'tech_contract.value', value: 61240000000, part: null, phase: null, q: 'exact' },
    ]);
  });
  it('fold into the exact value written in brackets after them', () => {
    expect(pick('2021年,全省技术合同登记数量首次超过5万项(共计51230项)。').map((r) => [r.id, r.value, r.q])).toEqual([['tech_contract.count', 51230, 'exact']]);
  });
  it('stay a record when no exact value of that quantity stands beside them', () => {
    expect(pick('2023年全市技术合同成交额突破600亿元。')[0]).toMatchObject({ value: 60000000000, q: 'over' });
    // another year: its own quantity
    const rs = indicators('2023年技术合同成交额512.3亿元,2024年力争突破600亿元。');
    expect(rs.map((r) => [r.value, r.year, r.status, r.qualifier])).toEqual([
      [51230000000, 2023, 'actual', 'exact'],
      [60000000000, 2024, 'target', 'over'],
    ]);
  });
  it('a floor far below the exact value is another quantity', () => {
    expect(pick('到2025年,全市产业技术创新战略联盟达到60个,其中国家级不少于8个。').map((r) => r.value)).toEqual([60, 8]);
  });
});

describe('changes and new additions', () => {
  it('a new addition to a stock is not its level; the accumulated level is', () => {
    expect(pick('今年新组建产业技术创新战略联盟6个,累计达到46个。').map((r) => r.value)).toEqual([46]);
    expect(pick('全年新增有效发明专利3200件。')).toEqual([]);
  });
  it('a flow of the year is a level even when it is new (申请, 授权, 成交额)', () => {
    expect(pick('全年新增专利授权2.1万件。').map((r) => r.id)).toEqual(['patent.grants']);
  });
  it('a difference from last year is never the level', () => {
    expect(pick('全市产学研联盟达到52家,比上年增加7家。').map((r) => r.value)).toEqual([52]);
  });
});
