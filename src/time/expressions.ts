/**
 * Time expressions that fix the year a figure refers to: explicit years,
 * periods (2017年-2019年), 截至…, …以来, and words relative to the
 * document's date (目前, 迄今, 今年, 去年).
 */
import type { Period } from '../record/types.js';

export interface TimeExpr {
  /** Offset in the scanned window. */
  index: number;
  end: number;
  year: number | null;
  period?: Period;
  asOf?: string;
  kind: 'year' | 'period' | 'asOf' | 'since' | 'relative';
  /** A 到/至 20XX年 deadline: the figure is a goal. */
  deadline?: boolean;
  /** Starts its clause (a frame that later clauses continue). */
  frame: boolean;
}

const CN_DIGIT: Record<string, string> = { '〇': '0', '零': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const PLAN_YEARS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const Y = '((?:19|20)\\d\\d|[〇零○一二三四五六七八九]{4}|(?<![\\d.])1[0-4]\\d(?=\\s*年))';
const TIME_RE = new RegExp(
  [
    // 1 2: period 2017年-2019年, 2017-2019年, 2019年1月至2020年6月, 2021-22年度
    `(?:民[国國]\\s*)?${Y}\\s*年?\\s*(?:\\d{1,2}\\s*月(?:份)?\\s*)?(?:-|—|–|~|至|到|、|和)\\s*(${Y.slice(1, -1)}|\\d\\d(?=\\s*年度))\\s*年(?:\\s*\\d{1,2}\\s*月(?:份)?)?(?:\\s*(?:期间|间|累计|以来))?`,
    // 3 4 5: 截至2019年底 / 截至2019年5月底
    `截(?:至|止)(?:到)?\\s*${Y}\\s*年\\s*(?:(\\d{1,2})\\s*月)?\\s*(底|末|\\d{1,2}\\s*日)?`,
    // 6 7: 截至5月底 (the document's year)
    `截(?:至|止)(?:到)?\\s*(\\d{1,2})\\s*月\\s*(底|末|\\d{1,2}\\s*日)?`,
    // 8: since 2016 / 2016年以来
    `(?:自|从)?\\s*${Y}\\s*年\\s*(?:\\d{1,2}\\s*月(?:份)?\\s*)?(?:[^\\d,;。!?年]{0,12}?以来|起|至今)`,
    // 9: 十三五以来 / 十三五期间
    `["“]?(十[一二三四五]五)["”]?(?:以来|期间|时期)`,
    // 10-14: a year (民国108年, 2019年, and 110年 or 93年 in Republic-era texts), 2019年 / 2019年度 / 民国108年
    `(?:(民[国國])\\s*(\\d{2,3})|${Y}|(?<![\\d.])(1[0-4]\\d|[89]\\d)(?=\\s*年(?!代)))\\s*年(度)?`,
    // 15: words relative to the document's date
    `(截(?:至|止)(?:到)?目前|截(?:至|止)(?:到)?(?:今年|去年|上年)(?:\\d{1,2}\\s*月)?(?:底|末)?|目前|当前|现阶段|迄今|至今|到目前为止|今年|本年度|年初以来|今年以来|去年|上一年度|上年度|前年|明年|上半年|下半年|前三季度|第?[一二三四]季度|前[一二三四五六七八九十]{1,2}个?月|\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}\\s*月(?:份)?)`,
  ].join('|'),
  'y',
);

/**
 * Every time expression holds one of these; the full pattern is tried only
 * just before each of them (one fast pass, then a few sticky attempts), since
 * running the large alternation at every position of a document is slow.
 */
const ANCHOR = /年|月|季度|目前|当前|现阶段|以来|期间|时期|迄今|至今/g;
/** The characters a time expression can start with. */
const CAN_START = new Set([...'0123456789〇零○一二三四五六七八九十截自从民目当现今本年去上下前明第迄至到"“'].map((c) => c.charCodeAt(0)));
/** How far before its anchor a time expression can start (`2017 年 - 2019 年`, `截至2019年`). */
const BACK = 16;

/** The matches of TIME_RE, leftmost first, found through the anchors; none inside a title span. */
function* timeMatches(s: string, spans: [number, number][]): Generator<RegExpExecArray> {
  let prevEnd = 0;
  let k = 0;
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(s); a; a = ANCHOR.exec(s)) {
    if (a.index < prevEnd) continue;
    while (k < spans.length && spans[k][1] <= a.index) k++;
    if (k < spans.length && spans[k][0] <= a.index) {
      ANCHOR.lastIndex = spans[k][1];
      continue;
    }
    const floor = Math.max(prevEnd, k > 0 ? spans[k - 1][1] : 0);
    for (let start = Math.max(floor, a.index - BACK); start <= a.index; start++) {
      if (!CAN_START.has(s.charCodeAt(start))) continue;
      TIME_RE.lastIndex = start;
      const m = TIME_RE.exec(s);
      if (m && start + m[0].length > a.index && !(k < spans.length && spans[k][0] < start + m[0].length)) {
        prevEnd = start + m[0].length;
        ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, prevEnd);
        yield m;
        break;
      }
    }
  }
}

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12 };

