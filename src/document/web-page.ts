/**
 * What a page copied from a news site or a government portal carries around
 * its text: furniture (breadcrumbs, menus, share buttons, the newspaper's
 * page line), a dateline (`2024-11-12 14:17:35 来源:江州广播电视台`,
 * `来源:湖南日报 编辑:… 2021-01-10 22:27`), the outlet (`【明報專訊】`,
 * `中新网江州3月2日电`) and a headline with the site's suffix
 * (`…-环球消息`). Lines are given normalised (simplified, ASCII punctuation).
 */
import { normalizeForMatching } from '../text/normalize.js';

const DATE = '((?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)';
/** Words that stand in a dateline beside its date. */
const DATELINE_WORDS = /\d{1,2}:\d\d|来源|来源于|发布|时间|日期|编辑|作者|供稿|原创|记者|责任编辑|[|•·]|星期|浏览/;
const DATE_IN_LINE = new RegExp(DATE);
/** A European-style dateline date, day first (`20.08.2015 19:37`). */
const DAY_FIRST = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?![\d.])/;

/** A line of a web page's furniture, never a title: breadcrumbs, menus, buttons, a newspaper's page line. */
export function isChrome(norm: string): boolean {
  if (/>|»|›/.test(norm)) return true; // breadcrumbs: 首页 > 新闻 > …
  if (/^(?:欢迎|当前位置|您当前|您的位置|首页|关注|手机|扫描|扫码|分享|打印|关闭|收藏|字号|小字号|大字号|通版|展开|收缩|当前版|第[A-Z]?\d+版|标题导航|上一篇|下一篇|返回|打赏|喜欢|点击|阅读|原标题|热点|财务数据|微信|微博|登录|注册|搜索|网站地图|English)/.test(norm)) return true;
  if (/^[《(]?\s*[\u4e00-\u9fa5]{2,8}\s*\d{6}\s*[》)]?$/.test(norm)) return true; // 《 中信银行 601998 》
  if (/^[◎●■]?\s*(?:文|图|作者|撰文|供稿)\s*[/／|:]/.test(norm)) return true; // a byline: `◎文/某某 某某(某某中心)`
  if (/^(?:date|time|日期|时间)\s*[:：]?\s*(?:19|20)\d\d|听新闻|旧版入口|网站导航/i.test(norm)) return true; // a page's date field, its audio button, its menu
  if (/[\u4e00-\u9fa5]{2,4}\s*(?:摄|供图)$/.test(norm)) return true; // a photo's caption: `…签订协议 某某某摄`
  if (/^[-—–·•]\s*\S/.test(norm) && norm.length <= 12) return true; // a fragment of a menu: `- 发展报告`
  // A menu: several short words side by side (`新闻 资讯 金融 知识 财经`, `某某网|某某台|网站地图`).
  const cells = norm.indexOf('|') >= 0 ? norm.split('|') : null;
  if (cells && cells.length >= 3 && cells.every((w) => w.trim().length <= 10)) return true;
  const words = norm.split(/\s+/).filter(Boolean);
  if (words.length >= 4 && words.every((w) => w.length <= (words.length >= 5 ? 7 : 6))) return true;
  return false;
}

/** A reporter's name, then the date: `某某某 2021-09-15`. */
const BYLINE_NAME_DATE = /^[\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4}){0,2}\s+((?:19|20)\d\d-\d{1,2}-\d{1,2})$/;

/** The date of a dateline (a date with a time, a source, an editor, a separator…), or null. */
export function datelineDate(norm: string, parse: (s: string) => string | null): string | null {
  if (norm.length > 90) return null;
  // A byline: a name and the date (`某某某 2021-09-15`).
  const byline = BYLINE_NAME_DATE.exec(norm);
  if (byline) return parse(byline[1]);
  const m = DATE_IN_LINE.exec(norm);
  const d = m ? null : DAY_FIRST.exec(norm);
  const hit = m ?? d;
  if (!hit) return null;
  const rest = norm.slice(0, hit.index) + ' ' + norm.slice(hit.index + hit[0].length);
  if (!DATELINE_WORDS.test(rest)) return null;
  if (d && Number(d[1]) <= 12 && Number(d[2]) <= 12) return null; // 03.04.2015: which is the month?
  return m ? parse(m[1]) : parse(`${d![3]}-${d![2]}-${d![1]}`);
}

