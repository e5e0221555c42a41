/**
 * The document's own metadata: title, number, issuing body and date, read
 * from its header and signature block the way a clerk would.
 *
 * - title: the first heading-like line of the header (a title split over two
 *   lines, `重庆市科学技术局` / `关于…的函`, is joined), else the page's
 *   `<title>`;
 * - number: `穗科函〔2020〕2号` on a line of its own near the top;
 * - date: the signature date (an issuer line followed by a date line; the last
 *   such block), else a date line in the header, else the publication date;
 * - issuer: the signature's issuer, else an issuer line in the header, else the
 *   page's 发布单位/来源, else the subject of the title (`…局关于…`), else the
 *   contact unit.
 */
import { isImageCell } from './tables.js';
import type { DocMeta } from '../record/types.js';
import type { Cues } from '../rules/cues.js';
import { builtinCues } from '../rules/load.js';
import { normalizeForMatching } from '../text/normalize.js';
import { breadcrumbTitle, cleanHeadline, datelineDate, isChrome, newsSource, opensWithOutlet, rocCodeDate, storyOpeningSource, closingByline } from './web-page.js';

const DATE_TEXT =
  '(?:(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|(?:中华)?民国\\s*\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|(?:19|20)\\d\\d\\d{1,2}月\\d{1,2}日?)';
/** A line that is only a date (with an optional weekday or time after it). */
const DATE_LINE = new RegExp(`^(?:——|—|-|\\()?\\s*(${DATE_TEXT})\\s*(?:\\([^)]*\\)|星期.|\\d{1,2}:\\d\\d(?::\\d\\d)?)?\\s*(?:在.*)?\\)?$`);
// (also a copied page's English label at the very start: `date 2026-02-27 …`)
const PUBLISHED = new RegExp(`(?:(?:发布|印发|公开|成文|发文)?(?:时间|日期)\\s*:|\\[|^\\s*(?:date|published|posted)\\s*:?)\\s*(${DATE_TEXT})`, 'i');
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、])/;
const NUMBER_RE = /[\u4e00-\u9fa5]{1,12}[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号/u;

/** The header and signature patterns, built once per set of cue words. */
interface Patterns {
  ORG_LINE: RegExp;
  OFFICIAL: RegExp;
  TITLE_WORDS: RegExp;
  FIELD: RegExp;
  SOURCE: RegExp;
  ONE_LINE_SIGNATURE: RegExp;
  TITLE_SUBJECT: RegExp;
  CONTACT_UNIT: RegExp;
  ORG_NEWS: RegExp;
}

const built = new WeakMap<Cues, Patterns>();

function patterns(cues: Cues): Patterns {
  let p = built.get(cues);
  if (p) return p;
  const ORG = `[\\u4e00-\\u9fa5]{2,30}?${cues.source.org_suffix}`;
  const ORG_GREEDY = ORG.replace('{2,30}?', '{2,30}');
  p = {
    ORG_LINE: new RegExp(`^${ORG}(?:\\([\\u4e00-\\u9fa5]{2,20}\\))?(?: ${ORG}){0,2}$`),
    // `郑州市人民政府代市长 周立新`: the body a speaker heads.
    OFFICIAL: new RegExp(`^(${ORG_GREEDY})(?:代|副)?${cues.source.official}(?: ?[\\u4e00-\\u9fa5·]{2,4})?$`),
    TITLE_WORDS: new RegExp(`${cues.source.title_end}(?:\\([^)]*\\))?$`),
    FIELD: new RegExp(`^${cues.source.page_field}`),
    SOURCE: new RegExp(`(?:发布单位|发布机构|发文机关|来源)\\s*:\\s*(${ORG_GREEDY}(?:\\([\\u4e00-\\u9fa5]{2,20}\\))?)`),
    // `广州市科学技术局 2020年9月3日` on one line.
    ONE_LINE_SIGNATURE: new RegExp(`^(${ORG})\\s+(${DATE_TEXT})$`),
    // `广州市科学技术局关于…`: the body a title speaks for.
    TITLE_SUBJECT: new RegExp(`^(${ORG})\\s*关于`),
    CONTACT_UNIT: new RegExp(`联系单位[^:]*:\\s*(${ORG_GREEDY})`),
    // `臺北市政府產業發展局新聞稿`: a label of who speaks, not a title.
    ORG_NEWS: new RegExp(`^${ORG}(?:新闻稿|新闻发布)$`),
  };
  built.set(cues, p);
  return p;
}

/** Parse a Chinese or ISO date into YYYY-MM-DD; null when it is not a full date. */
export function parseDate(s: string): string | null {
  const t = normalizeForMatching(s).replace(/\s+/g, '');
  let y: number;
  let mo: number;
  let da: number;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(t) ?? /^(\d{4})(\d{1,2})月(\d{1,2})/.exec(t); // also a dropped 年: 20206月4
  if (m) [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(?:中华)?民[国國](\d{2,3})年(\d{1,2})月(\d{1,2})日/.exec(t))) [y, mo, da] = [1911 + Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(t))) {
    const digit = (c: string) => '〇一二三四五六七八九'.indexOf(c.replace(/[零○]/, '〇'));
    const small = (x: string) => {
      const i = x.indexOf('十');
      if (i < 0) return digit(x);
      return (i === 0 ? 1 : digit(x[0])) * 10 + (i === x.length - 1 ? 0 : digit(x[x.length - 1]));
    };
    [y, mo, da] = [Number([...m[1]].map(digit).join('')), small(m[2]), small(m[3])];
  } else return null;
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || da < 1 || da > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
}