/** The last month of a part of a year (上半年 → 6, 前三季度 → 9, 1-6月 → 6), or null. */
function periodEndMonth(w: string): number | null {
  if (w === '上半年') return 6;
  if (w === '下半年') return 12;
  if (w === '前三季度') return 9;
  const q = /([一二三四])季度$/.exec(w);
  if (q) return QUARTER[q[1]];
  const range = /(\d{1,2})\s*月(?:份)?$/.exec(w);
  if (range && /[-—–~至到]/.test(w)) return Number(range[1]);
  return null;
}

function yearOf(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (/^\d{3}$/.test(s)) return 1911 + Number(s); // Republic era (民國110年)
  return Number([...s].map((c) => CN_DIGIT[c] ?? '').join(''));
}

const pad = (n: number) => String(n).padStart(2, '0');
function monthEnd(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Spans whose years are names, not times, opening with a bracket: 《titles》,
 * 〔2020〕 numbers, [2020], 【2020】, and (2018-2020年) after a plan's name.
 * Every alternative starts with a literal character, which the regex engine
 * can skip to.
 */
const BRACKETED =
  /《[^》\n]{0,80}》|〔[^〕\n]{0,10}〕|\[\s*\d{4}\s*\]|【\s*\d{4}\s*】|\((?<=(?:方案|规划|计划|纲要|意见|办法|通知|决定|条例|》)\()(?:\d{4}\s*[-—~至到]\s*)?\d{4}\s*年?(?:版|度)?\)/g;
/** After a `年`: `2020年版`, `2020年第3号` (the year itself is checked before the 年). */
const EDITION_AFTER = /^(?:版|\s*第\s*\d+\s*号)/;
const YEAR_BEFORE = /\d{4}\s*$/;

/** Spans whose years are names, not times: 《titles》, 〔2020〕 numbers, (2018-2020年), 2020年版. */
export function titleSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(s); m; m = BRACKETED.exec(s)) out.push([m.index, m.index + m[0].length]);
  // `2020年版`, `2020年第3号`: found from each 年, outside the bracketed spans.
  let k = 0;
  const merged: [number, number][] = [];
  for (let i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
    const after = EDITION_AFTER.exec(s.slice(i + 1, i + 16));
    if (!after) continue;
    const before = YEAR_BEFORE.exec(s.slice(Math.max(0, i - 12), i));
    if (!before) continue;
    const start = i - before[0].length;
    const end = i + 1 + after[0].length;
    while (k < out.length && out[k][1] <= start) merged.push(out[k++]);
    if (k < out.length && out[k][0] <= start) continue; // inside a bracketed span
    if (merged.length && merged[merged.length - 1][1] > start) continue;
    merged.push([start, end]);
  }
  while (k < out.length) merged.push(out[k++]);
  return merged;
}

