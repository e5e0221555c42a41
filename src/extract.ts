/**
 * The pipeline: document → figures → rules → context → records.
 *
 * 1. The document's structure (sentences, paragraphs) and metadata are read once.
 * 2. Only sentences holding a rule pack's keyword are scanned for figures
 *    (all sentences with `all`), so a document is read by few regex passes.
 * 3. Each figure is classified by the rules on the words around it.
 * 4. Context adds year, status, growth, per-unit and provenance.
 */
import type { DocMeta, ExtractOptions, IndicatorRecord, Quantity, SourceText } from './types.js';
import { parseQuantity, scanQuantities } from './numbers/index.js';
import { findTables, headerParts, NOT_A_LEVEL, type TableBlock } from './document/tables.js';
import { buildStructure, indexAt, lineColumn, sentenceText, SOFT_BREAK, type DocStructure } from './document/structure.js';
import { readMetadata } from './document/metadata.js';
import { normalizeForMatching } from './document/normalize.js';
import { MASK } from './rules/compile.js';
import { classify, type FigureWindow } from './rules/classify.js';
import { explainHit } from './rules/explain.js';
import type { RuleSet } from './rules/load.js';
import { attributeYear, titleYear } from './context/year.js';
import { findTimes, type TimeExpr } from './context/time.js';
import { findHeadings, sectionAt, sectionStates } from './document/sections.js';
import { decideStatus, firstTargetCue, PLAN_TITLE } from './context/status.js';
import { isChange } from './context/change.js';
import { linkGrowth } from './context/growth.js';
import { perUnits } from './context/per.js';
import { subjectWords } from './context/label.js';
import { documentPlaces, regionOf } from './context/region.js';
import { contextQualifier, isSubjectless, isThreshold } from './context/level.js';

/** A list item named only by a modifier: `、市级`, `、省级`, `和国家级`. */
const LIST_ITEM = /^[、和及与]\s*(?:其中)?[\u4e00-\u9fa5]{0,4}(?:级|类|型|省|市|区|县|内|外)\s*$/;

/** `patent.*` → a RegExp matching whole indicator ids (`*` is any run of characters). */
export function idPattern(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

const filters = new Map<string, (id: string) => boolean>();

/** Compile `patent.*`-style patterns into one matcher (once per set of patterns). */
export function indicatorFilter(patterns: string[] | undefined): ((id: string) => boolean) | null {
  if (!patterns || patterns.length === 0) return null;
  const key = patterns.join('\n');
  let f = filters.get(key);
  if (!f) {
    const res = patterns.map(idPattern);
    f = (id) => res.some((r) => r.test(id));
    filters.set(key, f);
  }
  return f;
}

/** Where the last clause of `s` starts: after its last , ; 。 ! ? or | (searched from the end). */
function lastClauseStart(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x7c) return i + 1;
  }
  return 0;
}

/**
 * Sentence indexes to read: those holding a keyword and the sentence after
 * each (it may continue the subject: `…技术合同772,507项;成交额47,791.02亿元`),
 * or all.
 */
function sentencesToRead(doc: DocStructure, trigger: RegExp | null): number[] {
  const n = doc.sentenceStarts.length;
  if (!trigger) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(doc.norm); m; m = trigger.exec(doc.norm)) {
    const k = indexAt(doc.sentenceStarts, m.index);
    if (out[out.length - 1] !== k) out.push(k);
    if (k + 1 < n && indexAt(doc.paragraphStarts, doc.sentenceStarts[k + 1]) === indexAt(doc.paragraphStarts, doc.sentenceStarts[k])) {
      out.push(k + 1);
    }
    // Skip to the next sentence: one hit is enough.
    const next = k + 1 < n ? doc.sentenceStarts[k + 1] : doc.norm.length;
    trigger.lastIndex = Math.max(trigger.lastIndex, next);
  }
  return [...new Set(out)];
}

function docYearOf(meta: DocMeta): number | null {
  return meta.docDate ? Number(meta.docDate.slice(0, 4)) : null;
}

