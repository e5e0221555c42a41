/**
 * Load rule packs: the built-in ones (compiled to JSON next to this module by
 * the build, read as YAML when running from source) and user packs (`--rules`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RulePack } from './schema.js';
import { validatePack } from './schema.js';
import { compilePacks, type CompiledRule } from './compile.js';

/** The built-in packs, in priority order (earlier wins a tie). */
export const BUILTIN_PACKS = ['tech_contract', 'patent', 'alliance', 'fund'] as const;

export class RulePackError extends Error {}

function packPath(name: string, ext: string): string {
  return fileURLToPath(new URL(`./packs/${name}.${ext}`, import.meta.url));
}

async function parseYaml(text: string, source: string): Promise<unknown> {
  const { parse } = await import('yaml');
  try {
    return parse(text);
  } catch (e) {
    throw new RulePackError(`${source}: ${(e as Error).message.split('\n')[0]}`);
  }
}

function checked(data: unknown, source: string): RulePack {
  const errors = validatePack(data, source);
  if (errors.length) throw new RulePackError(errors.join('\n'));
  return data as RulePack;
}

/** Read one built-in pack (JSON when built, YAML from source). */
export async function readBuiltinPack(name: string): Promise<{ pack: RulePack; source: string }> {
  const json = packPath(name, 'json');
  if (existsSync(json)) return { pack: checked(JSON.parse(readFileSync(json, 'utf8')), `${name}.yaml`), source: `${name}.yaml` };
  const yml = packPath(name, 'yaml');
  return { pack: checked(await parseYaml(readFileSync(yml, 'utf8'), `${name}.yaml`), `${name}.yaml`), source: `${name}.yaml` };
}

/** Read a user's rule pack from a YAML file. */
export async function readPackFile(path: string): Promise<{ pack: RulePack; source: string }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulePackError(`${path}: cannot read rule pack (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { pack: checked(await parseYaml(text, path), path), source: path };
}

export interface RuleSet {
  rules: CompiledRule[];
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
    const packs: { pack: RulePack; source: string; user?: boolean }[] = [];
    for (const f of extraPackFiles) packs.push({ ...(await readPackFile(f)), user: true });
    for (const n of BUILTIN_PACKS) packs.push(await readBuiltinPack(n));
    let rules: CompiledRule[];
    try {
      rules = compilePacks(packs);
    } catch (e) {
      throw new RulePackError((e as Error).message);
    }
    const indicators = new Map<string, string>();
    for (const r of rules) if (!indicators.has(r.id)) indicators.set(r.id, r.label);
    const words: string[] = [];
    let everywhere = false;
    for (const { pack } of packs) {
      if (!pack.keywords) everywhere = true;
      else words.push(...pack.keywords);
    }
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A keyword may be broken by a line wrap (`技术交` / `易额` in text from a PDF).
    const wrapped = (w: string) => [...w].map(escape).join('\\n?');
    const trigger = everywhere ? null : new RegExp(words.sort((a, b) => b.length - a.length).map(wrapped).join('|'), 'g');
    return { rules, indicators, trigger };
  })();
  if (extraPackFiles.length === 0) builtin = build;
  return build;
}
