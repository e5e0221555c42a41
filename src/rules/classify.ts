/**
 * Decide which indicator a figure states: try every compiled rule on the
 * words around the figure and keep the one whose label ends closest to it
 * (earlier rules win a tie).
 */
import type { Quantity } from '../record/types.js';
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

/**
 * What classify needs of a rule list, computed once per list: the rules a
 * quantity of each kind and measure can match (in order), and each match
 * pattern's needles as small numbers, so that a needle shared by several
 * patterns (技术, 专利) is looked for once per figure.
 */
interface Prepared {
  byMeasure: Map<string, CompiledRule[]>;
  /** Per rule (by position in the list), per match: the needle's number, or -1. */
  beforeIds: Map<CompiledRule, Int32Array>;
  afterIds: Map<CompiledRule, Int32Array>;
  needles: string[];
}

const prepared = new WeakMap<CompiledRule[], Prepared>();

function prepare(rules: CompiledRule[]): Prepared {
  const needles: string[] = [];
  const idOf = (w: string | undefined) => {
    if (!w) return -1;
    const k = needles.indexOf(w);
    return k >= 0 ? k : needles.push(w) - 1;
  };
  const beforeIds = new Map<CompiledRule, Int32Array>();
  const afterIds = new Map<CompiledRule, Int32Array>();
  for (const r of rules) {
    beforeIds.set(r, Int32Array.from(r.match, (m) => idOf(m.beforeNeedle)));
    afterIds.set(r, Int32Array.from(r.match, (m) => idOf(m.afterNeedle)));
  }
  return { byMeasure: new Map(), beforeIds, afterIds, needles };
}

/** Per figure: 0 not yet looked for, 1 found, 2 absent (before and after windows apart). */
let seenBefore = new Uint8Array(64);
let seenAfter = new Uint8Array(64);

function rulesFor(p: Prepared, rules: CompiledRule[], kind: string, measure: string): CompiledRule[] {
  const key = kind + '\u0000' + measure;
  let list = p.byMeasure.get(key);
  if (!list) p.byMeasure.set(key, (list = rules.filter((r) => r.unit === kind && (!r.measures || r.measures.has(measure)))));
  return list;
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
  let p = prepared.get(rules);
  if (!p) prepared.set(rules, (p = prepare(rules)));
  // Rules may be changed in place (a user pattern wrapped for the time budget) but not added.
  if (p.needles.length > seenBefore.length) {
    seenBefore = new Uint8Array(p.needles.length);
    seenAfter = new Uint8Array(p.needles.length);
  } else {
    seenBefore.fill(0);
    seenAfter.fill(0);
  }
  const needles = p.needles;
  for (const rule of rulesFor(p, rules, q.kind, q.measure)) {
    if (rule.keywords && !isNear(rule.keywords, before, after, w)) continue;
    let distance = Infinity;
    let fired = -1;
    const match = rule.match;
    const bIds = p.beforeIds.get(rule)!;
    const aIds = p.afterIds.get(rule)!;
    for (let j = 0; j < match.length; j++) {
      const m = match[j];
      let d = 0;
      const b = bIds[j];
      if (b >= 0) {
        if (seenBefore[b] === 0) seenBefore[b] = before.indexOf(needles[b]) >= 0 ? 1 : 2;
        if (seenBefore[b] === 2) continue;
      }
      const a = aIds[j];
      if (a >= 0) {
        if (seenAfter[a] === 0) seenAfter[a] = after.indexOf(needles[a]) >= 0 ? 1 : 2;
        if (seenAfter[a] === 2) continue;
      }
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
