/**
 * Which year a figure refers to, in the spec's order: a time in the figure's
 * own clause; else the last frame (a time that starts a clause) earlier in
 * the sentence; else the last frame earlier in the paragraph; else null.
 * `由2009年的12家增加到2018年的35家`: a year written right before a figure
 * (`2018年的`, `2018年底达`) belongs to that figure.
 */
import type { Period, YearSource } from '../types.js';
import { findTimes, type TimeExpr } from './time.js';

export interface YearInfo {
  year: number | null;
  period?: Period;
  asOf?: string;
  source?: YearSource;
  /** The time was a 到/至 20XX年 deadline. */
  deadline?: boolean;
}

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
  /** Paragraph text before the sentence. */
  paragraph: string;
  /** Sentence text before the figure's clause. */
  sentence: string;
  /** The figure's clause up to the figure. */
  clause: string;
}

export function attributeYear(w: YearWindows, docYear: number | null, docDate: string | null): YearInfo {
  const inClause = findTimes(w.clause, docYear, docDate);
  if (inClause.length) {
    // A time attached right before the figure wins (由A增加到B).
    const last = inClause[inClause.length - 1];
    const gap = w.clause.slice(last.end);
    if (inClause.length > 1 && /^\s*(?:的|底|末|末的|底的|年末|共|达|达到|为)?\s*$/.test(gap)) return info(last);
    return info(inClause[0]);
  }
  const framesIn = (text: string) => findTimes(text, docYear, docDate).filter((t) => t.frame);
  const inSentence = framesIn(w.sentence);
  if (inSentence.length) return info(inSentence[inSentence.length - 1]);
  const inParagraph = framesIn(w.paragraph);
  if (inParagraph.length) {
    const t = inParagraph[inParagraph.length - 1];
    return { ...info(t), source: t.kind === 'relative' ? 'docDate' : 'context' };
  }
  return { year: null };
}