/**
 * Extract every indicator figure from one document. Synchronous and pure:
 * no I/O, no console; rules come from `loadRuleSet()`.
 */
export function extractWith(rules: RuleSet, source: string | SourceText, options: ExtractOptions = {}): IndicatorRecord[] {
  const src: SourceText = typeof source === 'string' ? { text: source } : source;
  const text = src.text;
  const keep = indicatorFilter(options.indicators);
  const trigger = options.all ? null : rules.trigger;
  // A document with no keyword of any pack has no figure of interest: stop
  // before building its structure (most documents of an archive are like this).
  const norm = normalizeForMatching(text);
  if (trigger) {
    trigger.lastIndex = 0;
    if (!trigger.test(norm)) return [];
  }
  const doc = buildStructure(text, norm);
  const sentences = sentencesToRead(doc, trigger);
  if (sentences.length === 0) return [];
  const meta = readMetadata(text, src.title);
  const docYear = docYearOf(meta);
  const places = documentPlaces(meta);
  const planDoc = PLAN_TITLE.test(meta.docTitle ?? '') && !/总结|报告|公报|回顾|情况/.test(meta.docTitle ?? '');
  const roc = /民[国國]\s*\d{2,3}\s*年/.test(doc.norm);
  const headings = sectionStates(findHeadings(doc, docYear, meta.docDate, roc));
  const reportYear = titleYear(meta.docTitle, docYear, meta.docDate, roc);
  let docTimes: TimeExpr[] | null = null;
  /** Every time expression of the document, found once, in order. */
  const times = () => (docTimes ??= findTimes(doc.norm, docYear, meta.docDate, roc));
  const records: { pos: number; rec: IndicatorRecord }[] = [];
  const base = (q: Quantity, indicator: string, label: string): IndicatorRecord => {
    const { line, column } = lineColumn(doc, q.start);
    // The measure as written in the original text (億元, not the normalised 亿元).
    const k = doc.norm.slice(q.start, q.end).lastIndexOf(q.measure);
    const measure = k >= 0 ? text.slice(q.start + k, q.start + k + q.measure.length) : q.measure;
    return {
      file: options.file ?? '-',
      indicator,
      label,
      value: q.value,
      unit: q.unit,
      measure,
      text: text.slice(q.start, q.end),
      qualifier: q.qualifier,
      year: null,
      status: 'actual',
      line,
      column,
      sentence: '',
      ...meta,
    };
  };

  for (const table of findTables(doc.norm)) {
    for (const { q, hit, sentence, region } of tableFigures(table, rules, doc)) {
      if (!hit && !options.all) continue;
      const indicator = hit ? hit.rule.id : 'other';
      if (keep && !keep(indicator)) continue;
      const section = sectionAt(headings, table.start);
      const clauseTimes = findTimes(table.title, docYear, meta.docDate, roc);
      const before = times().slice(0, firstAtOrAfter(times(), table.start));
      const y = attributeYear({
        clauseTimes,
        gapAfterLast: '',
        sentenceTimes: [],
        paragraphTimes: before.slice(-3),
        opensParagraph: () => false,
        clause: table.title,
        section: section.time,
        titleYear: reportYear,
      });
      const rec = base(q, indicator, hit ? hit.rule.label : headerParts(sentence).label);
      rec.year = y.year;
      rec.status = decideStatus(table.title, '', y.year, docYear, y.deadline, planDoc, section.plan);
      rec.sentence = sentence.length > SENTENCE_MAX ? around(sentence, rec.text) : sentence;
      if (q.valueMax !== undefined) rec.valueMax = q.valueMax;
      if (y.period) rec.period = y.period;
      if (region) rec.region = region;
      if (y.source && y.year !== null) rec.yearSource = y.source;
      if (options.explain && hit) rec.rule = explainHit(hit, 'table');
      records.push({ pos: q.start, rec });
    }
  }

  for (const k of sentences) {
    const sStart = doc.sentenceStarts[k];
    const sEnd = k + 1 < doc.sentenceStarts.length ? doc.sentenceStarts[k + 1] : text.length;
    const sNorm = doc.norm.slice(sStart, sEnd);
    // `1 273.36亿元`: a number glued to a digit before a space is not a figure of its own.
    const found = scanFlat(sNorm).filter((q) => !(q.start >= 2 && /\d[ \u00a0]$/.test(sNorm.slice(q.start - 2, q.start))));
    if (found.length === 0) continue;
    const qs: Quantity[] = found.map((q) => ({ ...q, start: q.start + sStart, end: q.end + sStart, text: text.slice(q.start + sStart, q.end + sStart) }));

    // The sentence with each figure replaced by one MASK and soft wraps removed.
    let masked = '';
    const at: number[] = [];
    let pos = 0;
    const flat = (s: string) => s.replace(SOFT_BREAK, '');
    for (const q of found) {
      masked += flat(sNorm.slice(pos, q.start));
      at.push(masked.length);
      masked += MASK;
      pos = q.end;
    }
    masked += flat(sNorm.slice(pos));

    const pStart = doc.paragraphStarts[indexAt(doc.paragraphStarts, sStart)];
    const pTimes = times();
    const paragraphTimes = timesIn(pTimes, pStart, sStart);
    const opensParagraph = (t: TimeExpr) => doc.norm.slice(pStart, t.index).trim().length <= 1;
    const previousSentence = k > 0 && doc.sentenceStarts[k - 1] >= pStart ? doc.norm.slice(doc.sentenceStarts[k - 1], sStart) : '';

    const previousNear = new Map<RegExp, boolean>();
    const windows: FigureWindow[] = qs.map((_, i) => {
      const before = masked.slice(0, at[i]);
      return { before, after: masked.slice(at[i] + 1), clause: before.slice(lastClauseStart(before)), previous: previousSentence, previousNear };
    });
    const { links, growth } = linkGrowth(
      qs.map((q, i) => ({
        kind: q.measure === '个百分点' ? 'points' : q.kind !== 'percent' && isChange(windows[i].clause) ? 'change' : q.kind,
        value: q.value,
        clause: windows[i].clause,
        gap: masked.slice(i ? at[i - 1] + 1 : 0, at[i]),
      })),
    );
    let sentence: string | null = null;
    const cue = firstTargetCue(masked);
    const hits: (ReturnType<typeof classify> | undefined)[] = [];

    qs.forEach((q, i) => {
      if (growth.has(i)) return;
      const w = windows[i];
      let hit = classify(q, w, rules.rules);
      const prevHit = i > 0 ? hits[i - 1] : undefined;
      if (!hit && prevHit && qs[i - 1].kind === q.kind) {
        // `其中国家级4家、市级21家`: a list item named only by a modifier keeps the
        // previous item's indicator; so does a clause with no subject of its own
        // (`…5000万元专项资金,三年合计1.5亿元`).
        const gap = masked.slice(at[i - 1] + 1, at[i]);
        const own = w.clause.slice(w.clause.lastIndexOf(MASK) + 1);
        if (LIST_ITEM.test(gap) || (w.clause.indexOf(MASK) < 0 && isSubjectless(own.replace(/^\s*其中\s*/, '')))) hit = prevHit;
      }
      if (!hit && i > 0 && (hits[i - 1] || growth.has(i - 1)) && w.clause.indexOf(MASK) < 0) {
        // A clause without a subject of its own continues the previous clause:
        // `成交额…增长22%以上,五年累计超过4,000亿元`, `授权专利5,842件,其中发明专利1,937件`.
        const prior = w.before.slice(0, w.before.length - w.clause.length - 1);
        const prev = prior.slice(lastClauseStart(prior));
        const k = prev.indexOf(MASK);
        const label = k < 0 ? prev : prev.slice(0, k);
        const own = w.clause.replace(/^\s*其中\s*[:,]?/, '');
        if (label && (isSubjectless(own) || own.length < w.clause.length)) {
          const before = isSubjectless(own) ? label : label + own;
          hit = classify(q, { before, after: w.after, clause: label + w.clause }, rules.rules);
        }
      }
      if (!hit && w.clause.indexOf(MASK) < 0 && isSubjectless(w.clause)) {
        // `全市产学研联盟数量大幅增长,达到175家`: the subject stands in the previous clause.
        const prior = w.before.slice(0, w.before.length - w.clause.length - 1);
        const prev = prior.slice(lastClauseStart(prior));
        // Only across a comma or semicolon: a table cell (`|`) is not a clause of the same sentence.
        const sep = w.before.charAt(w.before.length - w.clause.length - 1);
        // `按总投入的30%给予补助,最高不超过500万元`: the words after the previous clause's last figure.
        const label = prev.slice(prev.lastIndexOf(MASK) + 1);
        if (label && (sep === ',' || sep === ';')) hit = classify(q, { before: label, after: w.after, clause: label + w.clause }, rules.rules);
      }
      hits[i] = hit;
      if (!hit && !options.all) return;
      if (isChange(w.clause) || isThreshold(q, w.clause, w.after)) return;
      const indicator = hit ? hit.rule.id : 'other';
      if (keep && !keep(indicator)) return;

      const clauseText = w.clause;
      const per = perUnits(clauseText);
      const section = sectionAt(headings, q.start);
      const cStart = clauseStart(doc.norm, sStart, q.start, qs);
      const clauseTimes = timesIn(pTimes, cStart, q.start);
      const y = attributeYear(
        {
          clauseTimes,
          gapAfterLast: clauseTimes.length ? doc.norm.slice(clauseTimes[clauseTimes.length - 1].end, q.start) : '',
          sentenceTimes: timesIn(pTimes, sStart, cStart),
          paragraphTimes,
          opensParagraph,
          clause: clauseText,
          section: per ? null : section.time,
          titleYear: per ? null : reportYear,
          list: listPosition(clauseText, w.after),
        },
        !per,
      );
      sentence ??= sentenceText(doc, sStart, sEnd);
      const rec = base(q, indicator, hit ? hit.rule.label : subjectWords(clauseText, w.after));
      rec.year = y.year;
      rec.status = decideStatus(cue >= 0 && cue < at[i], w.after, y.year, docYear, y.deadline, planDoc, section.plan);
      rec.qualifier = contextQualifier(q, clauseText);
      rec.sentence = sentence.length > SENTENCE_MAX ? around(sentence, rec.text) : sentence;
      if (q.valueMax !== undefined) rec.valueMax = q.valueMax;
      if (y.period) rec.period = y.period;
      if (y.asOf) rec.asOf = y.asOf;
      const g = links.find((l) => l.to === i);
      if (g) rec.growth = { percent: g.percent };
      if (per) rec.per = per;
      const region = regionOf(w.before, places);
      if (region) rec.region = region;
      if (y.source && y.year !== null) rec.yearSource = y.source;
      if (options.explain && hit) rec.rule = explainHit(hit);
      records.push({ pos: q.start, rec });
    });
  }
  records.sort((a, b) => a.pos - b.pos);
  return records.map((r) => r.rec);
}

