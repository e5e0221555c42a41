/**
 * Load rule packs: the built-in ones (compiled to JSON next to this module by
 * the build, read as YAML when running from source) and user packs (`--rules`),
 * into one RuleSet: the compiled indicator rules, the context cues, and the
 * keyword trigger that finds the sentences worth reading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { RulePack } from './schema.js';
import { validatePack } from './schema.js';
import { compilePacks, type CompiledRule } from './compile.js';
import { compileCues, validateContextPack, type ContextPack, type Cues } from './cues.js';
import { compilePlaces, type Gazetteer, type PlacesPack } from './places.js';

/** The built-in indicator packs, in priority order (earlier wins a tie). */
export const BUILTIN_PACKS = ['tech_contract', 'patent', 'alliance', 'fund'] as const;

export class RulePackError extends Error {}

function packPath(name: string, ext: string): string {
  return fileURLToPath(new URL(`./packs/${name}.${ext}`, import.meta.url));
}

/** Parse YAML synchronously (only from source or for user packs; the build ships JSON). */
function parseYaml(text: string, source: string): unknown {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  try {
    return parse(text);
  } catch (e) {
    throw new RulePackError(`${source}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** A built-in pack's data: JSON when built, YAML from source. */
function readBuiltin(name: string): unknown {
  const json = packPath(name, 'json');
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8'));
  return parseYaml(readFileSync(packPath(name, 'yaml'), 'utf8'), `${name}.yaml`);
}

function checked(data: unknown, source: string): RulePack {
  const errors = validatePack(data, source);
  if (errors.length) throw new RulePackError(errors.join('\n'));
  return data as RulePack;
}

/** Read one built-in indicator pack. */
export async function readBuiltinPack(name: string): Promise<{ pack: RulePack; source: string }> {
  return { pack: checked(readBuiltin(name), `${name}.yaml`), source: `${name}.yaml` };
}

/** Read a user's rule pack (indicator rules, cue words or both) from a YAML file. */
export async function readPackFile(path: string): Promise<{ pack: RulePack; source: string }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulePackError(`${path}: cannot read rule pack (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { pack: checked(parseYaml(text, path), path), source: path };
}

let builtinContext: ContextPack | null = null;

/** The built-in context pack (cue words), read once. */
export function readContextPack(): ContextPack {
  if (builtinContext) return builtinContext;
  const data = readBuiltin('context');
  const errors = validateContextPack(data, 'context.yaml', false);
  if (errors.length) throw new RulePackError(errors.join('\n'));
  return (builtinContext = data as ContextPack);
}

let defaultCues: Cues | null = null;

/** The built-in cues alone (for callers without a RuleSet, like `readMetadata`). */
export function builtinCues(): Cues {
  return (defaultCues ??= compileCues(readContextPack()));
}

let gazetteer: Gazetteer | null = null;

/** The place names (places.yaml), compiled once. */
export function builtinPlaces(): Gazetteer {
  return (gazetteer ??= compilePlaces(readBuiltin('places') as PlacesPack));
}

export interface RuleSet {
  rules: CompiledRule[];
  /** Place names, for the region of each figure. */
  places: Gazetteer;
  /** The context cues (built-in words plus those of user packs). */
  cues: Cues;
  /** Sentences without a match are skipped; null when some pack has no keywords. */
  trigger: RegExp | null;
  /** Every indicator id the rules can produce. */
  indicators: Map<string, string>;
}

let builtin: Promise<RuleSet> | null = null;

/** Compile the built-in packs plus any user packs (user rules come first). */
export async function loadRuleSet(extraPackFiles: string[] = []): Promise<RuleSet> {
  if (extraPackFiles.length === 0 && builtin) return builtin;
  const build = (async () => {
    const user: { pack: RulePack; source: string; user?: boolean }[] = [];
    for (const f of extraPackFiles) user.push({ ...(await readPackFile(f)), user: true });
    const packs = [...user];
    for (const n of BUILTIN_PACKS) packs.push(await readBuiltinPack(n));
    let rules: CompiledRule[];
    let cues: Cues;
    try {
      rules = compilePacks(packs);
      cues = user.some((u) => u.pack.cues) ? compileCues(readContextPack(), user.map(({ pack, source }) => ({ pack: pack as Partial<ContextPack>, source }))) : builtinCues();
    } catch (e) {
      throw new RulePackError((e as Error).message);
    }
    const indicators = new Map<string, string>();
    for (const r of rules) if (!indicators.has(r.id)) indicators.set(r.id, r.label);
    const words: string[] = [];
    let everywhere = false;
    for (const { pack } of packs) {
      if (!pack.rules?.length) continue; // a pack of cue words only
      if (!pack.keywords) everywhere = true;
      else words.push(...pack.keywords);
    }
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A keyword may be broken by a line wrap (`技术交` / `易额` in text from a PDF).
    const wrapped = (w: string) => [...w].map(escape).join('\\n?');
    const trigger = everywhere ? null : new RegExp(words.sort((a, b) => b.length - a.length).map(wrapped).join('|'), 'g');
    return { rules, cues, places: builtinPlaces(), indicators, trigger };
  })();
  if (extraPackFiles.length === 0) builtin = build;
  return build;
}
