/**
 * Which year a figure refers to, in the spec's order: a time in the figure's
 * own clause; else the last time earlier in the sentence; else the last frame
 * (a time that starts a clause) earlier in the paragraph; else null.
 * `由2009年的12家增加到2018年的35家`: a year written right before a figure
 * (`2018年的`, `2018年底达`) belongs to that figure.
 */
import type { YearSource } from '../record/types.js';
import { findTimes, type TimeExpr } from '../time/expressions.js';
import { normalizeForMatching } from '../text/normalize.js';
import { firstAtOrAfter, indexAt } from '../document/search.js';
import { MASK } from '../rules/mask.js';
import { baseYearOf } from './comparison-base.js';
import { isCandidate, type DocContext, type Figure, type Stage, type YearInfo } from '../model/figures.js';

export type { YearInfo };

const SOURCE: Record<TimeExpr['kind'], YearSource> = {
  year: 'clause',
  period: 'period',
  asOf: 'asOf',
  since: 'period',
  relative: 'docDate',
};

function info(t: TimeExpr, source?: YearSource): YearInfo {
  return {
    year: t.year,
    period: t.period,
    asOf: t.asOf,
    source: source ?? SOURCE[t.kind],
    deadline: t.deadline,
  };
}

export interface YearWindows {
  /** Times in the figure's clause, before the figure, in order. */
  clauseTimes: TimeExpr[];
  /** The text between the clause's last time and the figure. */
  gapAfterLast: string;
  /** Times earlier in the sentence, before the clause. */
  sentenceTimes: TimeExpr[];
  /** Times earlier in the paragraph, before the sentence. */
  paragraphTimes: TimeExpr[];
  /** Whether a time opens its paragraph (a 到2025年 deadline then governs it all). */
  opensParagraph(t: TimeExpr): boolean;
  /** Whether a time opens a step of a plan (`第一步,到2020年,…`): it governs the paragraph until the next. */
  opensStep?(t: TimeExpr): boolean;
  /** The figure's clause up to the figure (for 由A…/从A…). */
  clause: string;
  /** The figure is item `index` of a `分别为A、B及C` list of `length` items. */
  list?: { index: number; length: number };
  /** The time of the section heading the figure is under. */
  section?: TimeExpr | null;
  /** The year of a report's own title (2021年…统计公报). */
  titleYear?: number | null;
  /** The one year a document speaks of, when it names no other (found on first use). */
  soleYear?: () => number | null;
}

/** The year a report's title is about: `成都市2021年国民经济和社会发展统计公报`. */
export function titleYear(title: string | null, docYear: number | null, docDate: string | null, roc = false): number | null {
  if (!title || !/公报|报告|年报|通报|总结|发展状况|统计|情况|年度|成果|回顾/.test(title)) return null;
  const times = findTimes(normalizeForMatching(title).replace(/[《》]/g, ' '), docYear, docDate, roc).filter((t) => t.kind === 'year' || t.kind === 'period');
  return times.length === 1 ? times[0].year : null;
}

/**
 * `inheritParagraph: false` for standing rules (每家每年给予…) that do not
 * continue the paragraph's time.
 */
export function attributeYear(w: YearWindows, inheritParagraph = true): YearInfo {
  let y = attribute(w, inheritParagraph);
  // A relative word (上半年, 今年) in an undated document names no year: a report's title does (`2012年上半年…统计报告`).
  if (y.year === null && y.source === 'docDate' && w.titleYear) y = { year: w.titleYear, source: 'title' };
  // 2019年至2021年…分别为A、B及C: one item a year.
  if (w.list && y.period && y.period.to - y.period.from + 1 === w.list.length) {
    return { ...y, year: y.period.from + w.list.index, period: undefined, source: 'period' };
  }
  return y;
}

