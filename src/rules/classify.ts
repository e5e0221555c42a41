/**
 * Decide which indicator a figure states: try every compiled rule on the
 * words around the figure and keep the one whose label ends closest to it
 * (earlier rules win a tie).
 */
import type { Quantity } from '../types.js';
import type { CompiledRule } from './compile.js';

/** The words around one figure, with earlier and later figures masked. */
export interface FigureWindow {
  /** Sentence text from its start to the figure (normalised, figures masked). */
  before: string;
  /** Sentence text from the figure to the sentence end (normalised, figures masked). */
  after: string;
  /** The part of `before` after the last clause delimiter. */
  clause: string;
  /** Where `context` words are looked for: the previous sentence of the paragraph and `before`. */
  context?: string;
}

export interface Classified {
  rule: CompiledRule;
  /** How far the label ends from the figure (smaller is closer). */
  distance: number;
}

export function classify(q: Quantity, w: FigureWindow, rules: CompiledRule[]): Classified | null {
  let best: Classified | null = null;
  for (const rule of rules) {
    if (rule.unit !== q.kind) continue;
    if (rule.measures && !rule.measures.has(q.measure)) continue;
    let distance = Infinity;
    for (const m of rule.match) {
      let d = 0;
      if (m.before) {
        const hit = m.before.exec(w.before);
        if (!hit) continue;
        d = w.before.length - hit.index;
      }
      if (m.after && !m.after.test(w.after)) continue;
      if (m.context && !m.context.test(w.context ?? w.before)) continue;
      if (d < distance) distance = d;
    }
    if (distance === Infinity) continue;
    if (rule.not && rule.not.test(w.clause)) continue;
    if (!best || distance < best.distance) best = { rule, distance };
  }
  return best;
}
