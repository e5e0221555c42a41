/**
 * `extract`: the thin command line around the library. Builds the program
 * from its commands, runs it, and turns every error into one line on stderr
 * (prefixed `extract: `) and an exit code.
 *
 * A command lives in its own module that exports `registerX(program, ctx)`
 * (see command.ts); adding one is an import and a line in COMMANDS.
 */
import { Command, CommanderError } from 'commander';
import { RulePackError } from '../rules/load.js';
import { registerCheck } from './check-register.js';
import type { CommandContext, RegisterCommand } from './command.js';
import { registerCompletion } from './completion.js';
import { ExitCode } from './exit-code.js';
import { registerExtract } from './extract-command.js';
import { registerHelp } from './help-command.js';
import { registerIndicators } from './indicators-command.js';
import type { CliIO } from './io.js';
import { handleBrokenPipe, processIO } from './process-io.js';
import { InputOptionError } from './read-documents.js';
import { addSummaryCommands } from './summary-command.js';
import { addRulesCommand } from './rules-command.js';
import { helpHint, normalizeArgv, PREFIX, UsageError } from './usage.js';

const VERSION = '0.1.0';

/** The subcommands, in the order --help lists them; `help` comes last by itself. */
const registerSummary: RegisterCommand = (program, ctx) => addSummaryCommands(program, ctx.io, ctx.result);
const registerRules: RegisterCommand = (program, ctx) => addRulesCommand(program, ctx.io, ctx.result);
const COMMANDS: RegisterCommand[] = [registerCheck, registerSummary, registerIndicators, registerRules, registerCompletion];

/** Build the commander program; actions store their exit code in `ctx.result`. */
export function buildProgram(io: CliIO, result: { code: number }, active: { command?: string } = {}): Command {
  const ctx: CommandContext = { io, result };
  const program = new Command('extract');
  program
    .description('Pull numeric indicators (技术合同成交额, 产学研联盟, 专利, 基金) out of Chinese government documents.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError(helpHint())
    // `extract check -o F` and `extract indicators --json` are the subcommand's options.
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => void io.out(s),
      writeErr: (s) => io.err(s),
      // One prefix for every error: commander says `error: …`.
      outputError: (s, write) => write(s.replace(/^error: /, PREFIX)),
    })
    .exitOverride();
  registerExtract(program, ctx);
  for (const register of COMMANDS) register(program, ctx);
  registerHelp(program, ctx);
  // Usage errors in a subcommand point to that subcommand's help.
  for (const sub of program.commands) sub.showHelpAfterError(helpHint(sub.name()));
  program.hook('preAction', (_root, action) => {
    active.command = action === program ? undefined : action.name();
  });
  return program;
}

/** Run the CLI with these arguments; returns the exit code (never throws). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const result = { code: ExitCode.Ok as number };
  const active: { command?: string } = {};
  const program = buildProgram(io, result, active);
  try {
    await program.parseAsync(normalizeArgv(argv), { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (e instanceof UsageError) {
      io.err(`${PREFIX}${e.message}\n${helpHint(e.command ?? active.command)}\n`);
      return ExitCode.Usage;
    }
    if (e instanceof InputOptionError) {
      io.err(`${PREFIX}${e.message}\n${helpHint(active.command)}\n`);
      return ExitCode.Usage;
    }
    if (e instanceof RulePackError) {
      io.err(`${PREFIX}${e.message.split('\n').join(`\n${PREFIX}`)}\n`);
      return ExitCode.Usage;
    }
    io.err(`${PREFIX}${(e as Error).message}\n`);
    if (io.env.DEBUG) io.err(`${(e as Error).stack}\n`);
    return ExitCode.Usage;
  }
}

/** The bin entry: run with the real process, set the exit code, never exit early. */
export async function main(argv: string[]): Promise<void> {
  handleBrokenPipe();
  process.exitCode = await run(argv, processIO());
}
