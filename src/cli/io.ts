/**
 * The streams and environment a CLI command may touch. main() builds it from
 * `process`; tests and the library never need it.
 */
export interface CliIO {
  /** Write data (records, reports; text or UTF-8 bytes) to stdout; false when the caller should wait for drain(). */
  out(chunk: string | Uint8Array): boolean | void;
  /** Resolves when stdout can take more data (backpressure for large outputs). */
  drain?(): Promise<void>;
  /** Terminal width of stdout, when it is a terminal (COLUMNS is read from `env` by the commands). */
  columns?: number;
  /** Write a diagnostic line (warnings, errors, progress) to stderr. */
  err(chunk: string): void;
  /** Environment variables (NO_COLOR, FORCE_COLOR, DEBUG, CI…). */
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal. */
  stdoutIsTTY: boolean;
  /** True when stderr is a terminal. */
  stderrIsTTY: boolean;
  /**
   * What stdin is: `terminal` (someone typing), `data` (a pipe, a file or a
   * socket: `cat f | extract`, `extract < f`), or `none` (/dev/null, closed).
   * Without paths, `extract` reads stdin only when it is `data`.
   */
  stdinKind: 'terminal' | 'data' | 'none';
  /** The working directory relative paths are resolved against. */
  cwd: string;
  /** Read all of stdin as bytes (for `-` and `--files-from -`). */
  readStdin(): Promise<Uint8Array>;
}
