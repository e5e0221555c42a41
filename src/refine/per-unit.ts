/** Per-unit amounts: `每家每年给予100万元` is per [家, 年] (cue `per_unit`). */
import type { Cues } from '../rules/cues.js';
import type { Stage } from '../model/figures.js';

const global = new WeakMap<Cues, RegExp>();

export function perUnits(clause: string, cues: Cues): string[] | undefined {
  if (clause.indexOf("每") < 0) return undefined;
  let re = global.get(cues);
  if (!re) global.set(cues, (re = new RegExp(cues.source.per_unit, 'gu')));
  const out: string[] = [];
  for (const m of clause.matchAll(re)) {
    const unit = m.slice(1).find((g) => g !== undefined);
    if (unit && !out.includes(unit)) out.push(unit);
  }
  return out.length ? out : undefined;
}

export const perUnit: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  for (const f of group.figures) f.per = perUnits(f.window.clause, doc.cues);
};
