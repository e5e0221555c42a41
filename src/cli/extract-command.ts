/**
 * `extract PATH...`: walk the inputs, call the core, write records to stdout
 * (data only) and diagnostics to stderr, and return an exit code.
 */
import { Option, type Command } from 'commander';
import type { IndicatorRecord } from '../record/types.js';
import { formatTable, emptyMessage } from '../output/table.js';
import { makeChalk } from './color.js';
import type { CommandContext } from './command.js';
import { ExitCode } from './exit-code.js';
import { rootHelpAfter } from './help-text.js';
import type { CliIO } from './io.js';
import { EXTRACT_OPTIONS } from './options.js';
import { InputOptionError, prepareInput, readDocuments, type PreparedInput } from './read-documents.js';
import { recordWriter } from './record-writer.js';
import { openSink, outputPathOf, samePath } from './sink.js';
import { resolveSettings, type ExtractFlags } from './extract-settings.js';
import { collect, colorOption, meantCommand, PREFIX, UsageError } from './usage.js';

async function runExtract(args: string[], flags: ExtractFlags, io: CliIO, commands: readonly string[]): Promise<number> {
  const settings = resolveSettings(args, flags, io);
  const { format, paths } = settings;
  let prepared: PreparedInput;
  try {
    prepared = await prepareInput(paths, flags, io);
  } catch (e) {
    if (e instanceof InputOptionError) throw new UsageError(e.message);
    throw e;
  }
  const outputPath = outputPathOf(paths, settings.outputFile, io);
  const sink = await openSink(settings.outputFile, io);
  const warn = (msg: string) => {
    if (!flags.quiet) io.err(`${PREFIX}${msg}\n`);
  };
  const table: IndicatorRecord[] = [];
  const writer = format === 'table' ? null : recordWriter(format, { fields: settings.fields, bom: flags.bom });
  if (writer) await sink.write(writer.head());

  const { status, files } = await readDocuments(
    paths,
    flags,
    prepared,
    io,
    async ({ records, chunk }) => {
      if (!writer) table.push(...records);
      else if (chunk) {
        if (chunk.length) await sink.write(chunk); // formatted by the worker
      } else if (records.length) await sink.write(writer.chunk(records));
    },
    {
      skip: (path) => outputPath !== null && samePath(path, outputPath), // our own output
      hint: (display) => {
        const meant = args.includes(display) ? meantCommand(display, commands) : undefined;
        return meant ? `did you mean extract ${meant}?` : undefined;
      },
      // Lines that stand alone are formatted in the worker; a JSON array and the table here.
      format: format === 'ndjson' || format === 'csv' || format === 'tsv' ? format : undefined,
      fields: settings.fields ? [...settings.fields] : undefined,
    },
  );

  if (writer) await sink.write(writer.tail());
  else if (table.length === 0) {
    if (files > 0 || status === ExitCode.Ok) warn(emptyMessage(files));
  } else {
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
