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
  /** The previous sentence of the paragraph: `context` words may stand there too. */
  previous?: string;
  /** Which packs' keywords occur in `previous` (shared by the figures of a sentence). */
  previousNear?: Map<RegExp, boolean>;
}

export interface Classified {
  rule: CompiledRule;
  /** How far the label ends from the figure (smaller is closer). */
  distance: number;
  /** Which of the rule's match patterns fired (an index into `rule.match`). */
  match: number;
}

/**
 * How much of the text before a figure a label can span (gaps and list
 * items are bounded); patterns only see this tail, so a long sentence costs
 * no more than a short one.
 */
const REACH = 64;
/** Label words after a figure are within this many characters. */
const AFTER = 40;

/** Which packs' keywords are near the figure being classified: a few entries, reset per call (no Map or closure per figure). */
const nearRe: RegExp[] = [];
const nearVal: boolean[] = [];

function isNear(re: RegExp, before: string, after: string, w: FigureWindow): boolean {
  for (let i = 0; i < nearRe.length; i++) if (nearRe[i] === re) return nearVal[i];
  let v = re.test(before) || re.test(after);
  if (!v && w.previous) {
    // Shared by the figures of a sentence.
    const known = w.previousNear?.get(re);
    if (known === undefined) {
      v = re.test(w.previous);
      w.previousNear?.set(re, v);
    } else v = known;
  }
  nearRe.push(re);
  nearVal.push(v);
  return v;
}

export function classify(q: Quantity, w: FigureWindow, rules: CompiledRule[]): Classified | null {
  let best: Classified | null = null;
  const whole = w.before;
  const before = whole.length > REACH ? whole.slice(-REACH) : whole;
  const after = w.after.length > AFTER ? w.after.slice(0, AFTER) : w.after;
  const previous = w.previous;
  // A pack whose keywords are nowhere near the figure cannot match: test each pack once.
  nearRe.length = 0;
  nearVal.length = 0;
  for (const rule of rules) {
    if (rule.unit !== q.kind) continue;
    if (rule.measures && !rule.measures.has(q.measure)) continue;
    if (rule.keywords && !isNear(rule.keywords, before, after, w)) continue;
    let distance = Infinity;
    let fired = -1;
    const match = rule.match;
    for (let j = 0; j < match.length; j++) {
      const m = match[j];
      let d = 0;
      if (m.beforeNeedle && before.indexOf(m.beforeNeedle) < 0) continue;
      if (m.afterNeedle && after.indexOf(m.afterNeedle) < 0) continue;
      if (m.before) {
        const hit = m.before.exec(before);
        if (!hit) continue;
        d = before.length - hit.index;
      }
      if (m.after && !m.after.test(after)) continue;
      if (m.context && !m.context.test(whole) && !(previous && m.context.test(previous))) continue;
      if (m.within && !m.within.test(whole)) continue;
      if (d < distance) {
        distance = d;
        fired = j;
      }
    }
    if (distance === Infinity) continue;
    if (rule.not && rule.not.test(w.clause)) continue;
    // A user's rule wins over a built-in one; then the closest label; then the earlier rule.
    if (!best || (rule.user && !best.rule.user) || (rule.user === best.rule.user && distance < best.distance)) best = { rule, distance, match: fired };
  }
  return best;
}
