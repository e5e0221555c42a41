/**
 * Context cues as data (src/rules/packs/context.yaml): the words that decide
 * status, changes, growth, levels, per-unit amounts, parts, phases, regions,
 * sections, tables and metadata. Each cue is compiled once into one RegExp
 * whose position (`at`) is part of the pattern; user packs add alternatives.
 */
import { MASK } from './mask.js';

export const CUE_NAMES = [
  'target',
  'target_after',
  'plan_title',
  'report_title',
  'plan_section',
  'past_section',
  'plan_step',
  'change',
  'change_list',
  'new_addition',
  'growth',
  'decline',
  'list_join',
  'threshold_group',
  'threshold_verb',
  'spread',
  'cap',
  'floor',
  'subjectless',
  'topic_frame',
  'list_lead',
  'list_item',
  'other_kind',
  'not_counted',
  'condition',
  'rank_after',
  'per_unit',
  'phase',
  'part_scope',
  'part_heads',
  'part_generic',
  'part_verbs',
  'contract_type',
  'part_subject',
  'part_source',
  'not_a_level_column',
  'action_word',
  'route_title',
  'other_route',
  'all_time_column',
  'month_column',
  'region_column',
  'total_row',
  'other_label_tail',
  'title_end',
  'org_suffix',
  'page_field',
  'official',
] as const;

export type CueName = (typeof CUE_NAMES)[number];
export type CuePosition = 'end' | 'start' | 'any' | 'only';
const POSITIONS: readonly CuePosition[] = ['end', 'start', 'any', 'only'];

export interface CueDef {
  at?: CuePosition;
  description?: string;
  words: string[];
  examples?: string[];
  negatives?: string[];
}

export interface ContextPack {
  kind: 'context';
  cues: Partial<Record<CueName, CueDef>>;
}

/** The compiled cues, plus each cue's alternation (for patterns built on it). */
export interface Cues {
  readonly re: Readonly<Record<CueName, RegExp>>;
  /** `(?:a|b|…)` of a cue's words, placeholders expanded, no position. */
  readonly source: Readonly<Record<CueName, string>>;
}

const PLACEHOLDERS: Record<string, string> = { fig: '\\uE000', stop: '\\uE000,;。!?\\n|' };

function expand(word: string): string {
  return word.replace(/\{(fig|stop)\}/g, (_, name: string) => PLACEHOLDERS[name]);
}

function wrap(alternation: string, at: CuePosition): string {
  switch (at) {
    case 'end':
      return `${alternation}\\s*$`;
    case 'start':
      return `^${alternation}`;
    case 'only':
      return `^${alternation}*$`;
    case 'any':
      return alternation;
  }
}

/** Check a parsed context pack; messages name the file, cue and field. */
export function validateContextPack(data: unknown, source: string, partial: boolean): string[] {
  const errors: string[] = [];
  const at = (path: string, msg: string) => errors.push(`${source}: ${path}: ${msg}`);
  const cues = (data as { cues?: unknown } | null)?.cues;
  if (!cues || typeof cues !== 'object') return [`${source}: cues: must be a mapping of cue names (${CUE_NAMES.join(', ')})`];
  for (const [name, def] of Object.entries(cues as Record<string, unknown>)) {
    const where = `cues.${name}`;
    if (!(CUE_NAMES as readonly string[]).includes(name)) {
      at(where, `unknown cue (known: ${CUE_NAMES.join(', ')})`);
      continue;
    }
    if (!def || typeof def !== 'object') {
      at(where, 'must be a mapping with words');
      continue;
    }
    const d = def as Record<string, unknown>;
    for (const k of Object.keys(d)) if (!['at', 'description', 'words', 'examples', 'negatives'].includes(k)) at(where, `unknown field "${k}"`);
    if (!Array.isArray(d.words) || d.words.length === 0 || d.words.some((w) => typeof w !== 'string' || w === '')) at(`${where}.words`, 'must be a non-empty list of words or patterns');
    if (d.at !== undefined && !POSITIONS.includes(d.at as CuePosition)) at(`${where}.at`, `must be one of ${POSITIONS.join(', ')}`);
    if (!partial && d.at === undefined) at(`${where}.at`, 'missing');
    for (const k of ['examples', 'negatives'])
      if (d[k] !== undefined && (!Array.isArray(d[k]) || (d[k] as unknown[]).some((w) => typeof w !== 'string'))) at(`${where}.${k}`, 'must be a list of strings');
  }
  if (!partial) for (const name of CUE_NAMES) if (!(name in (cues as object))) at(`cues.${name}`, 'missing');
  return errors;
}

/**
 * Compile the built-in cues with the words of user packs added (user words
 * first). Throws an Error naming the cue and pattern when one does not compile.
 */
export function compileCues(builtin: ContextPack, extra: { pack: Partial<ContextPack>; source: string }[] = []): Cues {
  const re = {} as Record<CueName, RegExp>;
  const source = {} as Record<CueName, string>;
  for (const name of CUE_NAMES) {
    const def = builtin.cues[name]!;
    const words: { word: string; from: string }[] = [];
    for (const { pack, source: from } of extra) for (const w of pack.cues?.[name]?.words ?? []) words.push({ word: w, from });
    for (const w of def.words) words.push({ word: w, from: 'context.yaml' });
    for (const { word, from } of words) {
      try {
        new RegExp(expand(word), 'u');
      } catch (e) {
        throw new Error(`${from}: cues.${name}: bad pattern ${JSON.stringify(word)}: ${(e as Error).message}`);
      }
    }
    // User words first: an alternation takes the first word that matches.
    const alternation = `(?:${words.map(({ word }) => expand(word)).join('|')})`;
    source[name] = alternation;
    re[name] = new RegExp(wrap(alternation, def.at ?? 'any'), 'u');
  }
  return { re, source };
}

/** Substitute the figure placeholder in a cue example (`{fig}` → the mask). */
export function exampleText(s: string): string {
  return s.replace(/\{fig\}/g, MASK);
}
