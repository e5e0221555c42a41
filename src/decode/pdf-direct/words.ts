/**
 * Keywords and operators as pdf.js's lexer reads them: in a file, a word up
 * to the next delimiter; in a content stream, only as far as it stays a known
 * operator or the start of one (`ä900` is `ä`, then 900; `Tjx` is `Tj`, then
 * `x`). Short words are looked up by their bytes, without building a string.
 */
import { Cmd, OPERATOR_PREFIXES, Unsupported } from './objects.js';

/** Operators by their bytes (up to 3), bounded like the other caches. */
const CACHE_LIMIT = 10_000;
const SHORT = new Map<number, Cmd | boolean | null>();

/** Operators by their bytes (up to 3) in content streams, with how many of the bytes they take. */
const SHORT_OPS = new Map<number, { tok: Cmd | boolean | null; len: number }>();

/**
 * How much of a word pdf.js's content lexer reads as one operator: a
 * character outside ASCII before an ASCII one alone; else the word, cut where
 * a known operator (its opMap keys) would stop being one.
 */
function knownPrefix(word: string): { tok: Cmd | boolean | null; len: number } {
  const c = word.charCodeAt(0);
  const d = word.charCodeAt(1);
  if ((c < 0x20 || c > 0x7f) && d >= 0x20 && d <= 0x7f) return { tok: keyword(word[0]!), len: 1 };
  let len = 1;
  let known = OPERATOR_PREFIXES.has(word[0]!);
  while (len < word.length) {
    const next = word.slice(0, len + 1);
    if (known && !OPERATOR_PREFIXES.has(next)) break;
    if (len === 128) throw new Unsupported('operator too long');
    len++;
    known = OPERATOR_PREFIXES.has(next);
  }
  return { tok: keyword(word.slice(0, len)), len };
}

function keyword(word: string): Cmd | boolean | null {
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  return Cmd.of(word);
}

/** Where the word last read by readWord ended. */
export let wordEnd = 0;

/** The keyword or operator in b[from, to) (a word without delimiters); its end in `wordEnd`. */
export function readWord(b: Uint8Array, from: number, to: number, ops: boolean): Cmd | boolean | null {
  const raw = to - from;
  if (raw <= 3) {
    const key = b[from]! | ((raw > 1 ? b[from + 1]! : 0) << 8) | ((raw > 2 ? b[from + 2]! : 0) << 16);
    if (ops) {
      let hit = SHORT_OPS.get(key);
      if (hit === undefined) {
        if (SHORT_OPS.size >= CACHE_LIMIT) SHORT_OPS.clear();
        SHORT_OPS.set(key, (hit = knownPrefix(latin1(b, from, to))));
      }
      wordEnd = from + hit.len;
      return hit.tok;
    }
    let cmd = SHORT.get(key);
    if (cmd === undefined) {
      if (SHORT.size >= CACHE_LIMIT) SHORT.clear();
      SHORT.set(key, (cmd = keyword(latin1(b, from, to))));
    }
    wordEnd = to;
    return cmd;
  }
  if (ops) {
    const hit = knownPrefix(latin1(b, from, to));
    wordEnd = from + hit.len;
    return hit.tok;
  }
  wordEnd = to;
  return keyword(latin1(b, from, to));
}

export function latin1(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
}
