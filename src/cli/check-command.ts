/**
 * `extract check EXPECTATIONS.yaml...`: extract every document an expectations
 * file names and compare the figures. Thin: reading and writing files, streams
 * and exit codes live here; the logic is in src/check.
 *
 * An expectations file that cannot be read, parsed or resolved is reported
 * (one line per problem) and left out; the others are still checked. Exit
 * codes: 2 when any file could not be checked (or on a usage error); else 1
 * when a figure is missing or different (or an exhaustive document has
 * extra figures, or metadata differs); else 0.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join, relative, resolve, isAbsolute } from 'node:path';
import { compareFigures } from '../check/compare.js';
import { formatConfigError, parseExpectations, type Expectations } from '../check/expectations.js';
import { formatJsonReport, type ReportError } from '../check/json-report.js';
import { formatJUnit } from '../check/junit.js';
import { formatReport } from '../check/report.js';
import { formatChanges, formatUpdateSummary, updateExpectations, type UpdateResult } from '../check/update.js';
import type { IndicatorRecord } from '../record/types.js';
import { makeChalk } from './color.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';
import { PREFIX } from './usage.js';

export interface CheckCommandOptions {
  reporter: 'text' | 'junit' | 'json';
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** Rewrite the expectations files from the current records. */
  update?: boolean;
  /** With --update: also write removals and changes. */
  yes?: boolean;
  /** With --update: add figures of indicators a document does not list. */
  all?: boolean;
  color: boolean;
}

export interface CheckCommandDeps {
  /** Extract the records of one document, given its resolved absolute path. */
  extractFile(path: string): Promise<IndicatorRecord[]>;
  /** Every indicator id the rules know (`tech_contract.value`…). */
  knownIndicators: Set<string>;
}

interface Loaded {
  arg: string;
  path: string;
  text: string;
  expectations: Expectations;
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object') {
    const err = e as { code?: unknown; message?: unknown };
    if (err.code === 'ENOENT') return 'no such file';
    if (err.code === 'EISDIR') return 'is a directory';
    if (err.code === 'EACCES') return 'permission denied';
    if (typeof err.message === 'string') return err.message.split('\n')[0] ?? String(e);
  }
  return String(e);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Write through a temporary file in the same folder, so a crash never leaves half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

const errorLine = (e: ReportError): string =>
  e.line === null ? `${e.file}: ${e.message}` : formatConfigError({ file: e.file, line: e.line, column: e.column ?? 1, message: e.message });

/** Read, parse and resolve each expectations file; a file with any problem is left out. */
async function loadAll(files: string[], io: CliIO, deps: CheckCommandDeps, errors: ReportError[]): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  const seen = new Set<string>();
  for (const arg of files) {
    const path = resolve(io.cwd, arg);
    if (seen.has(path)) continue;
    seen.add(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      errors.push({ file: arg, line: null, column: null, message: `cannot read expectations file: ${errorText(e)}` });
      continue;
    }
    const parsed = parseExpectations(text, path, deps.knownIndicators, { displayPath: arg });
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })));
      continue;
    }
    let missing = false;
    for (const d of parsed.expectations.documents) {
      if (await isFile(d.path)) continue;
      missing = true;
      errors.push({ file: arg, line: d.line, column: d.column, message: `document file not found: ${d.file} (looked for ${d.path})` });
    }
    if (!missing) loaded.push({ arg, path, text, expectations: parsed.expectations });
  }
  return loaded;
}

