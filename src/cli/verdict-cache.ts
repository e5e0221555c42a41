/**
 * Verdicts of the ReDoS checker for the patterns of users' packs, kept between
 * runs in $XDG_CACHE_HOME/zh-indicators/redos-verdicts.json (~/.cache when
 * unset), so a pack is checked once, not at every start. Keys are hashes of
 * what was checked; a cache that cannot be read or written is simply not used.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { objectStore, type Verdict, type VerdictStore } from '../rules/redos.js';

export interface VerdictCache extends VerdictStore {
  /** Write new verdicts back (ignores errors). */
  flush(): void;
}

export function cacheFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'zh-indicators', 'redos-verdicts.json');
}

export function verdictCache(env: Record<string, string | undefined>): VerdictCache {
  const file = cacheFile(env);
  let data: Record<string, Verdict> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, Verdict>;
  } catch {
    // no cache yet
  }
  const store = objectStore(data);
  let dirty = false;
  return {
    get: store.get,
    set(k, v) {
      store.set(k, v);
      dirty = true;
    },
    flush() {
      if (!dirty) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(data));
        renameSync(tmp, file);
        dirty = false;
      } catch {
        // a read-only home: check again next time
      }
    },
  };
}
