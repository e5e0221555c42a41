/**
 * Patterns that could hang the extractor are refused when a pack loads.
 *
 * Every pattern is checked with recheck's automaton checker (deterministic:
 * the same verdict on a busy machine, which its fuzzer does not promise),
 * placeholders expanded, anchored the way the extractor runs it:
 *   - `before` and `after` read at most 64 / 40 characters around a figure, so
 *     only exponential backtracking can hang them. They are checked as
 *     `(?:P)$` / `^(?:P)` with bounded repetitions over 3 made unbounded
 *     ({g} → `[^…]*?`): that keeps the automaton small and only adds ways to match;
 *   - `context`, `within` and `not` read whole sentences (thousands of
 *     characters in a flattened table): checked as written, and polynomial
 *     backtracking of degree 3 or more is refused too.
 * Lookarounds are taken out and checked on their own.
 * Verdicts are stored by a hash of what was checked: the built-in packs' are
 * computed at build time (packs/redos-verdicts.json), a user's may be kept in
 * a store the caller provides, so the checker runs only for new patterns.
 */
import { createHash } from 'node:crypto';
import { expand, patternPlace, type CompiledRule, type PatternField } from './compile.js';
import { relaxBounds, withoutLookarounds } from './regex-shape.js';

/** Part of every key: a change of checker or of how patterns are prepared checks them again. */
const METHOD = 'recheck-automaton/relaxed-3/v1';

/** A recheck verdict: `safe`, `exponential`, `polynomialN`, or `unknown` (timeout, unsupported syntax). */
export interface Verdict {
  verdict: string;
  /** A text on which the pattern backtracks (for vulnerable patterns), shortened. */
  example?: string;
}

export interface VerdictStore {
  get(key: string): Verdict | undefined;
  set(key: string, v: Verdict): void;
}

/** One pattern of a pack, as the user wrote it and as it is checked. */
export interface PackPattern {
  /** `pack.yaml:12: rule.id.match[0].before` */
  place: string;
  field: PatternField;
  /** As written in the pack (placeholders unexpanded). */
  pattern: string;
  /** What recheck is given (the pattern, then each lookaround's body), with their store keys. */
  probes: { source: string; key: string }[];
}

const WHOLE_SENTENCE: ReadonlySet<PatternField> = new Set(['context', 'within', 'not']);

/** The sources recheck is given for one pattern: the pattern itself and each lookaround's body. */
export function probeSources(field: PatternField, pattern: string): string[] {
  const window = !WHOLE_SENTENCE.has(field);
  const { rest, lookarounds } = withoutLookarounds(expand(pattern, 'pattern'));
  const main = field === 'before' ? `(?:${rest})$` : field === 'after' ? `^(?:${rest})` : rest;
  const all = [main, ...lookarounds.map((l) => (l.dir === 'ahead' ? `^(?:${l.body})` : `(?:${l.body})$`))];
  return window ? all.map((s) => relaxBounds(s)) : all;
}

export function patternKey(field: PatternField, source: string): string {
  const where = WHOLE_SENTENCE.has(field) ? 'sentence' : 'window';
  return createHash('sha256').update(`${METHOD}\0${where}\0${source}`).digest('hex').slice(0, 32);
}

/** Every pattern of these rules, in order. */
export function packPatterns(rules: CompiledRule[]): PackPattern[] {
  const out: PackPattern[] = [];
  const add = (r: CompiledRule, field: PatternField, pattern: string, line: number, path: string) => {
    const probes = probeSources(field, pattern).map((source) => ({ source, key: patternKey(field, source) }));
    out.push({ place: patternPlace(r.pack, line, path), field, pattern, probes });
  };
  for (const r of rules) {
    r.match.forEach((m, j) => {
      for (const f of ['before', 'after', 'context', 'within'] as const) {
        const p = m.spec[f];
        if (p !== undefined) add(r, f, p, m.lines[f] ?? m.lines.line, `${r.id}.match[${j}].${f}`);
      }
    });
    if (r.source.not) add(r, 'not', r.source.not, r.notLine || r.line, `${r.id}.not`);
  }
  return out;
}

