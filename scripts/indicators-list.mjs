// Write docs/indicators-list.md from the built rule packs (run `npm run docs`,
// which builds first). test/docs.test.ts fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { indicatorCatalog, renderIndicatorList } from '../dist/rules/catalog.js';
import { BUILTIN_PACKS, readBuiltinPack } from '../dist/rules/load.js';

const packs = [];
for (const name of BUILTIN_PACKS) packs.push(await readBuiltinPack(name));
const out = new URL('../docs/indicators-list.md', import.meta.url);
writeFileSync(out, renderIndicatorList(indicatorCatalog(packs)));
console.log(`wrote docs/indicators-list.md`);
