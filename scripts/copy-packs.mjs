// Build step: compile the YAML rule packs to JSON next to the built rule
// loader (with the YAML's line numbers, for messages and --explain), so the
// CLI does not pay for a YAML parser at start-up; copy the packs' ReDoS
// verdicts beside them (scripts/check-packs.mjs keeps them current).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parsePackYaml } from '../dist/rules/lines.js';

const from = new URL('../src/rules/packs/', import.meta.url);
const to = new URL('../dist/rules/packs/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from)) {
  if (!f.endsWith('.yaml')) continue;
  const { data, lines } = parsePackYaml(readFileSync(new URL(f, from), 'utf8'));
  writeFileSync(new URL(f.replace(/\.yaml$/, '.json'), to), JSON.stringify({ pack: data, lines }));
}
if (existsSync(new URL('redos-verdicts.json', from))) copyFileSync(new URL('redos-verdicts.json', from), new URL('redos-verdicts.json', to));
