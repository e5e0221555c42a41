/** The options and help of `extract check`; the work is in check-command.ts, loaded on demand. */
import { Option, type Command } from 'commander';
import { loadRules } from './load-rules.js';
import { decideColor } from './color.js';
import type { CommandContext } from './command.js';
import { CHECK_HELP_AFTER } from './help-text.js';
import { collect, colorFlag, colorOption, UsageError } from './usage.js';

interface CheckFlags {
  reporter: 'text' | 'junit' | 'json';
  output?: string;
  update?: boolean;
  yes?: boolean;
  all?: boolean;
  color?: string | boolean;
  rules?: string[];
}

export function registerCheck(program: Command, ctx: CommandContext): void {
  const { io } = ctx;
  program
    .command('check')
    .description('verify that expected figures (YAML) are still found; exit 1 when one is missing or different')
    .argument('<expectations...>', 'YAML expectation files (paths inside are relative to each file)')
    .addOption(new Option('--reporter <name>', 'text; junit for CI test reports; json for scripts').choices(['text', 'junit', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to FILE (the text summary still goes to stdout with junit)')
    .option('--update', 'rewrite the expectation files from the current output (shows what changes)')
    .option('--yes', 'with --update: also write removals and changes, after you have reviewed them')
    .option('--all', 'with --update: also add figures of indicators a document does not list yet')
    .option('--rules <file>', 'include a YAML rule pack (its indicator ids become known)', collect)
    .addOption(colorOption('the report'))
    .addOption(new Option('--no-color', 'same as --color=never (also NO_COLOR=1)'))
    .addHelpText('after', CHECK_HELP_AFTER)
    .action(async (files: string[], opts: CheckFlags) => {
      if (opts.yes && !opts.update) throw new UsageError('--yes goes with --update', 'check');
      if (opts.all && !opts.update) throw new UsageError('--all goes with --update (a check compares every figure it lists)', 'check');
      if (opts.update && opts.reporter !== 'text') throw new UsageError(`--reporter ${opts.reporter} does not go with --update (it writes no report)`, 'check');
      const rules = await loadRules(opts.rules ?? [], ctx.io);
      // Loaded on demand: the check command brings the YAML parser, which a
      // plain extraction does not need at start-up.
      const { checkCommand } = await import('./check-command.js');
      // So are the extraction core and the decoders (a plain extraction runs them in its worker).
      const { extractWith } = await import('../pipeline.js');
      const { loadFile } = await import('../decode/source.js');
      ctx.result.code = await checkCommand(
        files,
        {
          reporter: opts.reporter,
          output: opts.output,
          update: opts.update,
          yes: opts.yes,
          all: opts.all,
          color: decideColor(colorFlag(opts.color), io.env, io.stdoutIsTTY),
        },
        io,
        {
          knownIndicators: new Set(rules.indicators.keys()),
          extractFile: async (path) => extractWith(rules, await loadFile(path), { file: path }),
        },
      );
    });
}