/**
 * Quantities of a sentence whose soft line wraps are removed first, so a
 * figure broken across lines (`4.2万` / `件`) is still read; offsets are
 * mapped back to the sentence.
 */
function scanFlat(sentence: string): Quantity[] {
  const nl = sentence.indexOf('\n');
  // Most sentences have no line break, or only the paragraph's at their end.
  if (nl < 0 || sentence.slice(nl).trim() === '') return scanQuantities(sentence);
  const keep: number[] = [];
  let flat = '';
  const wrap = SOFT_BREAK;
  wrap.lastIndex = 0;
  let pos = 0;
  for (let m = wrap.exec(sentence); m; m = wrap.exec(sentence)) {
    for (let i = pos; i < m.index; i++) keep.push(i);
    flat += sentence.slice(pos, m.index);
    pos = m.index + m[0].length;
  }
  for (let i = pos; i < sentence.length; i++) keep.push(i);
  flat += sentence.slice(pos);
  return scanQuantities(flat).map((q) => {
    const start = keep[q.start];
    const end = keep[q.end - 1] + 1;
    return { ...q, start, end, text: sentence.slice(start, end) };
  });
}

/** Index of the first time at or after `pos`. */
function firstAtOrAfter(times: TimeExpr[], pos: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid].index < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The times that lie wholly in [from, to). */
function timesIn(times: TimeExpr[], from: number, to: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = firstAtOrAfter(times, from); i < times.length && times[i].index < to; i++) if (times[i].end <= to) out.push(times[i]);
  return out;
}

