/**
 * `extract check --update`: rewrite an expectations file from the records the
 * extractor gives now, keeping the file's documents, comments and the figures
 * that still hold, and say exactly what changed (`+` added, `-` removed,
 * `~` changed). Writing is the caller's job; removals and changes should be
 * confirmed by the user (`--yes`).
 */
import { parseDocument } from 'yaml';
import type { RecordsByFile } from './compare-types.js';
import type { Expectations } from './expectations-schema.js';
import { planFigures, planMeta, recordsOf, type DocPlan, type FigureChange } from './update-plan.js';
import { renderEdits } from './update-render-edits.js';
import { renderModel } from './update-render-model.js';
import { byPosition } from './update-figure-text.js';

export type { ChangeKind, FigureChange } from './update-plan.js';
export { figureValueText } from './update-figure-text.js';

export interface UpdateResult {
  /** The new YAML text (the original text when nothing changed). */
  text: string;
  changes: FigureChange[];
  added: number;
  removed: number;
  changed: number;
  /** Something would be removed or changed: ask before writing. */
  needsConfirmation: boolean;
}

export interface UpdateOptions {
  /** Which indicator ids to write (default: everything but `other`). */
  isBuiltIn?: (indicator: string) => boolean;
  /**
   * Add figures of every indicator. Otherwise a document that is not
   * exhaustive and already lists figures gets new figures only of the
   * indicators it lists (it was written to check those).
   */
  all?: boolean;
}

/**
 * Compute the updated expectations for one YAML file. `expectations` must be
 * the result of parsing `yamlText` (figure and document indices refer to it);
 * `recordsByFile` holds the current records by resolved document path.
 *
 * The text is edited in place where it can be (only the changed scalars,
 * removed lines and inserted lines differ, so alignment and comments stay
 * byte for byte); otherwise it is re-printed from the YAML document model,
 * which keeps comments but not alignment.
 */
export function updateExpectations(
  yamlText: string,
  expectations: Expectations,
  recordsByFile: RecordsByFile,
  options: UpdateOptions = {},
): UpdateResult {
  const isBuiltIn = options.isBuiltIn ?? ((id: string) => id !== 'other');
  const changes: FigureChange[] = [];
  const plans: DocPlan[] = [];
  for (const ed of expectations.documents) {
    const all = recordsOf(recordsByFile, ed.path);
    const records = all.filter((r) => isBuiltIn(r.indicator)).sort(byPosition);
    const plan: DocPlan = { docIndex: ed.index, meta: [], edits: new Map(), removed: new Set(), additions: [] };
    planMeta(ed, all, plan, changes);
    const listed = new Set(ed.figures.map((f) => f.indicator));
    const addable = options.all || ed.exhaustive || listed.size === 0 ? () => true : (id: string) => listed.has(id);
    planFigures(ed, records, plan, changes, addable);
    plans.push(plan);
  }

  const added = changes.filter((c) => c.kind === 'added').length;
  const removed = changes.filter((c) => c.kind === 'removed').length;
  const changed = changes.filter((c) => c.kind === 'changed').length;
  let text = yamlText;
  if (changes.length > 0) {
    const bom = yamlText.startsWith('\uFEFF') ? '\uFEFF' : '';
    const body = bom ? yamlText.slice(1) : yamlText;
    const modelled = renderModel(body, plans);
    const edited = renderEdits(body, plans);
    const same = edited !== undefined && sameData(edited, modelled);
    text = bom + (same ? (edited as string) : modelled);
  }
  return { text, changes, added, removed, changed, needsConfirmation: removed + changed > 0 };
}

function sameData(a: string, b: string): boolean {
  try {
    const da = parseDocument(a);
    const db = parseDocument(b);
    return da.errors.length === 0 && JSON.stringify(da.toJSON()) === JSON.stringify(db.toJSON());
  } catch {
    return false;
  }
}

/**
 * The change list for people, one line each:
 * `+ seeds/000.txt  tech_contract.value  1273.36亿元 (2019, exact, actual, CNY)`,
 * `- …`, `~ … before → after`.
 */
export function formatChanges(changes: readonly FigureChange[], displayPath: (c: FigureChange) => string = (c) => c.file): string {
  const lines = changes.map((c) => {
    const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
    const what = c.kind === 'added' ? c.after : c.kind === 'removed' ? c.before : `${c.before} → ${c.after}`;
    return `${sign} ${displayPath(c)}  ${c.indicator}  ${what}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** `update expectations.yaml: 3 added, 1 removed, 2 changed` (or `no changes`). */
export function formatUpdateSummary(source: string, r: Pick<UpdateResult, 'added' | 'removed' | 'changed'>): string {
  if (r.added + r.removed + r.changed === 0) return `update ${source}: no changes`;
  return `update ${source}: ${r.added} added, ${r.removed} removed, ${r.changed} changed`;
}
