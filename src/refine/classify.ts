/**
 * A figure's own words: the rule whose label words stand closest to it
 * (src/rules/classify.ts). Growth rates are not classified; table cells were
 * classified by their column header when the row was read.
 */
import { classify } from '../rules/classify.js';
import type { Stage } from '../model/figures.js';

export const ownWords: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) if (!f.rate) f.hit = classify(f.q, f.window, doc.rules.rules);
};
