/** `extract help [command]`: the help of extract itself or of one command, on stdout. */
import type { Command } from 'commander';
import type { CommandContext } from './command.js';
import { ExitCode } from './exit-code.js';
import { UsageError } from './usage.js';

export function registerHelp(program: Command, ctx: CommandContext): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('show the help of extract, or of one command (extract help check)')
    .argument('[command]', 'a command name')
    .action((name: string | undefined) => {
      const target = name === undefined ? program : program.commands.find((c) => c.name() === name);
      if (!target) {
        const names = program.commands.map((c) => c.name());
        throw new UsageError(`no command "${name}" (commands: ${names.join(', ')})`, '');
      }
      target.outputHelp(); // with the text added by addHelpText, through writeOut (stdout)
      ctx.result.code = ExitCode.Ok;
    });
}