/** Where the clause holding the figure at `pos` starts (figures' own commas are skipped). */
function clauseStart(norm: string, sentenceStart: number, pos: number, figures: Quantity[]): number {
  let f = figures.length - 1;
  for (let i = pos - 1; i >= sentenceStart; i--) {
    while (f >= 0 && figures[f].start > i) f--;
    if (f >= 0 && figures[f].end > i) {
      i = figures[f].start;
      continue;
    }
    const c = norm.charCodeAt(i);
    // , ; 。 ! ? |
    if (c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x7c) return i + 1;
  }
  return sentenceStart;
}

/** A sentence longer than this is shortened around the figure in records. */
const SENTENCE_MAX = 600;

/** The part of a very long sentence around a figure, marked with …. */
function around(sentence: string, figure: string): string {
  const k = Math.max(0, sentence.indexOf(figure));
  const a = Math.max(0, k - 250);
  const b = Math.min(sentence.length, k + figure.length + 250);
  return (a > 0 ? '…' : '') + sentence.slice(a, b) + (b < sentence.length ? '…' : '');
}

/** Where a figure stands in a `分别为A、B及C` list. */
function listPosition(clause: string, after: string): { index: number; length: number } | undefined {
  const k = clause.lastIndexOf('分别');
  if (k < 0) return undefined;
  const index = clause.slice(k).split(MASK).length - 1;
  const more = /^(?:[、和及与]\uE000)*/.exec(after)![0].length / 2;
  return { index, length: index + 1 + more };
}

