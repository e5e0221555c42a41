/**
 * Encoding labels and decoders: a label resolved to its canonical name,
 * cached TextDecoders, and the byte-order mark at the start of a document.
 */

/** Labels people use that are not WHATWG labels, mapped to one that is. */
const ALIASES: Record<string, string> = {
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  cp54936: 'gb18030',
  cp950: 'big5',
  ms950: 'big5',
  'windows-950': 'big5',
  cp1200: 'utf-16le',
  cp1201: 'utf-16be',
  cp65001: 'utf-8',
  utf8: 'utf-8',
};

const SUGGESTED = ['utf-8', 'gb18030', 'gbk', 'gb2312', 'big5', 'utf-16le', 'utf-16be', 'cp936'];

const decoders = new Map<string, TextDecoder>();

/** A cached non-fatal decoder; ignoreBOM so that the caller decides about BOMs. */
export function decoderFor(encoding: string): TextDecoder {
  let d = decoders.get(encoding);
  if (d === undefined) {
    d = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

/**
 * The canonical encoding name for a label (`GB2312` → `gbk`, `cp936` → `gbk`,
 * `UTF8` → `utf-8`). Throws an Error naming the label and listing valid ones.
 */
export function resolveEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  const mapped = ALIASES[key] ?? key;
  let encoding: string | undefined;
  if (mapped !== '') {
    try {
      encoding = decoderFor(mapped).encoding;
    } catch {
      encoding = undefined;
    }
  }
  if (encoding === undefined) {
    throw new Error(
      `unknown encoding "${label}"; use a WHATWG encoding label such as ${SUGGESTED.join(', ')}`,
    );
  }
  if (!decoders.has(encoding)) decoders.set(encoding, decoderFor(mapped));
  return encoding;
}

export interface Bom {
  encoding: string;
  length: number;
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b0 === 0x84 && b1 === 0x31 && b2 === 0x95 && b3 === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

/** Decode with a cached decoder. BOMs are removed by the callers (sniffBom), so a U+FEFF after one is kept. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  return decoderFor(encoding).decode(bytes);
}
