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
import type { QuantityKind } from '../types.js';
import type { Rule, RulePack } from './schema.js';

export { MASK } from './mask.js';
const STOP = `\\uE000,;。!?\\n|`;
const PLACEHOLDERS: Record<string, string> = {
  g: `[^${STOP}]{0,8}?`,
  G: `[^${STOP}]{0,20}?`,
  items: `(?:[^${STOP}]{0,12}?\\uE000[、和及与]?)*`,
};
// Up to 10 characters of verbs and adverbs between the label and the figure;
// `由A增加到B` lets B keep the label that stands before A.
// `分别为A、B及C`: the label before 分别 belongs to every item of the list.
const TAIL = `(?:[^${STOP}]{0,10}(?:(?:由|从)[^${STOP}]{0,8}?\\uE000[^${STOP}]{0,10})?|[^${STOP}]{0,8}?分别[^${STOP}]{0,4}?(?:\\uE000[、和及与]){1,8})$`;

export interface CompiledMatch {
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
}

function expand(src: string, where: string): string {
  return src.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const p = PLACEHOLDERS[name];
    if (p === undefined) throw new Error(`${where}: unknown placeholder ${whole} (use {g}, {G} or {items})`);
    return p;
  });
}

function regex(src: string, where: string, wrap: (s: string) => string): RegExp {
  const body = expand(src, where);
  try {
    return new RegExp(wrap(body), 'u');
  } catch (e) {
    throw new Error(`${where}: bad pattern ${JSON.stringify(src)}: ${(e as Error).message}`);
  }
}

export function compilePacks(packs: { pack: RulePack; source: string; user?: boolean }[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const { pack, source, user = false } of packs) {
    const keywords = pack.keywords?.length
      ? new RegExp(pack.keywords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
      : null;
    for (const rule of pack.rules ?? []) {
      const where = `${source}: ${rule.id}`;
      out.push({
        id: rule.id,
        label: rule.label,
        unit: rule.unit,
        measures: rule.measures ? new Set(rule.measures) : null,
        match: rule.match.map((m, j) => ({
          before: m.before === undefined ? undefined : regex(m.before, `${where}.match[${j}].before`, (b) => `(?:${b})${TAIL}`),
          after: m.after === undefined ? undefined : regex(m.after, `${where}.match[${j}].after`, (b) => `^(?:${b})`),
          context: m.context === undefined ? undefined : regex(m.context, `${where}.match[${j}].context`, (b) => b),
          within: m.within === undefined ? undefined : regex(m.within, `${where}.match[${j}].within`, (b) => b),
          beforeNeedle: m.before === undefined ? undefined : requiredWord(m.before),
          afterNeedle: m.after === undefined ? undefined : requiredWord(m.after),
        })),
        not: rule.not ? regex(rule.not, `${where}.not`, (b) => b) : null,
        order: out.length,
        keywords,
        user,
        stock: rule.stock === true,
        source: rule,
      });
    }
  }
  return out;
}
