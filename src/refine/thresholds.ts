/**
 * A threshold that picks out a group is not a level: `成交额超过1亿元的技术转移
 * 服务机构`, `在5000万元以上的服务机构` describe which institutions, not how
 * much; nor is the spread of single amounts (`10万至50万元不等`). Cues:
 * `threshold_group`, `threshold_verb`, `spread`.
 */
import type { Quantity } from '../record/types.js';
import type { Cues } from '../rules/cues.js';
import type { Stage } from '../model/figures.js';

export function isThreshold(q: Quantity, clause: string, after: string, cues: Cues): boolean {
  // `…的技术转移服务机构` picks a group; `最高300万元的项目资助` is money given.
  if (!cues.re.threshold_group.test(after)) return false;
  return q.qualifier === 'over' || q.qualifier === 'under' || cues.re.threshold_verb.test(clause);
}

export const thresholds: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) {
    if (f.dropped) continue;
    if (isThreshold(f.q, f.window.clause, f.window.after, doc.cues)) f.dropped = 'a threshold that picks out a group';
    // `向6家企业投资130万至1800万元不等`: how single amounts spread, not how much in all.
    else if (doc.cues.re.spread.test(f.window.after)) f.dropped = 'the spread of single amounts (…不等)';
  }
};
