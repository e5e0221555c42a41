/** Process exit codes, shared by every command. */
export const ExitCode = {
  /** Everything worked; `check`: every expected figure was found. */
  Ok: 0,
  /** `check`: an expected figure is missing or different. */
  CheckFailed: 1,
  /** Usage, configuration or input error (bad option, unreadable file, malformed YAML). */
  Usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