interface Line {
  raw: string;
  norm: string;
}

function dateOfLine(l: Line): string | null {
  const m = DATE_LINE.exec(l.norm.replace(/\s+/g, ''));
  return m ? parseDate(m[1]) : null;
}

export function readMetadata(text: string, htmlTitle?: string | null, cues: Cues = builtinCues(), normalised?: string): DocMeta {
  const { ORG_LINE, OFFICIAL, TITLE_WORDS, SOURCE, ONE_LINE_SIGNATURE, TITLE_SUBJECT, CONTACT_UNIT, ORG_NEWS } = patterns(cues);
  const isTitleLike = (norm: string) => titleLike(norm, patterns(cues).FIELD);
  const lines = metadataLines(text, normalised ?? normalizeForMatching(text));
  const head = lines.slice(0, 12);

  // Title.
  let docTitle: string | null = null;
  const candidates = head.slice(0, 8);
  for (let i = 0; i < candidates.length && !docTitle; i++) {
    const { raw, norm } = candidates[i];
    if (norm.length > 50 && norm.indexOf('。') >= 0) break; // the body has begun: a table's caption below is no title
    if (SECTION_HEADING.test(norm) || isChrome(norm)) continue; // `二、2023年工作开展情况` heads a section, not the document; a menu or caption
    const next = candidates[i + 1];
    if (ORG_LINE.test(norm) && next && /^关于/.test(next.norm) && TITLE_WORDS.test(next.norm)) docTitle = raw + next.raw;
    else if (/关于/.test(norm) && !TITLE_WORDS.test(norm) && isTitleLike(norm) && next && TITLE_WORDS.test(next.norm) && next.norm.length <= 40 && !/^关于/.test(next.norm)) docTitle = raw + next.raw;
    else if (isTitleLike(norm) && TITLE_WORDS.test(norm) && !ORG_NEWS.test(norm)) docTitle = raw;
  }
  // On a news page (it has a dateline), a headline may hold commas.
  const news = head.some((l) => datelineDate(l.norm, parseDate) !== null);
  if (!docTitle) {
    for (const { raw, norm } of head.slice(0, 10)) {
      if (/。/.test(norm)) break; // the body has begun
      if (SECTION_HEADING.test(norm)) continue; // a section heading
      if (isChrome(norm) || datelineDate(norm, parseDate) || (newsSource(raw, norm) && !opensWithOutlet(norm))) continue; // a web page's furniture
      const titleLike = isTitleLike(norm) || (news && isTitleLike(norm.replace(/[,;]/g, ' ')) && norm.length <= 40);
      if (titleLike && !ORG_LINE.test(norm) && !ORG_NEWS.test(norm) && !dateOfLine({ raw, norm }) && norm.length >= 8) {
        docTitle = cleanHeadline(raw);
        break;
      }
    }
  }
  // A headline only in a breadcrumb (`当前位置:首页 > 工作动态 > 上半年某省…`).
  if (!docTitle) {
    for (const { raw } of head.slice(0, 10)) {
      const t = breadcrumbTitle(raw);
      if (t) {
        docTitle = cleanHeadline(t);
        break;
      }
    }
  }
  if (!docTitle && htmlTitle && htmlTitle.trim()) docTitle = htmlTitle.trim();

  // Number: a line of its own in the header.
  let docNumber: string | null = null;
  for (const l of head) {
    if (l.raw.length > 60 || l.raw.indexOf('号') < 0) continue;
    const m = NUMBER_RE.exec(l.raw);
    if (m && l.raw.replace(m[0], '').replace(/[\s:：]/g, '').length <= 6) {
      docNumber = m[0].replace(/\s+/g, '');
      break;
    }
  }

  // Signature blocks: an issuer line followed by a date line.
  let sigIssuer: string | null = null;
  let sigDate: string | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1].norm.length > 40 || !/\d|[〇零一二三四五六七八九○]年/.test(lines[i + 1].norm)) continue;
    const d = dateOfLine(lines[i + 1]);
    if (d && ORG_LINE.test(lines[i].norm.replace(/\s+/g, ''))) {
      sigIssuer = lines[i].raw.replace(/\s+/g, '');
      sigDate = d;
    }
  }
  // A signature on one line: `广州市科学技术局 2020年9月3日`.
  if (!sigDate) {
    for (const l of lines.slice(-8)) {
      const m = ONE_LINE_SIGNATURE.exec(l.norm);
      if (m) {
        sigIssuer = l.raw.slice(0, m[1].length);
        sigDate = parseDate(m[2]);
      }
    }
  }
  // A date line at the very end (a press release: `2022年5月11日（星期三）`).
  let tailDate: string | null = null;
  // Only after the body has begun: in a short page the last lines are its head.
  const bodyAt = lines.findIndex((l) => l.norm.indexOf('。') >= 0);
  for (const l of lines.slice(Math.max(lines.length - 4, bodyAt < 0 ? lines.length : bodyAt + 1)).reverse()) {
    tailDate = dateOfLine(l);
    if (tailDate) break;
  }
  // A Taiwanese wire story's closing code on its last line (`…。980504`).
  if (!tailDate && bodyAt >= 0 && lines.length) tailDate = rocCodeDate(lines[lines.length - 1].norm);
  let headDate: string | null = null;
  let headIssuer: string | null = null;
  for (const l of head.slice(0, 6)) {
    headDate ??= dateOfLine(l);
    if (!headIssuer && ORG_LINE.test(l.norm) && !TITLE_WORDS.test(l.norm)) headIssuer = l.raw;
    const official = OFFICIAL.exec(l.norm.replace(/^报告人:/, ''));
    if (!headIssuer && official) headIssuer = l.raw.slice(0, official[1].length);
  }
  const headText = lines.slice(0, 12).map((l) => l.norm).join('\n');
  const published = PUBLISHED.exec(headText);
  // A news page's dateline (`2024-11-12 14:17 来源:…`) over bare dates in its furniture.
  let dateline: string | null = null;
  for (const l of head) if ((dateline = datelineDate(l.norm, parseDate))) break;
  const docDate = sigDate ?? tailDate ?? dateline ?? headDate ?? (published ? parseDate(published[1]) : null);

  let docIssuer: string | null = sigIssuer ?? headIssuer;
  if (!docIssuer) {
    const m = SOURCE.exec(headText);
    if (m) docIssuer = rawOf(lines.slice(0, 12), m.index + m[0].length - m[1].length, m[1].length);
  }
  // A news page's outlet: `来源:海南日报`, `【明報專訊】`, `中新网江州3月2日电`.
  if (!docIssuer) {
    for (const l of lines.slice(0, 14)) if ((docIssuer = newsSource(l.raw, l.norm))) break;
  }
  // …or the opening of the story's first paragraphs (`中新网 4月24日电 …`, `江州日报讯 …`), lines too long for the head.
  if (!docIssuer) docIssuer = storyOpeningSource(text) ?? closingByline(lines.slice(-3));
  if (!docIssuer && docTitle) {
    const m = TITLE_SUBJECT.exec(normalizeForMatching(docTitle));
    if (m) docIssuer = docTitle.slice(0, m[1].length);
  }
  if (!docIssuer) {
    const tailText = lines.slice(-6).map((l) => l.norm).join('\n');
    const m = CONTACT_UNIT.exec(tailText);
    if (m) docIssuer = rawOf(lines.slice(-6), m.index + m[0].length - m[1].length, m[1].length);
  }
  return { docTitle, docNumber, docIssuer, docDate };
}

