/** Where records go: stdout (with backpressure), or a file written whole at the end. */
import { createWriteStream, realpathSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { CliIO } from './io.js';
import { UsageError } from './usage.js';

export interface Sink {
  write(s: string | Uint8Array): Promise<void> | void;
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

/** Whether two paths name the same file (through links), or the same path when one does not exist. */
export function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === b;
  }
}

/** The absolute path of `-o FILE` (null for stdout); refused when it is also one of the inputs. */
export function outputPathOf(paths: readonly string[], output: string | undefined, io: CliIO): string | null {
  if (output === undefined || output === '-') return null;
  const path = resolve(io.cwd, output);
  if (paths.some((p) => p !== '-' && samePath(resolve(io.cwd, p), path))) {
    throw new UsageError(`the output file ${output} is also an input: choose another -o`);
  }
  return path;
}

/** Write one text to stdout or to `-o FILE` (through a temporary file). */
export async function writeAll(text: string, output: string | undefined, io: CliIO): Promise<void> {
  const sink = await openSink(output, io);
  await sink.write(text);
  await sink.close();
}
