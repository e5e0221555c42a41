/**
 * Growth rates that belong to a figure: `同比增长13.8%` after a figure, and
 * `同比分别增长13.8%和31.2%` after two figures (one each, in order).
 */
const GROWTH_WORD = /(?:增长|增加|提高|上升|增|下降|减少|降低|回落|成长|增幅(?:达到?|为)?|增速(?:达到?|为)?)(?:了)?\s*$/;
const NEGATIVE = /(?:下降|减少|降低|回落)(?:了)?\s*$/;
const LIST_JOIN = /^\s*[和、及与,]\s*$/;

export interface GrowthLink {
  /** Index of the growth percent among the sentence's figures. */
  from: number;
  /** Index of the figure it belongs to. */
  to: number;
  percent: number;
}

/**
 * `figures` are the sentence's figures in order, each with its kind, its
 * clause text before it (figures masked) and the text between it and the
 * previous figure.
 */
export function linkGrowth(
  figures: { kind: string; value: number; clause: string; gap: string }[],
): { links: GrowthLink[]; growth: Set<number> } {
  const links: GrowthLink[] = [];
  const growth = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind !== 'percent' || !GROWTH_WORD.test(f.clause)) continue; // 个百分点 are not a rate
    const sign = NEGATIVE.test(f.clause) ? -1 : 1;
    const group = [i];
    while (group[group.length - 1] + 1 < figures.length) {
      const j = group[group.length - 1] + 1;
      if (figures[j].kind !== 'percent' || !LIST_JOIN.test(figures[j].gap)) break;
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
