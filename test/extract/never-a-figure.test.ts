/**
 * The negative corpus: text that holds numbers but no indicator figure. Each
 * item is run through the whole extractor and must give no record with a
 * built-in indicator id, and no record at all whose text is a document
 * number, date, ordinal, phone number or plan-title year (even with --all).
 */
import { describe, expect, it } from 'vitest';
import { indicators, run } from '../helpers.js';

const NEVER: string[] = [
  // document and proposal numbers
  '广州市科学技术局关于政协十三届广州市委员会第四次会议第4042号提案答复的函',
  '穗科函〔2020〕2号',
  '《国务院办公厅关于印发促进科技成果转移转化行动方案的通知》(国发〔2016〕28 号)',
  '根据《沈阳市新型研发机构管理办法》(沈科发〔2019〕42号)的规定,支持专利转化。',
  '您提出的《关于创新校企联动模式的提案》(第4042号)收悉,涉及技术合同登记。',
  // counts of aspects, measures or indicators (cue not_counted)
  '报告指出,江州产业技术联盟在组织形式、创新协作等8个方面表现突出。',
  '不少县将专利申请量纳入政府十项经济指标考核内容。',
  // a figure in a condition is a supposition (cue condition)
  '此外,若该天使投资方案已对1家新创企业投资,则可参与其后续增资。',
  '如果企业当年获得3项以上发明专利授权,可申请认定。',
  // enterprises' own research spending is no public money
  '前五个月,全市科技型企业合计投入科研经费86.2亿元,增幅为8%。',
  // dates and bare years
  '2020年9月3日',
  '2024-07-30 17:06:00 发布,专利工作专项资金管理办法',
  '今年5月25日,国家知识产权局批复同意建设中国(广州)知识产权保护中心。',
  '2019年,广州市39个部门联合签署《关于对知识产权领域严重失信主体开展联合惩戒的合作备忘录》。',
  // session ordinals and list markers
  '政协十三届广州市委员会第四次会议',
  '一是完善产教融合机制;二是推动专利转化;三是设立基金。',
  '(三)优化科技人才服务,打造创新人才高地',
  '1.支持高校加强原始创新;2.推动技术合同登记。',
  // phone numbers and contact lines
  '(联系人:吕晓峰,联系电话:83124064、18565042650)',
  '(联系单位及电话:天津市教育委员会,022-83215357)',
  // years in plan titles
  '《广州市促进科技成果转移转化行动方案(2018-2020年)》',
  '推进落实《天津市严格知识产权保护实施方案(2018-2020年)》,加大知识产权行政保护力度。',
  '制定出台《天津市知识产权服务业集聚发展区培育工作方案(2016-2020年)》。',
  // ranks, specs, idioms
  '技术合同成交额居全国第3位。',
  '建设一条12英寸55—28纳米月产能3000片测试晶圆中试线。',
  '发挥财政资金"四两拨千斤"作用,打通科技成果转化最后一公里。',
  '引进一批专利导航人才,进一步加强产学研联盟建设。',
  // changes that are not levels
  '专利授权量比上年增加4710件。',
  '产学研联盟较上年增加30家。',
  '每万人口发明专利拥有量净增2.3件。',
  // figures outside the taxonomy
  '全市高新技术企业总量达到1836家。',
  '查处商标违法案件1140宗,违法经营额2164万元。',
  '2019年,研发投入达到5.8亿元,实现产值6.4亿元。',
  '累计技术服务交易额达7490万元。',
  '拥有专利的企业超过1.3万家。',
  // thresholds and caps
  '年成交额超过1亿元的技术转移服务机构达到45家。',
  '单笔专利权质押贷款额度最高可达5000万元。',
  // the spread of single amounts
  '该天使基金向每家初创企业投资50万至300万元不等。',
  '初创企业首轮投资金额上限为新台币2500万元。',
];

describe('never a figure', () => {
  it.each(NEVER)('%s', (text) => {
    expect(indicators(text)).toEqual([]);
  });

  const NOT_EVEN_OTHER: [string, RegExp][] = [
    ['穗科函〔2020〕2号', /2号|2020/],
    ['第4042号提案', /4042/],
    ['政协十三届第四次会议', /十三|四次/],
    ['联系电话:83124064、18565042650', /\d{6,}/],
    ['《行动方案(2018-2020年)》', /2018|2020/],
    ['2020年9月3日', /2020|9月|3日/],
    ['居全国第3位', /3/],
    ['进驻第125、126届、127届广交会执法', /12[567]/],
  ];
  it.each(NOT_EVEN_OTHER)('with --all, %s gives no figure', (text, pattern) => {
    expect(run(text, { all: true }).filter((r) => pattern.test(r.text))).toEqual([]);
  });
});
