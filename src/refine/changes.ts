/**
 * Changes are not levels: in `比去年底增长4710件`, `较上年增加30家` or
 * `净增2.3件` the figure is a difference, never the indicator's value
 * (`增加到`, `增至` and `新增` state levels and stay). Cues: `change`,
 * `change_list`.
 */
import type { Cues } from '../rules/cues.js';
import type { Stage } from '../model/figures.js';

export function isChange(clause: string, cues: Cues): boolean {
  return cues.re.change.test(clause) || cues.re.change_list.test(clause);
}

/**
 * Drop the figures that state a change; for a stock (alliances, valid patents,
 * sub-funds: `stock: true` in its pack), a new addition (`新增`, `新组建5个`)
 * is a change too, while `累计达58个` is the level.
 */
export const changes: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) {
    if (f.dropped) continue;
    if (isChange(f.window.clause, doc.cues)) f.dropped = 'a change, not a level';
    else if (f.hit?.rule.stock && doc.cues.re.new_addition.test(f.window.clause)) f.dropped = 'a new addition to a stock, not its level';
  }
};
