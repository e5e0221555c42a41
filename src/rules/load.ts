/**
 * Load rule packs: the built-in ones (compiled to JSON next to this module by
 * the build, read as YAML when running from source) and user packs (`--rules`).
 * Every pattern is checked for catastrophic backtracking before a pack is used
 * (see redos.ts); the built-in packs' verdicts come from the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { RulePack } from './schema.js';
import { validatePack } from './schema.js';
import { compilePacks, type CompiledRule, type PackInput } from './compile.js';
import type { PackLines } from './lines.js';
import { checkPatterns, objectStore, packPatterns, type Verdict, type VerdictStore } from './redos.js';
import { compileCues, validateContextPack, type ContextPack, type Cues } from './cues.js';
import { compilePlaces, type Gazetteer, type PlacesPack } from './places.js';
import { keywordScanner, regexScanner, type KeywordScanner } from './keywords.js';
import { spellings } from '../text/normalize.js';

/** The built-in packs, in priority order (earlier wins a tie). */
export const BUILTIN_PACKS = ['tech_contract', 'patent', 'alliance', 'fund'] as const;

export class RulePackError extends Error {}

function packPath(name: string, ext: string): string {
  return fileURLToPath(new URL(`./packs/${name}.${ext}`, import.meta.url));
}

/** The verdicts of the built-in packs' patterns, written by the build (scripts/check-packs.mjs). */
export const BUILTIN_VERDICTS = packPath('redos-verdicts', 'json');

async function parseYaml(text: string, source: string): Promise<{ data: unknown; lines: PackLines }> {
  const { parsePackYaml } = await import('./lines.js');
  try {
    return parsePackYaml(text);
  } catch (e) {
    throw new RulePackError(`${source}: ${(e as Error).message.split('\n')[0]}`);
  }
}

function checked(data: unknown, source: string): RulePack {
  const errors = validatePack(data, source);
  if (errors.length) throw new RulePackError(errors.join('\n'));
  return data as RulePack;
}

/** Read one built-in pack (JSON with the YAML's line numbers when built, YAML from source). */
export async function readBuiltinPack(name: string): Promise<PackInput> {
  const source = `${name}.yaml`;
  const json = packPath(name, 'json');
  if (existsSync(json)) {
    const { pack, lines } = JSON.parse(readFileSync(json, 'utf8')) as { pack: unknown; lines: PackLines };
    return { pack: checked(pack, source), source, lines };
  }
  const { data, lines } = await parseYaml(readFileSync(packPath(name, 'yaml'), 'utf8'), source);
  return { pack: checked(data, source), source, lines };
}

/** Read a user's rule pack from a YAML file. */
export async function readPackFile(path: string): Promise<PackInput> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulePackError(`${path}: cannot read rule pack (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { data, lines } = await parseYaml(text, path);
  return { pack: checked(data, path), source: path, lines };
}

/**
 * A built-in data pack (context cues, places) read synchronously: the JSON the
 * build writes (`{ pack, lines }`), else the YAML from source.
 */
function readBuiltinData(name: string): unknown {
  const json = packPath(name, 'json');
  if (existsSync(json)) return (JSON.parse(readFileSync(json, 'utf8')) as { pack: unknown }).pack;
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(readFileSync(packPath(name, 'yaml'), 'utf8'));
}

let builtinContext: ContextPack | null = null;

/** The built-in context pack (cue words), read once. */
export function readContextPack(): ContextPack {
  if (builtinContext) return builtinContext;
  const data = readBuiltinData('context');
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
  return (gazetteer ??= compilePlaces(readBuiltinData('places') as PlacesPack));
}

export interface RuleSet {
  rules: CompiledRule[];
  /** The context cues (built-in words plus those of user packs). */
  cues: Cues;
  /** Place names, for the region of each figure. */
  places: Gazetteer;
  /** Sentences without a match are skipped; null when some pack has no keywords. */
  trigger: KeywordScanner | null;
  /** The same keywords in every spelling that normalises to them (技術合同), for text not yet normalised. */
  rawTrigger: KeywordScanner | null;
  /** The same keywords, each allowed a line break between its characters (text from a PDF: `技术交` / `易额`). */
  wrappedTrigger: KeywordScanner | null;
  /** Every indicator id the rules can produce. */
  indicators: Map<string, string>;
  /** Notes for the user (a pattern the ReDoS checker could not decide). */
  warnings: string[];
}

export interface LoadOptions {
  /**
   * Check every pattern for catastrophic backtracking (default true). Off only
   * where the same packs were already checked (the CLI's extraction worker).
   */
  check?: boolean;
  /** Where verdicts for user packs' patterns are kept between runs (the CLI's cache). */
  verdicts?: VerdictStore;
}

function builtinVerdicts(): VerdictStore {
  try {
    return objectStore((JSON.parse(readFileSync(BUILTIN_VERDICTS, 'utf8')) as { verdicts: Record<string, Verdict> }).verdicts);
  } catch {
    return objectStore({});
  }
}

let builtin: Promise<RuleSet> | null = null;

/** Compile the built-in packs plus any user packs (user rules come first). */
export async function loadRuleSet(extraPackFiles: string[] = [], options: LoadOptions = {}): Promise<RuleSet> {
  const check = options.check ?? true;
  const memo = extraPackFiles.length === 0 && check;
  if (memo && builtin) return builtin;
  const build = (async () => {
    const user: PackInput[] = [];
    for (const f of extraPackFiles) user.push({ ...(await readPackFile(f)), user: true });
    const packs = [...user];
    for (const n of BUILTIN_PACKS) packs.push(await readBuiltinPack(n));
    let rules: CompiledRule[];
    let cues: Cues;
    try {
      rules = compilePacks(packs);
      cues = user.some((u) => u.pack.cues)
        ? compileCues(readContextPack(), user.map(({ pack, source }) => ({ pack: pack as Partial<ContextPack>, source })))
        : builtinCues();
    } catch (e) {
      throw new RulePackError((e as Error).message);
    }
    const warnings: string[] = [];
    if (check) {
      const stores = [builtinVerdicts(), ...(options.verdicts ? [options.verdicts] : [])];
      const { refused, undecided } = await checkPatterns(packPatterns(rules), stores, options.verdicts);
      if (refused.length) throw new RulePackError(refused.join('\n'));
      warnings.push(...undecided);
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
    // In text from a PDF a keyword may be broken by a line wrap (`技术交` / `易额`) or a space (`技术 合同`).
    const wrapped = (w: string) => [...w].map(escape).join('[\\n ]?');
    const sorted = words.sort((a, b) => b.length - a.length);
    const trigger = everywhere ? null : keywordScanner(sorted);
    const variants = everywhere ? [] : sorted.map((w) => spellings(w));
    const rawTrigger = everywhere || variants.some((v) => v === null) ? null : keywordScanner(variants.flat() as string[]);
    const wrappedTrigger = everywhere ? null : regexScanner(new RegExp(sorted.map(wrapped).join('|'), 'g'));
    return { rules, cues, places: builtinPlaces(), indicators, trigger, rawTrigger, wrappedTrigger, warnings };
  })();
  if (memo) builtin = build;
  return build;
}