const BODY: Line = { raw: '。', norm: '。' };
/** A line that may be a signature's date: short, with a digit or a year in Chinese numerals. */
const DATE_CANDIDATE = /\d|[〇零一二三四五六七八九○]年/;

/**
 * The lines metadata can come from, neighbours kept: every short line of the
 * head (the first 12) and of the last 2000 characters; in between only what a
 * signature block can be (a short date line and the line before it). A long
 * body line is a placeholder ('。'); placeholders do not repeat.
 */
const MENU_ITEM = /^(?:[•·▪●◆■►▸»]\s*\S.{0,38}|\S{1,2})$/;

function metadataLines(text: string, norm: string): Line[] {
  const lines: Line[] = [];
  const push = (l: Line) => {
    if (l === BODY && lines.length >= 12 && lines[lines.length - 1] === BODY) return;
    lines.push(l);
  };
  const line = (a: number, b: number): Line => {
    let raw = text.slice(a, b).replace(/[\u3000\t ]+/g, ' ').trim();
    // A table row with one filled cell (`2023年统计年报 | ![]() |`) is that cell.
    if (raw.indexOf('|') >= 0) {
      const cells = raw.split('|').map((c) => c.trim()).filter((c) => c !== '' && !isImageCell(c));
      if (cells.length === 1) raw = cells[0];
    }
    return { raw, norm: raw.length === b - a ? norm.slice(a, b) : normalizeForMatching(raw) };
  };
  const tailFrom = text.length - 2000;
  // The line before the current one in the middle part, not yet pushed.
  let held: [number, number] | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    const long = e - pos > 120;
    if (lines.length < 12 || e + 2000 >= text.length || pos >= tailFrom) {
      if (held) push(line(held[0], held[1]));
      held = null;
      if (long) push(BODY);
      else {
        const l = line(pos, e);
        // A site's menu (`• 澳門日報`, `新聞`) is no part of the document's head.
        if (l.raw && !MENU_ITEM.test(l.raw)) push(l);
      }
    } else if (long) {
      held = null;
      push(BODY);
    } else if (e - pos > 0 && norm.slice(pos, e).trim() !== '') {
      const n = e - pos <= 48 ? norm.slice(pos, e) : '';
      if (n && n.trim().length <= 40 && DATE_CANDIDATE.test(n)) {
        // A date line and the line before it: a signature block, perhaps.
        if (held) push(line(held[0], held[1]));
        else push(BODY);
        push(line(pos, e));
        held = null;
      } else {
        if (held) push(BODY);
        held = [pos, e];
      }
    }
    pos = e + 1;
  }
  return lines;
}

function titleLike(norm: string, FIELD: RegExp): boolean {
  // (a title has words: `Workflow`, one word of a site's menu in English, is none; `Annual Report 2010–11` is one)
  return (/[\u4e00-\u9fa5]{2}/.test(norm) || /^[A-Za-z][\w'&-]*(?:\s+[\w'&–-]+)+$/.test(norm)) && !FIELD.test(norm) && !/[,;]/.test(norm) && !/[的和与及在对将把被从向由达为到共计约近超逾等]$/.test(norm) && norm.length >= 6 && norm.length <= 80 && !/[:]$/.test(norm) && !/。/.test(norm) && !(NUMBER_RE.test(norm) && norm.replace(NUMBER_RE, '').trim() === '');
}

/** The original spelling of `length` characters at `at` in the lines' normalised text joined by newlines. */
function rawOf(lines: Line[], at: number, length: number): string {
  return lines.map((l) => l.raw).join('\n').slice(at, at + length);
}
