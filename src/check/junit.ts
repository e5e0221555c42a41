/**
 * JUnit XML for CI (Jenkins, GitLab): one `<testsuite>` per expectations
 * document, one `<testcase>` per figure, plus one per checked metadata field
 * and, for exhaustive documents, one for "no unexpected figures".
 */
import type { CheckResult, DocumentResult } from './compare.js';
import type { ExpectedDocument, ExpectedFigure } from './expectations.js';
import { figureFailureText, metaText, unexpectedText, describeRecord, describeMismatch } from './report.js';

export interface JUnitOptions {
  /** How to name a document (default: its `file:` as written). */
  displayPath?: (doc: ExpectedDocument) => string;
  /** Name of the `<testsuites>` element (default `extract check`). */
  name?: string;
  /** Configuration errors (a file that could not be checked): one `<error>` test case each. */
  errors?: readonly string[];
}

// Characters XML 1.0 does not allow at all (controls other than TAB, LF, CR; lone surrogates; U+FFFE/FFFF).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text content. */
export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value (double-quoted); line breaks and tabs survive as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `tech_contract.value = 1273.36亿元 (2019)`: a figure's test name, as written in the YAML. */
export function figureTestName(f: ExpectedFigure): string {
  const extra: string[] = [];
  if (f.year !== undefined) extra.push(f.year === null ? 'no year' : String(f.year));
  if (f.qualifier !== undefined && f.qualifier !== 'exact') extra.push(f.qualifier);
  if (f.status !== undefined && f.status !== 'actual') extra.push(f.status);
  // The same figure may be expected on two lines; keep test names apart.
  if (f.recordLine !== undefined) extra.push(`line ${f.recordLine}`);
  return `${f.indicator} = ${f.source}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

interface Case {
  name: string;
  failure?: { message: string; body: string };
}

function documentCases(dr: DocumentResult): Case[] {
  const doc = dr.document;
  const cases: Case[] = [];
  for (const m of dr.meta) {
    cases.push({ name: `meta.${m.field}`, failure: { message: `${m.field}: ${metaText(m)}`, body: `${doc.source}:${doc.line}:${doc.column}` } });
  }
  if (doc.meta) {
    for (const key of Object.keys(doc.meta)) {
      if (!dr.meta.some((m) => m.field === key)) cases.push({ name: `meta.${key}` });
    }
  }
  for (const fr of dr.figures) {
    const name = figureTestName(fr.figure);
    if (fr.pass) {
      cases.push({ name });
      continue;
    }
    const message = figureFailureText(fr, dr.recordCount, 3);
    const body = [
      `${doc.source}:${fr.figure.line}:${fr.figure.column}: ${fr.figure.indicator} ${message}`,
      ...fr.candidates.map(
        (c) =>
          `  ${c.kind}: ${c.record.indicator} ${describeRecord(c.record, fr.figure)}` +
          (c.mismatches.length ? ` (${c.mismatches.map(describeMismatch).join(', ')})` : '') +
          (c.record.text ? ` «${c.record.text}»` : ''),
      ),
    ].join('\n');
    cases.push({ name, failure: { message, body } });
  }
  if (doc.exhaustive) {
    const name = 'exhaustive: no unexpected figures';
    if (dr.unexpected.length === 0) cases.push({ name });
    else {
      cases.push({
        name,
        failure: {
          message: `${dr.unexpected.length} unexpected figure${dr.unexpected.length === 1 ? '' : 's'}`,
          body: dr.unexpected.map((r) => `${r.indicator} ${unexpectedText(r)} «${r.text}»`).join('\n'),
        },
      });
    }
  }
  return cases;
}

/** The whole JUnit XML document, newline-terminated. */
export function formatJUnit(result: CheckResult, opts: JUnitOptions = {}): string {
  const display = opts.displayPath ?? ((d: ExpectedDocument) => d.file);
  const suites = result.documents.map((dr) => ({ dr, name: display(dr.document), cases: documentCases(dr) }));
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.failure).length, 0);
  const errors = opts.errors ?? [];
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${xmlAttr(opts.name ?? 'extract check')}" tests="${tests + errors.length}" failures="${failures}" errors="${errors.length}" time="0">`,
  );
  if (errors.length > 0) {
    out.push(`  <testsuite name="configuration" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0" time="0">`);
    for (const e of errors) {
      out.push(`    <testcase name="configuration" classname="extract.check" time="0">`);
      out.push(`      <error message="${xmlAttr(e)}" type="configuration">${xmlText(e)}</error>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  for (const s of suites) {
    const f = s.cases.filter((c) => c.failure).length;
    out.push(
      `  <testsuite name="${xmlAttr(s.name)}" tests="${s.cases.length}" failures="${f}" errors="0" skipped="0" time="0" file="${xmlAttr(s.dr.document.source)}">`,
    );
    for (const c of s.cases) {
      const attrs = `name="${xmlAttr(c.name)}" classname="${xmlAttr(s.name)}" file="${xmlAttr(s.dr.document.source)}" time="0"`;
      if (!c.failure) out.push(`    <testcase ${attrs}/>`);
      else {
        out.push(`    <testcase ${attrs}>`);
        out.push(`      <failure message="${xmlAttr(c.failure.message)}" type="mismatch">${xmlText(c.failure.body)}</failure>`);
        out.push('    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
