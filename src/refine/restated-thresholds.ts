/**
 * Thresholds restating a value are one quantity: in `突破400亿元,达到412.3亿元`
 * or `首次突破三百亿元大关,达386.52亿元` the threshold is folded into the exact
 * value (one record). A threshold stays a record of its own when no exact
 * value of the same quantity (indicator, year, status, region, part, phase)
 * that agrees with it stands in the same sentence (`技术合同成交额突破2万亿元`).
 */
import { isCandidate, type Figure, type Stage } from '../model/figures.js';

function sameQuantity(a: Figure, b: Figure): boolean {
  return (
    a.hit?.rule.id === b.hit?.rule.id &&
    a.year.year === b.year.year &&
    a.status === b.status &&
    (a.region ?? null) === (b.region ?? null) &&
    a.part === b.part &&
    a.phase === b.phase
  );
}

/**
 * Whether the exact value restates the threshold: at or over `突破X` (at or
 * under `不超过X`) and near it, within half as much again (a threshold that
 * restates a value is a round number just short of it; `不少于10个` beside
 * `50个` is another quantity).
 */
function agrees(threshold: Figure, exact: Figure): boolean {
  const t = threshold.q.value;
  const e = exact.q.value;
  return threshold.qualifier === 'over' ? e >= t && e <= t * 1.5 : e <= t && e * 1.5 >= t;
}

export const restatedThresholds: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const figs = group.figures.filter((f) => isCandidate(doc, f) && f.hit);
  for (const t of figs) {
    if (t.qualifier !== 'over' && t.qualifier !== 'under') continue;
    const exact = figs.find((e) => e !== t && !e.dropped && e.qualifier === 'exact' && sameQuantity(t, e) && agrees(t, e));
    if (exact) t.dropped = `a threshold restating ${exact.q.text}`;
  }
};
