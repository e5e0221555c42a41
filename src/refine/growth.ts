/**
 * Growth rates that belong to a figure: `同比增长13.8%` after a figure, and
 * `同比分别增长13.8%和31.2%` after two figures (one each, in order). A rate is
 * never a record of its own. Cues: `growth`, `decline`, `list_join`, `change`.
 */
import type { Cues } from '../rules/cues.js';
import type { Stage } from '../model/figures.js';
import { isChange } from './changes.js';

export interface GrowthLink {
  /** Index of the growth percent among the sentence's figures. */
  from: number;
  /** Index of the figure it belongs to. */
  to: number;
  percent: number;
}

type Kind = 'percent' | 'points' | 'change' | string;

/**
 * `figures` are the sentence's figures in order, each with its kind, its
 * clause text before it (figures masked) and the text between it and the
 * previous figure.
 */
export function linkGrowth(figures: { kind: Kind; value: number; clause: string; gap: string }[], cues: Cues): { links: GrowthLink[]; growth: Set<number> } {
  const links: GrowthLink[] = [];
  const growth = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind !== 'percent' || !cues.re.growth.test(f.clause)) continue; // 个百分点 are not a rate
    const sign = cues.re.decline.test(f.clause) ? -1 : 1;
    const group = [i];
    while (group[group.length - 1] + 1 < figures.length) {
      const j = group[group.length - 1] + 1;
      if (figures[j].kind !== 'percent' || !cues.re.list_join.test(figures[j].gap)) break;
      group.push(j);
    }
    for (const g of group) growth.add(g);
    const respective = /分别/.test(f.clause);
    // The levels the rates belong to: the nearest earlier figures that are not rates.
    const targets: number[] = [];
    for (let k = i - 1; k >= 0 && targets.length < (respective ? group.length : 1); k--) {
      // Rates, percentage points and changes (`较上年增加120亿元,增长10.4%`) are passed over.
      if (!growth.has(k) && !['percent', 'points', 'change'].includes(figures[k].kind)) targets.unshift(k);
    }
    if (respective && targets.length === group.length) {
      group.forEach((g, n) => links.push({ from: g, to: targets[n], percent: sign * figures[g].value }));
    } else if (!respective && targets.length === 1) {
      links.push({ from: i, to: targets[0], percent: sign * f.value });
    }
    i = group[group.length - 1];
  }
  return { links, growth };
}

/** Mark the sentence's growth rates and give each its figure's `growth`. */
export const rates: Stage = (doc, group) => {
  if (group.kind !== 'sentence') return;
  const figs = group.figures;
  const { links, growth } = linkGrowth(
    figs.map((f, i) => ({
      kind: f.q.measure === '个百分点' ? 'points' : f.q.kind !== 'percent' && isChange(f.window.clause, doc.cues) ? 'change' : f.q.kind,
      value: f.q.value,
      clause: f.window.clause,
      gap: group.masked.slice(i ? figs[i - 1].at + 1 : 0, f.at),
    })),
    doc.cues,
  );
  for (const i of growth) {
    figs[i].rate = 'growth';
    figs[i].dropped = 'a growth rate of another figure';
  }
  for (const l of links) figs[l.to].growth ??= l.percent;
};
