/**
 * Stream filters: Flate (with PNG predictors, as cross-reference streams use
 * them), ASCIIHex and ASCII85. Any other filter is Unsupported.
 */
import { inflateSync } from 'node:zlib';
import { Unsupported, type Dict } from './objects.js';

/** Flate data; data that does not inflate cleanly (cut short, a bad checksum) is left to pdf.js, which recovers what it can its own way. */
export function inflate(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data);
  } catch {
    throw new Unsupported('bad Flate data');
  }
}

export function asciiHex(data: Uint8Array): Uint8Array {
  const s = Buffer.from(data).toString('latin1').replace(/>.*$/s, '').replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(s.length % 2 ? s + '0' : s, 'hex');
}

export function ascii85(data: Uint8Array): Uint8Array {
  const s = Buffer.from(data).toString('latin1').replace(/~>.*$/s, '').replace(/\s+/g, '').replace(/^<~/, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const g of group) v = v * 85 + g;
    for (let k = 0; k < n; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
    group = [];
  };
  for (const ch of s) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    group.push(ch.charCodeAt(0) - 33);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/** Undo PNG row predictors (Predictor ≥ 10). */
export function png(data: Uint8Array, dp: Dict): Uint8Array {
  const colors = (dp.get('Colors') as number) ?? 1;
  const bpc = (dp.get('BitsPerComponent') as number) ?? 8;
  const columns = (dp.get('Columns') as number) ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const row = Math.ceil((colors * bpc * columns) / 8);
  const rows = Math.floor(data.length / (row + 1));
  const out = new Uint8Array(rows * row);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (row + 1)]!;
    const src = r * (row + 1) + 1;
    const dst = r * row;
    for (let i = 0; i < row; i++) {
      const x = data[src + i]!;
      const a = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - row + i]! : 0;
      const c = r > 0 && i >= bpp ? out[dst - row + i - bpp]! : 0;
      let v = x;
      if (type === 1) v = x + a;
      else if (type === 2) v = x + up;
      else if (type === 3) v = x + ((a + up) >> 1);
      else if (type === 4) {
        const pa = Math.abs(up - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + up - 2 * c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? up : c);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}
