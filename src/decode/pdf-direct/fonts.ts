/**
 * Fonts, for text only: how a shown string splits into character codes, the
 * Unicode text and the advance width of each code. Composite (Type0) fonts
 * with Identity or predefined CMaps and simple fonts with a ToUnicode map and
 * Widths are read; a font whose text pdf.js would derive from its glyph
 * names or its embedded program (no ToUnicode, a standard font without
 * Widths, Type3, vertical writing) is Unsupported. Glyph outlines are never
 * read.
 */
import { builtInCMap } from './bcmap.js';
import { CMap, parseCMap, toUnicodeMap } from './cmap.js';
import type { PdfFile } from './file.js';
import { Name, Unsupported, isDict, isStream, type Dict, type PdfObject } from './objects.js';

export interface Glyph {
  code: number;
  unicode: string;
  /** Advance in glyph space (1/1000 of the font size). */
  width: number;
  space: boolean;
  diacritic: boolean;
  invisible: boolean;
}

const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

export class Font {
  private readonly glyphs: (Glyph | undefined)[] = [];
  /** The length in bytes of the code last read by glyphAt. */
  len = 1;

  constructor(
    /** The font's name (FontDescriptor /FontName), as pdf.js compares fonts. */
    readonly name: string,
    private readonly cmap: CMap | null,
    private readonly unicodeOf: (code: number) => string | undefined,
    private readonly widthOf: (code: number) => number,
  ) {}

  /** The glyph of the code at `at` in a shown string (its length in bytes in `len`). */
  glyphAt(s: string, at: number): Glyph {
    let code: number;
    if (this.cmap) {
      code = this.cmap.read(s, at);
      this.len = this.cmap.len;
    } else {
      code = s.charCodeAt(at);
      this.len = 1;
    }
    return this.glyphs[code] ?? this.glyph(code);
  }

  private glyph(code: number): Glyph {
    const unicode = this.unicodeOf(code) || String.fromCharCode(code);
    const m = SPECIAL.exec(unicode);
    const g = { code, unicode, width: this.widthOf(code), space: !!m?.[1], diacritic: !!m?.[2], invisible: !!m?.[3] };
    this.glyphs[code] = g;
    return g;
  }
}

/**
 * A code's text from the font's map: a code the map does not have (a damaged
 * string, a subset's stray code) gets its text from the font program or the
 * encoding in pdf.js, which this reader does not read.
 */
function known(u: string | undefined): string {
  if (u === undefined) throw new Unsupported('code without Unicode mapping');
  return u;
}

const nameOf = (o: unknown) => (o instanceof Name ? o.name : typeof o === 'string' ? o : null);

/** The font named by a Tf operand, from a resource dictionary (cached by dictionary). */
export function loadFont(file: PdfFile, dict: PdfObject, cmapDir: string): Font {
  if (!isDict(dict)) throw new Unsupported('font is not a dictionary');
  const subtype = nameOf(file.get(dict, 'Subtype'));
  if (subtype === 'Type0') return composite(file, dict, cmapDir);
  if (subtype === 'Type1' || subtype === 'MMType1' || subtype === 'TrueType') return simple(file, dict);
  throw new Unsupported(`font ${subtype}`);
}

function toUnicodeOf(file: PdfFile, dict: Dict): (string | undefined)[] | null {
  const tu = file.get(dict, 'ToUnicode');
  if (tu === null || tu === undefined) return null;
  if (!isStream(tu)) throw new Unsupported('ToUnicode is not a stream');
  const cm = parseCMap(file.decode(tu));
  if (cm.useCMap) throw new Unsupported('ToUnicode with usecmap');
  const map = toUnicodeMap(cm);
  return map.length > 0 ? map : null;
}

function fontName(file: PdfFile, dict: Dict, descriptor: Dict): string {
  return nameOf(file.get(descriptor, 'FontName')) ?? nameOf(file.get(dict, 'BaseFont')) ?? '';
}

