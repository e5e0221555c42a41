/** `extract indicators`: the indicator ids, grouped by family and sorted; `--json` for scripts. */
import type { Command } from 'commander';
import { indicatorCatalog } from '../rules/catalog.js';
import { BUILTIN_PACKS, readBuiltinPack, readPackFile } from '../rules/load.js';
import { loadRules } from './load-rules.js';
import type { CliIO } from './io.js';
import type { CommandContext } from './command.js';
import { ExitCode } from './exit-code.js';
import { displayWidth } from '../output/width.js';
import { collect } from './usage.js';

export async function runIndicators(flags: { json?: boolean; rules?: string[] }, io: CliIO): Promise<number> {
  const out = (s: string) => void io.out(s);
  // Compiling the rule set validates user packs exactly as extraction does.
  await loadRules(flags.rules ?? [], io);
  const packs = [];
  for (const f of flags.rules ?? []) packs.push(await readPackFile(f));
  for (const n of BUILTIN_PACKS) packs.push(await readBuiltinPack(n));
  const families = indicatorCatalog(packs);
  if (flags.json) {
    const rows = families.flatMap((f) => f.indicators.map((i) => ({ id: i.id, family: i.family, label: i.label, unit: i.unit })));
    out(JSON.stringify(rows, null, 2) + '\n');
    return ExitCode.Ok;
  }
  const idWidth = Math.max(...families.flatMap((f) => f.indicators.map((i) => displayWidth(i.id))));
  const blocks = families.map((f) => {
    const head = `${f.family}${f.description ? `  ${f.description}` : ''}`;
    const rows = f.indicators.map((i) => `  ${i.id.padEnd(idWidth)}  ${i.unit.padEnd(7)}  ${i.label}`);
    return [head, ...rows].join('\n');
  });
  out(blocks.join('\n\n') + '\n');
  return ExitCode.Ok;
}

export function registerIndicators(program: Command, ctx: CommandContext): void {
  program
    .command('indicators')
    .description('list the indicator ids by family, with their units and Chinese labels')
    .option('--json', 'as JSON: [{ id, family, label, unit }]')
    .option('--rules <file>', 'include a YAML rule pack', collect)
    .addHelpText('after', '\nEvery id with an example: docs/indicators-list.md. Use an id (or a pattern, patent.*) with extract -i.')
    .action(async (opts: { json?: boolean; rules?: string[] }) => {
      ctx.result.code = await runIndicators(opts, ctx.io);
    });
}
