/**
 * The flags of `extract PATH...` checked and resolved before any input is
 * read: one output format, options that would do nothing refused, the
 * table's width and colours, and where the input comes from.
 */
import { resolveEncoding } from '../decode/decode.js';
import { parseFields, type Field } from '../output/fields.js';
import { decideColor } from './color.js';
import type { CliIO } from './io.js';
import type { Format } from './options.js';
import { parseShard, type Shard } from './shard.js';
import { colorFlag, UsageError } from './usage.js';

export interface ExtractFlags {
  format: Format;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  tsv?: boolean;
  fields?: string[];
  indicator?: string[];
  all?: boolean;
  output?: string;
  filesFrom?: string;
  null?: boolean;
  encoding?: string;
  shard?: string;
  rules?: string[];
  explain?: boolean;
  bom?: boolean;
  color?: string | boolean;
  quiet?: boolean;
}

export interface ExtractSettings {
  format: Format;
  fields?: Field[];
  shard?: Shard;
  /** The paths to read; `['-']` when a document is piped in without any. */
  paths: string[];
  /** Colour the table. */
  color: boolean;
  /** The table's width: COLUMNS, else the terminal's; none in a pipe. */
  width?: number;
  /** `-o FILE` (not `-o -`). */
  outputFile?: string;
}

/** COLUMNS as a width, when it is a positive whole number. */
export function columnsFromEnv(env: Record<string, string | undefined>): number | undefined {
  const raw = env.COLUMNS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 ? n : undefined;
}

export function resolveSettings(paths: string[], flags: ExtractFlags, io: CliIO): ExtractSettings {
  const asked = (['json', 'ndjson', 'csv', 'tsv'] as const).filter((f) => flags[f]);
  if (asked.length > 1 || (asked.length === 1 && flags.format !== 'table' && flags.format !== asked[0])) {
    throw new UsageError(`choose one output format (got ${[...new Set([...asked, flags.format])].join(' and ')})`);
  }
  const format: Format = asked.length > 0 ? asked[0]! : flags.format;

  let fields: Field[] | undefined;
  if (flags.fields) {
    if (format === 'table') throw new UsageError('--fields goes with --format json, ndjson, csv or tsv (the table has its own columns)');
    try {
      fields = parseFields(flags.fields);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (flags.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv (it tells Excel the CSV is UTF-8)');
  if (flags.null && flags.filesFrom === undefined) {
    throw new UsageError('-0 goes with --files-from (find … -print0 | extract --files-from - -0)');
  }
  if (flags.encoding) {
    try {
      resolveEncoding(flags.encoding);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  let shard: Shard | undefined;
  if (flags.shard) {
    try {
      shard = parseShard(flags.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }

  let inputs = paths;
  if (paths.length === 0 && flags.filesFrom === undefined) {
    if (io.stdinKind !== 'data') {
      throw new UsageError('no input: give files or directories, pipe a document into stdin, or use --files-from LIST');
    }
    inputs = ['-'];
  }

  const outputFile = flags.output !== undefined && flags.output !== '-' ? flags.output : undefined;
  // A file gets colours only when asked for by the flag: FORCE_COLOR is for terminals and CI logs.
  const flag = colorFlag(flags.color);
  const color = format === 'table' && (outputFile ? flag === true : decideColor(flag, io.env, io.stdoutIsTTY));
  const width = outputFile ? columnsFromEnv(io.env) : (columnsFromEnv(io.env) ?? io.columns);
  return { format, fields, shard, paths: inputs, color, width, outputFile };
}
