/**
 * `extract summary PATH...`: the figures of many documents as one row per
 * quantity (indicator × region × year × status × part × phase), with sources
 * and conflicts. Registered on the program by main.ts, with `extract report`.
 */
import { Command, Option } from 'commander';
import { summaryCsv, summaryJson, summaryNdjson } from '../summary/format-json.js';
import { formatSummaryTable } from '../summary/format-table.js';
import { decideColor, makeChalk } from './color.js';
import type { CliIO } from './io.js';
import { FORMATS, type Format } from './options.js';
import { InputOptionError } from './read-documents.js';
import { addReportCommand } from './report-command.js';
import { outputPathOf, writeAll } from './sink.js';
import { addSharedOptions, guard, note, summaryOf, type SummaryFlags } from './summary-input.js';

async function runSummary(paths: string[], flags: SummaryFlags, io: CliIO): Promise<number> {
  const asked = [flags.json && 'json', flags.ndjson && 'ndjson', flags.csv && 'csv'].filter(Boolean) as Format[];
  if (asked.length > 1 || (asked.length === 1 && flags.format !== 'table' && flags.format !== asked[0])) {
    throw new InputOptionError(`choose one output format (got ${[...new Set([...asked, flags.format])].join(' and ')})`);
  }
  const format: Format = asked[0] ?? flags.format ?? 'table';
  const outputPath = outputPathOf(paths, flags.output, io);
  const { summary, status, documents } = await summaryOf(paths, flags, io, outputPath);
  const rows = summary.rows;
  let text: string;
  if (format === 'json') text = summaryJson(rows);
  else if (format === 'ndjson') text = summaryNdjson(rows);
  else if (format === 'csv') text = (flags.bom ? '\uFEFF' : '') + summaryCsv(rows);
  else {
    const color = !flags.output && decideColor(flags.color, io.env, io.stdoutIsTTY);
    text = rows.length ? formatSummaryTable(rows, { by: flags.by, color, chalk: color ? makeChalk(true, io.env) : undefined }) + '\n' : '';
  }
  await writeAll(text, flags.output, io);
  note(summary, documents, flags, io);
  return status;
}

/** Add `summary` and `report` to the program; actions store their exit code in `result`. */
export function addSummaryCommands(program: Command, io: CliIO, result: { code: number }): void {
  const summary = program
    .command('summary')
    .description('one row per quantity (indicator × region × year × status × part × phase) across documents, with sources and conflicts')
    .argument('[paths...]', 'files or directories (read recursively, in sorted order); - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table'))
    .option('--json', 'same as --format json')
    .option('--ndjson', 'same as --format ndjson')
    .option('--csv', 'same as --format csv')
    .addOption(new Option('--by <pivot>', 'table columns: year (a time series) or region (places side by side)').choices(['year', 'region']).default('year'))
    .option('--bom', 'with csv: start with a UTF-8 BOM so Excel opens Chinese text correctly');
  addSharedOptions(summary).addHelpText(
    'after',
    `
Examples:
  $ extract summary docs/ -i tech_contract.value --region 广州 --year 2019-2024
  $ extract summary bulletins/ -i patent.grants --year 2023 --by region
  $ extract summary docs/ --json > rows.json

A row's value is the one most documents state (ties: the newest document);
other values are listed as conflicts (! in the table). See docs/summary.md.`,
  );
  summary.action(async (paths: string[], flags: SummaryFlags) => {
    result.code = await guard('summary', io, () => runSummary(paths, flags, io));
  });
  addReportCommand(program, io, result);
}
