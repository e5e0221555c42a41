/**
 * Region on every record: the place named nearest before the figure in its
 * sentence, the nation for 全国/我国, the document's own place for 全市/我省
 * and for figures that name none, a table row's label; never a place that is
 * only compared with or ranked in. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const regions = (text: string) => indicators(text).map((r) => [r.value, r.region]);
const signed = (body: string, issuer = '江州市科学技术局') => `关于科技工作的答复\n${body}\n${issuer}\n2023年5月6日\n`;

describe('region', () => {
  it('takes the place named in the figure’s own clause', () => {
    expect(regions('2022年,苏州技术合同成交额达到900亿元。')).toEqual([[90000000000, '苏州']]);
  });
  it('takes each place of a sentence for the figures after it', () => {
    expect(regions('2021年,南京登记技术合同1.2万项,无锡登记技术合同8000项。')).toEqual([
      [12000, '南京'],
      [8000, '无锡'],
    ]);
  });
  it('places named together as one subject: the province they share, or none when they lie in several', () => {
    expect(regions('2021年,洛阳市、新乡市和焦作市共同出资10亿元,设立豫北协同创新基金。')).toEqual([[1000000000, '河南']]);
    expect(regions('2021年,省级和洛阳市、新乡市财政共同出资10亿元,设立豫北协同创新基金。')).toEqual([[1000000000, '河南']]);
    expect(regions('2021年,杭州和南京两地的技术合同成交额合计超过2000亿元。')).toEqual([[200000000000, null]]);
  });
  it('a clause that lists places after 分别是 gives its places, in order, to the figures a later 分别 lists', () => {
    expect(regions('2022年全省技术合同成交额前三名的城市分别是洛阳市、新乡市、焦作市,成交额分别为60亿元、25亿元和12亿元。')).toEqual([
      [6000000000, '洛阳市'],
      [2500000000, '新乡市'],
      [1200000000, '焦作市'],
    ]);
  });
  it('names a region of several provinces (长三角, 京津冀) as written', () => {
    expect(regions('2022年,京津冀、长三角技术合同成交额分别为4200亿元、5100亿元。')).toEqual([
      [420000000000, '京津冀'],
      [510000000000, '长三角'],
    ]);
  });
  it('takes the city of a province written before it (安徽宣城市) as the document’s place', () => {
    expect(regions('7月12日,安徽宣城市科创投资引导基金正式注册。\n基金规模30亿元,首期规模5亿元。')).toEqual([
      [3000000000, '宣城市'],
      [500000000, '宣城市'],
    ]);
  });
  it('does not take a firm’s name that opens with a place’s (南京甲科技) as the place of its figure', () => {
    const recs = indicators('苏州市专利统计。在发明专利申请当中,前两大企业依序为南京甲科技(120件)、乙光电(90件)。');
    expect(recs.map((r) => [r.value, r.part, r.region])).toEqual([
      [120, '南京甲科技', '苏州市'],
      [90, '乙光电', '苏州市'],
    ]);
  });
  it('names Hong Kong for a title that opens with 香港特区', () => {
    const text = '香港特区政府创科创投基金公布新一轮伙伴\n2022年1月10日\n基金至今已投资21间初创企业,投资额约1.8亿元。\n';
    expect(indicators(text).map((r) => r.region)).toEqual(['香港', '香港']);
  });
  it('names the nation for 全国 and 我国', () => {
    expect(regions('2023年全国技术合同成交额6.1万亿元。')).toEqual([[6100000000000, '全国']]);
    expect(regions('到2021年末,我国有效发明专利达到360万件。')).toEqual([[3600000, '全国']]);
  });
  it('reads 全市 and 我省 as the document’s own place', () => {
    expect(indicators(signed('全市备案产学研联盟共80家。'))[0].region).toBe('江州市');
    expect(indicators(signed('我省技术合同成交额突破500亿元。', '浙江省科学技术厅'))[0].region).toBe('浙江省');
  });
  it('gives a figure that names no place the document’s own place', () => {
    expect(indicators(signed('新认定技术合同登记机构12家,登记技术合同3000项。'))[0].region).toBe('江州市');
  });
  it('passes over a place that is only compared with or ranked in', () => {
    expect(indicators(signed('与成都相比,技术合同成交额仍有差距,为420亿元。')).map((r) => r.region)).toEqual(['江州市']);
    expect(indicators(signed('排在全国前列的是,技术合同成交额820亿元。')).map((r) => r.region)).toEqual(['江州市']);
  });
  it('never takes an organisation named after the nation', () => {
    expect(indicators(signed('中国科学院某研究所技术合同成交额12亿元。')).map((r) => r.region)).toEqual(['江州市']);
  });
  it('reads districts and counties by their suffix', () => {
    expect(regions('2020年天河区技术合同成交额735亿元,黄埔区技术合同成交额618亿元。')).toEqual([
      [73500000000, '天河区'],
      [61800000000, '黄埔区'],
    ]);
  });
  it('reads a Hong Kong text’s 本港 and a Taiwan text’s 我國 as their own place', () => {
    expect(regions('本港去年的專利申請共1.6萬宗。')).toEqual([[16000, '香港']]);
    expect(regions('經濟部智慧局統計,110年我國專利申請7.9萬件。')).toEqual([[79000, '台湾']]);
  });
  it('knows a Taiwanese text by its institutions even when it counts years from 1 AD', () => {
    const got = indicators('經濟部統計處表示,2022年我國新申請專利案件7.3萬件,國發基金投資新創事業12億元。');
    expect(got.map((r) => [r.value, r.region, r.unit])).toEqual([
      [73000, '台湾', 'count'],
      [1200000000, '台湾', 'TWD'],
    ]);
  });
  it('knows a Taiwanese text by its patent words, and its years by the first it writes', () => {
    const text = '98年專利申請統計出爐\n98年全年專利新申請案件總數7萬8,425件,本國人申請案4萬1,102件。\n本網頁最後更新:2018年3月2日';
    expect(indicators(text).map((r) => [r.value, r.year, r.region])).toEqual([
      [78425, 2009, '台湾'],
      [41102, 2009, '台湾'],
    ]);
    // a mainland text that writes 2009年 first keeps its years and the nation
    expect(indicators('2009年全国专利申请量97.7万件,98年代以来最多。').map((r) => [r.year, r.region])).toEqual([[2009, '全国']]);
  });
  it('knows a Hong Kong text by its offices, even when it opens at an event elsewhere', () => {
    const text = '財政司司長今日在廣州科技論壇致辭。\n他表示,創科創投基金至今已投資約3億元於31間初創企業。';
    expect(indicators(text).map((r) => [r.value, r.region, r.unit])).toEqual([
      [300000000, '香港', 'HKD'],
      [31, '香港', 'count'],
    ]);
  });
  it('reads a news page behind its site menu: the headline, the date, and the currency of the place it is about', () => {
    const menu = ['媒體', '  • 澳門日報', '  • 新華澳報', '  • 正報', '  • 華僑報', '  • 論盡澳門', '  • 澳門平台', '  • 美通社', '分類', '  • 澳門新聞', '  • 國際新聞', '新聞', ''];
    const text = [...menu, '澳門科研基金今年資助40項目', '', '2019-11-20 08:30', '', '【特訊】澳門某科研基金今年截至目前共批准資助項目40個,總資助金額為5,200萬元。'].join('\n');
    const got = indicators(text);
    // (the headline's 资助40项目 counts the projects too, and so does the story's 批准资助项目40个: one quantity, which summary merges)
    expect(got.map((r) => [r.indicator, r.value, r.unit, r.year, r.region])).toEqual([
      ['fund.projects', 40, 'count', 2019, '澳门'],
      ['fund.projects', 40, 'count', 2019, '澳门'],
      ['fund.fiscal', 52000000, 'MOP', 2019, '澳门'],
    ]);
    expect([got[0].docTitle, got[0].docDate]).toEqual(['澳門科研基金今年資助40項目', '2019-11-20']);
  });
  it('writes a region in simplified characters, and 县域/区域 are no places', () => {
    expect(regions('邯鄲市產學研聯盟已達12家。')).toEqual([[12, '邯郸市']]);
    expect(regions('大力发展县域经济,全省技术合同成交额达到300亿元。')).toEqual([[30000000000, null]]);
  });
  it('其中国家级 names no 中国: 中 ends the word before it', () => {
    expect(regions('全市共有产业技术创新联盟50家,其中国家级12家。').map((r) => r[1])).toEqual([null, null]);
    expect(regions('2022年,中国技术合同成交额达到4.8万亿元。')).toEqual([[4800000000000, '全国']]);
  });
  it('a verb before 县/区 and a group’s 旗下 name no district or banner', () => {
    expect(regions('加大投入,推动县财政科技支出达到1.2亿元。')).toEqual([[120000000, null]]);
    expect(regions('某集团旗下产业基金总规模约30亿元。')).toEqual([[3000000000, null]]);
    expect(regions('2022年,天河区技术合同成交额达到300亿元。')).toEqual([[30000000000, '天河区']]);
  });
  it('names a table row’s place, and the document’s own for the total row', () => {
    const text = signed('表1 2022年各区技术合同成交额\n区县 | 成交额(亿元)\n东区 | 120.5\n西区 | 98.2\n合计 | 218.7');
    expect(indicators(text).map((r) => r.region)).toEqual(['东区', '西区', '江州市']);
  });
});

describe('the document’s own place when it names none in its issuer or title', () => {
  it('takes the place in 中国(X), not the nation', () => {
    const text = '知识产权宣传周开幕\n中国(湖州)知识产权保护中心举办讲座。\n2020年,全市专利申请1.5万件。';
    expect(indicators(text).map((r) => r.region)).toEqual(['湖州']);
  });
  it('passes over a newspaper named after its city, and the city where a meeting was held', () => {
    const paper = '科技新闻\n据长沙晚报报道,湖南去年专利工作成效明显。\n全年专利授权量8.1万件。';
    expect(indicators(paper).map((r) => r.region)).toEqual(['湖南']);
    const meeting = '本报讯 国家知识产权局局长在成都召开的全国知识产权工作会议上说,去年专利质押融资额达到720亿元。';
    expect(indicators(meeting).map((r) => r.region)).toEqual(['全国']);
  });
  it('reads a text that speaks as a province (全省) and names its cities as that province’s, passing over a ranking’s scope', () => {
    const text = '去年,全省共受理专利纠纷案件410件,居全国第六位。\n其中专利侵权案件395件。\n广州、深圳两市受理的案件占六成。';
    expect(indicators(text).map((r) => [r.value, r.region])).toEqual([
      [410, '广东'],
      [395, '广东'],
    ]);
  });
  it('reads a notice addressed to every province as the nation’s', () => {
    const text = '某部办公厅关于认定创新联盟的通知\n各省、自治区、直辖市科技厅,新疆生产建设兵团科技局:\n经评审,共认定联盟15个。';
    expect(indicators(text).map((r) => [r.value, r.region])).toEqual([[15, '全国']]);
  });
  it('passes over a news dateline’s place', () => {
    const text = '专利质押融资创新高\n本报北京1月14日讯 去年我国专利质押融资金额为860亿元。\n其中,发明专利授权38.6万件。';
    expect(indicators(text).map((r) => r.region)).toEqual(['全国', '全国']);
  });
  it('reads 全市 in a text that names the nation first as the first city it names', () => {
    const text = '全国科技活动周\n全国科技活动周期间,南京市举办了多场活动。\n2022年,全市技术合同成交额达到650亿元。';
    expect(indicators(text).map((r) => r.region)).toEqual(['南京市']);
  });
  it('keeps a municipality as its own 全市', () => {
    const text = '上海知识产权工作会议召开\n会议在上海召开,苏州代表列席。\n去年全市授权发明专利2.9万件。';
    expect(indicators(text).map((r) => r.region)).toEqual(['上海']);
  });
});

describe('places that name no figure’s place', () => {
  it('a place that opens the name of a university or firm is no place mention', () => {
    expect(regions('2023年,四川大学获得发明专利授权860件。')).toEqual([[860, null]]);
    expect(regions('2023年,四川发明专利授权3.2万件。')).toEqual([[32000, '四川']]);
    expect(regions('2023年,成都某某电子科技有限公司获得发明专利授权86件。')).toEqual([[86, null]]);
    expect(regions('我省与兰州理工大学签署合作协议。2023年,全省发明专利授权5600件。')).toEqual([[5600, null]]);
    expect(regions('2023年,兰州大学生创业园企业获得发明专利授权56件。')).toEqual([[56, '兰州']]);
  });
  it('a title names the document’s place even when it does not open with it', () => {
    const text = '科技创新年度观察之江西篇\n一、专利\n2014年,专利申请量为5200件。\n';
    expect(regions(text)).toEqual([[5200, '江西']]);
  });
  it('a page menu’s 全国 is no document’s place, its city is', () => {
    expect(regions('当前位置:首页 > 2016全国两会专题\n科技工作综述\n2015年,专利申请量为5200件。\n')).toEqual([[5200, null]]);
    expect(regions('当前位置:首页 > 新闻中心 > 宝鸡要闻\n科技工作综述\n2015年,专利申请量为5200件。\n')).toEqual([[5200, '宝鸡']]);
  });
  it('a 科技强区 or 经济大省 is no district or province', () => {
    expect(regions('2021年,我们加快建设科技强区,专利申请量达300件。')).toEqual([[300, null]]);
  });
});

describe('one figure that each place of a list has', () => {
  it('is one record for each place: 均, or a threshold', () => {
    expect(regions('宁波市知识产权工作报告\n全市发明专利授权量4.1万件,其中海曙区1.1万件居首,江北区、鄞州区、镇海区均超过3000件。')).toEqual([
      [41000, '宁波市'],
      [11000, '海曙区'],
      [3000, '江北区'],
      [3000, '鄞州区'],
      [3000, '镇海区'],
    ]);
    expect(regions('2021年,海曙区、江北区技术合同成交额突破50亿元。')).toEqual([
      [5000000000, '海曙区'],
      [5000000000, '江北区'],
    ]);
  });
  it('stays one record when the figure is the places’ sum, or exact without 均', () => {
    expect(regions('2021年,海曙区、江北区技术合同成交额合计超过50亿元。')).toHaveLength(1);
    expect(regions('2021年,海曙区、江北区技术合同成交额52亿元。')).toHaveLength(1);
    expect(regions('2021年,海曙区、江北区技术合同成交额超过50亿元,占全市的六成。')).toHaveLength(1);
  });
});

describe('a city’s news site', () => {
  const story = (title: string) => `${title}\n\n某某某 2021-09-15\n\n据统计,2021年上半年,专利授权量4870件,同比增长五成。\n\n兰州新闻网 记者 某某\n`;
  it('names its city as the document’s place, unless the title names a place', () => {
    expect(regions(story('2021年,甘肃专利授权量大幅增长!'))).toEqual([[4870, '甘肃']]);
    expect(regions(story('2021年上半年专利授权量大幅增长!'))).toEqual([[4870, '兰州']]);
  });
});

describe('other countries', () => {
  it('a figure stated for another country is that country’s', () => {
    expect(regions('2023年,瑞士的PCT国际专利申请为4200件,荷兰为3900件。')).toEqual([
      [4200, '瑞士'],
      [3900, '荷兰'],
    ]);
  });
  it('a country before 专利 or 商标 names where a patent was filed, not whose figure it is', () => {
    expect(regions('关于专利工作的答复\n2022年,江州市企业获得美国发明专利授权36件。\n江州市市场监督管理局\n2023年5月6日\n')).toEqual([[36, '江州市']]);
  });
  it('in an office’s statistics by applicants’ origin (外国人), a country is where applicants come from: a part, not the region', () => {
    const text = '智慧财产局发布专利统计\n2023年本国人发明专利申请4,120件,外国人6,388件。外国人部分,以日本2,310件最多,其次依序为美国(1,150件)、南韩(620件)。\n';
    expect(indicators(text).map((r) => [r.value, r.region, r.part])).toEqual([
      [4120, '台湾', '本国人'],
      [6388, '台湾', undefined],
      [2310, '台湾', '日本'],
      [1150, '台湾', '美国'],
      [620, '台湾', '南韩'],
    ]);
  });
  it('a region of several provinces that names an alliance is no document’s place when the text names a city', () => {
    expect(regions('近年来,市科技局推动成立长三角科技成果转化联盟、宁波市技术转移联盟等。全市产学研联盟已达到85家。')).toEqual([[85, '宁波市']]);
  });
  it('a region of several provinces that names a fund is no document’s place when the text names a city', () => {
    const text = '近年来,市财政局会同有关部门设立了长三角协同创新产业基金、宁波市天使投资引导基金等,通过参股设立子基金带动社会资本投入。\n天使、创投等引导基金累计批复参股子基金12支。';
    expect(regions(text)).toEqual([[12, '宁波市']]);
  });
  it('a university written short (昆山科大) and a cross-district body (江南跨区联盟) name no place', () => {
    expect(regions('2022年,昆山科大获得专利授权56件。')).toEqual([[56, null]]);
    expect(regions('2022年,江南跨区产业联盟共有19家成员单位。')).toEqual([[19, null]]);
  });
  it('a county-level city the list does not know, by its suffix (`海门市`), but not a verb before 市 (`邀请市专家`)', () => {
    expect(regions('近年来,海门市探索专利质押融资。2021年共有6笔专利质押,授信金额达3200万元。')).toEqual([[32000000, '海门市']]);
    expect(regions('近年来,我们邀请市专利专家指导企业。2021年共有6笔专利质押,授信金额达3200万元。')).toEqual([[32000000, null]]);
  });
  it('a hospital or a bank’s branch named after its city is no place (`宁波某某医院`, `镇江中行`)', () => {
    expect(regions('2021年,宁波某某医院获得专利授权35件。')).toEqual([[35, null]]);
    expect(regions('2021年,镇江中行发放专利质押贷款1200万元。')).toEqual([[12000000, null]]);
  });
  it('where a patent was granted is no region of the count (`获美国核准专利`, `在欧盟获得专利`)', () => {
    expect(regions('本校2020年获美国核准专利有45项,在欧盟获得专利12项。')).toEqual([
      [45, null],
      [12, null],
    ]);
  });
  it('a zone named by the city right before it is one place, the city’s zone (`成都高新区`); a zone alone keeps its own name', () => {
    expect(regions('2022年,成都高新区技术合同成交额达到320亿元。')).toEqual([[32000000000, '成都高新区']]);
    expect(regions('2022年,成都技术合同成交额达到1500亿元,高新区达到320亿元。')).toEqual([
      [150000000000, '成都'],
      [32000000000, '高新区'],
    ]);
  });
});

