/** The real process behind CliIO: the only place that touches `process`. */
import { once } from 'node:events';
import type { CliIO } from './io.js';

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