export async function checkCommand(files: string[], opts: CheckCommandOptions, io: CliIO, deps: CheckCommandDeps): Promise<number> {
  const errLine = (s: string): void => io.err(`${PREFIX}${s.endsWith('\n') ? s : `${s}\n`}`);
  if (files.length === 0) {
    errLine('give one or more expectations files (YAML), e.g. extract check expected.yaml');
    return ExitCode.Usage;
  }
  const errors: ReportError[] = [];
  let loaded = await loadAll(files, io, deps, errors);

  const display = (p: string): string => {
    const rel = relative(io.cwd, p);
    return rel === '' || isAbsolute(rel) ? p : rel;
  };

  // Extract each document once; a file whose document cannot be extracted is left out too.
  const recordsByPath = new Map<string, IndicatorRecord[]>();
  const failed = new Set<Loaded>();
  for (const l of loaded) {
    for (const d of l.expectations.documents) {
      if (recordsByPath.has(d.path)) continue;
      try {
        recordsByPath.set(d.path, await deps.extractFile(d.path));
      } catch (e) {
        errors.push({ file: l.arg, line: d.line, column: d.column, message: `cannot extract ${display(d.path)}: ${errorText(e)}` });
        failed.add(l);
      }
    }
  }
  loaded = loaded.filter((l) => !failed.has(l));
  for (const e of errors) errLine(errorLine(e));
  const status = (ok: boolean): number => (errors.length > 0 ? ExitCode.Usage : ok ? ExitCode.Ok : ExitCode.CheckFailed);
  const total = new Set(files.map((f) => resolve(io.cwd, f))).size;
  if (loaded.length > 0 && loaded.length < total) {
    errLine(`${total - loaded.length} of ${total} expectations files not checked (see above); the others were`);
  }

  const isBuiltIn = (id: string): boolean => id !== 'other' && deps.knownIndicators.has(id);

  // --update: rewrite the expectations, never silently.
  if (opts.update) {
    const updates: { l: Loaded; r: UpdateResult }[] = loaded.map((l) => ({
      l,
      r: updateExpectations(l.text, l.expectations, recordsByPath, { isBuiltIn, all: opts.all }),
    }));
    for (const { l, r } of updates) {
      io.err(formatChanges(r.changes, (c) => display(c.path)));
      errLine(formatUpdateSummary(l.arg, r));
    }
    const risky = updates.filter((u) => u.r.needsConfirmation);
    if (risky.length > 0 && !opts.yes) {
      const n = risky.reduce((s, u) => s + u.r.removed + u.r.changed, 0);
      errLine(
        `check --update: ${n} expected figure${n === 1 ? '' : 's'} would be removed or changed; nothing was written. ` +
          'Review the changes above and re-run with --yes to write them.',
      );
      return ExitCode.Usage;
    }
    for (const { l, r } of updates) {
      if (r.changes.length === 0) continue;
      try {
        await writeAtomic(l.path, r.text);
      } catch (e) {
        errLine(`check --update: cannot write ${l.arg}: ${errorText(e)}`);
        return ExitCode.Usage;
      }
      errLine(`wrote ${l.arg}`);
    }
    return status(true);
  }

  // Compare and report.
  const result = compareFigures(
    loaded.map((l) => l.expectations),
    recordsByPath,
    { isBuiltIn },
  );
  const displayDoc = (d: { path: string }): string => display(d.path);
  const chalk = makeChalk(opts.color, io.env);
  const text = (color: boolean) => formatReport(result, { color, chalk, displayPath: displayDoc });
  const writeOut = async (report: string): Promise<boolean> => {
    if (opts.output === undefined || opts.output === '-') {
      io.out(report);
      return true;
    }
    try {
      await writeFile(resolve(io.cwd, opts.output), report, 'utf8');
      return true;
    } catch (e) {
      errLine(`cannot write ${opts.output}: ${errorText(e)}`);
      return false;
    }
  };
  const toFile = opts.output !== undefined && opts.output !== '-';

  if (opts.reporter === 'json') {
    if (!(await writeOut(formatJsonReport(result, { displayPath: displayDoc, errors })))) return ExitCode.Usage;
    if (toFile && loaded.length > 0) io.out(text(opts.color));
  } else if (opts.reporter === 'junit') {
    const xml = formatJUnit(result, { displayPath: displayDoc, errors: errors.map(errorLine) });
    if (!(await writeOut(xml))) return ExitCode.Usage;
    // The text report goes where the XML is not.
    if (loaded.length > 0) {
      if (toFile) io.out(text(opts.color));
      else io.err(text(opts.color && io.stderrIsTTY));
    }
  } else if (loaded.length > 0) {
    if (!(await writeOut(toFile ? text(false) : text(opts.color)))) return ExitCode.Usage;
  }
  return status(result.ok);
}
