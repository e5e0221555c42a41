/**
 * `extract check EXPECTATIONS.yaml...`: extract every document an expectations
 * file names and compare the figures. Thin: reading and writing files, streams
 * and exit codes live here; the logic is in src/check.
 *
 * Exit codes: 0 every expected figure found; 1 a figure is missing or
 * different (or an exhaustive document has extra figures, or metadata
 * differs); 2 usage or configuration error (one line each on stderr).
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join, relative, resolve, isAbsolute } from 'node:path';
import { compareFigures } from '../check/compare.js';
import { formatConfigError, parseExpectations, type ConfigError, type Expectations } from '../check/expectations.js';
import { formatJUnit, xmlAttr, xmlText } from '../check/junit.js';
import { formatReport } from '../check/report.js';
import { formatChanges, formatUpdateSummary, updateExpectations, type UpdateResult } from '../check/update.js';
import type { IndicatorRecord } from '../types.js';
import { makeChalk } from './color.js';
import { ExitCode } from './exit-code.js';
import type { CliIO } from './io.js';

export interface CheckCommandOptions {
  reporter: 'text' | 'junit';
  /** Write the JUnit XML (or the text report) to this file instead of stdout. */
  output?: string;
  /** Rewrite the expectations files from the current records. */
  update?: boolean;
  /** With --update: also write removals and changes. */
  yes?: boolean;
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

export async function checkCommand(
  files: string[],
  opts: CheckCommandOptions,
  io: CliIO,
  deps: CheckCommandDeps,
): Promise<number> {
  const errLine = (s: string): void => io.err(s.endsWith('\n') ? s : `${s}\n`);
  if (files.length === 0) {
    errLine('check: give one or more expectations files (YAML), e.g. extract check expected.yaml');
    return ExitCode.Usage;
  }

  // 1. Read and parse every expectations file; collect every configuration error.
  const configErrors: string[] = [];
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
      configErrors.push(`${arg}: cannot read expectations file: ${errorText(e)}`);
      continue;
    }
    const parsed = parseExpectations(text, path, deps.knownIndicators, { displayPath: arg });
    if (!parsed.ok) {
      configErrors.push(...parsed.errors.map((e: ConfigError) => formatConfigError(e)));
      continue;
    }
    loaded.push({ arg, path, text, expectations: parsed.expectations });
  }

  // 2. Every document must exist.
  for (const l of loaded) {
    for (const d of l.expectations.documents) {
      if (!(await isFile(d.path))) {
        configErrors.push(`${l.arg}:${d.line}:${d.column}: document file not found: ${d.file} (looked for ${d.path})`);
      }
    }
  }
  if (configErrors.length > 0) {
    for (const e of configErrors) errLine(e);
    // A CI report still appears, holding the configuration errors.
    if (opts.reporter === 'junit') {
      const cases = configErrors
        .map((e) => `    <testcase classname="extract.check" name="configuration"><error message="${xmlAttr(e)}">${xmlText(e)}</error></testcase>\n`)
        .join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="extract check" tests="${configErrors.length}" errors="${configErrors.length}">\n  <testsuite name="configuration" tests="${configErrors.length}" errors="${configErrors.length}" failures="0">\n${cases}  </testsuite>\n</testsuites>\n`;
      if (opts.output !== undefined) await writeFile(resolve(io.cwd, opts.output), xml, 'utf8').catch(() => undefined);
      else io.out(xml);
    }
    return ExitCode.Usage;
  }

  const display = (p: string): string => {
    const rel = relative(io.cwd, p);
    return rel === '' || isAbsolute(rel) ? p : rel;
  };

  // 3. Extract each document once.
  const recordsByPath = new Map<string, IndicatorRecord[]>();
  for (const l of loaded) {
    for (const d of l.expectations.documents) {
      if (recordsByPath.has(d.path)) continue;
      try {
        recordsByPath.set(d.path, await deps.extractFile(d.path));
      } catch (e) {
        errLine(`check: cannot extract ${display(d.path)}: ${errorText(e)}`);
        return ExitCode.Usage;
      }
    }
  }

  const isBuiltIn = (id: string): boolean => id !== 'other' && deps.knownIndicators.has(id);

  // 4a. --update: rewrite the expectations, never silently.
  if (opts.update) {
    const updates: { l: Loaded; r: UpdateResult }[] = loaded.map((l) => ({
      l,
      r: updateExpectations(l.text, l.expectations, recordsByPath, { isBuiltIn }),
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
    return ExitCode.Ok;
  }

  // 4b. Compare and report.
  const result = compareFigures(
    loaded.map((l) => l.expectations),
    recordsByPath,
    { isBuiltIn },
  );
  const displayDoc = (d: { path: string }): string => display(d.path);

  if (opts.reporter === 'junit') {
    const xml = formatJUnit(result, { displayPath: displayDoc });
    if (opts.output !== undefined) {
      try {
        await writeFile(resolve(io.cwd, opts.output), xml, 'utf8');
      } catch (e) {
        errLine(`check: cannot write ${opts.output}: ${errorText(e)}`);
        return ExitCode.Usage;
      }
      io.out(formatReport(result, { color: opts.color, chalk: makeChalk(opts.color, io.env), displayPath: displayDoc }));
    } else {
      io.out(xml);
      // stdout carries the XML: the text report goes to stderr.
      io.err(formatReport(result, { color: opts.color && io.stderrIsTTY, chalk: makeChalk(opts.color, io.env), displayPath: displayDoc }));
    }
  } else {
    const report = formatReport(result, { color: opts.color, chalk: makeChalk(opts.color, io.env), displayPath: displayDoc });
    if (opts.output !== undefined) {
      try {
        await writeFile(resolve(io.cwd, opts.output), report.replace(/\u001b\[[0-9;]*m/g, ''), 'utf8');
      } catch (e) {
        errLine(`check: cannot write ${opts.output}: ${errorText(e)}`);
        return ExitCode.Usage;
      }
    } else io.out(report);
  }
  return result.ok ? ExitCode.Ok : ExitCode.CheckFailed;
}
