/**
 * Compile rule packs once: expand placeholders, build each RegExp a single
 * time, and report a bad pattern as an error naming the pack and rule.
 *
 * Placeholders (the closed vocabulary a pattern may use):
 *   {g}      a short gap inside the clause (up to 8 characters, no earlier figure)
 *   {G}      a longer gap inside the clause (up to 20 characters)
 *   {items}  earlier figures of a 、/和 list in the same clause
 *            (`申请发明专利279件、PCT国际专利` → the PCT figure keeps 申请)
 * A `before` pattern must end within 10 characters of the figure, in its clause
 * (`有效发明专利拥有量由2.9万件增加到6.8万件`: both figures keep the label).
 */
import type { QuantityKind } from '../record/types.js';
import type { MatchSpec, Rule, RulePack } from './schema.js';
import type { MatchLines, PackLines } from './lines.js';

export { MASK } from './mask.js';
const STOP = `\\uE000,;。!?\\n|`;
const PLACEHOLDERS: Record<string, string> = {
  g: `[^${STOP}]{0,8}?`,
  G: `[^${STOP}]{0,20}?`,
  // Each item ends at its figure (the gap holds no MASK), so a list splits into
  // items one way only; a separator inside the repetition (`\uE000[、和]?`)
  // would let every 、 go to either side: exponential backtracking on long lists.
  items: `(?:[^${STOP}]{0,13}?\\uE000)*[、和及与]?`,
};
// Up to 10 characters of verbs and adverbs between the label and the figure;
// `由A增加到B` lets B keep the label that stands before A.
// `分别为A、B及C`: the label before 分别 belongs to every item of the list.
const TAIL = `(?:[^${STOP}]{0,10}(?:(?:由|从)[^${STOP}]{0,8}?\\uE000[^${STOP}]{0,10})?|[^${STOP}]{0,8}?分别[^${STOP}]{0,4}?(?:\\uE000[、和及与]){1,8})$`;

export interface CompiledMatch {
  /** The patterns as the pack states them (placeholders unexpanded). */
  spec: MatchSpec;
  /** Where the match item and each of its patterns stand in the pack (1-based; 0 when unknown). */
  lines: MatchLines;
  before?: RegExp;
  after?: RegExp;
  context?: RegExp;
  within?: RegExp;
  /** Words the `before` / `after` pattern cannot match without: tested first, cheaply. */
  beforeNeedle?: string;
  afterNeedle?: string;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The longest run of Chinese characters that every match of a pattern must
 * contain (outside groups, alternations and optional parts), or undefined.
 * Looking for it with `includes` before running the pattern skips most rules
 * at almost no cost.
 */
export function requiredWord(src: string): string | undefined {
  let depth = 0;
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      end();
      i++;
      continue;
    }
    if (c === '(' || c === '[') {
      end();
      if (c === '[') {
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      } else depth++;
      continue;
    }
    if (c === ')') {
      end();
      depth--;
      continue;
    }
    if (c === '|' && depth === 0) return undefined;
    if (depth === 0 && CJK.test(c)) {
      const next = src[i + 1];
      const optional = next === '?' || next === '*' || (next === '{' && /^\{\d*,?\d*\}/.test(src.slice(i + 1)) && /^\{0/.test(src.slice(i + 1)));
      if (optional) end();
      else run += c;
      continue;
    }
    end();
  }
  end();
  return best.length >= 2 ? best : undefined;
}

export interface CompiledRule {
  id: string;
  label: string;
  unit: QuantityKind;
  measures: Set<string> | null;
  match: CompiledMatch[];
  not: RegExp | null;
  /** Position of the rule across all packs: earlier wins a tie. */
  order: number;
  /** The pack's keywords (one of them is near every figure the rule can match), or null. */
  keywords: RegExp | null;
  /** A user's pack (`--rules`): its rules win over the built-in ones. */
  user: boolean;
  /** A stock indicator: new additions to it are changes. */
  stock: boolean;
  source: Rule;
  /** The pack the rule comes from: the path given for a user's pack, `<family>.yaml` for a built-in one. */
  pack: string;
  /** The rule's line in the pack (1-based; 0 when unknown). */
  line: number;
  /** The line of the rule's `not` pattern (0 when unknown or absent). */
  notLine: number;
  /** The line of each example and negative (empty when unknown). */
  exampleLines: number[];
  negativeLines: number[];
}

