/**
 * The document's own metadata: title, number, issuing body and date, read
 * from its header and signature block the way a clerk would.
 */
import type { DocMeta } from '../types.js';

const NUMBER_RE =
  /[\u4e00-\u9fa5]{1,12}[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*\d{1,5}\s*号/u;
const TITLE_WORDS =
  /(?:的函|答复|通知|方案|意见|报告|公报|办法|决定|规划|纲要|提案|建议|细则|措施|函|通报|批复|计划)(?:[(（][^)）]*[)）])?$/;
const ORG_END = /(?:局|委员会|委|政府|办公厅|办公室|厅|院|中心|部|署|会|所|处|科学技术局|人民政府)$/;
const NOT_TITLE = /^(?:您当前所在位置|当前位置|首页|来源|发布(?:时间|日期)|字号|索引号|分享|扫一扫|相关|【|打印|关闭)/;

/** Parse a Chinese or ISO date into YYYY-MM-DD; null when it is not a full date. */
export function parseDate(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/.exec(t);
  if (!m) m = /^(\d{4})(\d{1,2})月(\d{1,2})日?$/.exec(t); // a dropped 年: 20206月4
  if (!m) {
    const z = /^([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(t);
    if (!z) return null;
    const d = (x: string) => [...x].map((c) => '〇一二三四五六七八九'.indexOf(c.replace(/[零○Ｏ]/, '〇'))).join('');
    const tens = (x: string) => {
      if (x === '十') return 10;
      const i = x.indexOf('十');
      if (i < 0) return Number(d(x));
      const hi = i === 0 ? 1 : Number(d(x.slice(0, i)));
      const lo = i === x.length - 1 ? 0 : Number(d(x.slice(i + 1)));
      return hi * 10 + lo;
    };
    m = ['', d(z[1]), String(tens(z[2])), String(tens(z[3]))] as unknown as RegExpExecArray;
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const da = Number(m[3]);
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || da < 1 || da > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
}

const DATE_LINE = /^(?:(?:19|20)\d\d\s*年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const PUBLISHED = /(?:发布|印发|公开|成文)(?:时间|日期)\s*[:：]\s*((?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)/;
const SOURCE = /来源\s*[:：]\s*([\u4e00-\u9fa5]{4,30}?(?:局|委员会|政府|办公厅|办公室|厅|委|院|中心|部))/;
const CONTACT_UNIT = /联系单位[^:：]*[:：]\s*([\u4e00-\u9fa5]{4,30}?(?:局|委员会|政府|办公厅|办公室|厅|委|院|中心|部))/;

export function readMetadata(text: string, htmlTitle?: string | null): DocMeta {
  const lines = text.split('\n').map((l) => l.replace(/[\u3000\t ]+/g, ' ').trim());
  const nonEmpty = lines.filter((l) => l !== '');
  const head = nonEmpty.slice(0, 12);

  // Title: the first heading-like line of the header.
  let docTitle: string | null = null;
  for (const l of head.slice(0, 8)) {
    if (NOT_TITLE.test(l) || l.length < 6 || /[:：]$/.test(l) || /。/.test(l)) continue;
    if (NUMBER_RE.test(l) && l.replace(NUMBER_RE, '').trim() === '') continue;
    if (TITLE_WORDS.test(l) || /^《.*》/.test(l)) {
      docTitle = l;
      break;
    }
  }
  if (!docTitle && htmlTitle && htmlTitle.trim()) docTitle = htmlTitle.trim();

  // Number: a line of its own in the header, else the title's number.
  let docNumber: string | null = null;
  for (const l of head) {
    const m = NUMBER_RE.exec(l);
    if (m && l.replace(m[0], '').replace(/[\s:：]/g, '').length <= 6) {
      docNumber = m[0].replace(/\s+/g, '');
      break;
    }
  }

  // Date: the signature date near the end, else the publication date.
  let docDate: string | null = null;
  const tail = nonEmpty.slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i].replace(/\s+/g, '');
    if (DATE_LINE.test(l) || /^(?:19|20)\d\d\d{1,2}月\d{1,2}日?$/.test(l)) {
      docDate = parseDate(l);
      if (docDate) break;
    }
  }
  if (!docDate) {
    const m = PUBLISHED.exec(text.slice(0, 2000));
    if (m) docDate = parseDate(m[1]);
  }

  // Issuer: the signature line above the date, else the title's subject,
  // else the page's source, else the contact unit.
  let docIssuer: string | null = null;
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i].replace(/\s+/g, '');
    if (l.length >= 4 && l.length <= 30 && ORG_END.test(l) && !/[,，。:：(（]/.test(l)) {
      docIssuer = l;
      break;
    }
  }
  if (!docIssuer && docTitle) {
    const m = /^([\u4e00-\u9fa5]{3,30}?(?:局|委员会|人民政府|政府|办公厅|办公室|厅|委|院|中心|部))关于/.exec(docTitle);
    if (m) docIssuer = m[1];
  }
  if (!docIssuer) docIssuer = SOURCE.exec(text.slice(0, 2000))?.[1] ?? null;
  if (!docIssuer) docIssuer = CONTACT_UNIT.exec(text.slice(-600))?.[1] ?? null;

  return { docTitle, docNumber, docIssuer, docDate };
}
