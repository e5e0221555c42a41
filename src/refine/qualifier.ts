/**
 * Qualifiers said around a figure rather than inside its span: `上限为150万港元`,
 * `最高可达5000万元` (a cap: under), `至少为…` (a floor: over). Cues: `cap`, `floor`.
 */
import type { Qualifier, Quantity } from '../record/types.js';
import type { Cues } from '../rules/cues.js';
import type { Stage } from '../model/figures.js';

export function contextQualifier(q: Quantity, clause: string, cues: Cues): Qualifier {
  if (q.qualifier !== 'exact') return q.qualifier;
  if (cues.re.cap.test(clause)) return 'under';
  if (cues.re.floor.test(clause)) return 'over';
  return q.qualifier;
}

export const qualifier: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) f.qualifier = contextQualifier(f.q, f.window.clause, doc.cues);
};
