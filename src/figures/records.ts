/**
 * The last stage: figures that are records become IndicatorRecords, with
 * their provenance (line, column, page, sentence) and the document's metadata.
 */
import { normalizeForMatching } from '../text/normalize.js';
import type { IndicatorRecord } from '../record/types.js';
import { lineColumn, sentenceText } from '../document/structure.js';
import { indexAt } from '../document/search.js';
import { indicatorFilter } from '../rules/filter.js';
import { subjectWords } from '../refine/other-label.js';
import { explainHit } from '../rules/explain.js';
import type { DocContext, Figure, Group } from '../model/figures.js';

/** A sentence longer than this is shortened around the figure in records. */
const SENTENCE_MAX = 600;

/** The part of a very long sentence around a figure, marked with …. */
function around(sentence: string, figure: string): string {
  const k = Math.max(0, sentence.indexOf(figure));
  const a = Math.max(0, k - 250);
  const b = Math.min(sentence.length, k + figure.length + 250);
  return (a > 0 ? '…' : '') + sentence.slice(a, b) + (b < sentence.length ? '…' : '');
}

function toRecord(doc: DocContext, f: Figure, sentence: string): IndicatorRecord {
  const { q, hit, group } = f;
  const { text, norm, structure } = doc;
  const { line, column } = lineColumn(structure, q.start);
  // The measure as written in the original text (億元, not the normalised 亿元).
  const k = norm.slice(q.start, q.end).lastIndexOf(q.measure);
  const measure = k >= 0 ? text.slice(q.start + k, q.start + k + q.measure.length) : q.measure;
  const kept = f.dropped === undefined;
  const rec: IndicatorRecord = {
    file: doc.options.file ?? '-',
    indicator: hit && kept ? hit.rule.id : 'other',
    label: hit ? hit.rule.label : subjectWords(f.window.clause, f.window.after, doc.cues),
    value: q.value,
    unit: f.currency ?? q.unit,
    measure,
    text: text.slice(q.start, q.end),
    qualifier: f.qualifier,
    year: f.year.year,
    status: f.status,
    line,
    column,
    sentence: sentence.length > SENTENCE_MAX ? around(sentence, text.slice(q.start, q.end)) : sentence,
    ...doc.meta,
  };
  if (q.valueMax !== undefined) rec.valueMax = q.valueMax;
  if (f.year.period) rec.period = f.year.period;
  if (f.year.asOf) rec.asOf = f.year.asOf;
  if (f.growth !== undefined) rec.growth = { percent: f.growth };
  if (f.per) rec.per = f.per;
  // Written in simplified characters (邯鄲市 → 邯郸市), as the contract asks.
  rec.region = f.region ? normalizeForMatching(f.region) : null;
  if (f.part !== undefined) rec.part = f.part;
  if (f.phase !== undefined) rec.phase = f.phase;
  if (doc.pages) rec.page = indexAt(doc.pages, q.start) + 1;
  if (f.year.source && f.year.year !== null) rec.yearSource = f.year.source;
  if (doc.options.explain) {
    if (!kept) rec.rule = `dropped: ${f.dropped}${hit ? ` (would be ${hit.rule.id})` : ''}`;
    else if (hit) rec.rule = explainHit(hit, [group.kind === 'row' ? 'table' : '', f.via ?? ''].filter(Boolean).join('; ') || undefined);
  }
  return rec;
}

/** The records of all groups, in document order. */
export function toRecords(doc: DocContext, groups: Group[]): IndicatorRecord[] {
  const keep = indicatorFilter(doc.options.indicators);
  const showDropped = doc.options.all === true && doc.options.explain === true;
  const out: { pos: number; rec: IndicatorRecord }[] = [];
  for (const g of groups) {
    let sentence: string | null = null;
    for (const f of g.figures) {
      if (!f.hit && !doc.options.all) continue;
      if (f.dropped && !(showDropped && !f.rate)) continue;
      const id = f.hit && !f.dropped ? f.hit.rule.id : 'other';
      if (keep && !keep(id)) continue;
      sentence ??= g.kind === 'row' ? doc.text.slice(g.start, g.end) : sentenceText(doc.structure, g.start, g.end);
      const rec = toRecord(doc, f, sentence);
      out.push({ pos: f.q.start, rec });
      // A figure each place of a list has: one record for each place (region-each.ts).
      if (f.regions && rec.indicator !== 'other') for (const r of f.regions.slice(1)) out.push({ pos: f.q.start, rec: { ...rec, region: r } });
    }
  }
  out.sort((a, b) => a.pos - b.pos);
  return out.map((r) => r.rec);
}
