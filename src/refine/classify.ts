/**
 * A figure's own words: the rule whose label words stand closest to it
 * (src/rules/classify.ts). Growth rates are not classified; table cells were
 * classified by their column header when the row was read. A count of
 * aspects, measures or tasks (cue `not_counted`) is none, and so is a figure
 * in a condition (cue `condition`).
 */
import { classify } from '../rules/classify.js';
import type { Stage } from '../model/figures.js';

export const ownWords: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const notCounted = doc.cues.re.not_counted;
  const condition = doc.cues.re.condition;
  for (const f of group.figures) {
    if (f.rate) continue;
    // `在组织形式、协同等10个方面`: a count of aspects or measures counts no indicator.
    if (f.q.kind === 'count' && notCounted.test(f.window.after)) continue;
    // `若该方案已对1家企业投资,…`: a figure in a condition is no fact (cue `condition`).
    if (condition.test(f.window.clause)) continue;
    f.hit = classify(f.q, f.window, doc.rules.rules);
  }
};
