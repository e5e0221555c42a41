/**
 * What every command shares about usage: the one error prefix, usage errors
 * that point to the right help, the `--color[=WHEN]` option and the argv
 * clean-up it needs, and list-valued options.
 */
import { Option } from 'commander';

/** The prefix of every diagnostic line on stderr. */
export const PREFIX = 'extract: ';

/** A mistake in how the command was called: one line, a pointer to help, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The subcommand whose help to point to (`check`); none for `extract` itself. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** `(run extract check --help for usage)` */
export function helpHint(command?: string): string {
  return `(run extract${command ? ` ${command}` : ''} --help for usage)`;
}

/** Repeated or comma-separated values, collected into one list. */
export const collect = (v: string, prev: string[] | undefined): string[] => [
  ...(prev ?? []),
  ...v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

export const COLOR_WHEN = ['auto', 'always', 'never'] as const;

/** `--color[=WHEN]`: `always` (also plain `--color`), `never`, or `auto` (a terminal, NO_COLOR, FORCE_COLOR). */
export function colorOption(what: string): Option {
  return new Option('--color [when]', `colours in ${what}: auto (default: on a terminal), always, never`).choices([...COLOR_WHEN]);
}

/** The `--color`/`--no-color` value as decideColor's flag: true, false, or undefined (auto). */
export function colorFlag(v: string | boolean | undefined): boolean | undefined {
  if (v === 'always' || v === true) return true;
  if (v === 'never' || v === false) return false;
  return undefined;
}

/**
 * A bare `--color` means `--color=always`. Commander would take the next word
 * as the option's value (`extract --color seeds/`), so it is spelt out before
 * parsing. Nothing after `--` is touched.
 */
export function normalizeArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  let rest = false;
  for (const a of argv) {
    if (rest) out.push(a);
    else if (a === '--') {
      rest = true;
      out.push(a);
    } else out.push(a === '--color' ? '--color=always' : a);
  }
  return out;
}

/** Levenshtein distance of two short words. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * For a path that does not exist: the command it was probably meant to be
 * (`extract chekc` → `check`), or undefined. Only bare words are considered.
 */
export function meantCommand(arg: string, commands: readonly string[]): string | undefined {
  if (!/^[a-z]+$/.test(arg)) return undefined;
  return commands.find((c) => c !== arg && distance(arg, c) <= (c.length >= 4 ? 2 : 1));
}