const SOURCE_NAME = '([\\u4e00-\\u9fa5A-Za-z·]{2,20}?)';
// (a portal before the paper it carries: `来源:人民网-人民日报`, `来源/ 某某网-某某晨报`)
const SOURCE = new RegExp(`(?:文章来源|信息来源|来源|稿源|出处|来自)\\s*[:：/]\\s*(?:[\\u4e00-\\u9fa5A-Za-z]{2,10}网\\s*[-—/]\\s*)?${SOURCE_NAME}(?=\\s|$|[|•·,，(（)）]|编辑|作者|责任|日期|时间|\\d)`);
/** An outlet's byline before the date: `某某研究中心· 2025-11-28 17:35`. */
const BYLINE_DATE = /^([\u4e00-\u9fa5]{2,12})\s*[·•|]\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** What a `来源:` field may hold that names no outlet. */
const NOT_AN_OUTLET = /^(?:网络整理|网络|互联网|网友|综合|本站|原创|转载|整理|未知|其他|佚名)$/;
const SPECIAL = /【([\u4e00-\u9fa5]{2,8}?)(?:专讯|讯)】/;
/** A newspaper's name ends so (`长沙晚报`, `江州日报`): one list for the page readers and the region stage. */
export const NEWSPAPER = '(?:日报|晚报|时报|商报|晨报|都市报)';
/** A dateline that opens a story: `中新网江州3月2日电`, `江州日报北京1月12日讯`, `某某网北京7月9日消息`. */
const WIRE = new RegExp(`^\\s*(中新网|中新社|新华社|新华网|人民网|央视网|中国新闻网|[\\u4e00-\\u9fa5]{2,6}?${NEWSPAPER}|[\\u4e00-\\u9fa5]{2,6}?(?:网|社|台))\\s*[\\u4e00-\\u9fa5]{0,6}?\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯|消息)`);
/** An outlet before its reporter's byline: `江州日报/ 记者某某/江州报导`, `(江州日报 记者 某某)`. */
const OUTLET_BYLINE = new RegExp(`^\\(?([0-9A-Za-z\\u4e00-\\u9fa5]{2,10}?(?:${NEWSPAPER}|报道|报|网|社))\\s*[/／]?\\s*记者`);
/** An outlet's own news item: `某某网消息:`, `某某界(ID:…)消息,`, `某某网(某某日报网)讯`. */
const OUTLET_NEWS = /^([\u4e00-\u9fa5]{2,8}?(?:网|社|报|界|台))\s*(?:\([^)]{1,24}\))?\s*(?:消息|讯)(?:[:,]|\s)/;
/** An outlet before its headline: `某某网:某省设立产业投资基金`. */
const HEADLINE_OUTLET = /^([\u4e00-\u9fa5]{2,6}?(?:网|社))\s*[:：]\s*(?=\S{6})/;
/** Whether a line is a headline that its outlet opens (`某某网:…`): a title once the outlet is cut. */
export const opensWithOutlet = (norm: string) => HEADLINE_OUTLET.test(norm);
/** A site's or paper's own story: `中国江州网讯(记者 某某)`, `江州新闻网讯 `, `江州日报讯`. */
const SITE_STORY = new RegExp(`^([\\u4e00-\\u9fa5A-Za-z]{2,12}?(?:网|${NEWSPAPER}))讯`);
/** A story credited to its outlet: `据江州日报报道`, `据某某网消息`. */
const CREDITED = /^据([\u4e00-\u9fa5]{2,10}?(?:报|网|电视台|广播电台|通讯社|社))(?:报道|消息|讯)/;
/** A wire agency's byline in brackets: `(中央社记者某某台北5日电)`. */
const WIRE_BYLINE = /^\(([\u4e00-\u9fa5]{2,5}社)记者[\u4e00-\u9fa5 、]{2,16}?(?:\d{1,2}月)?\d{1,2}日电/;
/**
 * A Taiwanese wire story's closing code, the Republic-era date run together
 * (`…领域。980504` = 2009-05-04, `1140312` = 2025-03-12), after the last
 * sentence or an editor's bracket.
 */
const ROC_CODE = /(?:^|[。!?」”)])\s*(\d{2,3})(\d\d)(\d\d)\s*$/;