function attribute(w: YearWindows, inheritParagraph: boolean): YearInfo {
  const inClause = w.clauseTimes;
  if (inClause.length) {
    // A time attached right before the figure wins (由A增加到B).
    const last = inClause[inClause.length - 1];
    if (inClause.length > 1 && /^\s*(?:的|底|末|末的|底的|年末|共|达|达到|为)?\s*$/.test(w.gapAfterLast)) return info(last);
    return info(inClause[0]);
  }
  const inSentence = w.sentenceTimes;
  if (inSentence.length) {
    const t = inSentence[inSentence.length - 1];
    // 2017年至2022年,…由2.9万件增加到6.8万件: A is the period's start.
    if (t.period && /(?:由|从)\s*$/.test(w.clause)) return { ...info(t), year: t.period.from };
    return info(t);
  }
  if (!inheritParagraph) return { year: null };
  // A deadline (到2025年) carries over only when it opens the paragraph.
  const inParagraph = w.paragraphTimes.filter((t) => (t.frame || t.kind === 'since') && (!t.deadline || w.opensParagraph(t) || w.opensStep?.(t) === true));
  if (inParagraph.length) {
    const t = inParagraph[inParagraph.length - 1];
    return { ...info(t), source: t.kind === 'relative' ? 'docDate' : 'context' };
  }
  if (w.section) return { ...info(w.section), source: 'context' };
  if (w.titleYear) return { year: w.titleYear, source: 'title' };
  const sole = w.soleYear?.();
  if (sole) return { year: sole, source: 'context' };
  return { year: null };
}

/**
 * The one year a document speaks of: every time that opens a clause (years,
 * 截至…, 今年/上半年 resolved through its date) falls in that same year, its
 * title names no other, and it names no goal year after its own (到2025年) nor
 * a span of years. Years only compared with (比2020年增长) do not count.
 * A news item on one period's figures states it in its headline and lead; its
 * later paragraphs are about the same period. Anything else gets none.
 * Found for each paragraph from the paragraphs up to it (a flow's year; a
 * stock takes the whole document's).
 */
const NUMERIC_DATE = /^\d{4}\s*[-/.]\s*\d/;
const NUMBERED_POINT = /^\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d))/;

export function soleYearsOf(doc: DocContext): (number | null)[] {
  const named = doc.meta.docTitle ? findTimes(normalizeForMatching(doc.meta.docTitle), doc.docYear, doc.meta.docDate, doc.roc).map((t) => t.year) : [];
  const n = Math.min(doc.structure.paragraphStarts.length, 400);
  const out: (number | null)[] = [];
  let year: number | null = null;
  let dead = false;
  for (let k = 0; k < n; k++) {
    for (const t of dead ? [] : doc.paragraphTimes(k)) {
      if (t.year === null) continue;
      // A page's date line (`发布日期:2018-01-19`) dates the page, not the figures.
      if (NUMERIC_DATE.test(doc.norm.slice(t.index, t.end))) continue;
      // A goal year beyond the document's own (到2025年) makes it a plan; 年底前 of its own year does not.
      if ((t.deadline && (doc.docYear === null || t.year > doc.docYear)) || t.kind === 'since' || (t.period && t.period.from !== t.period.to)) dead = true;
      // Only times that open a clause set a frame; a year compared with (比2020年, 相比于上年) does not.
      else if (!t.frame) continue;
      else if (year === null) year = t.year;
      else if (t.year !== year) dead = true;
      if (dead) break;
    }
    out.push(!dead && year !== null && named.every((y) => y === year) ? year : null);
  }
  return out;
}


/** The times that lie wholly in [from, to). */
function timesIn(times: TimeExpr[], from: number, to: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = firstAtOrAfter(times, from, (t) => t.index); i < times.length && times[i].index < to; i++) if (times[i].end <= to) out.push(times[i]);
  return out;
}

/** Where a figure stands in a `分别为A、B及C` list. */
function listPosition(clause: string, after: string): { index: number; length: number } | undefined {
  const k = clause.lastIndexOf('分别');
  if (k < 0) return undefined;
  const index = clause.slice(k).split(MASK).length - 1;
  const more = /^(?:[、和及与]\uE000)*/.exec(after)![0].length / 2;
  return { index, length: index + 1 + more };
}

/**
 * The document's one year for this figure: always for a flow (contracts, filings: levels of
 * their year); for a stock (alliances, valid patents, a fund's size) only when the document is
 * dated or its headline names the year — an undated text's stock may stand at any time.
 */
function soleYearFor(doc: DocContext, f: Figure): () => number | null {
  return () => {
    // A flow takes the one year of the paragraphs up to it (a page that goes on with other news keeps
    // its article's year); a stock only the whole document's.
    // A numbered point (`二是…`, `(三)`) does not go on with a year an earlier point named.
    const stock = f.hit?.rule.stock === true;
    const pStart = doc.structure.paragraphStarts[f.group.paragraph];
    const whole = stock || NUMBERED_POINT.test(doc.norm.slice(pStart, pStart + 12));
    const y = doc.soleYear(whole ? Number.MAX_SAFE_INTEGER : f.group.paragraph);
    if (y === null || !stock || doc.meta.docDate) return y;
    return titleNamesATime(doc) ? y : null;
  };
}

