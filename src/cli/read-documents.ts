/**
 * The input side shared by the commands that read documents and extract them
 * (`extract PATH...`, `extract summary`, `extract report`): option checks,
 * the walk over paths, directories and `--files-from`, shards, and the
 * documents' records in input order. Reading, decoding (text, HTML, PDF,
 * Word) and extraction run in a worker thread with a time budget per
 * document (worker-documents.ts); a big file comes in pieces. Each input that
 * cannot be read, is refused or goes over its budget gets one stderr line and
 * status 2; the others go on.
 */
import os from 'node:os';
import type { IndicatorRecord } from '../record/types.js';
import type { RuleSet } from '../rules/load.js';
import { idPattern } from '../rules/filter.js';
import { resolveEncoding } from '../decode/decode.js';
import type { Field } from '../output/fields.js';
import { expandInputs, type InputItem } from './inputs.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { loadRules } from './load-rules.js';
import { Progress } from './progress.js';
import { pathListKind, pathListMessage } from './stdin-input.js';
import { Documents } from './worker-documents.js';
import type { WorkerFormat } from './worker-protocol.js';

/** The input and filter options of `extract PATH...`. */
export interface ReadFlags {
  indicator?: string[];
  all?: boolean;
  filesFrom?: string;
  null?: boolean;
  encoding?: string;
  shard?: string;
  rules?: string[];
  explain?: boolean;
  quiet?: boolean;
  timeout?: string;
  jobs?: string;
}

/** A mistake in the options: the caller prints `extract: message` and exits 2. */
export class InputOptionError extends Error {}

export interface PreparedInput {
  rules: RuleSet;
  shard?: Shard;
  /** --timeout in seconds (0: none); undefined: the default budget by size. */
  timeout?: number;
  /** Extraction threads at most (--jobs). */
  jobs: number;
}

const MAX_JOBS = 64;

/**
 * One extraction thread a core but one (the main thread reads and writes, and
 * V8 collects garbage beside it), at most 4: each thread holds its own rules
 * and heap, 35-45 MB more memory.
 */
function defaultJobs(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

/** Check the options before any file is read (encoding, shard, timeout, inputs given, rule packs, indicator patterns). */
export async function prepareInput(paths: string[], flags: ReadFlags, io: CliIO): Promise<PreparedInput> {
  if (flags.encoding) {
    try {
      resolveEncoding(flags.encoding);
    } catch (e) {
      throw new InputOptionError((e as Error).message);
    }
  }
  let shard: Shard | undefined;
  if (flags.shard) {
    try {
      shard = parseShard(flags.shard);
    } catch (e) {
      throw new InputOptionError((e as Error).message);
    }
  }
  const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeout !== undefined && !(timeout >= 0 && Number.isFinite(timeout))) {
    throw new InputOptionError(`--timeout takes a number of seconds (0: no limit), not "${flags.timeout}"`);
  }
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new InputOptionError(`--jobs takes a whole number of threads from 1 to ${MAX_JOBS}, not "${flags.jobs}"`);
  }
  if (paths.length === 0 && !flags.filesFrom) {
    throw new InputOptionError('no input: give files or directories (or - for stdin, or --files-from LIST)');
  }
  const rules = await loadRules(flags.rules ?? [], io, { quiet: flags.quiet });
  const ids = [...rules.indicators.keys(), 'other'];
  const unknown = (flags.indicator ?? []).filter((p) => {
    const re = idPattern(p);
    return !ids.some((id) => re.test(id));
  });
  if (unknown.length) {
    throw new InputOptionError(`unknown indicator ${unknown.map((u) => `"${u}"`).join(', ')} (see: extract indicators)`);
  }
  return { rules, shard, timeout, jobs };
}

export interface ReadResult {
  /** 0, or 2 when an input could not be read, was refused, or went over its budget. */
  status: number;
  /** Documents read (binary ones included). */
  files: number;
}

/** One document's output: its records, or their text when the worker formats (`format`). */
export interface DocumentOutput {
  display: string;
  records: IndicatorRecord[];
  chunk?: Uint8Array;
}

