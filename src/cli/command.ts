/**
 * What a subcommand gets when it registers itself on the program. A command
 * lives in its own module exporting `registerX(program, ctx)`; main.ts lists
 * the registrations.
 */
import type { Command } from 'commander';
import type { CliIO } from './io.js';

export interface CommandContext {
  io: CliIO;
  /** Actions store their exit code here. */
  result: { code: number };
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
