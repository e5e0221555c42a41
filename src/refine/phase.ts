/**
 * Fund phases: `总规模100亿元,首期规模30亿元,二期70亿元` are three fund.size
 * records; the phases carry `phase: 1` and `phase: 2`, the total none.
 * Cue: `phase` (its group is the phase number for 二期, 三期…).
 */
import { isCandidate, type Stage } from '../model/figures.js';

const DIGITS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export const phase: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) {
    if (!isCandidate(doc, f) || !f.hit || f.hit.rule.unit !== 'money' || !f.hit.rule.id.startsWith('fund.')) continue;
    const m = doc.cues.re.phase.exec(f.window.clause);
    if (m) f.phase = m[1] ? DIGITS[m[1]] : 1;
  }
};
