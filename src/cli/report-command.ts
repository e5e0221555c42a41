/**
 * `extract report PATH... -o report.html`: the summary rows as one
 * self-contained HTML page (charts, a filterable table, the source sentence
 * of every value). `--rows rows.json` draws the page from `extract summary
 * --json` output instead of reading documents.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Command } from 'commander';
import { renderReport } from '../report/page.js';
import type { SummaryRow } from '../summary/types.js';
import type { CliIO } from './io.js';
import { InputOptionError } from './read-documents.js';
import { outputPathOf, writeAll } from './sink.js';
import { addSharedOptions, guard, note, rowFilter, summaryOf, type SummaryFlags } from './summary-input.js';

interface ReportFlags extends SummaryFlags {
  title?: string;
  rows?: string;
}

/** Rows from a file written by `extract summary --json`. */
function readRows(file: string, io: CliIO): SummaryRow[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolvePath(io.cwd, file), 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputOptionError(`--rows ${file}: ${err.code ? `cannot read (${err.code})` : `not JSON (${err.message})`}`);
  }
  const ok = Array.isArray(data) && data.every((r) => r && typeof r === 'object' && typeof r.indicator === 'string' && typeof r.value === 'number' && Array.isArray(r.sources) && Array.isArray(r.conflicts));
  if (!ok) throw new InputOptionError(`--rows ${file}: not the output of extract summary --json`);
  return data as SummaryRow[];
}

async function runReport(paths: string[], flags: ReportFlags, io: CliIO): Promise<number> {
  if (!flags.output && io.stdoutIsTTY) throw new InputOptionError('the report is an HTML page: give -o report.html (or redirect stdout)');
  let rows: SummaryRow[];
  let status = 0;
  if (flags.rows) {
    if (paths.length || flags.filesFrom) throw new InputOptionError('give documents or --rows, not both');
    const keep = rowFilter(flags);
    rows = readRows(flags.rows, io).filter(keep);
  } else {
    const got = await summaryOf(paths, flags, io, outputPathOf(paths, flags.output, io));
    rows = got.summary.rows;
    status = got.status;
    note(got.summary, got.documents, flags, io);
  }
  await writeAll(renderReport(rows, { title: flags.title }), flags.output, io);
  if (flags.output && !flags.quiet) io.err(`extract: wrote ${flags.output}\n`);
  return status;
}

export function addReportCommand(program: Command, io: CliIO, result: { code: number }): void {
  const report = program
    .command('report')
    .description('the summary as one self-contained HTML page: charts per indicator, a filterable table, the source sentence of every value')
    .argument('[paths...]', 'files or directories (read recursively, in sorted order); - for stdin')
    .option('--title <text>', 'the page title (default 指标汇总)')
    .option('--rows <file>', 'draw the page from rows written by extract summary --json instead of reading documents');
  addSharedOptions(report).addHelpText(
    'after',
    `
Examples:
  $ extract report docs/ -o report.html
  $ extract report docs/ -i 'tech_contract.*' --region 广州 --title 广州技术市场 -o gz.html
  $ extract summary docs/ --json > rows.json && extract report --rows rows.json -o report.html`,
  );
  report.action(async (paths: string[], flags: ReportFlags) => {
    result.code = await guard('report', io, () => runReport(paths, flags, io));
  });
}
