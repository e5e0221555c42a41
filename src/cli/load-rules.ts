/**
 * Rule packs as the CLI loads them: the built-in packs plus `--rules` packs,
 * every pattern checked for catastrophic backtracking (verdicts cached between
 * runs), and each user pack's examples and negatives run, a failing one being
 * a warning that names it (the run goes on).
 */
import { loadRuleSet, type RuleSet } from '../rules/load.js';
import type { CliIO } from './io.js';
import { verdictCache } from './verdict-cache.js';

export async function loadRules(files: string[], io: CliIO, opts: { quiet?: boolean } = {}): Promise<RuleSet> {
  const cache = files.length ? verdictCache(io.env) : undefined;
  let rules: RuleSet;
  try {
    rules = await loadRuleSet(files, { verdicts: cache });
  } finally {
    cache?.flush();
  }
  if (opts.quiet) return rules;
  for (const w of rules.warnings) io.err(`extract: warning: ${w}\n`);
  if (files.length === 0) return rules;
  const { runExamples } = await import('./rule-examples.js');
  for (const f of files) {
    for (const x of runExamples(rules, f).failures) io.err(`extract: warning: ${x.where}: ${x.problem}\n`);
  }
  return rules;
}
