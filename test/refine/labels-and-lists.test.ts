/**
 * Labels carry, enumerations under one label, and status words that govern
 * any verb (docs/indicators.md, "One quantity, one record"). Sentences are
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const rows = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.year, r.status, r.region, r.part ?? null]);

describe('labels carry', () => {
  it('across a growth clause to a goal of a later clause', () => {
    expect(rows('力争全市技术合同成交额年均增长12%,到2026年达到900亿元。')).toEqual([['tech_contract.value', 90000000000, 2026, 'target', null, null]]);
  });
  it('to a sentence that opens without a subject of its own', () => {
    const text = '关于技术市场的通报\n2022年全省技术合同成交额达到612.5亿元。继2021年突破500亿元后,今年再创新高。\n';
    expect(indicators(text).map((r) => [r.value, r.year, r.qualifier])).toEqual([
      [61250000000, 2022, 'exact'],
      [50000000000, 2021, 'over'],
    ]);
  });
  it('to a sentence after a semicolon that opens with only its growth rate', () => {
    expect(rows('广州技术合同成交额2022年920.5亿元,同比增长35%;2023年再度增长40%,历史性突破1200亿元。')).toEqual([
      ['tech_contract.value', 92050000000, 2022, 'actual', '广州', null],
      ['tech_contract.value', 120000000000, 2023, 'actual', '广州', null],
    ]);
  });
  it('from market figures named as data to the place that follows (…技术合同交易数据,深圳为…)', () => {
    expect(rows('按照上年度各地的技术合同交易数据,深圳为1820.4亿元,排在第三;上海以2105.6亿元排在第二。')).toEqual([
      ['tech_contract.value', 182040000000, null, 'actual', '深圳', null],
      ['tech_contract.value', 210560000000, null, 'actual', '上海', null],
    ]);
  });
  it('not past a clause between that names a label of its own (…发明专利55件外,也获证各国专利,总计约150件)', () => {
    expect(rows('该校2023年除获证美国发明专利48件外,也获证日本、德国等各国专利,总计约130件,其中电子领域占50件、材料领域40件。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['patent.invention_grants', 48, null],
      ['patent.grants', 130, null],
      ['patent.grants', 50, '电子领域'],
      ['patent.grants', 40, '材料领域'],
    ]);
  });
  it('but past the words right after the figure before, which are its own (…5000万元专项资金,统筹用于…,三年合计1.5亿元)', () => {
    expect(rows('市财政每年安排不少于3000万元成果转化专项资金,统筹用于机构建设和人才培养,三年合计9000万元以上。').map((r) => [r[0], r[1]])).toEqual([
      ['fund.fiscal', 30000000],
      ['fund.fiscal', 90000000],
    ]);
  });
  it('a kind of patent named without its action, in the next paragraph too, takes the action of the patent figure before', () => {
    expect(rows('上半年,全区专利授权量4200件,同比增长30%。\n从专利类型看,发明专利610件,比上年同期增加150件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.grants', 4200],
      ['patent.invention_grants', 610],
    ]);
  });
  it('list items named by a place and 以 keep the label (海淀区以512件、朝阳区以433件)', () => {
    expect(rows('上半年全市专利授权量3980件。各区中,海淀区以512件、朝阳区以433件分列前二。').slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['patent.grants', 512, '海淀区'],
      ['patent.grants', 433, '朝阳区'],
    ]);
  });
  it('a winner’s figure past the one it beat (甲以211件挤下乙88件夺冠) measures the ranking’s topic', () => {
    expect(rows('看本季度的发明专利申请前十大,甲电子以205件挤下乙精密90件夺冠。').map((r) => [r[0], r[1], r[5]])[0]).toEqual(['patent.invention_applications', 205, '甲电子']);
  });
  it('a 其中涉及 breakdown of an alliance’s members gives each kind of member its part', () => {
    expect(rows('截至目前,共有52家单位加入联盟,其中涉及高校12家、科研院所8家、企业32家。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['alliance.members', 52, null],
      ['alliance.members', 12, '高校'],
      ['alliance.members', 8, '科研院所'],
      ['alliance.members', 32, '企业'],
    ]);
  });
  it('a clause that names only another action keeps the kind of the clause before', () => {
    const kinds = (text: string) => indicators(text).map((r) => [r.indicator, r.value]);
    expect(kinds('2021年某省发明专利申请量为3.2万件,授权量为9800件。')).toEqual([
      ['patent.invention_applications', 32000],
      ['patent.invention_grants', 9800],
    ]);
    expect(kinds('2021年某省发明专利申请3.2万件,授权9800件。')).toEqual([
      ['patent.invention_applications', 32000],
      ['patent.invention_grants', 9800],
    ]);
    // with no kind before the action, all patents stay all patents
    expect(kinds('2021年某省专利申请量为3.2万件,授权量为1.9万件。')).toEqual([
      ['patent.applications', 32000],
      ['patent.grants', 19000],
    ]);
    // a clause with a kind of its own keeps it
    expect(kinds('2021年某省发明专利申请量为3.2万件,专利授权量为1.9万件。')).toEqual([
      ['patent.invention_applications', 32000],
      ['patent.grants', 19000],
    ]);
  });
  it('to a fund phase named without the fund’s words', () => {
    expect(indicators('设立产业引导基金,总规模60亿元,首期15亿元。').map((r) => [r.indicator, r.value, r.phase ?? null])).toEqual([
      ['fund.size', 6000000000, null],
      ['fund.size', 1500000000, 1],
    ]);
  });
});

describe('a plan’s review of the years before it', () => {
  it('figures without a year under a heading about what was done are actual, the plan’s own are targets', () => {
    const text = '江州市江北区“十四五”科学技术发展规划\n一、“十三五”期间主要工作回顾\n截至目前,江北区共争取上级科技经费5120万元。\n二、主要目标\n全区财政科技资金达到3亿元。\n';
    expect(rows(text).map((r) => [r[1], r[3]])).toEqual([
      [51200000, 'actual'],
      [300000000, 'target'],
    ]);
  });
});

describe('enumerations under one label', () => {
  it('a breakdown after 其中 is of the figure before, not of the clause’s other words', () => {
    expect(indicators('目前共有60家单位加入该联盟,其中高校12家、科研院所8家、企业40家。').map((r) => [r.indicator, r.value, r.part ?? null])).toEqual([
      ['alliance.members', 60, null],
      ['alliance.members', 12, '高校'],
      ['alliance.members', 8, '科研院所'],
      ['alliance.members', 40, '企业'],
    ]);
  });
  it('give each item its place as region', () => {
    expect(rows('2022年各市吸纳技术合同成交额前三位是:南昌(86.2亿元)、赣州(41.7亿元)、九江(30.3亿元)。').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['tech_contract.inflow_value', 8620000000, '南昌'],
      ['tech_contract.inflow_value', 4170000000, '赣州'],
      ['tech_contract.inflow_value', 3030000000, '九江'],
    ]);
  });
  it('give an item that is no place its name as part, an organisation no region', () => {
    const rs = indicators('高校技术合同成交额前两位分别为某理工大学(5.2亿元)、某农业大学(3.1亿元)。');
    expect(rs.map((r) => [r.value, r.region, r.part])).toEqual([
      [520000000, null, '某理工大学'],
      [310000000, null, '某农业大学'],
    ]);
  });
  it('take the label before a long ranking lead, also when the lead opens its own clause', () => {
    const long = '发明专利授权量排名前三位的企业依次为:甲公司(812件)、乙公司(640件)、丙研究院(515件)。';
    const own = '以发明专利授权量排名前三位的企业为例,依次为:甲公司(812件)、乙公司(640件)、丙研究院(515件)。';
    for (const text of [long, own])
      expect(rows(text).map((r) => [r[0], r[1], r[5]])).toEqual([
        ['patent.invention_grants', 812, '甲公司'],
        ['patent.invention_grants', 640, '乙公司'],
        ['patent.invention_grants', 515, '丙研究院'],
      ]);
  });
  it('a 其中 list without a comma after 其中 gives each item its part; an item named by a keyword of its own takes no borrowed label', () => {
    expect(rows('今年共有12只子基金入选,其中新材料3只、新能源5只、智能制造4只。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['fund.subfunds', 12, null],
      ['fund.subfunds', 3, '新材料'],
      ['fund.subfunds', 5, '新能源'],
      ['fund.subfunds', 4, '智能制造'],
    ]);
    // but clauses of their own after 其中 are no list of names
    expect(rows('母基金合作机构投出300个项目,其中投资科技型小微企业共210个、投资金额共90亿元。').map((r) => r[1])).not.toContain(210);
    expect(rows('去年全市授权专利2.2万件,其中发明专利0.5万件、实用新型专利1.3万件、外观设计专利0.4万件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.grants', 22000],
      ['patent.invention_grants', 5000],
    ]);
  });
  it('never reads a rank (前五位, 后十名) as a count', () => {
    expect(indicators('全省技术合同成交额前五位的城市中,有三个在苏南。')).toEqual([]);
  });
});

describe('status words govern any verb', () => {
  it('计划 and 将 make the clause a goal', () => {
    expect(indicators('计划设立子基金不少于12支。')[0]).toMatchObject({ indicator: 'fund.subfunds', status: 'target' });
    expect(indicators('引导基金将撬动社会资本250亿元。')[0]).toMatchObject({ indicator: 'fund.leveraged', status: 'target' });
  });
  it('but not as nouns or in 将近', () => {
    expect(indicators('国家科技计划项目技术合同成交额36亿元。')[0]).toMatchObject({ status: 'actual' });
    expect(indicators('全市技术合同成交额将近400亿元。')[0]).toMatchObject({ status: 'actual' });
  });
});

describe('lists and rankings that continue a subject', () => {
  it('a 其中 list of places after a total gives each place its figure', () => {
    const rs = indicators('关于技术市场的答复\n2021年,三市实现技术合同成交总额312.6亿元。其中,南昌市168.4亿元、九江市82.1亿元、赣州市62.1亿元。\n江西省科学技术厅\n2022年3月1日\n');
    expect(rs.map((r) => [r.value, r.region])).toEqual([
      [31260000000, '江西省'],
      [16840000000, '南昌市'],
      [8210000000, '九江市'],
      [6210000000, '赣州市'],
    ]);
  });
  it('a figure before the label, and the sentences that continue it, keep the label', () => {
    const text = '某市以860.5亿元的输出技术成交额居全省首位;2022年达932.1亿元;2023年达1012.4亿元。';
    expect(indicators(text).map((r) => [r.indicator, r.value, r.year])).toEqual([
      ['tech_contract.outflow_value', 86050000000, null],
      ['tech_contract.outflow_value', 93210000000, 2022],
      ['tech_contract.outflow_value', 101240000000, 2023],
    ]);
  });
});

describe('a clause whose subject is only a place', () => {
  it('goes on with the label of the figure before, for that place', () => {
    const text = '北京的技术合同成交额以820.5亿元居首;广州为610.2亿元,位居第二;上海为580.4亿元。';
    expect(rows(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['tech_contract.value', 82050000000, '北京'],
      ['tech_contract.value', 61020000000, '广州'],
      ['tech_contract.value', 58040000000, '上海'],
    ]);
  });
  it('goes on with the ranking the sentence opens with (在…排名中,)', () => {
    expect(rows('在各市发明专利申请量排名中,南京以1.2万件的申请量保持领先,苏州以8100件位居第二。').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['patent.invention_applications', 12000, '南京'],
      ['patent.invention_applications', 8100, '苏州'],
    ]);
  });
  it('but not a clause with a subject of its own', () => {
    const text = '全市技术合同成交额达到300亿元;广州商品房成交额为900亿元。';
    expect(rows(text).map((r) => r[1])).toEqual([30000000000]);
  });
});

describe('a clause that names only a measure', () => {
  it('takes the keyword of the clause before (专利申请量A件,授权量B件)', () => {
    expect(rows('2021年全市专利申请量达到5.2万件,授权量达到3.1万件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.applications', 52000],
      ['patent.grants', 31000],
    ]);
  });
  it('a clause without a subject, first in a sentence that opens with its topic, measures that topic', () => {
    expect(rows('从专利授权量看,南京授权数量最多,达到1.2万件,居全省第一。').map((r) => [r[0], r[1], r[4]])).toEqual([['patent.grants', 12000, '南京']]);
  });
  it('but not a clause with a subject of its own', () => {
    expect(rows('全市专利申请量达到5.2万件,查处假冒案件300件。').map((r) => r[0])).toEqual(['patent.applications']);
  });
  it('从A上升到B: B continues A’s label, each with its year', () => {
    expect(rows('技术合同交易额从2019年的0.5亿元,上升到2022年的2.3亿元。').map((r) => [r[1], r[2]])).toEqual([
      [50000000, 2019],
      [230000000, 2022],
    ]);
  });
});

describe('a breakdown by kind of patent', () => {
  it('names the inventions of a 其中 list and leaves utility models and designs unnamed', () => {
    expect(rows('本季專利申請共2萬件,其中,發明1萬2千件,新型6千件,設計2千件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.applications', 20000],
      ['patent.invention_applications', 12000],
    ]);
    expect(rows('今年以来全省专利授权9,000件,其中发明6,000件,实用新型2,000件,外观设计1,000件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.grants', 9000],
      ['patent.invention_grants', 6000],
    ]);
  });
  it('gives owners’ shares (职务/非职务) a part of all patents, also in a clause of their own', () => {
    expect(rows('上半年全县专利授权1,200件;职务发明授权900件,非职务发明授权300件。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['patent.grants', 1200, null],
      ['patent.grants', 900, '职务'],
      ['patent.grants', 300, '非职务'],
    ]);
  });
});

describe('rank lists of applicants (a patent office’s quarterly release)', () => {
  const parts = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.part ?? null]);
  it('a topic 当中 breaks down into named parts', () => {
    expect(parts('(一) 发明专利授权当中,国内企业2,100件,境外企业5,300件,分别增加4%、6%。')).toEqual([
      ['patent.invention_grants', 2100, '国内企业'],
      ['patent.invention_grants', 5300, '境外企业'],
    ]);
  });
  it('a list led by 分别为 under a topic 前五大, with a growth rate in each bracket', () => {
    expect(parts('(四) 发明专利授权前五大,国内法人部分,分别为甲电子(120件,+30%)、乙科技(90件,-5%)、丙光电(70件,+2%)。').map((r) => [r[1], r[2]])).toEqual([
      [120, '甲电子'],
      [90, '乙科技'],
      [70, '丙光电'],
    ]);
  });
  it('a clause whose only subject is a kind of party (大专院校, 个人) goes on with the label before, for that party', () => {
    expect(parts('(二) 国内发明专利授权当中,企业2,100件,较上年增加9%。大专院校300件,个人500件,分别增长4%和2%;而研究机构100件,下降6%。')).toEqual([
      ['patent.invention_grants', 2100, '企业'],
      ['patent.invention_grants', 300, '大专院校'],
      ['patent.invention_grants', 500, '个人'],
      ['patent.invention_grants', 100, '研究机构'],
    ]);
  });
  it('a ranked figure (以N件居次, N件次之, 并列第四) measures the ranking’s topic, its subject a part', () => {
    expect(parts('根据专利主管机关公布2024年发明专利申请前十大,继甲电子之后,乙光电以297件居次,丙精密240件排名第三。')).toEqual([
      ['patent.invention_applications', 297, '乙光电'],
      ['patent.invention_applications', 240, '丙精密'],
    ]);
    expect(parts('全市专利授权量1.2万件。其中甲公司以860件居首,乙公司520件次之。').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['patent.grants', 12000, null],
      ['patent.grants', 860, '甲公司'],
      ['patent.grants', 520, '乙公司'],
    ]);
  });
  it('firms listed 依序为 with Chinese numerals glued to their names, under the clause before the lead', () => {
    expect(parts('根据统计,在本国发明专利申请当中,前三大企业依序为甲电子一二〇件、乙科技九十一件以及丙光电八十件。')).toEqual([
      ['patent.invention_applications', 120, '甲电子'],
      ['patent.invention_applications', 91, '乙科技'],
      ['patent.invention_applications', 80, '丙光电'],
    ]);
    expect(parts('外国发明专利申请人方面,丁材料以302件夺冠,其后依序为日本甲化学二一七件、韩国乙电子一九七件。').map((r) => [r[1], r[2]])).toEqual([
      [302, '丁材料'],
      [217, '日本甲化学'],
      [197, '韩国乙电子'],
    ]);
  });
});

describe('a breakdown after 当中', () => {
  it('items with 占 (当中甲项目占12个,乙项目占6个) are parts of the figure before', () => {
    expect(rows('今年科学技术发展基金获批准项目48个,总资助金额为7千5百万多元,当中生命科学项目占12个,中医药项目占6个。').map((r) => [r[0], r[1], r[5]])).toEqual([
      ['fund.projects', 48, null],
      ['fund.fiscal', 75000000, null],
      ['fund.projects', 12, '生命科学'],
      ['fund.projects', 6, '中医药'],
    ]);
  });
});

describe('members of named alliances', () => {
  it('counts the firms that joined, and each named alliance’s members as its part', () => {
    const text = '研究院宣布成立3个中小企业群聚联盟,共有31家中小企业加入。今年成立的群聚联盟及加入的企业,分别是「甲材料群聚联盟」10家、「乙设备群聚联盟」12家、「丙照护群聚联盟」9家。';
    expect(rows(text).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['alliance.count', 3, null],
      ['alliance.members', 31, null],
      ['alliance.members', 10, '甲材料群聚联盟'],
      ['alliance.members', 12, '乙设备群聚联盟'],
      ['alliance.members', 9, '丙照护群聚联盟'],
    ]);
  });
});

describe('applicants from home and abroad', () => {
  it('are parts of the total they break down', () => {
    const got = indicators('2022年本國人發明專利申請共17,100件,外國人發明專利申請共29,800件。').map((r) => [r.indicator, r.value, r.part]);
    expect(got).toEqual([
      ['patent.invention_applications', 17100, '本国人'],
      ['patent.invention_applications', 29800, '外国人'],
    ]);
  });
});

describe('a clause that names only its action, after a clause that names the kind of patent', () => {
  const got = (text: string) => indicators(text).map((r) => [r.indicator, r.value]);
  it('is of that kind when the action is the same, and so are the list items after it', () => {
    expect(got('甲公司发明专利申请件数自2016年起连续10年居首位,2025年申请1,420件,年增5%,其次依序为乙公司(390件)、丙公司(335件)。')).toEqual([
      ['patent.invention_applications', 1420],
      ['patent.invention_applications', 390],
      ['patent.invention_applications', 335],
    ]);
  });
  it('keeps its own label when the action differs', () => {
    expect(got('甲公司发明专利申请件数连续10年居首位,2025年获得授权专利800件。')).toEqual([['patent.grants', 800]]);
  });
});

describe('breakdowns after a total', () => {
  const got = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.region]);
  const total = '2021年,全省专利授权量为12000件。';
  it('a kind of patent after 包括 takes the total’s action', () => {
    expect(got(`${total}授权专利按类型统计,包括发明专利1050件、实用新型10000件。`)).toContainEqual(['patent.invention_grants', 1050, null]);
  });
  it('places after a 按…统计 frame are the frame’s measure, each its own place', () => {
    expect(got(`${total}授权专利按类型统计,包括发明专利1050件。按授权专利所在地区统计,宁波市7000件、温州市1900件。`).slice(2)).toEqual([
      ['patent.grants', 7000, '宁波市'],
      ['patent.grants', 1900, '温州市'],
    ]);
  });
  it('a count of the places a list names is no figure', () => {
    expect(got('全省受理专利纠纷案件500件。宁波、温州、绍兴三个市的专利纠纷案件受理量居全省前三。')).toEqual([['patent.cases', 500, '浙江']]);
  });
});

describe('a change from one level to another, after a clause that names the measure', () => {
  it('gives both levels the measure', () => {
    expect(indicators('乙省的技术合同成交额增势强劲,从2012年的8.4亿元增长到2019年的52.6亿元。').map((r) => [r.indicator, r.value, r.year])).toEqual([
      ['tech_contract.value', 840000000, 2012],
      ['tech_contract.value', 5260000000, 2019],
    ]);
  });
});