export interface ReadHooks {
  /** Drop a file (the command's own output). */
  skip?: (path: string) => boolean;
  /** A hint after a missing input's message (`did you mean extract check?`). */
  hint?: (display: string) => string | undefined;
  /** Let the worker format each document's records (lines that stand alone: ndjson, csv, tsv). */
  format?: WorkerFormat;
  fields?: Field[];
}

/** stdin's bytes; a list of file names piped in where a document was expected is refused. */
function stdinDocument(io: CliIO): () => Promise<Uint8Array> {
  return async () => {
    const bytes = await io.readStdin();
    const list = pathListKind(bytes, io.cwd);
    if (list) throw Object.assign(new Error(pathListMessage(list)), { rejected: true });
    return bytes;
  };
}

/** Read every input in order and hand each document's output to `onDocument`. */
export async function readDocuments(
  paths: string[],
  flags: ReadFlags,
  prepared: PreparedInput,
  io: CliIO,
  onDocument: (out: DocumentOutput) => void | Promise<void>,
  hooks: ReadHooks = {},
): Promise<ReadResult> {
  const { rules, shard } = prepared;
  const warn = (msg: string) => {
    if (!flags.quiet) io.err(`extract: ${msg}\n`);
  };
  const progress = new Progress(io, !flags.quiet && io.stderrIsTTY);
  let status: number = ExitCode.Ok;
  let files = 0;
  const error = (msg: string) => {
    progress.clear();
    io.err(`extract: ${msg}\n`);
    status = ExitCode.Usage;
  };
  const docs = new Documents({
    ruleFiles: flags.rules ?? [],
    encoding: flags.encoding,
    options: { all: flags.all, indicators: flags.indicator, explain: flags.explain },
    format: hooks.format ?? null,
    fields: hooks.fields,
    timeout: prepared.timeout,
    jobs: prepared.jobs,
    rules,
    readStdin: stdinDocument(io),
    env: io.env,
  });
  // Inputs another shard owns, and the command's own output, are not read.
  const skip = (item: InputItem) => (shard !== undefined && !inShard(item.display, shard)) || (item.kind === 'file' && hooks.skip?.(item.path) === true);
  try {
    const inputs = expandInputs(paths, { cwd: io.cwd, filesFrom: flags.filesFrom, nul: flags.null, readStdin: io.readStdin });
    for await (const { item, parts } of docs.ahead(inputs, (item) => !skip(item))) {
      if (item.kind === 'error') {
        if (shard && !inShard(item.display, shard)) continue; // another shard reports it
        const hint = hooks.hint?.(item.display);
        error(`${item.display}: ${item.message}${hint ? ` (${hint})` : ''}`);
        continue;
      }
      if (skip(item)) continue;
      // One part per document; a big file gives one part per piece, in order.
      let counted = false;
      for await (const part of parts) {
        const name = part.lines ? `${item.display} (${part.lines})` : item.display;
        if (part.kind === 'unreadable') {
          error(`${item.display}: cannot read (${part.code})`);
          continue;
        }
        if (part.kind === 'rejected') {
          error(part.alone ? part.message : `${item.display}: ${part.message}`);
          continue;
        }
        if (!counted) files++;
        counted = true;
        if (part.kind === 'failed') {
          error(`${name}: cannot extract (${part.message})`);
          continue;
        }
        if (part.kind === 'timeout') {
          error(`${name}: over the time budget (--timeout): stopped after ${part.seconds.toFixed(1)} s ${part.stage}`);
          continue;
        }
        progress.tick(part.chars * 3);
        if (part.binary) {
          warn(`${item.display}: skipped, not a text file`);
          continue;
        }
        for (const w of part.warnings) warn(`${item.display}: ${w}`);
        await onDocument({ display: item.display, records: part.records ?? [], chunk: part.chunk });
      }
    }
  } finally {
    await docs.close();
  }
  progress.clear();
  return { status, files };
}
