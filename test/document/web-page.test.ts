/**
 * Metadata of pages copied from news sites and portals: the headline past the
 * furniture, the dateline's date over dates in the furniture, the outlet.
 * Pages are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/document/metadata.js';

describe('a news page', () => {
  const page = [
    '首页 > 新闻中心 > 科技动态',
    '2026-01-05',
    '江州技术合同成交额首破千亿 同比增长两成-江州新闻网',
    '2024-03-18 09:12:40 来源:江州日报 编辑:王某',
    '记者从市科技局获悉,2023年全市技术合同成交额达到1012.6亿元,同比增长21.4%。',
  ].join('\n');
  const meta = readMetadata(page);
  it('takes the headline past the breadcrumbs, without the site’s suffix', () => {
    expect(meta.docTitle).toBe('江州技术合同成交额首破千亿 同比增长两成');
  });
  it('dates it by its dateline, not by a bare date of the furniture', () => {
    expect(meta.docDate).toBe('2024-03-18');
  });
  it('names the outlet of 来源 as its issuer', () => {
    expect(meta.docIssuer).toBe('江州日报');
  });
  it('reads a wire service’s dateline and a newspaper’s special report', () => {
    expect(readMetadata('某市设立科创基金\n中新网江州3月2日电 (记者 某某)当地设立科创基金。').docIssuer).toBe('中新网');
    expect(readMetadata('科創基金擴容\n【江州日報專訊】本港科創基金再增資50億元。').docIssuer).toBe('江州日報');
  });
  it('a Taiwanese wire story: the agency of its bracketed byline, the date of its closing Republic-era code', () => {
    const story = ['某園區成立5個產業聯盟', '(中央社記者某某新竹7日電)某研究院今天宣布成立5個產業聯盟,共有40家企業加入。', '研究院說,明年將再成立3個聯盟。1130307'].join('\n');
    expect(readMetadata(story)).toMatchObject({ docIssuer: '中央社', docDate: '2024-03-07' });
    // seven digits after a sentence that are no date (month 13), or a code alone in a page with no sentence: no date
    expect(readMetadata(story.replace('1130307', '1131307')).docDate).toBeNull();
    expect(readMetadata('產業聯盟一覽\n980504').docDate).toBeNull();
    // a number inside the last sentence is no closing code
    expect(readMetadata(story.replace('3個聯盟。1130307', '3個聯盟,編號1130307')).docDate).toBeNull();
  });
  it('a site’s own story (江州网讯), an outlet before a headline (【江州晨报】), a portal’s field table and 原题目', () => {
    expect(readMetadata('会议现场\n中国江州网讯(记者 某某)5月14日,全县科技工作会召开。').docIssuer).toBe('中国江州网');
    expect(readMetadata('【江州晨报】江州市技术合同成交额首次突破200亿元\n\n江州市科技局发布消息:成效显著。').docTitle).toBe('【江州晨报】江州市技术合同成交额首次突破200亿元');
    expect(readMetadata('【打印】【关闭】\n正文。').docTitle).toBeNull();
    const portal = readMetadata('首页>>政务公开\n[ 索引号 ] 0001/2024-00068 [ 发文字号 ]\n[ 成文日期 ] 2024-09-14\n\n江州市科学技术局 关于市人大会议第19号建议办理情况的答复函\n正文。');
    expect(portal).toMatchObject({ docTitle: '江州市科学技术局 关于市人大会议第19号建议办理情况的答复函', docIssuer: '江州市科学技术局', docDate: '2024-09-14' });
    expect(readMetadata('原题目:江州技术合同成交额首破千亿\n2024-03-18 09:12 来源:江州日报\n正文。').docTitle).toBe('江州技术合同成交额首破千亿');
  });
  it('a 来源 that is a code or names no outlet is passed over; the story’s opening paragraph names its outlet', () => {
    const body = '国新办昨日举行发布会,介绍江州市知识产权工作有关情况。'.repeat(5);
    const coded = readMetadata(`江州知识产权保护成效显著\n\n发布时间:2024-05-19 21:52:12 来源: sp20240519\n\n   中新网 4月24日电 ${body}`);
    expect(coded).toMatchObject({ docIssuer: '中新网', docDate: '2024-05-19' });
    expect(readMetadata(`江州专利授权量创新高\n发布:2024-03-02 08:10 来源:网络整理\n${body}`).docIssuer).toBeNull();
    expect(readMetadata(`江州技术合同成交额创新高\n\n江州日报讯 (记者 某某)${body}`).docIssuer).toBe('江州日报');
    // an outlet's byline before the date
    expect(readMetadata('江州设立科创母基金\n某某研究中心· 2025-11-28 17:35\n正文。').docIssuer).toBe('某某研究中心');
  });
  it('a breadcrumb’s headline without its 正文 mark; a site’s |-menu and a one-word English menu item are no title', () => {
    expect(readMetadata('您的当前位置:首页 > 资讯 > 江州有效发明专利突破两万件 正文\n时间:2024-03-02 08:10\n某段正文。').docTitle).toBe('江州有效发明专利突破两万件');
    expect(readMetadata('江州网|江州电视台|网站地图\n登录\n\n江州市专利申请十强县评出\n\n某段正文。').docTitle).toBe('江州市专利申请十强县评出');
    expect(readMetadata('Workflow\n母基金\n这个市级母基金招管理人,存续期十年\n某某研究中心· 2025-11-28 17:35\n某段正文。').docTitle).toBe('这个市级母基金招管理人,存续期十年');
    expect(readMetadata('Annual Report 2020–21\n某段正文。').docTitle).toBe('Annual Report 2020–21');
  });
  it('a copied page that opens with an English date label (date 2024-03-05 …) is dated by it, only at the start', () => {
    expect(readMetadata(' date 2024-03-05 某局昨（4）日公布去年专利统计，发明专利申请5.1万件。').docDate).toBe('2024-03-05');
    expect(readMetadata('某局公布去年专利统计,发明专利申请5.1万件。\nto date 2024-03-05 the office said.').docDate).toBeNull();
  });
  it('names the outlet a story is credited to (据…报道)', () => {
    expect(readMetadata('據江州日報報道 (記者 某某) 3月2日,江州設立科創基金20億元。').docIssuer).toBe('江州日報');
    expect(readMetadata('据江州新闻网消息,江州设立科创基金20亿元。').docIssuer).toBe('江州新闻网');
    // 据 before a body that is no outlet names none
    expect(readMetadata('据统计,江州设立科创基金20亿元。').docIssuer).toBeNull();
  });
  it('reads a day-first dateline (20.08.2015 19:37), not an ambiguous one', () => {
    expect(readMetadata('全省专利申请量再创新高\n\n21.07.2016  10:05\n\n上半年全省专利申请…').docDate).toBe('2016-07-21');
    expect(readMetadata('全省专利申请量再创新高\n\n03.07.2016  10:05\n\n上半年全省专利申请…').docDate).toBeNull();
  });
  it('finds a headline that stands only in the breadcrumbs', () => {
    expect(readMetadata('当前位置:首页 > 工作动态 > 上半年全省技术合同成交额增长三成\n供稿: | 2023-07-20\n上半年,全省…').docTitle).toBe('上半年全省技术合同成交额增长三成');
  });
});

describe('outlets named in other shapes', () => {
  const story = '全市去年共签订技术合同4200项,成交额达到86.5亿元,比上年增长一成以上,创历史新高,企业仍是技术交易的主体。';
  it('a portal carrying a paper (来源:某某网-某某日报; 来源/ …), and a source in brackets', () => {
    expect(readMetadata(`江州技术市场再创新高\n2021年03月09日08:11  来源:江州网-江州日报\n${story}`).docIssuer).toBe('江州日报');
    expect(readMetadata(`江州技术市场再创新高\n来源/ 江州新闻网-江州晨报 作者/ 时间/2021-03-09 08:47\n${story}`).docIssuer).toBe('江州晨报');
    expect(readMetadata(`江州技术市场再创新高\n${story}\n(来源:江州日报)`).docIssuer).toBe('江州日报');
  });
  it('an outlet before its reporter, a paper’s own dateline, and a closing byline in brackets', () => {
    expect(readMetadata(`江州技术市场再创新高\n江州時報/ 記者某某/江州報導\n${story}`).docIssuer).toBe('江州時報');
    expect(readMetadata(`江州日報北京3月9日訊(記者某某)${story}`).docIssuer).toBe('江州日報');
    expect(readMetadata(`江州技术市场再创新高\n${story}${story}\n另外两项指标也在增长。(江州日报 记者 某某)`).docIssuer).toBe('江州日报');
  });
  it('an outlet’s reporter run together, an outlet’s own news item, and a wire date in Chinese numerals', () => {
    expect(readMetadata(`江州技术市场再创新高\n江州财经报道记者 某某 江州报道\n${story}`).docIssuer).toBe('江州财经报道');
    expect(readMetadata(`江州網消息:${story}`).docIssuer).toBe('江州網');
    expect(readMetadata(`创投界(ID:abc2012)消息,${story}`).docIssuer).toBe('创投界');
    expect(readMetadata(`中新社江州三月九日电(记者某某)${story}`).docIssuer).toBe('中新社');
  });
  it('a headline may open with a tag in brackets; a site column’s [tag] is dropped', () => {
    expect(readMetadata(`【江州市科技局】去年全市技术合同成交额增长七成多\n\n${story}`).docTitle).toBe('【江州市科技局】去年全市技术合同成交额增长七成多');
    expect(readMetadata(`[江州县] 【成就巡礼】科技创新引领江州县高质量发展\n\n${story}`).docTitle).toBe('【成就巡礼】科技创新引领江州县高质量发展');
    expect(readMetadata(`[ 索引号 ] 0001/2024-00068\n江州市技术市场发展报告\n\n${story}`).docTitle).toBe('江州市技术市场发展报告');
  });
  it('a reporter’s name with the date is a byline, not the headline', () => {
    const meta = readMetadata(`2021年,江州技术合同成交额大幅增长!\n\n某某某 2021-09-15\n\n${story}`);
    expect(meta.docTitle).toBe('2021年,江州技术合同成交额大幅增长!');
    expect(meta.docDate).toBe('2021-09-15');
  });
  it('a site’s or broadcaster’s dateline (`某某网北京7月9日消息`, `…日讯`) and a 来自 field name the outlet', () => {
    expect(readMetadata(`江广网北京7月9日消息(记者某某)${story}`).docIssuer).toBe('江广网');
    expect(readMetadata(`江州经济网江州12月3日讯(记者某某)${story}`).docIssuer).toBe('江州经济网');
    expect(readMetadata(`某某| 2015-12-31 17:02| 查看: 64| 来自: 江州经济网\n${story}`).docIssuer).toBe('江州经济网');
  });
  it('an outlet that opens the headline (`某某网:…`) is the issuer, not part of the title', () => {
    const meta = readMetadata(`江州网:江州设立50亿元科技成果转化基金\n${story}`);
    expect(meta.docTitle).toBe('江州设立50亿元科技成果转化基金');
    expect(meta.docIssuer).toBe('江州网');
  });
  it('an author’s byline (`◎文/某某 某某(某某中心)`) is no title', () => {
    expect(readMetadata(`◎文/张某 李某(江州科技研究开发中心)\n${story}`).docTitle).toBeNull();
  });
  it('a page’s date field, its audio button, a menu, a photo’s caption and a menu fragment are no title; a time before the headline is cut', () => {
    const title = '江州技术市场再创新高';
    expect(readMetadata(`date 2026-03-01 聽新聞\n${title}\n${story}`).docTitle).toBe(title);
    expect(readMetadata(`江州网 江州晚报 江州商报 今日江州新区 旧版入口\n${title}\n${story}`).docTitle).toBe(title);
    expect(readMetadata(`江州市政府与8家银行签订合作协议 某某某摄\n${story}`).docTitle).toBeNull();
    expect(readMetadata(`- 发展报告\n${story}`).docTitle).toBeNull();
    expect(readMetadata(`08:57 ${title}\n${story}`).docTitle).toBe(title);
  });
});

