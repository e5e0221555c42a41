/**
 * Helpers for the end-to-end CLI tests: run the BUILT program (node
 * bin/extract.js) asynchronously, so that independent runs can overlap, and
 * small strict readers for NDJSON, RFC 4180 CSV and XML well-formedness.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from '../helpers.js';

export { BIN, ROOT };

/** Long enough for a busy two-core machine; each run takes ~0.4 s of CPU. */
export const SLOW = 120_000;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes (for BOM and byte-identity checks). */
  raw: Buffer;
}

/** The environment of a user's shell with no colour preference: stdout is a pipe, nothing forced. */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.DEBUG;
  return { ...env, ...extra };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** `ignore`: stdin is /dev/null, as under cron or `nohup` (default: an empty pipe, or `input`). */
  stdin?: 'pipe' | 'ignore';
}

// At most this many CLI processes at once: the machine may be small and shared.
// (vitest runs these files one after another on a two-core machine, so the overlap happens here.)
const MAX_PARALLEL = Math.min(4, (os.availableParallelism?.() ?? 2) + 1);
let active = 0;
const waiting: (() => void)[] = [];
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (active >= MAX_PARALLEL) await new Promise<void>((r) => waiting.push(r));
  active++;
  try {
    return await fn();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

/** Run `node bin/extract.js ...args` as a user would; resolves when the process exits. */
export function cli(args: string[], opts: RunOptions = {}): Promise<Run> {
  return slot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          cwd: opts.cwd ?? ROOT,
          env: opts.env ?? plainEnv(),
          stdio: [opts.stdin ?? 'pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (c: Buffer) => out.push(c));
        child.stderr.on('data', (c: Buffer) => err.push(c));
        child.on('error', reject);
        child.stdin?.on('error', () => {}); // the program may not read stdin at all
        child.on('close', (code, signal) => {
          const raw = Buffer.concat(out);
          resolve({ code, signal, raw, stdout: raw.toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
        if (opts.input !== undefined) child.stdin!.end(opts.input);
        else child.stdin?.end();
      }),
  );
}

const memo = new Map<string, Promise<Run>>();

/** `cli(args)` from the repository root, run once per test file and shared by every test that needs it. */
export function shared(args: string[]): Promise<Run> {
  const key = JSON.stringify(args);
  let p = memo.get(key);
  if (!p) memo.set(key, (p = cli(args)));
  return p;
}

/** A fresh temporary folder under os.tmpdir(). */
export function tempDir(prefix = 'extract-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*[A-Za-z]/;

/** A Node/V8 stack frame line (`    at fn (file:1:2)`). */
export const STACK_FRAME = /^\s+at .+/m;

/** Parse NDJSON strictly: every line (each ends with \n) is one JSON object. */
export function parseNdjson(text: string): Record<string, unknown>[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('NDJSON does not end with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      const v = JSON.parse(line) as unknown;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`line ${i + 1} is not a JSON object`);
      return v as Record<string, unknown>;
    });
}

export interface CsvCell {
  value: string;
  quoted: boolean;
}

/**
 * A strict RFC 4180 reader: CRLF record ends (the last one too), `""` inside
 * quoted fields, no bare CR or LF outside quotes, nothing after a closing quote
 * but `,` or CRLF.
 */
export function parseCsv(text: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        value += text[i];
        i++;
      }
    }
    row.push({ value, quoted });
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i >= text.length) throw new Error('the last record does not end with CRLF');
    throw new Error(`bare line break or stray character ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

const XML_NAME = /^[A-Za-z_][\w.:-]*$/;
const XML_REF = /&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;

function checkXmlText(s: string, where: string): void {
  const rest = s.replace(XML_REF, '');
  if (rest.includes('&')) throw new Error(`unescaped & in ${where}: ${JSON.stringify(s.slice(0, 80))}`);
  if (rest.includes('<')) throw new Error(`unescaped < in ${where}`);
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Check that a document is well-formed XML (declaration, one root, balanced
 * tags, quoted unique attributes, valid entity references) and return its tree.
 * Throws with the reason when it is not.
 */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const decl = /^<\?xml\s+version="1\.[0-9]"[^?]*\?>/.exec(xml);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (!stack.length) throw new Error('CDATA outside the root element');
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new Error('unterminated CDATA');
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (xml[i] === '<') {
      const end = xml.indexOf('>', i);
      if (end < 0) throw new Error('unterminated tag');
      const tag = xml.slice(i + 1, end);
      i = end + 1;
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        const open = stack.pop();
        if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([^\s/>]+)([\s\S]*)$/.exec(body);
      if (!m || !XML_NAME.test(m[1]!)) throw new Error(`bad tag <${tag}>`);
      const attrs: Record<string, string> = {};
      let rest = m[2]!;
      const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
      for (;;) {
        const a = attr.exec(rest);
        if (!a) break;
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} in <${m[1]}>`);
        const v = a[2] ?? a[3]!;
        checkXmlText(v, `attribute ${a[1]}`);
        attrs[a[1]!] = v;
        rest = rest.slice(a[0].length);
      }
      if (rest.trim() !== '') throw new Error(`bad attributes in <${tag}>`);
      const el: XmlElement = { name: m[1]!, attrs, children: [], text: '' };
      if (stack.length) stack[stack.length - 1]!.children.push(el);
      else if (root) throw new Error('more than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
      continue;
    }
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next < 0 ? xml.length : next);
    i = next < 0 ? xml.length : next;
    if (!stack.length) {
      if (text.trim() !== '') throw new Error(`text outside the root element: ${JSON.stringify(text.slice(0, 40))}`);
      continue;
    }
    checkXmlText(text, `<${stack[stack.length - 1]!.name}>`);
    stack[stack.length - 1]!.text += text;
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of a tree named `name`, depth first. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}
