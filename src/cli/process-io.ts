/** The real process behind CliIO: the only place that touches `process`. */
import { once } from 'node:events';
import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { CliIO } from './io.js';

/** What fd 0 is, without creating process.stdin (which would start reading a pipe). */
function stdinKind(): CliIO['stdinKind'] {
  if (isatty(0)) return 'terminal';
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile() || st.isSocket() ? 'data' : 'none';
  } catch {
    return 'none';
  }
}

export function processIO(): CliIO {
  return {
    out: (chunk) => process.stdout.write(chunk),
    drain: async () => {
      await once(process.stdout, 'drain');
    },
    err: (chunk) => {
      process.stderr.write(chunk);
    },
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stdinKind: stdinKind(),
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/**
 * A reader that closes early (`| head -1`) is not an error: end quietly with
 * status 0. Any other stream error is reported without a stack.
 */
export function handleBrokenPipe(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    process.stderr.write(`extract: cannot write output: ${e.message}\n`);
    process.exit(2);
  };
  process.stdout.on('error', onError);
}