function composite(file: PdfFile, dict: Dict, cmapDir: string): Font {
  const kids = file.get(dict, 'DescendantFonts');
  const cid = file.resolve(Array.isArray(kids) ? kids[0] : null);
  if (!isDict(cid)) throw new Unsupported('no descendant font');
  const kind = nameOf(file.get(cid, 'Subtype'));
  if (kind !== 'CIDFontType0' && kind !== 'CIDFontType2') throw new Unsupported(`descendant font ${kind}`);
  const descriptor = file.get(cid, 'FontDescriptor');
  if (!isDict(descriptor)) throw new Unsupported('no font descriptor');
  const enc = file.get(dict, 'Encoding');
  let cmap: CMap;
  if (enc instanceof Name) cmap = builtInCMap(enc.name, cmapDir);
  else if (isStream(enc)) {
    cmap = parseCMap(file.decode(enc));
    if (cmap.useCMap) cmap.extend(builtInCMap(cmap.useCMap, cmapDir));
  } else throw new Unsupported('no encoding');
  if (cmap.vertical) throw new Unsupported('vertical writing');
  // Widths by CID: W and DW.
  const dw = file.get(cid, 'DW');
  const fallback = typeof dw === 'number' ? Math.ceil(dw) : 1000;
  const widths: number[] = [];
  const w = file.get(cid, 'W');
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; i++) {
      let start = file.resolve(w[i++]);
      if (!Number.isInteger(start)) break;
      const next = file.resolve(w[i]);
      if (Array.isArray(next)) {
        for (const c of next) {
          const width = file.resolve(c);
          if (typeof width === 'number') widths[start as number] = width;
          (start as number)++;
        }
      } else if (Number.isInteger(next)) {
        const width = file.resolve(w[++i]);
        if (typeof width !== 'number') continue;
        for (let j = start as number; j <= (next as number); j++) widths[j] = width;
      } else break;
    }
  }
  const cidOf = (code: number): number => {
    const v = cmap.lookup(code);
    if (v === undefined) return code;
    if (typeof v === 'string') throw new Unsupported('CID string');
    return v;
  };
  const widthOf = (code: number) => widths[cidOf(code)] ?? fallback;
  let unicodeOf: (code: number) => string | undefined;
  const tu = toUnicodeOf(file, dict);
  if (tu) unicodeOf = (code) => known(tu[code]);
  else {
    const info = file.get(cid, 'CIDSystemInfo');
    const registry = isDict(info) ? file.get(info, 'Registry') : null;
    const ordering = isDict(info) ? file.get(info, 'Ordering') : null;
    const cjk = registry === 'Adobe' && ['GB1', 'CNS1', 'Japan1', 'Korea1'].includes(ordering as string);
    if (cjk || (enc instanceof Name && !cmap.identity)) {
      if (typeof registry !== 'string' || typeof ordering !== 'string') throw new Unsupported('no CIDSystemInfo');
      const ucs2 = builtInCMap(`${registry}-${ordering}-UCS2`, cmapDir);
      unicodeOf = (code) => {
        // Without a UCS-2 value pdf.js takes the code itself (for the Uni… CMaps, its UCS-2 value).
        const c = cmap.lookup(code);
        const u = typeof c === 'number' ? ucs2.lookup(c) : undefined;
        if (typeof u !== 'string') return undefined;
        let s = '';
        for (let i = 0; i < u.length; i += 2) s += String.fromCharCode((u.charCodeAt(i) << 8) + u.charCodeAt(i + 1));
        return s;
      };
    } else unicodeOf = () => known(undefined); // pdf.js may take the text from the font program
  }
  return new Font(fontName(file, cid, descriptor), cmap, unicodeOf, widthOf);
}

function simple(file: PdfFile, dict: Dict): Font {
  const descriptor = file.get(dict, 'FontDescriptor');
  if (!isDict(descriptor)) throw new Unsupported('standard font without descriptor');
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(k));
  if (!embedded && nameOf(file.get(dict, 'Subtype')) !== 'TrueType') throw new Unsupported('Type1 font not embedded');
  const ws = file.get(dict, 'Widths');
  if (!Array.isArray(ws)) throw new Unsupported('no Widths');
  const first = file.get(dict, 'FirstChar');
  const widths: number[] = [];
  let j = Number.isInteger(first) ? (first as number) : 0;
  for (const x of ws) {
    const v = file.resolve(x);
    if (typeof v === 'number') widths[j] = v;
    j++;
  }
  const mw = file.get(descriptor, 'MissingWidth');
  const fallback = typeof mw === 'number' ? mw : 0;
  const tu = toUnicodeOf(file, dict);
  if (!tu) throw new Unsupported('simple font without ToUnicode');
  // A code outside ToUnicode: pdf.js would fill it from the font's encoding, not done here.
  const unicodeOf = (code: number) => known(tu[code]);
  return new Font(fontName(file, dict, descriptor), null, unicodeOf, (code) => widths[code] ?? fallback);
}