/** The figures of a flattened table: each numeric cell, classified by its column header. */
function* tableFigures(
  table: TableBlock,
  rules: RuleSet,
  doc: DocStructure,
): Generator<{ q: Quantity; hit: ReturnType<typeof classify>; sentence: string; region?: string }> {
  let topic = '';
  if (rules.trigger) {
    rules.trigger.lastIndex = 0;
    topic = rules.trigger.exec(table.title)?.[0] ?? '';
  }
  const columns = table.header.map((c) => headerParts(c.text));
  const regionCol = columns.findIndex((c) => /地区|区域|城市|省|区县|市|县/.test(c.label));
  for (const row of table.rows) {
    const sentence = doc.text.slice(row[0]?.start ?? 0, row[row.length - 1]?.end ?? 0);
    const label = regionCol >= 0 ? row[regionCol]?.text : row.find((c) => !/^[\d.]+$/.test(c.text))?.text;
    for (let j = 0; j < row.length && j < columns.length; j++) {
      const col = columns[j];
      const cell = row[j];
      const measure = col.measure ?? table.unit;
      if (!measure || NOT_A_LEVEL.test(col.label) || !/\d/.test(cell.text)) continue;
      const parsed = parseQuantity(cell.text + measure);
      if (!parsed) continue;
      const q: Quantity = { ...parsed, start: cell.start, end: cell.end, text: cell.text };
      let hit: ReturnType<typeof classify> = null;
      for (const before of [col.label, topic + col.label, table.title + col.label]) {
        hit = classify(q, { before, after: '', clause: before }, rules.rules);
        if (hit) break;
      }
      yield { q, hit, sentence, region: label && !/^(?:合计|总计|小计|全市|全省|全国)$/.test(label) ? label : undefined };
    }
  }
}
