/**
 * Rule packs: indicator rules as data (YAML), each with its own examples and
 * negatives. A rule names an indicator and says which words around a figure
 * make the figure that indicator; the vocabulary is closed and checked when a
 * pack loads, so a typo is an error that names the rule.
 */
import type { QuantityKind, Qualifier, Status } from '../record/types.js';
import { validateContextPack, type CueName } from './cues.js';

/** One way of stating the indicator: label words before and/or after the figure. */
export interface MatchSpec {
  /** Label words that end just before the figure, in its clause (`技术合同{g}成交{g}额`). */
  before?: string;
  /** Label words right after the figure (`子基金` in `36支子基金`). */
  after?: string;
  /** Words that must also occur earlier in the sentence or the one before (`技术合同` for a bare `成交额`). */
  context?: string;
  /** Words that must occur earlier in this very sentence (`输出技术合同3000项,成交额40亿元`). */
  within?: string;
}

export interface RuleExample {
  text: string;
  value: number | string;
  valueMax?: number;
  year?: number | null;
  qualifier?: Qualifier;
  status?: Status;
  unit?: string;
  growth?: number;
  part?: string | null;
  phase?: number | null;
  region?: string | null;
}

export interface Rule {
  id: string;
  label: string;
  unit: QuantityKind;
  /** Allowed measure words (`家`, `个`); any when absent. */
  measures?: string[];
  match: MatchSpec[];
  /** Rejected when the clause before the figure matches this. */
  not?: string;
  /**
   * A stock (a level at a moment: alliances, valid patents, sub-funds): a new
   * addition to it (新增, 新组建) is a change, not the level. Flows (contract
   * value, applications, grants, money invested in a year) are levels of their year.
   */
  stock?: boolean;
  examples?: RuleExample[];
  negatives?: string[];
}

export interface RulePack {
  family: string;
  description?: string;
  /**
   * Words at least one of which occurs in every sentence a rule of this pack
   * can match (after normalisation). Sentences without any are skipped, which
   * keeps the extractor fast; a pack without keywords is tried everywhere.
   */
  keywords?: string[];
  rules: Rule[];
  /** Words added to the context cues (see context.yaml), by cue name. */
  cues?: Partial<Record<CueName, { words: string[] }>>;
}

const KINDS: QuantityKind[] = ['money', 'count', 'percent', 'ratio'];
const MATCH_KEYS = new Set(['before', 'after', 'context', 'within']);
const RULE_KEYS = new Set(['id', 'label', 'unit', 'measures', 'match', 'not', 'stock', 'examples', 'negatives']);

/** Validate a parsed pack; returns error messages naming the pack, rule and field. */
export function validatePack(data: unknown, source: string): string[] {
  const errors: string[] = [];
  const at = (path: string, msg: string) => errors.push(`${source}: ${path}: ${msg}`);
  if (!data || typeof data !== 'object') return [`${source}: a pack is a mapping with family and rules`];
  const pack = data as Record<string, unknown>;
  for (const k of Object.keys(pack)) if (!['family', 'description', 'keywords', 'rules', 'cues'].includes(k)) at(k, 'unknown field');
  if (pack.cues !== undefined) errors.push(...validateContextPack(pack, source, true));
  // A pack of cue words only (`cues:` without rules) is complete.
  if (pack.cues !== undefined && pack.rules === undefined && pack.family === undefined) return errors;
  if (typeof pack.family !== 'string' || !pack.family) at('family', 'missing (a short id like "patent")');
  if (pack.keywords !== undefined && (!Array.isArray(pack.keywords) || pack.keywords.some((w) => typeof w !== 'string' || !w)))
    at('keywords', 'must be a list of words');
  if (!Array.isArray(pack.rules) || pack.rules.length === 0) {
    at('rules', 'missing or empty (a list of rules)');
    return errors;
  }
  pack.rules.forEach((r, i) => {
    if (!r || typeof r !== 'object') return at(`rules[${i}]`, 'a rule is a mapping');
    const rule = r as Record<string, unknown>;
    const where = `rules[${i}]${typeof rule.id === 'string' ? ` (${rule.id})` : ''}`;
    for (const k of Object.keys(rule)) if (!RULE_KEYS.has(k)) at(where, `unknown field "${k}"`);
    if (typeof rule.id !== 'string' || !/^[a-z_]+\.[a-z0-9_]+$/.test(rule.id)) at(where, 'id must look like family.name');
    else if (pack.family && !rule.id.startsWith(`${pack.family}.`)) at(where, `id must start with "${pack.family}."`);
    if (typeof rule.label !== 'string' || !rule.label) at(where, 'label missing');
    if (!KINDS.includes(rule.unit as QuantityKind)) at(where, `unit must be one of ${KINDS.join(', ')}`);
    if (rule.measures !== undefined && (!Array.isArray(rule.measures) || rule.measures.some((m) => typeof m !== 'string')))
      at(where, 'measures must be a list of measure words');
    if (!Array.isArray(rule.match) || rule.match.length === 0) at(where, 'match must be a non-empty list');
    else
      rule.match.forEach((m, j) => {
        if (!m || typeof m !== 'object') return at(`${where}.match[${j}]`, 'a mapping with before/after/context');
        const spec = m as Record<string, unknown>;
        for (const k of Object.keys(spec)) if (!MATCH_KEYS.has(k)) at(`${where}.match[${j}]`, `unknown field "${k}"`);
        if (spec.before === undefined && spec.after === undefined) at(`${where}.match[${j}]`, 'needs before or after');
        for (const k of ['before', 'after', 'context', 'within'] as const)
          if (spec[k] !== undefined && typeof spec[k] !== 'string') at(`${where}.match[${j}].${k}`, 'must be a string');
      });
    if (rule.stock !== undefined && typeof rule.stock !== 'boolean') at(where, 'stock must be true or false');
    if (rule.examples !== undefined && !Array.isArray(rule.examples)) at(where, 'examples must be a list');
    else
      (rule.examples ?? []).forEach((ex, j) => {
        const e = ex as Record<string, unknown> | null;
        if (!e || typeof e !== 'object' || typeof e.text !== 'string') at(`${where}.examples[${j}]`, 'an example is a mapping with text and value');
        else if (typeof e.value !== 'number' && typeof e.value !== 'string') at(`${where}.examples[${j}]`, 'value must be a number or a figure like 1273.36亿元');
      });
    if (rule.negatives !== undefined && !Array.isArray(rule.negatives)) at(where, 'negatives must be a list');
    else (rule.negatives ?? []).forEach((n, j) => typeof n !== 'string' && at(`${where}.negatives[${j}]`, 'a negative is a sentence (a string)'));
  });
  return errors;
}
