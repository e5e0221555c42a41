/**
 * `extract`: the thin command line around the library. Parses argv, walks the
 * inputs, calls the core, writes records to stdout (data only) and
 * diagnostics to stderr, and returns an exit code.
 */
import { createWriteStream, realpathSync, renameSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { once } from 'node:events';
import { Command, CommanderError, Option } from 'commander';
import type { IndicatorRecord } from '../types.js';
import { RulePackError } from '../rules/load.js';
import { loadRules } from './load-rules.js';
import { addRulesCommand } from './rules-command.js';
import { loadFile } from '../decode/source.js';
import { resolveEncoding } from '../decode/decode.js';
import { csvHeader } from '../output/csv.js';
import { jsonArrayWriter } from '../output/json.js';
import { formatTable, emptyMessage } from '../output/table.js';
import { decideColor, makeChalk } from './color.js';
import { expandInputs, type InputItem } from './inputs.js';
import { Documents } from './worker-documents.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { EXTRACT_HELP_AFTER, EXTRACT_OPTIONS, type Format } from './options.js';
import { handleBrokenPipe, processIO } from './process-io.js';
import { Progress } from './progress.js';

const VERSION = '0.1.0';

class UsageError extends Error {}

interface ExtractFlags {
  format: Format;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
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
  color?: boolean;
  quiet?: boolean;
  timeout?: string;
}

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), ...v.split(',').map((s) => s.trim()).filter(Boolean)];

/** Where the records go: stdout (with backpressure) or a file. */
interface Sink {
  write(s: string | Uint8Array): Promise<void> | void;
  close(): Promise<void>;
}

