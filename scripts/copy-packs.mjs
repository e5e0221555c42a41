// Build step: compile the YAML rule packs to JSON next to the built rule
// loader, so the CLI does not pay for a YAML parser at start-up.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const from = new URL('../src/rules/packs/', import.meta.url);
const to = new URL('../dist/rules/packs/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from)) {
  if (!f.endsWith('.yaml')) continue;
  const data = parse(readFileSync(new URL(f, from), 'utf8'));
  writeFileSync(new URL(f.replace(/\.yaml$/, '.json'), to), JSON.stringify(data));
}
