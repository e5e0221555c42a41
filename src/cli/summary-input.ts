/**
 * What `extract summary` and `extract report` share: the input options of
 * `extract PATH...`, the year and region filters, reading and summarising the
 * inputs, and writing the output.
 */


import { Option, type Command } from 'commander';
import { regionKey } from '../check/region-key.js';
import type { IndicatorRecord } from '../record/types.js';
import { summarize } from '../summary/summarize.js';
import type { PivotBy } from '../summary/pivot.js';
import type { Summary, SummaryRow } from '../summary/types.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { EXTRACT_OPTIONS, type Format } from './options.js';
import { InputOptionError, prepareInput, readDocuments, type ReadFlags } from './read-documents.js';
import { samePath } from './sink.js';

export interface SummaryFlags extends ReadFlags {
  format?: Format;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  output?: string;
  bom?: boolean;
  color?: boolean;
  by?: PivotBy;
  year?: string[];
  region?: string[];
}

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), ...v.split(',').map((s) => s.trim()).filter(Boolean)];

/** The options of `extract PATH...` that summary and report share, by long name. */
const SHARED = ['--indicator', '--all', '--output', '--files-from', '--null', '--encoding', '--shard', '--jobs', '--rules', '--color', '--no-color', '--quiet'];

export function addSharedOptions(cmd: Command, extra: string[] = []): Command {
  for (const def of EXTRACT_OPTIONS) {
    const long = /--[\w-]+/.exec(def.flags)?.[0] ?? '';
    if (!SHARED.includes(long) && !extra.includes(long)) continue;
    const opt = new Option(def.flags, def.description);
    if (def.choices) opt.choices(def.choices);
    if (def.default !== undefined) opt.default(def.default);
    if (def.list) opt.argParser(collect);
    cmd.addOption(opt);
  }
  return cmd
    .addOption(new Option('--year <years>', 'keep these years: 2021, 2019-2024, or a list (2019,2021)').argParser(collect))
    .addOption(new Option('--region <name>', 'keep these regions (广州 matches 广州市); repeat or separate with commas').argParser(collect));
}

/** `2019-2024,2026` → a test on a row's year (a period matches by its end year). */
export function yearFilter(specs: string[]): (r: SummaryRow) => boolean {
  const ranges = specs.map((s) => {
    const m = /^(\d{4})(?:\s*[-–~]\s*(\d{4}))?$/.exec(s);
    if (!m) throw new InputOptionError(`--year ${s}: give a year (2021) or a range (2019-2024)`);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    return [Math.min(from, to), Math.max(from, to)] as const;
  });
  return (r) => r.year !== null && ranges.some(([a, b]) => r.year! >= a && r.year! <= b);
}

/** The --year and --region filters as one test on a row (checked before anything is read). */
export function rowFilter(flags: Pick<SummaryFlags, 'year' | 'region'>): (r: SummaryRow) => boolean {
  const years = flags.year?.length ? yearFilter(flags.year) : null;
  const regions = flags.region?.length ? new Set(flags.region.map(regionKey)) : null;
  return (r) => (!years || years(r)) && (!regions || (r.region !== null && regions.has(regionKey(r.region))));
}

/** Read, extract and summarise the inputs; filtered rows and what was left out. */
export async function summaryOf(paths: string[], flags: SummaryFlags, io: CliIO, outputPath: string | null): Promise<{ summary: Summary; status: number; files: number; documents: number }> {
  const keep = rowFilter(flags);
  const prepared = await prepareInput(paths, flags, io);
  const records: IndicatorRecord[] = [];
  const { status, files } = await readDocuments(paths, flags, prepared, io, ({ records: rs }) => void records.push(...rs), { skip: (p) => outputPath !== null && samePath(p, outputPath) });
  const summary = summarize(records);
  summary.rows = summary.rows.filter(keep);
  return { summary, status, files, documents: new Set(records.map((r) => r.file)).size };
}

export function note(s: Summary, documents: number, flags: ReadFlags, io: CliIO): void {
  if (flags.quiet) return;
  const conflicts = s.rows.filter((r) => r.conflicts.length).length;
  const left = [s.skipped.undated && `${s.skipped.undated} without a year`, s.skipped.perUnit && `${s.skipped.perUnit} per-unit amounts`].filter(Boolean);
  io.err(
    `extract: ${s.rows.length} quantit${s.rows.length === 1 ? 'y' : 'ies'} from ${documents} document${documents === 1 ? '' : 's'}` +
      (conflicts ? `, ${conflicts} with conflicting values (!)` : '') +
      (left.length ? `; not summarised: ${left.join(', ')}` : '') +
      '\n',
  );
}

/** Option mistakes as one line and exit 2 (the program's own handler prints other errors). */
export async function guard(command: string, io: CliIO, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof InputOptionError)) throw e;
    io.err(`extract: ${e.message}\n(run extract ${command} --help for usage)\n`);
    return ExitCode.Usage;
  }
}