/** The date of a Taiwanese wire story's closing code (`…。980504`), or null. */
export function rocCodeDate(norm: string): string | null {
  const m = ROC_CODE.exec(norm);
  if (!m) return null;
  const [y, mo, d] = [1911 + Number(m[1]), Number(m[2]), Number(m[3])];
  if (Number(m[1]) < 80 || Number(m[1]) > 130 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${m[2]}-${m[3]}`;
}

/** The outlet a line names, as written (`来源:海南日报` → 海南日报), or null. */
export function newsSource(raw: string, norm: string): string | null {
  let m = SOURCE.exec(norm);
  // Not a code (`来源: sp20240519`) or a word that names no outlet (`来源:网络整理`).
  if (m && !NOT_AN_OUTLET.test(m[1]) && !(/^[A-Za-z]{1,3}$/.test(m[1]) && /\d/.test(norm.charAt(m.index + m[0].length)))) {
    return raw.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  m = SPECIAL.exec(norm);
  if (m) return raw.slice(m.index + 1, m.index + 1 + m[1].length);
  m = WIRE.exec(norm);
  if (m) return raw.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
  m = WIRE_BYLINE.exec(norm);
  if (m) return raw.slice(1, 1 + m[1].length);
  m = CREDITED.exec(norm);
  if (m) return raw.slice(1, 1 + m[1].length);
  m = BYLINE_DATE.exec(norm);
  if (m) return raw.slice(0, m[1].length);
  m = SITE_STORY.exec(norm);
  if (m) return raw.slice(0, m[1].length);
  m = OUTLET_BYLINE.exec(norm);
  if (m) return raw.slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length);
  m = OUTLET_NEWS.exec(norm);
  if (m) return raw.slice(0, m[1].length);
  m = HEADLINE_OUTLET.exec(norm);
  if (m) return raw.slice(0, m[1].length);
  return null;
}

/** A story's closing byline in brackets (`…。(江州日报 记者 某某)`) on one of its last lines, or null. */
export function closingByline(lines: readonly { raw: string; norm: string }[]): string | null {
  for (const l of lines) {
    const k = l.norm.lastIndexOf('(');
    if (k < 0 || l.norm.length - k > 40) continue;
    const found = newsSource(l.raw.slice(k), l.norm.slice(k));
    if (found && l.norm.slice(k).indexOf('记者') >= 0) return found;
  }
  return null;
}

/** A headline without the site's suffix (`…-环球消息`, `…_新浪网`, `…******`). */
export function cleanHeadline(raw: string): string {
  return raw
    .replace(/^原(?:题目|标题)\s*[:：]\s*/, '')
    .replace(/^\d{1,2}:\d\d\s+(?=\S)/, '') // a time before the headline: `08:57 某某…`
    .replace(HEADLINE_OUTLET, '')
    // a site column's tag before the headline: `[某某县] 【…】…`
    .replace(/^\[[\u4e00-\u9fa5]{2,8}\]\s+(?=\S)/, '')
    .replace(/\*{3,}.*$/, '')
    .replace(/\s*[-_|—–]\s*[\u4e00-\u9fa5A-Za-z]{2,10}(?:网|消息|新闻|频道|日报|晚报|时报|在线|客户端|APP)$/, '')
    .trim();
}

/** The last segment of a breadcrumb line when it reads as a headline (`首页 > 新闻资讯 > 上半年湖北省…`). */
export function breadcrumbTitle(raw: string): string | null {
  const parts = raw.split(/\s*[>»›]\s*/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1].replace(/\s+正文\s*$/, '').trim();
  return last.length >= 10 && !/^正文$/.test(last) ? last : null;
}

/** The outlet named at the start of one of the first three long paragraphs (the head's lines hold none), or null. */
export function storyOpeningSource(text: string): string | null {
  let seen = 0;
  for (let pos = 0; pos < text.length && pos < 6000 && seen < 3; ) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    if (e - pos > 120) {
      seen++;
      const raw = text.slice(pos, pos + 60).replace(/[\u3000\t ]+/g, ' ').trim();
      const found = newsSource(raw, normalizeForMatching(raw));
      if (found) return found;
    }
    pos = e + 1;
  }
  return null;
}
