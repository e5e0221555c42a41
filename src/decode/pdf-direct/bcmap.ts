/**
 * Predefined CMaps (Identity-H/V, and pdf.js's packed .bcmap files such as
 * UniGB-UCS2-H and Adobe-GB1-UCS2), read the way pdf.js's BinaryCMapReader
 * reads them, and cached for the process.
 */
import { readFileSync } from 'node:fs';
import { CMap } from './cmap.js';
import { Unsupported } from './objects.js';

const builtIns = new Map<string, CMap>();

/** A predefined CMap by name (Identity-H/V, or a .bcmap file of pdf.js), with its usecmap parents. */
export function builtInCMap(name: string, dir: string): CMap {
  const hit = builtIns.get(name);
  if (hit) return hit;
  let cm: CMap;
  if (name === 'Identity-H' || name === 'Identity-V') {
    cm = new CMap();
    cm.identity = true;
    cm.vertical = name.endsWith('V');
    cm.ranges[1]!.push(0, 0xffff);
  } else {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Unsupported(`CMap ${name}`);
    let data: Uint8Array;
    try {
      data = readFileSync(`${dir}${name}.bcmap`);
    } catch {
      throw new Unsupported(`CMap ${name}`);
    }
    cm = readBinaryCMap(data);
  }
  if (cm.useCMap) cm.extend(builtInCMap(cm.useCMap, dir));
  builtIns.set(name, cm);
  return cm;
}

/** pdf.js's packed CMap format (BinaryCMapReader). */
function readBinaryCMap(d: Uint8Array): CMap {
  const cm = new CMap();
  let p = 0;
  const byte = () => {
    if (p >= d.length) throw new Unsupported('short bcmap');
    return d[p++]!;
  };
  const num = () => {
    let n = 0;
    let b: number;
    do {
      b = byte();
      n = (n * 128) + (b & 0x7f);
    } while (b & 0x80);
    return n;
  };
  const signed = () => {
    const n = num();
    return n % 2 ? -Math.floor(n / 2) - 1 : n / 2;
  };
  const str = () => {
    const len = num();
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(num());
    return s;
  };
  /** A hex number of size + 1 bytes, as an integer (codes and CIDs here fit in 4 bytes). */
  const hex = (size: number) => {
    let v = 0;
    for (let i = 0; i <= size; i++) v = v * 256 + byte();
    return v;
  };
  /** A variable-length number (7 bits a byte): a difference to add. */
  const hexNum = () => num();
  const toStr = (v: number, size: number) => {
    let s = '';
    for (let i = size; i >= 0; i--) s += String.fromCharCode(Math.floor(v / 256 ** i) % 256);
    return s;
  };
  cm.vertical = !!(byte() & 1);
  while (p < d.length) {
    const b = byte();
    const type = b >> 5;
    if (type === 7) {
      if ((b & 0x1f) === 0) str();
      else if ((b & 0x1f) === 1) cm.useCMap = str();
      continue;
    }
    const seq = !!(b & 0x10);
    const size = b & 15;
    if (size > 3) throw new Unsupported('wide bcmap');
    const count = num();
    switch (type) {
      case 0: // codespace ranges
      case 1: {
        let start = hex(size);
        let end = start + hexNum();
        if (type === 0) cm.ranges[size]!.push(start, end);
        else num();
        for (let i = 1; i < count; i++) {
          start = end + 1 + hexNum();
          end = start + hexNum();
          if (type === 0) cm.ranges[size]!.push(start, end);
          else num();
        }
        break;
      }
      case 2: {
        let ch = hex(size);
        let code = num();
        cm.map[ch] = code;
        for (let i = 1; i < count; i++) {
          ch += 1 + (seq ? 0 : hexNum());
          code = signed() + code + 1;
          cm.map[ch] = code;
        }
        break;
      }
      case 3: {
        let start = hex(size);
        let end = start + hexNum();
        let code = num();
        for (let c = start; c <= end; c++) cm.map[c] = code + c - start;
        for (let i = 1; i < count; i++) {
          start = seq ? end + 1 : end + 1 + hexNum();
          end = start + hexNum();
          code = num();
          for (let c = start; c <= end; c++) cm.map[c] = code + c - start;
        }
        break;
      }
      case 4: {
        let ch = hex(1);
        let cc = hex(size);
        cm.map[ch] = toStr(cc, size);
        for (let i = 1; i < count; i++) {
          ch += 1 + (seq ? 0 : hexNum());
          cc += 1 + signed();
          cm.map[ch] = toStr(cc, size);
        }
        break;
      }
      case 5: {
        let start = hex(1);
        let end = start + hexNum();
        cm.mapBfRange(start, end, toStr(hex(size), size));
        for (let i = 1; i < count; i++) {
          start = seq ? end + 1 : end + 1 + hexNum();
          end = start + hexNum();
          cm.mapBfRange(start, end, toStr(hex(size), size));
        }
        break;
      }
      default:
        throw new Unsupported('bad bcmap');
    }
  }
  return cm;
}
