/**
 * CMaps: how a composite font's bytes split into codes (codespace ranges),
 * code → CID (an Encoding: Identity-H, a predefined CMap such as
 * UniGB-UCS2-H read from pdf.js's packed .bcmap files, or one embedded in the
 * PDF), and code → Unicode (a ToUnicode CMap). The rules are pdf.js's, so
 * that the text equals what pdf.js gives.
 */
import { Cmd, Name, Unsupported } from './objects.js';
import { END, Lexer } from './syntax.js';

export class CMap {
  /** Codespace ranges by code length - 1: [low, high, low, high, …]. */
  readonly ranges: number[][] = [[], [], [], []];
  map: (number | string | undefined)[] = [];
  vertical = false;
  useCMap: string | null = null;
  identity = false;

  /** The length in bytes of the code last read. */
  len = 1;

  /** pdf.js's readCharCode: the shortest code within a codespace range, else code 0 of one byte (length in `len`). */
  read(s: string, at: number): number {
    let c = 0;
    for (let n = 0; n < 4; n++) {
      c = ((c << 8) | s.charCodeAt(at + n)) >>> 0;
      const r = this.ranges[n]!;
      for (let k = 0; k < r.length; k += 2) {
        if (c >= r[k]! && c <= r[k + 1]!) {
          this.len = n + 1;
          return c;
        }
      }
    }
    this.len = 1;
    return 0;
  }

  lookup(code: number): number | string | undefined {
    if (this.identity) return code <= 0xffff ? code : undefined;
    return this.map[code];
  }

  mapBfRange(low: number, high: number, dst: string): void {
    if (high - low > 0x7fffffff) throw new Unsupported('huge CMap range');
    const last = dst.length - 1;
    while (low <= high) {
      this.map[low++] = dst;
      const next = dst.charCodeAt(last) + 1;
      dst = next > 0xff ? dst.substring(0, last - 1) + String.fromCharCode(dst.charCodeAt(last - 1) + 1) + '\x00' : dst.substring(0, last) + String.fromCharCode(next);
    }
  }

  /** Take what `parent` maps and this one does not (usecmap). */
  extend(parent: CMap): void {
    if (this.ranges.every((r) => r.length === 0)) parent.ranges.forEach((r, i) => (this.ranges[i] = r.slice()));
    if (parent.identity) {
      for (let i = 0; i <= 0xffff; i++) if (this.map[i] === undefined) this.map[i] = i;
      return;
    }
    parent.map.forEach((v, k) => {
      if (this.map[k] === undefined) this.map[k] = v;
    });
  }
}

const strToInt = (s: string) => {
  let a = 0;
  for (let i = 0; i < s.length; i++) a = (a << 8) | s.charCodeAt(i);
  return a >>> 0;
};

/** A CMap written in PostScript syntax (a ToUnicode stream, an embedded Encoding). */
export function parseCMap(data: Uint8Array): CMap {
  const cm = new CMap();
  const lx = new Lexer(data, 0, data.length, false);
  let previous: unknown = null;
  for (;;) {
    const t = lx.next();
    if (t === END) break;
    if (t instanceof Name) {
      if (t.name === 'WMode') {
        const v = lx.next();
        if (Number.isInteger(v)) cm.vertical = !!v;
      }
      previous = t;
      continue;
    }
    if (!(t instanceof Cmd)) continue;
    const op = t.cmd;
    if (op === 'endcmap') break;
    if (op === 'usecmap' && previous instanceof Name) cm.useCMap = previous.name;
    const body = (end: string): unknown[] => {
      const out: unknown[] = [];
      for (;;) {
        const v = lx.next();
        if (v === END || (v instanceof Cmd && v.cmd === end)) return out;
        out.push(v);
      }
    };
    if (op === 'begincodespacerange') {
      const v = body('endcodespacerange');
      for (let i = 0; i + 1 < v.length; i += 2) {
        const lo = v[i];
        const hi = v[i + 1];
        if (typeof lo !== 'string' || typeof hi !== 'string') break;
        const r = cm.ranges[hi.length - 1];
        if (r) r.push(strToInt(lo), strToInt(hi));
      }
    } else if (op === 'beginbfchar' || op === 'begincidchar') {
      const v = body(op === 'beginbfchar' ? 'endbfchar' : 'endcidchar');
      for (let i = 0; i + 1 < v.length; i += 2) {
        const src = v[i];
        const dst = v[i + 1];
        if (typeof src !== 'string') throw new Unsupported('bad CMap');
        if (op === 'beginbfchar' ? typeof dst !== 'string' : !Number.isInteger(dst)) throw new Unsupported('bad CMap');
        cm.map[strToInt(src)] = dst as string | number;
      }
    } else if (op === 'beginbfrange' || op === 'begincidrange') {
      const v = body(op === 'beginbfrange' ? 'endbfrange' : 'endcidrange');
      for (let i = 0; i + 2 < v.length; i += 3) {
        const [lo, hi, dst] = [v[i], v[i + 1], v[i + 2]];
        if (typeof lo !== 'string' || typeof hi !== 'string') throw new Unsupported('bad CMap');
        let low = strToInt(lo);
        const high = strToInt(hi);
        if (op === 'begincidrange') {
          if (!Number.isInteger(dst)) throw new Unsupported('bad CMap');
          for (let c = dst as number; low <= high; ) cm.map[low++] = c++;
        } else if (Array.isArray(dst)) {
          for (let k = 0; low <= high && k < dst.length; k++) cm.map[low++] = dst[k] as string;
        } else if (typeof dst === 'string' || Number.isInteger(dst)) {
          cm.mapBfRange(low, high, typeof dst === 'string' ? dst : String.fromCharCode(dst as number));
        } else throw new Unsupported('bad CMap');
      }
    }
  }
  return cm;
}

/** A ToUnicode CMap's values (UTF-16BE byte strings) as text, as pdf.js reads them. */
export function toUnicodeMap(cm: CMap): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  cm.map.forEach((token, code) => {
    if (typeof token === 'number') {
      out[code] = String.fromCodePoint(token);
      return;
    }
    if (token === undefined) return;
    if (token.length % 2 !== 0) token = '\u0000' + token;
    const cps: number[] = [];
    for (let k = 0; k < token.length; k += 2) {
      const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      if ((w1 & 0xf800) !== 0xd800) {
        cps.push(w1);
        continue;
      }
      k += 2;
      const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      cps.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
    }
    out[code] = String.fromCodePoint(...cps);
  });
  return out;
}
