// Build step: check every pattern of the built-in rule packs for catastrophic
// backtracking (recheck) and keep the verdicts in src/rules/packs/redos-verdicts.json,
// so that `extract` looks them up at start-up instead of running the checker.
// Only patterns without a stored verdict are checked (a changed pack takes a few
// seconds); verdicts of patterns no longer in the packs are dropped. A refused
// built-in pattern fails the build with the same message a user's pack gets.
//
//   node scripts/check-packs.mjs          (run by npm run build, after tsc)
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadRuleSet } from '../dist/rules/load.js';
import { checkPatterns, objectStore, packPatterns } from '../dist/rules/redos.js';

const src = new URL('../src/rules/packs/redos-verdicts.json', import.meta.url);
const dist = new URL('../dist/rules/packs/redos-verdicts.json', import.meta.url);
const checker = `recheck ${createRequire(import.meta.url)('recheck/package.json').version}`;

let stored = {};
try {
  stored = JSON.parse(readFileSync(src, 'utf8')).verdicts ?? {};
} catch {
  // first run: every pattern is checked
}
const rules = await loadRuleSet([], { check: false });
const patterns = packPatterns(rules.rules);
const verdicts = {};
const t0 = performance.now();
const before = Object.keys(stored).length;
const store = objectStore(stored);
const { refused, undecided } = await checkPatterns(patterns, [store], store);
for (const p of patterns) for (const q of p.probes) verdicts[q.key] = stored[q.key];
const added = Object.keys(stored).length - before;
const text = JSON.stringify({ checker, note: 'written by scripts/check-packs.mjs: a hash of each checked pattern and its verdict', verdicts: Object.fromEntries(Object.entries(verdicts).sort()) }, null, 1) + '\n';
let old = '';
try {
  old = readFileSync(src, 'utf8');
} catch {}
if (text !== old) {
  writeFileSync(src, text);
  process.stderr.write(`check-packs: ${patterns.length} patterns, verdicts updated in src/rules/packs/redos-verdicts.json (${((performance.now() - t0) / 1000).toFixed(1)} s${added > 0 ? `, ${added} checked` : ''})\n`);
}
mkdirSync(new URL('.', dist), { recursive: true });
copyFileSync(src, dist);
for (const u of undecided) process.stderr.write(`check-packs: ${u}\n`);
if (refused.length) {
  for (const r of refused) process.stderr.write(`check-packs: ${r}\n`);
  process.exitCode = 1;
}
