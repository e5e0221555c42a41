/** Where records go: stdout (with backpressure), or a file written whole at the end. */
import { createWriteStream, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { CliIO } from './io.js';
import { UsageError } from './usage.js';

export interface Sink {
  write(s: string): Promise<void> | void;
  close(): Promise<void>;
}

export function stdoutSink(io: CliIO): Sink {
  return {
    write(s) {
      if (io.out(s) === false && io.drain) return io.drain();
    },
    async close() {},
  };
}

/**
 * Output to a file: written to a temporary file beside it and renamed at the
 * end, so an output that is also an input is read intact.
 */
export async function fileSink(path: string, shown = path): Promise<Sink> {
  const tmp = `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(tmp);
  await Promise.race([
    once(stream, 'open'),
    once(stream, 'error').then(([e]) => {
      throw new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }),
  ]);
  return {
    write(s) {
      if (!stream.write(s)) return once(stream, 'drain').then(() => undefined);
    },
    close: () =>
      new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))).then(() => renameSync(tmp, path)),
  };
}

/** `-o FILE` (relative to the working directory), `-o -` or no -o: stdout. */
export async function openSink(output: string | undefined, io: CliIO): Promise<Sink> {
  return output === undefined || output === '-' ? stdoutSink(io) : fileSink(resolve(io.cwd, output), output);
}