function stdoutSink(io: CliIO): Sink {
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
async function fileSink(path: string): Promise<Sink> {
  const tmp = `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(tmp);
  await Promise.race([
    once(stream, 'open'),
    once(stream, 'error').then(([e]) => {
      throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
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

async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const asked = [flags.json && 'json', flags.ndjson && 'ndjson', flags.csv && 'csv'].filter(Boolean) as Format[];
  if (asked.length > 1 || (asked.length === 1 && flags.format !== 'table' && flags.format !== asked[0])) {
    throw new UsageError(`choose one output format (got ${[...new Set([...asked, flags.format])].join(' and ')})`);
  }
  const format: Format = asked[0] ?? flags.format;
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
  if (paths.length === 0 && !flags.filesFrom) {
    throw new UsageError('no input: give files or directories (or - for stdin, or --files-from LIST)');
  }
  const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeout !== undefined && !(timeout >= 0 && Number.isFinite(timeout))) {
    throw new UsageError(`--timeout takes a number of seconds (0: no limit), not "${flags.timeout}"`);
  }
  const rules = await loadRules(flags.rules ?? [], io, { quiet: flags.quiet });
  const ids = [...rules.indicators.keys(), 'other'];
  const unknown = flags.indicator?.length ? await unknownIndicators(flags.indicator, ids) : [];
  if (unknown.length) {
    throw new UsageError(`unknown indicator ${unknown.map((u) => `"${u}"`).join(', ')} (see: extract indicators)`);
  }

  const outputPath = flags.output ? resolvePath(io.cwd, flags.output) : null;
  if (outputPath && paths.some((p) => p !== '-' && samePath(resolvePath(io.cwd, p), outputPath))) {
    throw new UsageError(`the output file ${flags.output} is also an input: choose another -o`);
  }
  const sink = flags.output ? await fileSink(flags.output) : stdoutSink(io);
  const color = format === 'table' && !flags.output && decideColor(flags.color, io.env, io.stdoutIsTTY);
  const warn = (msg: string) => {
    if (!flags.quiet) io.err(`extract: ${msg}\n`);
  };
  const progress = new Progress(io, !flags.quiet && io.stderrIsTTY);

  let status: number = ExitCode.Ok;
  let files = 0;
  const table: IndicatorRecord[] = [];
  // JSON is built per document and written with backpressure, like the others.
  let pending = '';
  const json = format === 'json' ? jsonArrayWriter((s) => void (pending += s)) : null;
  if (format === 'csv') await sink.write((flags.bom ? '\uFEFF' : '') + csvHeader());

  const docs = new Documents({
    ruleFiles: flags.rules ?? [],
    encoding: flags.encoding,
    options: { all: flags.all, indicators: flags.indicator, explain: flags.explain },
    format: format === 'ndjson' || format === 'csv' ? format : null,
    timeout,
    rules,
    readStdin: io.readStdin,
    env: io.env,
  });
  // Inputs another shard owns, and our own output file, are not extracted.
  const skip = (item: InputItem) =>
    (shard !== undefined && !inShard(item.display, shard)) || (outputPath !== null && item.kind === 'file' && samePath(item.path, outputPath));
  try {
    for await (const { item, parts } of docs.ahead(
      expandInputs(paths, { cwd: io.cwd, filesFrom: flags.filesFrom, nul: flags.null, readStdin: io.readStdin }),
      (item) => !skip(item),
    )) {
      if (item.kind === 'error') {
        if (shard && !inShard(item.display, shard)) continue; // another shard reports it
        progress.clear();
        io.err(`extract: ${item.display}: ${item.message}\n`);
        status = ExitCode.Usage;
        continue;
      }
      if (skip(item)) continue;
      // One part per document; a big file gives one part per piece, in order.
      let counted = false;
      for await (const part of parts) {
        const name = part.lines ? `${item.display} (${part.lines})` : item.display;
        if (part.kind === 'unreadable') {
          progress.clear();
          io.err(`extract: ${item.display}: cannot read (${part.code})\n`);
          status = ExitCode.Usage;
          continue;
        }
        if (!counted) files++;
        counted = true;
        if (part.kind === 'failed' || part.kind === 'timeout') {
          progress.clear();
          const why = part.kind === 'failed' ? `cannot extract (${part.message})` : `over the time budget (--timeout): stopped after ${part.seconds.toFixed(1)} s ${part.stage}`;
          io.err(`extract: ${name}: ${why}\n`);
          status = ExitCode.Usage;
          continue;
        }
        progress.tick(part.chars * 3);
        if (part.binary) {
          warn(`${item.display}: skipped, not a text file`);
          continue;
        }
        for (const w of part.warnings) warn(`${item.display}: ${w}`);
        const records = part.records ?? [];
        if (format === 'table') table.push(...records);
        else if (json) {
          for (const r of records) json.push(r);
          if (pending) await sink.write(pending);
          pending = '';
        } else if (part.chunk?.length) await sink.write(part.chunk); // ndjson and csv: formatted by the worker
      }
    }
  } finally {
    await docs.close();
  }
  progress.clear();

  if (json) {
    json.end();
    await sink.write(pending);
  }
  if (format === 'table') {
    if (table.length === 0) warn(emptyMessage(files));
    else {
      await sink.write(formatTable(table, { color, width: io.columns, fileCount: files, chalk: color ? makeChalk(true, io.env) : undefined }) + '\n');
      const n = new Set(table.map((r) => r.file)).size;
      warn(`${table.length} figure${table.length === 1 ? '' : 's'} in ${n} of ${files} file${files === 1 ? '' : 's'}`);
    }
  }
  await sink.close();
  return status;
}

/** The -i patterns that match no indicator id (the extraction code, which runs in the worker, is loaded only for them). */
async function unknownIndicators(patterns: string[], ids: string[]): Promise<string[]> {
  const { idPattern } = await import('../extract.js');
  return patterns.filter((p) => {
    const re = idPattern(p);
    return !ids.some((id) => re.test(id));
  });
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolvePath(a) === b;
  }
}

async function runIndicators(flags: { json?: boolean; rules?: string[] }, io: CliIO): Promise<number> {
  const rules = await loadRules(flags.rules ?? [], io);
  const rows = [...rules.indicators].map(([id, label]) => {
    const r = rules.rules.find((x) => x.id === id)!;
    return { id, label, unit: r.unit };
  });
  if (flags.json) io.out(JSON.stringify(rows, null, 2) + '\n');
  else for (const r of rows) io.out(`${r.id.padEnd(36)} ${r.unit.padEnd(7)} ${r.label}\n`);
  return ExitCode.Ok;
}

/** Build the commander program; actions store their exit code in `result`. */
export function buildProgram(io: CliIO, result: { code: number }): Command {
  const program = new Command('extract');
  program
    .description('Pull numeric indicators (技术合同成交额, 产学研联盟, 专利, 基金) out of Chinese government documents.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', 'files or directories (read recursively, in sorted order); - for stdin')
    .showHelpAfterError('(run extract --help for usage)')
    // `extract check -o F` and `extract indicators --json` are the subcommand's options.
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => void io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  for (const def of EXTRACT_OPTIONS) {
    const opt = new Option(def.flags, def.description);
    if (def.choices) opt.choices(def.choices);
    if (def.default !== undefined) opt.default(def.default);
    if (def.list) opt.argParser(collect);
    program.addOption(opt);
  }
  program.addHelpText('after', EXTRACT_HELP_AFTER);
  program.action(async (paths: string[], flags: ExtractFlags) => {
    result.code = await runExtract(paths, flags, io);
  });

  program
    .command('check')
    .description('verify that expected figures (YAML) are still found; exit 1 when one is missing or different')
    .argument('<expectations...>', 'YAML expectation files (paths inside are relative to each file)')
    .addOption(new Option('--reporter <name>', 'text, or junit for CI test reports').choices(['text', 'junit']).default('text'))
    .option('-o, --output <file>', 'write the report (JUnit XML) to FILE')
    .option('--update', 'rewrite the expectation files from the current output (shows what changes)')
    .option('--yes', 'with --update: also write removals and changes, after you have reviewed them')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      `
Expectations file:
  documents:
    - file: ../seeds/000_7c649211ab158f35.txt   # relative to this YAML file
      figures:
        - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
        - { indicator: alliance.members, value: 2700, qualifier: over }

Exit status: 0 all found; 1 a figure missing or different; 2 bad YAML, unknown
indicator or missing document.`,
    )
    .option('--rules <file>', 'include a YAML rule pack (its indicator ids become known)', collect)
    .action(async (files: string[], opts: { reporter: 'text' | 'junit'; output?: string; update?: boolean; yes?: boolean; color?: boolean; rules?: string[] }) => {
      if (opts.yes && !opts.update) throw new UsageError('--yes goes with --update');
      const rules = await loadRules(opts.rules ?? [], io);
      // Loaded on demand: the check command brings the YAML parser, which a
      // plain extraction does not need at start-up.
      const { checkCommand } = await import('./check-command.js');
      result.code = await checkCommand(
        files,
        {
          reporter: opts.reporter,
          output: opts.output,
          update: opts.update,
          yes: opts.yes,
          color: decideColor(opts.color, io.env, io.stdoutIsTTY),
        },
        io,
        {
          knownIndicators: new Set(rules.indicators.keys()),
          extractFile: async (path) => {
            const { extractWith } = await import('../extract.js');
            const loaded = await loadFile(path);
            return extractWith(rules, loaded, { file: path });
          },
        },
      );
    });

  program
    .command('indicators')
    .description('list the indicator ids, their units and Chinese labels')
    .option('--json', 'as JSON')
    .option('--rules <file>', 'include a YAML rule pack', collect)
    .action(async (opts: { json?: boolean; rules?: string[] }) => {
      result.code = await runIndicators(opts, io);
    });
  addRulesCommand(program, io, result);
  return program;
}

/** Run the CLI with these arguments; returns the exit code (never throws). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const result = { code: ExitCode.Ok as number };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (e instanceof UsageError || e instanceof RulePackError) {
      for (const line of e.message.split('\n')) io.err(`extract: ${line}\n`);
      if (e instanceof UsageError) io.err('(run extract --help for usage)\n');
      return ExitCode.Usage;
    }
    io.err(`extract: ${(e as Error).message}\n`);
    if (io.env.DEBUG) io.err(`${(e as Error).stack}\n`);
    return ExitCode.Usage;
  }
}

/** The bin entry: run with the real process, set the exit code, never exit early. */
export async function main(argv: string[]): Promise<void> {
  handleBrokenPipe();
  process.exitCode = await run(argv, processIO());
}