const CLAUSE_START = /(?:^|[,;。!?:\n(]\s*)(?:[一二三四五六七八九十]+是|其中|同时|此外|另外|并|且|在|于|到|至|自|从|截至|全|当)?\s*$/;

/**
 * Every time expression in `window` (already normalised), with the
 * document's year for relative words. Comparisons (比2018年, 在2018年…基础上)
 * are not times of the figure and are left out.
 */
export function findTimes(window: string, docYear: number | null, docDate: string | null, roc = false): TimeExpr[] {
  const s = window;
  const out: TimeExpr[] = [];
  for (const m of timeMatches(s, titleSpans(s))) {
    const index = m.index;
    const end = index + m[0].length;
    const pre = s.slice(Math.max(0, index - 3), index);
    if (/(?:比|较|与|同|在)\s*$/.test(pre) && !/^截/.test(m[0])) {
      const rest = s.slice(end, end + 12);
      if (/^[^,;。]*?(?:基础上|相比|同期|增长|增加|提高|下降)/.test(rest) || /(?:比|较)\s*$/.test(pre)) continue;
    }
    if (/\d$/.test(s.slice(Math.max(0, index - 1), index))) continue; // part of a longer number
    if (!roc && /(?:^|[^\d])1[0-4]\d\s*年/.test(m[0]) && !/(?:19|20)\d\d/.test(m[0])) continue; // 110年 only in Republic-era texts
    const frame = CLAUSE_START.test(s.slice(Math.max(0, index - 8), index));
    const lead = s.slice(Math.max(0, index - 4), index);
    const deadline = /(?:^|[^\d年])(?:到|至)\s*$/.test(lead) && !/截|增长到|增加到|提高到|上升到|下降到|减少到|增至$/.test(lead);
    let e: TimeExpr;
    if (m[1]) {
      const from = yearOf(m[1]);
      let to = /^\d\d$/.test(m[2]) ? Math.floor(from / 100) * 100 + Number(m[2]) : yearOf(m[2]);
      if (to < from && to + 100 - from < 10) to += 100;
      if (to < from || to - from > 30) continue;
      e = { index, end, year: to, period: { from, to }, kind: 'period', frame };
    } else if (m[3]) {
      const y = yearOf(m[3]);
      const mo = m[4] ? Number(m[4]) : 12;
      const day = m[5] && /\d/.test(m[5]) ? Number(m[5].replace(/\D/g, '')) : 0;
      e = { index, end, year: y, asOf: day ? `${y}-${pad(mo)}-${pad(day)}` : monthEnd(y, mo), kind: 'asOf', frame };
    } else if (m[6]) {
      const mo = Number(m[6]);
      const day = m[7] && /\d/.test(m[7]) ? Number(m[7].replace(/\D/g, '')) : 0;
      if (docYear === null) e = { index, end, year: null, kind: 'asOf', frame };
      else {
        // 截至12月底 in a document of January: last December.
        const y = docDate && mo > Number(docDate.slice(5, 7)) ? docYear - 1 : docYear;
        e = { index, end, year: y, asOf: day ? `${y}-${pad(mo)}-${pad(day)}` : monthEnd(y, mo), kind: 'asOf', frame };
      }
    } else if (m[8]) {
      const from = yearOf(m[8]);
      e = { index, end, year: docYear, period: docYear && docYear >= from ? { from, to: docYear } : undefined, kind: 'since', frame };
    } else if (m[9]) {
      const from = PLAN_YEARS[m[9]];
      const to = /期间|时期/.test(m[0]) ? from + 4 : docYear;
      e = { index, end, year: to, period: to ? { from, to } : undefined, kind: 'since', frame };
    } else if (m[10] || m[12] || m[13]) {
      if (m[13] && !roc) continue; // 110年 is a Republic-era year only in texts that use that era
      const y = m[10] ? 1911 + Number(m[11]) : m[13] ? 1911 + Number(m[13]) : yearOf(m[12]);
      if (y < 1949 || y > 2100) continue;
      // 到2019年底 in a document of 2020 reports a past year-end: not a goal.
      e = { index, end, year: y, kind: 'year', frame, deadline: deadline && (docYear === null || y >= docYear) };
    } else {
      const w = m[15];
      // `2014年上半年`, `2023年1-6月`: a part of the year just named, not of the document's year.
      const prev = out[out.length - 1];
      if (prev?.kind === 'year' && periodEndMonth(w) !== null && /^\s*$/.test(s.slice(prev.end, index))) continue;
      let year: number | null = docYear;
      if (docYear !== null) {
        if (/去年|上一年度|上年/.test(w)) year = docYear - 1;
        else if (w === '前年') year = docYear - 2;
        else if (w === '明年') year = docYear + 1;
        else if (docDate) {
          // A part of a year that ends after the document's month (下半年 in a January
          // report, 1-11月 in February) is the year before.
          const endMonth = periodEndMonth(w);
          if (endMonth !== null && Number(docDate.slice(5, 7)) < endMonth) year = docYear - 1;
        }
      }
      // 截至目前 is the document's date; 截至今年6月底, 截至去年底 a month's end.
      const mm = /(\d{1,2})\s*月/.exec(w);
      const asOf = !/截/.test(w) || year === null ? undefined : mm ? monthEnd(year, Number(mm[1])) : /底|末/.test(w) ? `${year}-12-31` : docDate ?? undefined;
      e = { index, end, year, asOf, kind: 'relative', frame };
    }
    out.push(e);
  }
  return out;
}