/** Replace {g}, {G} and {items} by the regular expressions they stand for. */
export function expand(src: string, where: string): string {
  return src.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const p = PLACEHOLDERS[name];
    if (p === undefined) throw new Error(`${where}: unknown placeholder ${whole} (use {g}, {G} or {items})`);
    return p;
  });
}

/** The source a pattern compiles to, placeholders expanded and the field's anchoring added. */
export function compiledSource(field: PatternField, src: string, where = 'pattern'): string {
  const body = expand(src, where);
  return field === 'before' ? `(?:${body})${TAIL}` : field === 'after' ? `^(?:${body})` : body;
}

export type PatternField = 'before' | 'after' | 'context' | 'within' | 'not';

/** V8 says `Invalid regular expression: /<expanded source>/u: Unterminated group`; keep only the reason. */
function reason(e: Error): string {
  const m = /^Invalid regular expression: \/.*\/[a-z]*: (.*)$/s.exec(e.message);
  return m ? m[1] : e.message;
}

function regex(field: PatternField, src: string, where: string): RegExp {
  try {
    // The pattern on its own first: a stray `)` must not close the wrapping group.
    new RegExp(expand(src, where), 'u');
    return new RegExp(compiledSource(field, src, where), 'u');
  } catch (e) {
    if ((e as Error).message.startsWith(where)) throw e; // an unknown placeholder
    // The user's pattern, never its expansion: that is what they can find and fix.
    throw new Error(`${where}: bad pattern ${JSON.stringify(src)}: ${reason(e as Error)}`);
  }
}

/** `pack.yaml:12: rule.id.match[0].before` (the line left out when unknown). */
export function patternPlace(pack: string, line: number, path: string): string {
  return `${pack}${line ? `:${line}` : ''}: ${path}`;
}

export interface PackInput {
  pack: RulePack;
  source: string;
  user?: boolean;
  lines?: PackLines;
}

export function compilePacks(packs: PackInput[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const { pack, source, user = false, lines } of packs) {
    const keywords = pack.keywords?.length
      ? new RegExp(pack.keywords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
      : null;
    (pack.rules ?? []).forEach((rule, i) => {
      const rl = lines?.rules[i];
      const compileMatch = (m: MatchSpec, j: number): CompiledMatch => {
        const ml: MatchLines = rl?.match[j] ?? { line: 0 };
        const field = (f: 'before' | 'after' | 'context' | 'within') =>
          m[f] === undefined ? undefined : regex(f, m[f], patternPlace(source, ml[f] ?? ml.line, `${rule.id}.match[${j}].${f}`));
        return {
          spec: m,
          lines: ml,
          before: field('before'),
          after: field('after'),
          context: field('context'),
          within: field('within'),
          beforeNeedle: m.before === undefined ? undefined : requiredWord(m.before),
          afterNeedle: m.after === undefined ? undefined : requiredWord(m.after),
        };
      };
      out.push({
        id: rule.id,
        label: rule.label,
        unit: rule.unit,
        measures: rule.measures ? new Set(rule.measures) : null,
        match: rule.match.map(compileMatch),
        not: rule.not ? regex('not', rule.not, patternPlace(source, rl?.not ?? rl?.line ?? 0, `${rule.id}.not`)) : null,
        order: out.length,
        keywords,
        user,
        stock: rule.stock === true,
        source: rule,
        pack: source,
        line: rl?.line ?? 0,
        notLine: rl?.not ?? 0,
        exampleLines: rl?.examples ?? [],
        negativeLines: rl?.negatives ?? [],
      });
    });
  }
  return out;
}
