/**
 * PDF syntax: the objects of a PDF file and of its content streams
 * (./objects.ts), read from bytes. Strings are byte strings (one char per
 * byte, as pdf.js keeps them). Numbers are read the way pdf.js reads them
 * (digit by digit), so positions match its own to the bit.
 */

import { Cmd, Name, Ref, Unsupported, type Dict, type PdfObject } from './objects.js';
import { latin1, readWord, wordEnd } from './words.js';


const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;

const END = Symbol('end');
const ARRAY_END = Symbol(']');
const DICT_END = Symbol('>>');
export type Token = PdfObject | Cmd | typeof END | typeof ARRAY_END | typeof DICT_END;
export { END };

export class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start = 0,
    readonly end = b.length,
    /** Read `n g R` as references (file objects; content streams have none). */
    readonly refs = true,
    /** A content stream: operators are read as pdf.js reads them (see operator()). */
    readonly ops = false,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const { b, end } = this;
    let p = this.pos;
    while (p < end) {
      const c = b[p]!;
      if (WHITE[c]) p++;
      else if (c === 0x25) {
        while (p < end && b[p] !== 10 && b[p] !== 13) p++;
      } else break;
    }
    this.pos = p;
  }

  /** The next token: an object (arrays and dictionaries whole), an operator, or END. */
  next(): Token {
    this.skipSpace();
    const { b, end } = this;
    if (this.pos >= end) return END;
    const c = b[this.pos]!;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    switch (c) {
      case 0x2f:
        return this.name();
      case 0x28:
        return this.literal();
      case 0x5b: {
        this.pos++;
        const arr: PdfObject[] = [];
        for (;;) {
          const t = this.refs ? this.value() : this.next();
          if (t === ARRAY_END) return arr;
          if (t === END) throw new Unsupported('end of data inside an array');
          // Like pdf.js, a keyword (or a stray `>>`) is an element: it takes a place (Widths count on it).
          arr.push(t === DICT_END ? (Cmd.of('>>') as unknown as PdfObject) : (t as PdfObject));
        }
      }
      case 0x5d:
        this.pos++;
        return ARRAY_END;
      case 0x3c:
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return this.dict();
        }
        return this.hex();
      case 0x3e:
        // A lone `>` is a keyword to pdf.js, not the end of a dictionary.
        if (b[this.pos + 1] !== 0x3e) {
          this.pos++;
          return Cmd.of('>');
        }
        this.pos += 2;
        return DICT_END;
      case 0x29:
        // pdf.js stops reading at a stray ')'.
        throw new Unsupported('stray )');
      case 0x7b:
      case 0x7d:
        this.pos++;
        return Cmd.of(c === 0x7b ? '{' : '}');
    }
    let p = this.pos;
    while (p < end && !WHITE[b[p]!] && !DELIM[b[p]!]) p++;
    if (p === this.pos) p++;
    // As pdf.js reads words in a file: a control or non-ASCII character before an ASCII one stands alone.
    if (!this.ops && (c < 0x20 || c > 0x7f) && b[this.pos + 1]! >= 0x20 && b[this.pos + 1]! <= 0x7f) p = this.pos + 1;
    const tok = readWord(b, this.pos, p, this.ops);
    this.pos = wordEnd;
    return tok;
  }

  /** A dictionary after `<<`; in a file, `n g R` become Refs. */
  private dict(): Dict {
    const d: Dict = new Map();
    for (;;) {
      const k = this.next();
      if (k === DICT_END) return d;
      if (k === END) throw new Unsupported('end of data inside a dictionary');
      if (!(k instanceof Name)) continue;
      const v = this.refs ? this.value() : this.next();
      if (v === END) throw new Unsupported('end of data inside a dictionary');
      // pdf.js takes a `>>` right after a key as the key's value, and reads on to the next `>>`.
      if (v === DICT_END) continue;
      if (typeof v !== 'symbol') d.set(k.name, v as PdfObject);
    }
  }

  /** One value, with `n g R` read as a reference. */
  value(): PdfObject | typeof DICT_END | typeof ARRAY_END | typeof END {
    const v = this.next();
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
      const save = this.pos;
      const g = this.next();
      if (typeof g === 'number' && Number.isInteger(g)) {
        const r = this.next();
        if (r instanceof Cmd && r.cmd === 'R') return new Ref(v, g);
      }
      this.pos = save;
    }
    return v as PdfObject | typeof DICT_END | typeof ARRAY_END | typeof END;
  }

  /** A number, digit by digit like pdf.js's getNumber (so that positions equal its own, and its errors are errors here). */
  private number(): number {
    const { b, end } = this;
    let p = this.pos;
    let sign = 1;
    let divide = 0;
    let c = b[p]!;
    if (c === 0x2d) {
      sign = -1;
      c = b[++p]!;
      if (c === 0x2d) c = b[++p]!; // --5 is -5, as pdf.js reads it
    } else if (c === 0x2b) c = b[++p]!;
    while (c === 0x0a || c === 0x0d) c = b[++p]!;
    if (c === 0x2e) {
      divide = 10;
      c = b[++p]!;
    }
    if (p >= end || c < 0x30 || c > 0x39) {
      this.pos = p;
      if (p >= end || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x28 || c === 0x3c) return 0;
      throw new Unsupported('bad number');
    }
    let base = c - 0x30;
    for (c = b[++p]!; p < end; c = b[++p]!) {
      if (c >= 0x30 && c <= 0x39) {
        if (divide !== 0) divide *= 10;
        base = base * 10 + (c - 0x30);
      } else if (c === 0x2e) {
        if (divide !== 0) break;
        divide = 1;
      } else if (c !== 0x2d) break; // pdf.js skips a minus inside a number (1-2)
    }
    this.pos = p;
    if (divide !== 0) base /= divide;
    return sign * base;
  }

  private name(): Name {
    const { b, end } = this;
    let p = ++this.pos;
    let s = '';
    let from = p;
    while (p < end && !WHITE[b[p]!] && !DELIM[b[p]!]) {
      if (b[p] === 0x23 && HEX[b[p + 1]!]! >= 0 && HEX[b[p + 2]!]! >= 0) {
        s += latin1(b, from, p) + String.fromCharCode(HEX[b[p + 1]!]! * 16 + HEX[b[p + 2]!]!);
        p += 3;
        from = p;
      } else p++;
    }
    this.pos = p;
    return Name.of(s + latin1(b, from, p));
  }

  private literal(): string {
    const { b, end } = this;
    let p = this.pos + 1;
    let depth = 1;
    let n = 0;
    let out: Buffer = SCRATCH;
    while (p < end) {
      let c = b[p++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      else if (c === 0x5c) {
        c = b[p++]!;
        switch (c) {
          case 0x6e: c = 10; break;
          case 0x72: c = 13; break;
          case 0x74: c = 9; break;
          case 0x62: c = 8; break;
          case 0x66: c = 12; break;
          case 0x0d:
            if (b[p] === 0x0a) p++;
            continue;
          case 0x0a:
            continue;
          default:
            if (c >= 0x30 && c <= 0x37) {
              let v = c - 0x30;
              for (let k = 0; k < 2 && b[p]! >= 0x30 && b[p]! <= 0x37; k++) v = v * 8 + (b[p++]! - 0x30);
              // pdf.js keeps \400–\777 as characters above 255, which no byte string holds.
              if (v > 0xff) throw new Unsupported('octal escape above 255');
              c = v;
            }
        }
      }
      if (n === out.length) out = grow();
      out[n++] = c;
    }
    this.pos = p;
    return out.toString('latin1', 0, n);
  }

  private hex(): string {
    const { b, end } = this;
    let p = this.pos + 1;
    let out: Buffer = SCRATCH;
    let n = 0;
    let hi = -1;
    while (p < end && b[p] !== 0x3e) {
      const v = HEX[b[p++]!]!;
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        if (n === out.length) out = grow();
        out[n++] = hi * 16 + v;
        hi = -1;
      }
    }
    if (hi >= 0) {
      if (n === out.length) out = grow();
      out[n++] = hi * 16;
    }
    this.pos = p + 1;
    return out.toString('latin1', 0, n);
  }
}


let SCRATCH: Buffer = Buffer.alloc(4096);

/** The shared buffer for the bytes of the string being read, twice as large (its bytes kept). */
function grow(): Buffer {
  const bigger = Buffer.alloc(SCRATCH.length * 2);
  SCRATCH.copy(bigger);
  return (SCRATCH = bigger);
}
