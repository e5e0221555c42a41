/**
 * `--shard i/n`: pick a stable subset of the inputs by a hash of their display
 * path, so that adding files never moves the others to another shard.
 */

export interface Shard {
  /** 0-based shard index, < count. */
  index: number;
  /** Number of shards, >= 1. */
  count: number;
}

/** Parse `i/n` (0 <= i < n). Throws an Error with a usage message otherwise. */
export function parseShard(s: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(s);
  if (m === null) {
    throw new Error(`invalid shard "${s}": expected i/n with 0 <= i < n, e.g. 0/4`);
  }
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || count > 0xffffffff) {
    throw new Error(`invalid shard "${s}": the shard count must be between 1 and 4294967295`);
  }
  if (index >= count) {
    throw new Error(`invalid shard "${s}": the index is 0-based and must be below ${count} (0..${count - 1})`);
  }
  return { index, count };
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s` (lone surrogates encode as U+FFFD). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  const add = (b: number): void => {
    h = Math.imul(h ^ b, 0x01000193);
  };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) add(c);
    else if (c < 0x800) {
      add(0xc0 | (c >> 6));
      add(0x80 | (c & 0x3f));
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = s.charCodeAt(i + 1);
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          add(0xf0 | (c >> 18));
          add(0x80 | ((c >> 12) & 0x3f));
          add(0x80 | ((c >> 6) & 0x3f));
          add(0x80 | (c & 0x3f));
          continue;
        }
        c = 0xfffd;
      }
      add(0xe0 | (c >> 12));
      add(0x80 | ((c >> 6) & 0x3f));
      add(0x80 | (c & 0x3f));
    }
  }
  return h >>> 0;
}

/** Whether the input with this display path belongs to `shard`. */
export function inShard(display: string, shard: Shard): boolean {
  return fnv1a32(display) % shard.count === shard.index;
}
