/**
 * A PDF file's objects: the cross-reference table (classic or stream, with
 * its /Prev chain), objects inside object streams, decoded stream data
 * (Flate with PNG predictors, ASCIIHex, ASCII85), and the page list with
 * inherited Resources and boxes. Anything unusual (encryption, a broken
 * cross-reference, an unknown filter) is Unsupported: pdf.js, which repairs
 * such files, reads them instead.
 */
import { ascii85, asciiHex, inflate, png } from './filters.js';
import { Name, Ref, Unsupported, isDict, isStream, type Dict, type PdfObject, type Stream } from './objects.js';
import { END, Lexer } from './syntax.js';

interface Entry {
  /** Offset in the file, or the object stream's number. */
  at: number;
  /** Index inside the object stream (-1 for an object at an offset). */
  index: number;
}

export interface Page {
  resources: Dict;
  contents: PdfObject;
  /** The visible box [x0, y0, x1, y1] (CropBox within MediaBox). */
  view: number[];
}

const STREAM_KW = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d];

export class PdfFile {
  private readonly xref = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly objStreams = new Map<number, { lexer: Lexer; offsets: number[] }>();
  readonly trailer: Dict;

  constructor(readonly b: Uint8Array) {
    const tail = latin1Tail(b, 2048);
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
    if (!m) throw new Unsupported('no startxref');
    let trailer: Dict | null = null;
    const seen = new Set<number>();
    for (let at: number | null = Number(m[1]); at !== null && !seen.has(at); ) {
      seen.add(at);
      const t = this.readXref(at);
      trailer ??= t;
      const prev = t.get('Prev');
      at = typeof prev === 'number' ? prev : null;
      const hybrid = t.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) this.readXref(hybrid);
    }
    if (!trailer) throw new Unsupported('no trailer');
    if (trailer.has('Encrypt')) throw new Unsupported('encrypted');
    if (!(trailer.get('Root') instanceof Ref)) throw new Unsupported('no Root reference');
    this.trailer = trailer;
  }

  /** Read one cross-reference section at `at` (entries already known are newer: kept). */
  private readXref(at: number): Dict {
    const lx = new Lexer(this.b, at);
    const first = lx.next();
    if (first instanceof Object && 'cmd' in first && first.cmd === 'xref') {
      for (;;) {
        const start = lx.next();
        if (typeof start !== 'number') {
          if (start instanceof Object && 'cmd' in start && start.cmd === 'trailer') break;
          throw new Unsupported('bad xref table');
        }
        const count = lx.next() as number;
        for (let i = 0; i < count; i++) {
          const off = lx.next();
          lx.next();
          const kind = lx.next();
          const type = kind instanceof Object && 'cmd' in kind ? kind.cmd : '';
          if (typeof off !== 'number' || (type !== 'n' && type !== 'f')) throw new Unsupported('bad xref entry');
          if (type === 'n' && off > 0 && !this.xref.has(start + i)) this.xref.set(start + i, { at: off, index: -1 });
        }
      }
      const t = lx.next();
      if (!isDict(t)) throw new Unsupported('bad trailer');
      return t;
    }
    // A cross-reference stream: `n g obj << … >> stream`.
    const obj = this.parseAt(at);
    if (!isStream(obj) || (obj.dict.get('Type') as Name | undefined)?.name !== 'XRef') throw new Unsupported('bad xref stream');
    const data = this.decode(obj);
    const w = (obj.dict.get('W') as number[] | undefined) ?? [];
    const size = obj.dict.get('Size') as number;
    const index = (obj.dict.get('Index') as number[] | undefined) ?? [0, size];
    const [w0, w1, w2] = [w[0] ?? 1, w[1] ?? 0, w[2] ?? 0];
    const rec = w0 + w1 + w2;
    const field = (p: number, n: number) => {
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + data[p + k]!;
      return v;
    };
    let p = 0;
    for (let s = 0; s < index.length; s += 2) {
      for (let i = 0; i < index[s + 1]!; i++, p += rec) {
        if (p + rec > data.length) throw new Unsupported('short xref stream');
        const type = w0 ? field(p, w0) : 1;
        const num = index[s]! + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { at: field(p + w0, w1), index: -1 });
        else if (type === 2) this.xref.set(num, { at: field(p + w0, w1), index: field(p + w0 + w1, w2) });
      }
    }
    return obj.dict;
  }

  /** The indirect object `n g obj … endobj` at an offset. */
  private parseAt(at: number, num?: number): PdfObject {
    const lx = new Lexer(this.b, at);
    const n = lx.next();
    const gen = lx.next();
    const kw = lx.next();
    if (typeof gen !== 'number') throw new Unsupported('bad object header');
    // A cross-reference that points elsewhere: pdf.js rebuilds it, this reader does not.
    if (!(kw instanceof Object && 'cmd' in kw && kw.cmd === 'obj') || (num !== undefined && n !== num)) throw new Unsupported('no such object at its offset');
    const v = lx.value();
    if (v === END || typeof v === 'symbol') throw new Unsupported('empty object');
    if (!isDict(v)) return v;
    // `stream` after the dictionary: the raw bytes follow its end of line.
    lx.skipSpace();
    const b = this.b;
    if (!STREAM_KW.every((c, k) => b[lx.pos + k] === c)) return v;
    let p = lx.pos + 6;
    if (b[p] === 0x0d) p++;
    if (b[p] === 0x0a) p++;
    const len = this.resolve(v.get('Length'));
    const end = typeof len === 'number' ? p + len : -1;
    // A wrong /Length: pdf.js searches for the end, this reader leaves the file to it.
    if (end < p || end > b.length || !endstreamAt(b, end)) throw new Unsupported('stream /Length does not end at endstream');
    return { dict: v, raw: b.subarray(p, end) };
  }

  /** An object by reference (null when it does not exist), cached. */
  fetch(ref: Ref): PdfObject {
    const hit = this.cache.get(ref.num);
    if (hit !== undefined) return hit;
    const e = this.xref.get(ref.num);
    let v: PdfObject = null;
    if (e && e.index < 0) v = this.parseAt(e.at, ref.num);
    else if (e) v = this.fromObjStream(e.at, e.index);
    this.cache.set(ref.num, v);
    return v;
  }

  resolve(o: unknown): PdfObject {
    return o instanceof Ref ? this.fetch(o) : (o as PdfObject);
  }

  /** A dictionary entry, followed if it is a reference. */
  get(d: Dict, key: string): PdfObject {
    return this.resolve(d.get(key));
  }

  private fromObjStream(num: number, index: number): PdfObject {
    let os = this.objStreams.get(num);
    if (!os) {
      const s = this.fetch(new Ref(num, 0));
      if (!isStream(s)) throw new Unsupported('bad object stream');
      const data = this.decode(s);
      const n = s.dict.get('N') as number;
      const first = s.dict.get('First') as number;
      const lx = new Lexer(data);
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        lx.next();
        offsets.push(first + (lx.next() as number));
      }
      os = { lexer: lx, offsets };
      this.objStreams.set(num, os);
    }
    const at = os.offsets[index];
    if (at === undefined) return null;
    os.lexer.pos = at;
    const v = os.lexer.value();
    return typeof v === 'symbol' ? null : v;
  }

  /** A stream's data, decoded. */
  decode(s: Stream): Uint8Array {
    let data: Uint8Array = s.raw;
    const f = this.resolve(s.dict.get('Filter'));
    const filters = (Array.isArray(f) ? f : f ? [f] : []).map((x) => this.resolve(x));
    const p = this.resolve(s.dict.get('DecodeParms'));
    const params = Array.isArray(p) ? p.map((x) => this.resolve(x)) : [p];
    filters.forEach((name, i) => {
      const n = name instanceof Name ? name.name : '';
      if (n === 'FlateDecode' || n === 'Fl') data = inflate(data);
      else if (n === 'ASCIIHexDecode' || n === 'AHx') data = asciiHex(data);
      else if (n === 'ASCII85Decode' || n === 'A85') data = ascii85(data);
      else throw new Unsupported(`filter ${n}`);
      const dp = params[i];
      if (isDict(dp) && typeof dp.get('Predictor') === 'number' && (dp.get('Predictor') as number) >= 10) data = png(data, dp);
      else if (isDict(dp) && (dp.get('Predictor') ?? 1) !== 1) throw new Unsupported('TIFF predictor');
    });
    return data;
  }

  /** The pages in order, with what they inherit. */
  /** The pages in order, with what they inherit. A page tree pdf.js would not accept (or count differently) is Unsupported. */
  pages(): Page[] {
    const root = this.get(this.trailer, 'Root');
    if (!isDict(root)) throw new Unsupported('no catalog');
    const top = this.get(root, 'Pages');
    if (!isDict(top)) throw new Unsupported('no page tree');
    const out: Page[] = [];
    const seen = new Set<unknown>();
    const walk = (node: Dict, inherited: Map<string, unknown>) => {
      if (seen.has(node)) throw new Unsupported('page tree loop');
      seen.add(node);
      const here = new Map(inherited);
      for (const k of ['Resources', 'MediaBox', 'CropBox']) if (node.has(k)) here.set(k, node.get(k));
      const type = this.get(node, 'Type');
      if ((type instanceof Name && type.name === 'Page') || !node.has('Kids')) {
        const res = this.resolve(here.get('Resources'));
        out.push({ resources: isDict(res) ? res : new Map(), contents: this.get(node, 'Contents'), view: this.view(here) });
        return;
      }
      const kids = this.get(node, 'Kids');
      if (!Array.isArray(kids)) throw new Unsupported('bad Kids');
      for (const k of kids) {
        const kid = k instanceof Ref ? this.fetch(k) : null;
        if (!isDict(kid)) throw new Unsupported('bad page tree node');
        walk(kid, here);
      }
    };
    walk(top, new Map());
    if (out.length !== this.get(top, 'Count')) throw new Unsupported('page count differs from /Count');
    return out;
  }

  private box(o: unknown): number[] | null {
    const a = this.resolve(o);
    if (!Array.isArray(a) || a.length !== 4) return null;
    const n = a.map((x) => this.resolve(x));
    if (!n.every((x) => typeof x === 'number')) return null;
    const [x0, y0, x1, y1] = n as number[];
    const r = [Math.min(x0!, x1!), Math.min(y0!, y1!), Math.max(x0!, x1!), Math.max(y0!, y1!)];
    return r[2]! - r[0]! > 0 && r[3]! - r[1]! > 0 ? r : null;
  }

  /** pdf.js's Page.view: the CropBox within the MediaBox (letter size without one). */
  private view(d: Map<string, unknown>): number[] {
    const media = this.box(d.get('MediaBox')) ?? [0, 0, 612, 792];
    const crop = this.box(d.get('CropBox'));
    if (!crop) return media;
    const r = [Math.max(crop[0]!, media[0]!), Math.max(crop[1]!, media[1]!), Math.min(crop[2]!, media[2]!), Math.min(crop[3]!, media[3]!)];
    return r[2]! - r[0]! > 0 && r[3]! - r[1]! > 0 ? r : media;
  }
}

function latin1Tail(b: Uint8Array, n: number): string {
  return Buffer.from(b.buffer, b.byteOffset + Math.max(0, b.length - n), Math.min(n, b.length)).toString('latin1');
}

function endstreamAt(b: Uint8Array, p: number): boolean {
  while (p < b.length && (b[p] === 10 || b[p] === 13 || b[p] === 32)) p++;
  return Buffer.from(b.buffer, b.byteOffset + p, Math.min(9, b.length - p)).toString('latin1') === 'endstream';
}

