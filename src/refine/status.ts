/**
 * Target or actual: goals, plans and projections are targets (力争, 目标,
 * 预计, 计划, 拟, 将, 有望, 到2025年…), and so is any figure for a year after
 * the document's own, a figure under a plan heading, and a figure without a
 * year in a plan (not under a heading about what was done, a plan's review). Cues: `target`, `target_after`.
 */
import type { Status } from '../record/types.js';
import type { Cues } from '../rules/cues.js';
import { isCandidate, type Stage } from '../model/figures.js';

export interface StatusClues {
  /** A goal word stands before the figure in its sentence. */
  cueBefore: boolean;
  /** The text after the figure. */
  after: string;
  year: number | null;
  docYear: number | null;
  /** The year was a 到/至 20XX年 deadline. */
  deadline?: boolean;
  /** The document is a plan. */
  planDoc?: boolean;
  /** The figure stands under a plan heading. */
  planSection?: boolean;
  /** The figure stands under a heading about what was done (a plan's review of the years before). */
  pastSection?: boolean;
}

export function decideStatus(c: StatusClues, cues: Cues): Status {
  if (c.deadline) return 'target';
  if (c.planDoc && c.year === null && !c.pastSection) return 'target';
  if (c.planSection && (c.year === null || c.docYear === null || c.year >= c.docYear)) return 'target';
  if (c.cueBefore) return 'target';
  if (cues.re.target_after.test(c.after)) return 'target';
  if (c.year !== null && c.docYear !== null && c.year > c.docYear) return 'target';
  return 'actual';
}

export const status: Stage = (doc, group) => {
  const { cues } = doc;
  let cue = -2; // where the sentence's first goal word stands (-1: none), found on first use
  for (const f of group.figures) {
    if (!isCandidate(doc, f)) continue;
    let cueBefore: boolean;
    if (group.kind === 'row') cueBefore = cues.re.target.test(group.title ?? '');
    else {
      if (cue === -2) cue = group.masked.search(cues.re.target);
      cueBefore = cue >= 0 && cue < f.at;
    }
    const section = doc.sectionAt(group.kind === 'row' ? (group.tableStart ?? group.start) : f.q.start);
    f.status = decideStatus(
      {
        cueBefore,
        after: group.kind === 'row' ? '' : f.window.after,
        year: f.year.year,
        docYear: doc.docYear,
        deadline: f.year.deadline,
        planDoc: doc.planDoc,
        planSection: section.plan,
        pastSection: section.past,
      },
      cues,
    );
  }
};
