/**
 * A document piped into stdin, or a list of file names piped by mistake?
 * `find . -name '*.txt' | extract` and `find . -print0 | extract` hand
 * extract file names; reading them as a document would find nothing and say
 * nothing useful.
 */
import { statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';

/** How many entries are looked at. */
const SAMPLE = 50;

function exists(p: string, cwd: string): boolean {
  try {
    statSync(path.resolve(cwd, p));
    return true;
  } catch {
    return false;
  }
}

/**
 * `nul` when the bytes are NUL-separated file names (some of them exist),
 * `lines` when every non-blank line names an existing file or folder, else
 * null. A UTF-16 document has NULs too, but its "entries" are no file names.
 */
export function pathListKind(bytes: Uint8Array, cwd: string): 'nul' | 'lines' | null {
  if (bytes.length === 0 || bytes.length > 1 << 20 || !isUtf8(bytes)) return null;
  const text = new TextDecoder().decode(bytes);
  if (text.includes('\0')) {
    const entries = text.split('\0').filter((e) => e !== '').slice(0, SAMPLE);
    // eslint-disable-next-line no-control-regex
    if (entries.some((e) => /[\u0001-\u001f]/.test(e))) return null;
    return entries.some((e) => exists(e, cwd)) ? 'nul' : null;
  }
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.length > 10_000) return null;
  return lines.slice(0, SAMPLE).every((l) => l.length < 4096 && exists(l, cwd)) ? 'lines' : null;
}

/** The message for a list of file names on stdin. */
export function pathListMessage(kind: 'nul' | 'lines'): string {
  return kind === 'nul'
    ? 'stdin is a NUL-separated list of file names (find -print0), not a document: use --files-from - -0'
    : 'stdin is a list of file names, not a document: use --files-from - (or give the paths as arguments)';
}
