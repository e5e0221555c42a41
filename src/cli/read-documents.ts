/**
 * The input side shared by commands that read documents and extract them
 * (`extract summary`, `extract report`): option checks, the walk over paths,
 * directories and `--files-from`, shards, reading and decoding, extraction,
 * and one stderr line per unreadable input. (The same steps as the loop of
 * `extract PATH...` in main.ts, which can call this too.)
 */
import { readFileSync } from 'node:fs';
import type { IndicatorRecord } from '../types.js';
import { extractWith, idPattern } from '../pipeline.js';
import { loadRuleSet, type RuleSet } from '../rules/load.js';
import { readDocument, type Loaded } from '../decode/source.js';
import { DocumentError } from '../decode/errors.js';
import { pathListKind, pathListMessage } from './stdin-input.js';
import { resolveEncoding } from '../decode/decode.js';
import { expandInputs } from './inputs.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { Progress } from './progress.js';

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
}

/** A mistake in the options: the caller prints `extract: message` and exits 2. */
export class InputOptionError extends Error {}

export interface PreparedInput {
  rules: RuleSet;
  shard?: Shard;
}

/** Check the options before any file is read (encoding, shard, inputs given, indicator patterns). */
export async function prepareInput(paths: string[], flags: ReadFlags): Promise<PreparedInput> {
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
  if (paths.length === 0 && !flags.filesFrom) {
    throw new InputOptionError('no input: give files or directories (or - for stdin, or --files-from LIST)');
  }
  const rules = await loadRuleSet(flags.rules ?? []);
  const ids = [...rules.indicators.keys(), 'other'];
  const unknown = (flags.indicator ?? []).filter((p) => {
    const re = idPattern(p);
    return !ids.some((id) => re.test(id));
  });
  if (unknown.length) {
    throw new InputOptionError(`unknown indicator ${unknown.map((u) => `"${u}"`).join(', ')} (see: extract indicators)`);
  }
  return { rules, shard };
}

export interface ReadResult {
  /** 0, or 2 when an input could not be read or extracted. */
  status: number;
  /** Documents read (binary ones included). */
  files: number;
}

export interface ReadHooks {
  /** Drop a file (the command's own output). */
  skip?: (path: string) => boolean;
  /** A hint after a missing input's message (`did you mean extract check?`). */
  hint?: (display: string) => string | undefined;
}

/**
 * Read every input in order and hand each document's records to `onDocument`.
 * Unreadable inputs get one stderr line and status 2; the others go on.
 */
export async function readDocuments(
  paths: string[],
  flags: ReadFlags,
  prepared: PreparedInput,
  io: CliIO,
  onDocument: (display: string, records: IndicatorRecord[]) => void | Promise<void>,
  hooks: ReadHooks = {},
): Promise<ReadResult> {
  const { rules, shard } = prepared;
  const warn = (msg: string) => {
    if (!flags.quiet) io.err(`extract: ${msg}\n`);
  };
  const progress = new Progress(io, !flags.quiet && io.stderrIsTTY);
  let status: number = ExitCode.Ok;
  let files = 0;
  for await (const item of expandInputs(paths, { cwd: io.cwd, filesFrom: flags.filesFrom, nul: flags.null, readStdin: io.readStdin })) {
    if (shard && !inShard(item.display, shard)) continue; // another shard reads (or reports) it
    const error = (msg: string) => {
      progress.clear();
      io.err(`extract: ${item.display}: ${msg}\n`);
      status = ExitCode.Usage;
    };
    if (item.kind === 'error') {
      const hint = hooks.hint?.(item.display);
      error(`${item.message}${hint ? ` (${hint})` : ''}`);
      continue;
    }
    if (item.kind === 'file' && hooks.skip?.(item.path)) continue;
    let loaded: Loaded;
    try {
      if (item.kind === 'stdin') {
        const bytes = await io.readStdin();
        // A list of file names piped in where a document was expected.
        const list = pathListKind(bytes, io.cwd);
        if (list) {
          progress.clear();
          io.err(`extract: ${pathListMessage(list)}\n`);
          status = ExitCode.Usage;
          continue;
        }
        loaded = await readDocument(bytes, { encoding: flags.encoding });
      } else loaded = await readDocument(readFileSync(item.path), { path: item.path, encoding: flags.encoding });
    } catch (e) {
      if (e instanceof DocumentError) error(e.message);
      else error(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    files++;
    progress.tick(loaded.text.length * 3);
    if (loaded.binary) {
      warn(`${item.display}: skipped, not a text file`);
      continue;
    }
    for (const w of loaded.warnings) warn(`${item.display}: ${w}`);
    let records: IndicatorRecord[];
    try {
      records = extractWith(rules, loaded, { file: item.display, all: flags.all, indicators: flags.indicator, explain: flags.explain });
    } catch (e) {
      error(`cannot extract (${(e as Error).message})`);
      continue;
    }
    await onDocument(item.display, records);
  }
  progress.clear();
  return { status, files };
}