/** Why a verdict refuses a pattern in this field, or null when it is accepted. */
export function refusal(field: PatternField, v: Verdict): string | null {
  if (v.verdict === 'exponential') return 'exponential backtracking';
  const degree = /^polynomial(\d+)$/.exec(v.verdict);
  if (degree && WHOLE_SENTENCE.has(field) && Number(degree[1]) >= 3) {
    return `polynomial backtracking (degree ${degree[1]}) in a pattern that reads whole sentences`;
  }
  return null;
}

/** The one-line message for a refused pattern: the pack, line, rule and the pattern as written. */
export function refusalMessage(p: PackPattern, v: Verdict, why: string): string {
  const on = v.example ? ` on text like ${JSON.stringify(v.example)}` : '';
  return `${p.place}: unsafe pattern ${JSON.stringify(p.pattern)}: ${why}${on} could hang the extractor; rewrite it so that no part can match the same text in two ways (no nested repetition such as (?:a+)+)`;
}

const SHORT = 24;

/** Checks at a time: each gets its own timeout, which a crowd of parallel checks would eat up. */
const PARALLEL = 2;

/** Run recheck on sources, a few at a time (its native checker runs each on its own thread). */
async function runChecker(sources: string[]): Promise<Verdict[]> {
  const { check } = await import('recheck');
  const one = async (s: string): Promise<Verdict> => {
    const d = await check(s, 'u', { checker: 'automaton', timeout: 10_000 });
    if (d.status === 'safe') return { verdict: 'safe' };
    if (d.status === 'unknown') return { verdict: 'unknown' };
    const c = d.complexity;
    const verdict = c.type === 'exponential' ? 'exponential' : `polynomial${c.degree}`;
    const a = d.attack.string;
    return { verdict, example: a.length > SHORT ? `${a.slice(0, SHORT)}…` : a };
  };
  const out: Verdict[] = new Array(sources.length);
  let next = 0;
  const lane = async () => {
    while (next < sources.length) {
      const i = next++;
      out[i] = await one(sources[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, sources.length) }, lane));
  return out;
}

export interface CheckResult {
  /** One message per refused pattern. */
  refused: string[];
  /** Patterns the checker could not decide (the time budget still guards them). */
  undecided: string[];
}

/**
 * Check patterns, reading verdicts from the stores first (the first store
 * that has one wins) and writing new ones to `save`.
 */
export async function checkPatterns(patterns: PackPattern[], stores: VerdictStore[], save?: VerdictStore): Promise<CheckResult> {
  const verdicts = new Map<string, Verdict>();
  const missing = new Map<string, string>();
  for (const p of patterns) {
    for (const { source, key } of p.probes) {
      const v = stores.map((s) => s.get(key)).find((x) => x !== undefined);
      if (v) verdicts.set(key, v);
      else missing.set(key, source);
    }
  }
  if (missing.size) {
    const keys = [...missing.keys()];
    const found = await runChecker([...missing.values()]);
    keys.forEach((k, i) => {
      verdicts.set(k, found[i]);
      // `unknown` is mostly a timeout, which depends on the machine's load: ask again next time.
      if (found[i].verdict !== 'unknown') save?.set(k, found[i]);
    });
  }
  const refused: string[] = [];
  const undecided: string[] = [];
  for (const p of patterns) {
    const vs = p.probes.map((q) => verdicts.get(q.key)!);
    const bad = vs.map((v) => ({ v, why: refusal(p.field, v) })).find((x) => x.why !== null);
    if (bad) refused.push(refusalMessage(p, bad.v, bad.why!));
    else if (vs.some((v) => v.verdict === 'unknown')) {
      undecided.push(`${p.place}: the pattern ${JSON.stringify(p.pattern)} could not be checked for slow backtracking (the time budget still applies)`);
    }
  }
  return { refused, undecided };
}

/** A store over a plain object (a JSON file's contents). */
export function objectStore(data: Record<string, Verdict>): VerdictStore {
  return {
    get: (k) => (Object.hasOwn(data, k) ? data[k] : undefined),
    set: (k, v) => {
      data[k] = v;
    },
  };
}