/** Whether the document's title names a time (found once a document). */
const titled = new WeakMap<DocContext, boolean>();
function titleNamesATime(doc: DocContext): boolean {
  let v = titled.get(doc);
  if (v === undefined) {
    v = doc.meta.docTitle ? findTimes(normalizeForMatching(doc.meta.docTitle), doc.docYear, doc.meta.docDate, doc.roc).length > 0 : false;
    titled.set(doc, v);
  }
  return v;
}

/** Where the sentence at `start` begins when sentences before it in the paragraph end in `;` (one sentence for its times). */
function semicolonChainStart(doc: DocContext, start: number, pStart: number): number {
  const { norm, structure } = doc;
  let s = start;
  for (let guard = 0; guard < 8 && s > pStart; guard++) {
    let e = s;
    while (e > pStart && (norm[e - 1] === ' ' || norm[e - 1] === '\n')) e--;
    if (norm[e - 1] !== ';') break;
    const k = indexAt(structure.sentenceStarts, e - 1);
    const prev = Math.max(pStart, structure.sentenceStarts[k]);
    if (prev >= s) break;
    s = prev;
  }
  return s;
}

/** The year of a figure in prose: its clause, sentence, paragraph, section, the report's title. */
function proseYear(doc: DocContext, f: Figure): YearInfo {
  const { norm, structure } = doc;
  const g = f.group;
  const pStart = structure.paragraphStarts[g.paragraph];
  const pTimes = doc.paragraphTimes(g.paragraph);
  const clauseTimes = timesIn(pTimes, f.clauseStart, f.q.start);
  const section = doc.sectionAt(f.q.start);
  // Standing rules (每家每年给予…) do not continue the paragraph's time.
  const standing = f.per !== undefined;
  return attributeYear(
    {
      clauseTimes,
      gapAfterLast: clauseTimes.length ? norm.slice(clauseTimes[clauseTimes.length - 1].end, f.q.start) : '',
      // (a goal year of an earlier `;` sentence, 到2026年, is that sentence's own)
      sentenceTimes: [...timesIn(pTimes, semicolonChainStart(doc, g.start, pStart), g.start).filter((t) => !t.deadline), ...timesIn(pTimes, g.start, f.clauseStart)],
      paragraphTimes: timesIn(pTimes, pStart, g.start),
      opensParagraph: (t) => norm.slice(pStart, t.index).trim().length <= 1,
      opensStep: (t) => doc.cues.re.plan_step.test(norm.slice(Math.max(pStart, t.index - 12), t.index)),
      clause: f.window.clause,
      section: standing ? null : section.time,
      titleYear: standing ? null : doc.reportYear,
      soleYear: standing ? undefined : soleYearFor(doc, f),
      list: listPosition(f.window.clause, f.window.after),
    },
    !standing,
  );
}

/** The year of a table cell: the table's title, the text before the table, the section. */
function rowYear(doc: DocContext, f: Figure): YearInfo {
  if (f.columnYear !== undefined) return { year: f.columnYear, source: 'clause' };
  const g = f.group;
  const title = g.title ?? '';
  const from = g.tableStart ?? g.start;
  // `2022年上半年…情况`: a title's explicit year wins over its relative words.
  const times = findTimes(title, doc.docYear, doc.meta.docDate, doc.roc);
  const explicit = times.filter((t) => t.kind !== 'relative');
  return attributeYear({
    clauseTimes: explicit.length ? explicit : times,
    gapAfterLast: '',
    sentenceTimes: [],
    paragraphTimes: doc.timesBefore(from, 3),
    opensParagraph: () => false,
    clause: title,
    section: doc.sectionAt(from).time,
    titleYear: doc.reportYear,
    soleYear: soleYearFor(doc, f),
  });
}

export const year: Stage = (doc, group) => {
  for (const f of group.figures) {
    if (!isCandidate(doc, f)) continue;
    f.year = group.kind === 'row' ? rowYear(doc, f) : proseYear(doc, f);
    // The base of a comparison has the year it names, or the year before its figure's (上年).
    const base = baseYearOf(f, group.figures);
    if (base !== undefined) f.year = base === null ? { year: null } : { year: base, source: 'clause' };
  }
};
