/**
 * The layout of src/: no folder imports a folder that imports it back (type
 * imports count), and the orchestrator stays short.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { cycles, folderEdges } from '../../scripts/folder-cycles.mjs';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

describe('src layout', () => {
  it('has no cycle among its folders', () => {
    const edges = folderEdges(SRC) as Map<string, Set<string>>;
    expect(edges.size).toBeGreaterThan(10);
    expect(cycles(edges)).toEqual([]);
  });
  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycles(edges)).toEqual(['a -> b -> c -> a']);
  });
  it('keeps the orchestrator under 100 lines', () => {
    expect(readFileSync(path.join(SRC, 'pipeline.ts'), 'utf8').split('\n').length).toBeLessThan(100);
  });
});
