/**
 * `extract PATH...`: walk the inputs, call the core, write records to stdout
 * (data only) and diagnostics to stderr, and return an exit code.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { Option, type Command } from 'commander';
import type { IndicatorRecord } from '../types.js';
import { extractWith, idPattern } from '../pipeline.js';
import { loadRuleSet } from '../rules/load.js';
import { readSource, type Loaded } from '../decode/source.js';
import { formatTable, emptyMessage } from '../output/table.js';
import { makeChalk } from './color.js';
import type { CommandContext } from './command.js';
import { ExitCode } from './exit-code.js';
import { rootHelpAfter } from './help-text.js';
import { expandInputs } from './inputs.js';
import type { CliIO } from './io.js';
import { EXTRACT_OPTIONS } from './options.js';
import { Progress } from './progress.js';
import { recordWriter } from './record-writer.js';
import { inShard } from './shard.js';
import { openSink } from './sink.js';
import { pathListKind, pathListMessage } from './stdin-input.js';
import { resolveSettings, type ExtractFlags } from './extract-settings.js';
import { collect, colorOption, meantCommand, PREFIX, UsageError } from './usage.js';

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolvePath(a) === b;
  }
}

async function runExtract(args: string[], flags: ExtractFlags, io: CliIO, commands: readonly string[]): Promise<number> {
  const settings = resolveSettings(args, flags, io);
  const { format, shard, paths } = settings;
  const rules = await loadRuleSet(flags.rules ?? []);
  const ids = [...rules.indicators.keys(), 'other'];
  const unknown = (flags.indicator ?? []).filter((p) => {
    const re = idPattern(p);
    return !ids.some((id) => re.test(id));
  });
  if (unknown.length) {
    throw new UsageError(`unknown indicator ${unknown.map((u) => `"${u}"`).join(', ')} (see: extract indicators)`);
  }

  const outputPath = settings.outputFile ? resolvePath(io.cwd, settings.outputFile) : null;
  if (outputPath && paths.some((p) => p !== '-' && samePath(resolvePath(io.cwd, p), outputPath))) {
    throw new UsageError(`the output file ${settings.outputFile} is also an input: choose another -o`);
  }
  const sink = await openSink(settings.outputFile, io);
  const warn = (msg: string) => {
    if (!flags.quiet) io.err(`${PREFIX}${msg}\n`);
  };
  const progress = new Progress(io, !flags.quiet && io.stderrIsTTY);
  const error = (msg: string) => {
    progress.clear();
    io.err(`${PREFIX}${msg}\n`);
    status = ExitCode.Usage;
  };

  let status: number = ExitCode.Ok;
  let files = 0;
  const table: IndicatorRecord[] = [];
  const writer = format === 'table' ? null : recordWriter(format, { fields: settings.fields, bom: flags.bom });
  if (writer) await sink.write(writer.head());

  for await (const item of expandInputs(paths, { cwd: io.cwd, filesFrom: flags.filesFrom, nul: flags.null, readStdin: io.readStdin })) {
    if (shard && !inShard(item.display, shard)) continue; // another shard reports it
    if (item.kind === 'error') {
      const meant = args.includes(item.display) ? meantCommand(item.display, commands) : undefined;
      error(`${item.display}: ${item.message}${meant ? ` (did you mean extract ${meant}?)` : ''}`);
      continue;
    }
    if (outputPath && item.kind === 'file' && samePath(item.path, outputPath)) continue; // our own output
    let loaded: Loaded;
    try {
      if (item.kind === 'stdin') {
        const bytes = await io.readStdin();
        const list = pathListKind(bytes, io.cwd);
        if (list) {
          error(pathListMessage(list));
          continue;
        }
        loaded = readSource(bytes, { encoding: flags.encoding });
      } else loaded = readSource(readFileSync(item.path), { path: item.path, encoding: flags.encoding });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      error(`${item.display}: cannot read (${err.code ?? err.message})`);
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
      error(`${item.display}: cannot extract (${(e as Error).message})`);
      continue;
    }
    if (!writer) table.push(...records);
    else if (records.length) await sink.write(writer.chunk(records));
  }
  progress.clear();

  if (writer) await sink.write(writer.tail());
  else if (table.length === 0) {
    if (files > 0 || status === ExitCode.Ok) warn(emptyMessage(files));
  }
  else {
    const chalk = settings.color ? makeChalk(true, io.env) : undefined;
    await sink.write(formatTable(table, { color: settings.color, width: settings.width, fileCount: files, chalk }) + '\n');
    const n = new Set(table.map((r) => r.file)).size;
    warn(`${table.length} figure${table.length === 1 ? '' : 's'} in ${n} of ${files} file${files === 1 ? '' : 's'}`);
  }
  await sink.close();
  return status;
}

/** The options, help and action of `extract PATH...` itself. */
export function registerExtract(program: Command, ctx: CommandContext): void {
  program.argument('[paths...]', 'files or directories (read recursively, in sorted order); - for stdin; none: a document piped into stdin');
  for (const def of EXTRACT_OPTIONS) {
    const opt = new Option(def.flags, def.description);
    if (def.choices) opt.choices(def.choices);
    if (def.default !== undefined) opt.default(def.default);
    if (def.list) opt.argParser(collect);
    program.addOption(opt);
  }
  program.addOption(colorOption('the table'));
  program.addOption(new Option('--no-color', 'same as --color=never (also NO_COLOR=1)'));
  program.addHelpText('after', () => rootHelpAfter());
  program.action(async (paths: string[], flags: ExtractFlags) => {
    ctx.result.code = await runExtract(paths, flags, ctx.io, program.commands.map((c) => c.name()));
  });
}
