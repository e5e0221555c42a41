/**
 * The context ladders: year (clause, period, 截至, sentence, paragraph,
 * section heading, report title, document date), status, growth, changes,
 * qualifiers said around a figure, per-unit amounts, provenance.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';
import type { IndicatorRecord } from '../../src/record/types.js';

function one(text: string, indicator: string, value?: number): IndicatorRecord {
  const rs = indicators(text).filter((r) => r.indicator === indicator && (value === undefined || r.value === value));
  expect(rs, `${indicator} in ${text}`).toHaveLength(1);
  return rs[0];
}

const signed = (body: string, date = '2020年9月3日') => `关于某事的答复\n${body}\n广州市科学技术局\n${date}\n`;

describe('year', () => {
  it('gives a news item’s later paragraphs the one year it speaks of, even when its headline names none', () => {
    const text = '江州技术合同成交额又创新高\n2023-02-10 来源:江州日报\n2022年全省技术合同成交额1520.6亿元,同比增长20.1%。\n从合同类型看,技术服务合同成交额为820.3亿元。\n';
    expect(one(text, 'tech_contract.value', 82030000000).year).toBe(2022);
  });
  it('and a year it only compares with does not count as a second year', () => {
    const text = '江州技术合同成交额又创新高\n2023-02-10 来源:江州日报\n2022年全省技术合同成交额1520.6亿元,比2021年增长20.1%。\n从合同类型看,技术服务合同成交额为820.3亿元。\n';
    expect(one(text, 'tech_contract.value', 82030000000).year).toBe(2022);
  });
  it('but none when the item names a second year or a later goal', () => {
    const two = '江州技术合同成交额又创新高\n2023-02-10 来源:江州日报\n2022年全省技术合同成交额1520.6亿元,到2025年力争达到2000亿元。\n从合同类型看,技术服务合同成交额为820.3亿元。\n';
    expect(one(two, 'tech_contract.value', 82030000000).year).toBeNull();
  });
  it('keeps the item’s year when the page goes on with other news that names another year', () => {
    const text =
      '江州技术合同成交额又创新高\n2022年全省技术合同成交额1520.6亿元,同比增长20.1%。\n从合同类型看,技术服务合同成交额为820.3亿元。\n相关新闻\n2023年全省科技工作会议召开,会议部署全年工作。\n';
    expect(one(text, 'tech_contract.value', 82030000000).year).toBe(2022);
  });
  it('but not when the other year comes before the figure', () => {
    const text =
      '江州技术合同成交额又创新高\n2022年全省技术合同成交额1520.6亿元,同比增长20.1%。\n2023年全省科技工作会议召开,会议部署全年工作。\n从合同类型看,技术服务合同成交额为820.3亿元。\n';
    expect(one(text, 'tech_contract.value', 82030000000).year).toBeNull();
  });
  it('but a numbered point does not go on with the year an earlier point named', () => {
    const text = signed('一是支持重点研发。2025年度市重点研发计划安排项目50项。\n二是强化成果转化。对认定的转化平台给予100万元资助。\n2023年,全市技术合同成交额达到300亿元。');
    expect(one(text, 'fund.fiscal').year).toBeNull();
  });
  it('takes an explicit year in the clause', () => {
    expect(one('2019年全市技术合同成交额1273.36亿元。', 'tech_contract.value').year).toBe(2019);
  });
  it('takes the end of a period and keeps the period', () => {
    const r = one('已入选团队2017年-2019年累计申请发明专利279件。', 'patent.invention_applications');
    expect(r.year).toBe(2019);
    expect(r.period).toEqual({ from: 2017, to: 2019 });
  });
  it('reads 截至…年底 as the year and an as-of date', () => {
    const r = one('截至2021年底,全省有效发明专利5.1万件。', 'patent.valid_invention');
    expect(r.year).toBe(2021);
    expect(r.asOf).toBe('2021-12-31');
  });
  it('continues a year set earlier in the sentence', () => {
    expect(one('2018年,全市申请专利9.9万件,授权专利5.5万件。', 'patent.grants').year).toBe(2018);
  });
  it('continues a year that opens the paragraph (全年…)', () => {
    const text = '2019年全市技术合同成交额大幅增长。全年共认定登记技术合同21074项,成交额1273.36亿元。';
    expect(one(text, 'tech_contract.count').year).toBe(2019);
  });
  it('does not take a year from another paragraph', () => {
    const text = '2019年全市科技工作成效明显。\n全市备案产学研联盟共175家。';
    expect(one(text, 'alliance.count').year).toBeNull();
  });
  it('reads 截至目前 and 目前 as the document year, 去年 as the year before', () => {
    expect(one(signed('截至目前,全市备案产学研联盟共175家。'), 'alliance.count').year).toBe(2020);
    expect(one(signed('去年全市技术合同成交额约320亿元。'), 'tech_contract.value').year).toBe(2019);
  });
  it('reads 截至5月底 in the document year, 截至12月底 in January as last year', () => {
    expect(one(signed('截至5月底,母基金累计投资36支子基金25.6亿元。', '2024年7月26日'), 'fund.invested').asOf).toBe('2024-05-31');
    expect(one(signed('截至12月底,全区有效发明专利达到15.4万件。', '2022年1月20日'), 'patent.valid_invention').year).toBe(2021);
  });
  it('gives 由A增加到B the start and end years of the period', () => {
    const text = '2017年至2022年,全市有效发明专利拥有量由2.9万件增加到6.8万件。';
    expect(one(text, 'patent.valid_invention', 29000).year).toBe(2017);
    expect(one(text, 'patent.valid_invention', 68000).year).toBe(2022);
  });
  it('gives each item of 分别为A、B及C one year of the period', () => {
    const text = '在2019年至2021年,每年接獲的專利申請分別為21,580宗、19,976宗及22,054宗。';
    expect(indicators(text).map((r) => [r.value, r.year])).toEqual([
      [21580, 2019],
      [19976, 2020],
      [22054, 2021],
    ]);
  });
  it('takes the year of the section heading', () => {
    const text = '一、2022年工作回顾\n全市专利授权量8.3万件。\n二、2023年工作安排\n力争全市技术合同成交额达到1,500亿元。';
    expect(one(text, 'patent.grants').year).toBe(2022);
    const t = one(text, 'tech_contract.value');
    expect([t.year, t.status]).toEqual([2023, 'target']);
  });
  it("takes a statistics bulletin's title year for figures without one", () => {
    const text = '成都市2021年国民经济和社会发展统计公报\n成都市统计局\n2022年3月25日\n全年专利授权9.84万件。';
    expect(one(text, 'patent.grants').year).toBe(2021);
  });
  it('reads Republic-era years in texts that use them', () => {
    const text = '發布日期：民國111年2月18日\n獲補助企業於108年至110年累計提出發明專利申請2,418件。';
    expect(one(text, 'patent.invention_applications').year).toBe(2021);
  });
  it('is null when nothing fixes it', () => {
    expect(one('组建产学研用创新联盟50个。', 'alliance.count').year).toBeNull();
  });
  it('never takes a year from a title or document number', () => {
    expect(one('根据《行动方案(2018-2020年)》,组建产学研用创新联盟50个。', 'alliance.count').year).toBeNull();
  });
});

describe('review fixes', () => {
  it('reads 截至今年6月底 and 截至去年底 as month ends, 上年度 as last year', () => {
    expect(one(signed('截至今年6月底,全市备案产学研联盟共175家。'), 'alliance.count').asOf).toBe('2020-06-30');
    const r = one(signed('截至去年底,全市有效发明专利3.2万件。'), 'patent.valid_invention');
    expect([r.year, r.asOf]).toEqual([2019, '2019-12-31']);
  });
  it('a past year-end is no goal: 到2019年底 in a document of 2020', () => {
    expect(one(signed('到2019年底,全市有效发明专利达3.2万件。'), 'patent.valid_invention').status).toBe('actual');
  });
  it('reads a bare two-digit Republic-era year (93年 = 2004) in a Taiwanese text, not 90年代', () => {
    expect(one('經濟部公布統計\n93年全年專利新申請案件總數7萬件。', 'patent.applications').year).toBe(2004);
  });
  it('reads Republic-era periods and keeps parenthesised periods that are not titles', () => {
    const roc = one('發布日期：民國109年3月1日\n民國106年至108年累計申請發明專利279件。', 'patent.invention_applications');
    expect([roc.year, roc.period]).toEqual([2019, { from: 2017, to: 2019 }]);
    const p = one('近三年(2017-2019年)累计申请发明专利279件。', 'patent.invention_applications');
    expect([p.year, p.period]).toEqual([2019, { from: 2017, to: 2019 }]);
  });
  it('计划 opening a clause and a 主要目标: line make goals', () => {
    expect(one('2021年计划技术合同成交额达到600亿元。', 'tech_contract.value').status).toBe('target');
    expect(one('主要目标:\n技术合同成交额达到600亿元。', 'tech_contract.value').status).toBe('target');
  });
  it('never takes a year from a notice number', () => {
    expect(one('根据2020年第3号公告,全市专利申请量9.9万件。', 'patent.applications').year).toBeNull();
  });
  it('reads a one-line signature and bracketed publication dates', () => {
    const a = one('全市专利申请量9.9万件。\n广州市科学技术局 2020年9月3日\n', 'patent.applications');
    expect([a.docIssuer, a.docDate]).toEqual(['广州市科学技术局', '2020-09-03']);
    expect(one('[2021-03-05]\n全市专利申请量9.9万件。', 'patent.applications').docDate).toBe('2021-03-05');
    expect(one('苏科技函〔2021〕第15号\n全市专利申请量9.9万件。', 'patent.applications').docNumber).toBe('苏科技函〔2021〕第15号');
  });
  it('keeps the part of a very long sentence around the figure', () => {
    const long = Array.from({ length: 300 }, (_, i) => `技术合同成交额达${i + 1}亿元`).join(',') + '。';
    const rs = indicators(long);
    expect(rs).toHaveLength(300);
    expect(rs[150].sentence.length).toBeLessThan(600);
    expect(rs[150].sentence).toContain(rs[150].text);
  });
  it('reads a number grouped by spaces whole, never its tail alone', () => {
    expect(indicators('2019年全市技术合同成交额1 273.36亿元。').map((r) => [r.value, r.text])).toEqual([[127336000000, '1 273.36亿元']]);
    // Two numbers apart (a table's columns), the second with no unit after it: no tail is read.
    expect(indicators('2019年全市技术合同成交额 2019 273.36亿元。').map((r) => r.value)).toEqual([]);
  });
});

describe('status', () => {
  it.each([
    '到2025年,全市技术合同成交额力争达到500亿元。',
    '预计2020年底全市技术合同成交额达到550亿元。',
    '拟投入中央专项资金5500万元。',
    '计划总投资61亿元设立天使基金规模30亿元。',
    '天使投资基金总规模将达到三十亿元。',
  ])('target: %s', (text) => {
    const rs = indicators(text);
    expect(rs.length).toBeGreaterThan(0);
    for (const r of rs) expect(r.status).toBe('target');
  });
  it.each(['2023年,广州技术合同成交额达2550.82亿元。', '当年争取中央引导地方科技发展资金一千二百万元。', '全省专利权质押融资金额从2016年的63.4亿元增长到2020年的425.2亿元。'])(
    'actual: %s',
    (text) => {
      const rs = indicators(text);
      expect(rs.length).toBeGreaterThan(0);
      for (const r of rs) expect(r.status).toBe('actual');
    },
  );
  it('a year after the document date is a target', () => {
    expect(one(signed('2022年全市技术合同成交额达到800亿元。', '2020年9月3日'), 'tech_contract.value').status).toBe('target');
  });
});

describe('growth, changes, qualifiers, per-unit', () => {
  it('gives 同比分别增长X和Y to the two figures before it, in order', () => {
    const text = '2018年,全市申请专利9.9万件,授权专利5.5万件,同比分别增长13.8%和31.2%。';
    expect(one(text, 'patent.applications').growth).toEqual({ percent: 13.8 });
    expect(one(text, 'patent.grants').growth).toEqual({ percent: 31.2 });
  });
  it('gives a decline a negative growth', () => {
    expect(one('技术合同成交额120亿元,同比下降3.5%。', 'tech_contract.value').growth).toEqual({ percent: -3.5 });
  });
  it('never gives a trademark figure a patent id', () => {
    expect(indicators('全市专利申请9.9万件,其中商标注册申请5万件。').map((r) => [r.indicator, r.value])).toEqual([['patent.applications', 99000]]);
  });
  it('continues a subject across a clause: 联盟数量大幅增长,达到175家', () => {
    expect(one('2019年,全市产学研联盟数量大幅增长,达到175家。', 'alliance.count').value).toBe(175);
  });
  it('never gives a rate to a change: 较上年增加120亿元,增长10.4%', () => {
    const text = '全市技术合同成交额1273.36亿元,较上年增加120亿元,增长10.4%。';
    expect(indicators(text).map((r) => [r.value, r.growth?.percent])).toEqual([[127336000000, 10.4]]);
    expect(one('技术合同成交额1273.36亿元,同比提高2.1个百分点。', 'tech_contract.value').growth).toBeUndefined();
  });
  it('never records a change as a level', () => {
    const rs = indicators('每万人口发明专利拥有量达到20.6件,净增2.3件。');
    expect(rs.map((r) => r.value)).toEqual([20.6]);
  });
  it('reads qualifiers inside and around the figure', () => {
    expect(one('全市产学研联盟成员单位超过2700家。', 'alliance.members').qualifier).toBe('over');
    expect(one('资助上限为150万港元的财政科技资金', 'fund.fiscal').qualifier).toBe('under');
    expect(one('每家试点单位每年专项资金不超过 1000 万元。', 'fund.fiscal').qualifier).toBe('under');
  });
  it("gives 全市 the document's own city as region", () => {
    expect(one(signed('全市备案产学研联盟共175家。'), 'alliance.count').region).toBe('广州市');
    // No place of its own anywhere: region null (every record has the key).
    expect(one('全市备案产学研联盟共175家。', 'alliance.count').region).toBeNull();
  });
  it('records per-unit amounts', () => {
    expect(one('每家每年给予100万元运营资助。', 'fund.fiscal').per).toEqual(['家', '年']);
  });
});

describe('provenance and form', () => {
  const text = '深入实施创新驱动发展战略,全市认定登记技术合同成交额达\n128.6亿元,专利授权4.2万\n件。';
  it('follows soft line wraps and gives the position in the decoded text', () => {
    const r = one(text, 'tech_contract.value');
    expect([r.line, r.column, r.text]).toEqual([2, 1, '128.6亿元']);
    expect(r.sentence).toBe('深入实施创新驱动发展战略,全市认定登记技术合同成交额达128.6亿元,专利授权4.2万件。');
    expect(one(text, 'patent.grants').value).toBe(42000);
  });
  it('counts columns in code points', () => {
    const r = one('𠀋𠀋技术合同成交额1273.36亿元。', 'tech_contract.value');
    expect(r.column).toBe(10);
  });
  it('is exact: values are scaled from decimal strings', () => {
    expect(one('技术合同成交额1273.36亿元。', 'tech_contract.value').value).toBe(127336000000);
    expect(one('技术合同成交额1.15亿元。', 'tech_contract.value').value).toBe(115000000);
    expect(one('技术合同成交额47.264287亿元。', 'tech_contract.value').value).toBe(4726428700);
  });
  it('reads traditional characters, full-width digits and Chinese numerals', () => {
    expect(one('技術合同成交額達2萬億元。', 'tech_contract.value').value).toBe(2000000000000);
    expect(one('认定登记技术合同１２３４项。', 'tech_contract.count').value).toBe(1234);
    expect(one('全市认定产学研联盟三十五家。', 'alliance.count').value).toBe(35);
    expect(one('設立規模新臺幣10億元的創業投資基金。', 'fund.size').unit).toBe('TWD');
    expect(one('港元基金规模两亿港元', 'fund.size').unit).toBe('HKD');
  });
  it('keeps the measure as written', () => {
    expect(one('技術合同成交額達2萬億元。', 'tech_contract.value').measure).toBe('萬億元');
  });
});

describe('tables flattened to text', () => {
  const table = [
    '表1  2022年各区县技术合同认定登记情况',
    '序号 | 地区 | 技术合同数(项) | 成交额(亿元) | 同比增长(%)',
    '1 | 高新区 | 9,215 | 1,312.46 | 21.7',
    '2 | 碑林区 | 3,108 | 402.15 | -4.2',
    '合计 |  | 12,323 | 1,714.61 | 18.4',
  ].join('\n');
  it('takes indicator and unit from the column header, year from the title, region from the row', () => {
    const rs = indicators(table);
    expect(rs.map((r) => [r.indicator, r.value])).toEqual([
      ['tech_contract.count', 9215],
      ['tech_contract.value', 131246000000],
      ['tech_contract.count', 3108],
      ['tech_contract.value', 40215000000],
      ['tech_contract.count', 12323],
      ['tech_contract.value', 171461000000],
    ]);
    expect(rs.every((r) => r.year === 2022)).toBe(true);
    expect(rs[0].region).toBe('高新区');
    expect(rs[4].region).toBeNull(); // the total row: the document's own place, which this text never names
  });
  it('never reads rank, serial or growth columns as levels', () => {
    expect(indicators(table).some((r) => [1, 2, 21.7, 18.4, -4.2].includes(r.value))).toBe(false);
  });
  it('reads tab-separated tables', () => {
    const t = '表2 2022年专利授权情况\n地区\t专利授权量(件)\t发明专利授权(件)\n东区\t21,356\t9,872\n西区\t8,904\t3,215';
    expect(indicators(t).map((r) => [r.indicator, r.value])).toEqual([
      ['patent.grants', 21356],
      ['patent.invention_grants', 9872],
      ['patent.grants', 8904],
      ['patent.invention_grants', 3215],
    ]);
  });
});

describe('tables: two columns and a unit line', () => {
  it('reads a two-column table and a table whose unit stands on its own line', () => {
    const two = '表1 2019年各区技术合同情况\n地区|技术合同成交额(亿元)\n天河区|450.5\n黄埔区|380.2\n';
    expect(indicators(two).map((r) => [r.indicator, r.value, r.year, r.region])).toEqual([
      ['tech_contract.value', 45050000000, 2019, '天河区'],
      ['tech_contract.value', 38020000000, 2019, '黄埔区'],
    ]);
    const unit = '表2 2019年各区专利授权情况\n单位：件\n地区|专利授权量|发明专利授权量\n天河区|9,215|3,100\n黄埔区|7,001|2,050\n';
    expect(indicators(unit).map((r) => [r.indicator, r.value])).toEqual([
      ['patent.grants', 9215],
      ['patent.invention_grants', 3100],
      ['patent.grants', 7001],
      ['patent.invention_grants', 2050],
    ]);
  });
});
