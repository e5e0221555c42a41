/**
 * The indicators the rule packs define, grouped by family and sorted: what
 * `extract indicators` prints and docs/indicators-list.md is generated from
 * (scripts/indicators-list.mjs; a test fails when the file is stale).
 */
import type { RulePack } from './schema.js';

export interface CatalogIndicator {
  id: string;
  family: string;
  label: string;
  unit: string;
  /** The first example of its first rule, if any. */
  example?: string;
}

export interface CatalogFamily {
  family: string;
  description?: string;
  /** Where the family's rules come from (`patent.yaml`, a user pack's path). */
  sources: string[];
  indicators: CatalogIndicator[];
}

/**
 * Families sorted by name, indicators by id; an id defined by several rules
 * or packs appears once, with the label of the first (user packs come first,
 * as when extracting).
 */
export function indicatorCatalog(packs: readonly { pack: RulePack; source: string }[]): CatalogFamily[] {
  const families = new Map<string, CatalogFamily>();
  const seen = new Set<string>();
  for (const { pack, source } of packs) {
    for (const rule of pack.rules) {
      const family = rule.id.slice(0, rule.id.indexOf('.'));
      let f = families.get(family);
      if (!f) families.set(family, (f = { family, sources: [], indicators: [] }));
      if (!f.description && pack.description && pack.family === family) f.description = pack.description;
      if (!f.sources.includes(source)) f.sources.push(source);
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      const ind: CatalogIndicator = { id: rule.id, family, label: rule.label, unit: rule.unit };
      const example = rule.examples?.[0]?.text;
      if (example) ind.example = example;
      f.indicators.push(ind);
    }
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const out = [...families.values()].sort((a, b) => byName(a.family, b.family));
  for (const f of out) f.indicators.sort((a, b) => byName(a.id, b.id));
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/indicators-list.md: one table per family. */
export function renderIndicatorList(families: readonly CatalogFamily[]): string {
  const n = families.reduce((k, f) => k + f.indicators.length, 0);
  const lines = [
    '# Indicator list',
    '',
    '<!-- Generated from src/rules/packs/*.yaml by `node scripts/indicators-list.mjs`; test/docs.test.ts fails when it is stale. Do not edit by hand. -->',
    '',
    `${n} indicators in ${families.length} families, as \`extract indicators\` lists them. What each field`,
    'of a record means is in [indicators.md](indicators.md); how to add indicators of your own is in',
    '[rule-packs.md](rule-packs.md).',
  ];
  for (const f of families) {
    lines.push('', `## ${f.family}${f.description ? ` — ${f.description}` : ''}`, '', `Rules: ${f.sources.map((s) => `\`src/rules/packs/${s}\``).join(', ')}`, '');
    lines.push('| id | label | unit | example |', '|---|---|---|---|');
    for (const i of f.indicators) lines.push(`| \`${i.id}\` | ${cell(i.label)} | ${i.unit} | ${i.example ? cell(i.example) : ''} |`);
  }
  return lines.join('\n') + '\n';
}
