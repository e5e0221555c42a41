/**
 * `extract rules test PACK.yaml...`: load each pack as `--rules` would (the
 * schema, the patterns, the ReDoS check) and run its examples and negatives.
 * The report goes to stdout, one line per failure and one summary line per
 * pack. Exit 0 all pass, 1 an example or negative fails, 2 a pack cannot be
 * loaded (bad YAML, a schema error, a bad or unsafe pattern).
 */
import type { Command } from 'commander';
import { runIndicators } from './indicators-command.js';
import { collect } from './usage.js';
import { RulePackError } from '../rules/load.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { loadRules } from './load-rules.js';

export async function rulesTest(files: string[], io: CliIO): Promise<number> {
  let code: number = ExitCode.Ok;
  for (const f of files) {
    let report;
    try {
      // Loaded on demand: it brings the extraction core, which a plain extraction runs in its worker.
      const { runExamples } = await import('./rule-examples.js');
      report = runExamples(await loadRules([f], io, { quiet: true }), f);
    } catch (e) {
      if (!(e instanceof RulePackError)) throw e;
      for (const line of e.message.split('\n')) io.err(`extract: ${line}\n`);
      code = ExitCode.Usage;
      continue;
    }
    for (const x of report.failures) io.out(`FAIL ${x.where}: ${x.problem}\n`);
    const n = report.failures.length;
    const s = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    io.out(`${f}: ${s(report.examples, 'example')}, ${s(report.negatives, 'negative')}: ${n ? `${n} failed` : 'all pass'}\n`);
    if (n && code === ExitCode.Ok) code = ExitCode.CheckFailed;
  }
  return code;
}

/** Register `extract rules test` and `extract rules list` on the program; the action stores its exit code in `result`. */
export function addRulesCommand(program: Command, io: CliIO, result: { code: number }): void {
  const rules = program.command('rules').description('work on rule packs (see: extract rules test --help, extract rules list)');
  rules
    .command('list')
    .description('list the indicator ids the rules produce, by family (the same as extract indicators)')
    .option('--json', 'as JSON: [{ id, family, label, unit }]')
    .option('--rules <file>', 'include a YAML rule pack', collect)
    .action(async (opts: { json?: boolean; rules?: string[] }) => {
      result.code = await runIndicators(opts, io);
    });
  rules
    .command('test')
    .description("run a rule pack's examples and negatives; exit 1 when one fails, 2 when a pack cannot be loaded")
    .argument('<packs...>', 'YAML rule packs')
    .action(async (files: string[]) => {
      result.code = await rulesTest(files, io);
    });
}
