/**
 * The figures of prose: the sentences that hold a pack's keyword (and the
 * sentence after each, which may continue its subject) are scanned for
 * quantities; each sentence becomes a group whose figures are masked in its
 * text, so that every figure sees the words around it.
 */
import type { Quantity } from '../record/types.js';
import { scanQuantities } from '../numbers/index.js';
import { indexAt, SOFT_BREAK, type DocStructure } from '../document/structure.js';
import { clauseStartIn, lastClauseStart } from '../document/clauses.js';
import { MASK } from '../rules/mask.js';
import { joinSpacedWords, SPACED_WORDS } from '../text/normalize.js';
import type { KeywordScanner } from '../rules/keywords.js';
import type { DocContext, Figure, Group } from '../model/figures.js';

/** Sentences read after each keyword sentence of the same paragraph: they may go on with its subject (`…;2022年达932.1亿元;2023年达…`). */
const FOLLOWING = 8;

/** Sentence indexes to read: those holding a keyword and the sentences after each in its paragraph, or all. */
function sentencesToRead(doc: DocStructure, trigger: KeywordScanner | null): number[] {
  const n = doc.sentenceStarts.length;
  if (!trigger) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  let next = 0;
  for (let m = trigger.find(doc.norm); m; m = trigger.find(doc.norm, next)) {
    const k = indexAt(doc.sentenceStarts, m.index);
    if (out[out.length - 1] !== k) out.push(k);
    let paragraph = indexAt(doc.paragraphStarts, doc.sentenceStarts[k]);
    for (let j = k + 1; j <= k + FOLLOWING && j < n; j++) {
      const p = indexAt(doc.paragraphStarts, doc.sentenceStarts[j]);
      // A line that goes on from one ending in `;` or `,` continues its paragraph.
      if (p !== paragraph && (p !== paragraph + 1 || clauseMarkBefore(doc.norm, doc.sentenceStarts[j]) < 0)) break;
      paragraph = p;
      out.push(j);
    }
    // Skip to the next sentence: one hit is enough.
    next = Math.max(m.end, k + 1 < n ? doc.sentenceStarts[k + 1] : doc.norm.length);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * Quantities of a sentence whose soft line wraps are removed first, so a
 * figure broken across lines (`4.2万` / `件`) is still read; offsets are
 * mapped back to the sentence.
 */
function scanFlat(sentence: string): Quantity[] {
  const nl = sentence.indexOf('\n');
  // Most sentences have no line break, or only the paragraph's at their end, and no number written with spaces.
  const wrapped = nl >= 0 && sentence.slice(nl).trim() !== '';
  const spacedNumber = MAYBE_SPACED_NUMBER.test(sentence);
  if (!wrapped && !spacedNumber) return scanQuantities(sentence);
  const cut = wrapped && spacedNumber ? WRAP_OR_INNER_SPACE : wrapped ? SOFT_BREAK : INNER_SPACE;
  const keep: number[] = [];
  let flat = '';
  cut.lastIndex = 0;
  let pos = 0;
  for (let m = cut.exec(sentence); m; m = cut.exec(sentence)) {
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

/**
 * A space inside a number, before its unit: between groups of three digits
 * (`121 406件`, `1 273.36亿元`) or around its decimal point (`58. 71 亿元`,
 * text from a PDF). Two numbers apart (`2021 315`, a table's columns) have no
 * unit right after the second.
 */
const SPACE = '[ \\u00a0\\u2009\\u202f]';
const UNIT_NEXT = '[ ]?[万亿千百元件项个家支只%]';
const INNER = `(?<=(?:^|[^\\d.,])\\d{1,3}(?:${SPACE}\\d{3})*)${SPACE}(?=\\d{3}(?:${SPACE}\\d{3})*(?:\\.\\d+)?${UNIT_NEXT})|(?<=\\d ?\\.) +(?=\\d+${UNIT_NEXT})|(?<=\\d) +(?=\\. ?\\d+${UNIT_NEXT})`;
const INNER_SPACE = new RegExp(INNER, 'g');
const WRAP_OR_INNER_SPACE = new RegExp(`${SOFT_BREAK.source}|${INNER}`, 'g');
const MAYBE_SPACED_NUMBER = /\d(?:[ \u00a0\u2009\u202f]\.? ?|\. +)\d/;

/** A number glued to a digit before a space that is no thousands group (`2021 15`) is not a figure of its own. */
function glued(s: string, start: number): boolean {
  if (start < 2) return false;
  const d = s.charCodeAt(start - 2);
  const sp = s.charCodeAt(start - 1);
  return d >= 0x30 && d <= 0x39 && (sp === 0x20 || sp === 0xa0);
}

const SPACES_AT_END = /[ \u3000\u00a0]+$/;
const SPACES_AT_START = /^[ \u3000\u00a0]+/;

/** Text between figures without the spaces that touch a figure: after the one before it (`afterFigure`), before the next (`beforeFigure`). */
function trimAround(s: string, afterFigure: boolean, beforeFigure = true): string {
  if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\u00a0') < 0) return s;
  if (beforeFigure) s = s.replace(SPACES_AT_END, '');
  return afterFigure ? s.replace(SPACES_AT_START, '') : s;
}

/** The line before `start` when it ends in a clause mark (`…25418项,同比增长11.24%;` / `成交额2413.11亿元`), else ''. */
function continuedLine(doc: DocStructure, start: number): string {
  const e = clauseMarkBefore(doc.norm, start);
  if (e < 0) return '';
  // Its whole paragraph (a sentence of PDF text may span lines: `…国家计划技术合同` / `640 项,…;`),
  // and the paragraphs of a chain of such lines before it (`甲 640 项,…;` / `乙 580 项,…;`).
  let s = doc.paragraphStarts[indexAt(doc.paragraphStarts, e - 1)];
  for (let k = 0; k < 4 && e - s < 200; k++) {
    const before = clauseMarkBefore(doc.norm, s);
    if (before < 0) break;
    s = doc.paragraphStarts[indexAt(doc.paragraphStarts, before - 1)];
  }
  return doc.norm.slice(Math.max(s, e - 200), e);
}

/** The end of the line before `start` when it ends in `;`, `,` or `:`, else -1. */
function clauseMarkBefore(norm: string, start: number): number {
  let e = start;
  while (e > 0 && (norm[e - 1] === '\n' || norm[e - 1] === ' ')) e--;
  const c = norm[e - 1];
  return c === ';' || c === ',' || c === ':' ? e : -1;
}

/** One group per keyword sentence that holds figures. */
export function sentenceGroups(doc: DocContext): Group[] {
  const { structure, norm, text } = doc;
  const starts = structure.sentenceStarts;
  const groups: Group[] = [];
  let last: { k: number; group: Group } | null = null;
  for (const k of sentencesToRead(structure, doc.trigger)) {
    const sStart = starts[k];
    const sEnd = k + 1 < starts.length ? starts[k + 1] : text.length;
    const sNorm = norm.slice(sStart, sEnd);
    const found = scanFlat(sNorm).filter((q) => !glued(sNorm, q.start));
    if (found.length === 0) continue;
    const qs: Quantity[] = found.map((q) => ({ ...q, start: q.start + sStart, end: q.end + sStart, text: text.slice(q.start + sStart, q.end + sStart) }));

    // The sentence with each figure replaced by one MASK and soft wraps removed.
    let masked = '';
    const at: number[] = [];
    let pos = 0;
    const wrapped = sNorm.indexOf('\n') >= 0;
    // Spaces inside words (text from a PDF) are gone in the words the rules read.
    const spaced = SPACED_WORDS.test(sNorm);
    const flat = (s: string) => {
      const f = wrapped ? s.replace(SOFT_BREAK, '') : s;
      return spaced ? joinSpacedWords(f) : f;
    };
    // Spaces around a figure (`规模 40 亿元`, typeset text) are not words: a label
    // right before the figure stays right before its mask.
    for (const q of found) {
      masked += trimAround(flat(sNorm.slice(pos, q.start)), pos > 0);
      at.push(masked.length);
      masked += MASK;
      pos = q.end;
    }
    masked += trimAround(flat(sNorm.slice(pos)), pos > 0, false);

    const paragraph = indexAt(structure.paragraphStarts, sStart);
    const pStart = structure.paragraphStarts[paragraph];
    // The words before the sentence in its paragraph (up to 200 characters): a bare 成交额 may lean on 技术合同 there.
    // A line that goes on from one ending in `;` or `,` (a sentence broken into lines) leans on that line.
    const previous = sStart > pStart ? norm.slice(Math.max(pStart, sStart - 200), sStart) : continuedLine(structure, sStart);
    const previousNear = new Map<RegExp, boolean>();
    const group: Group = { kind: 'sentence', start: sStart, end: sEnd, paragraph, masked, figures: [] };
    if (last && last.k === k - 1 && last.group.paragraph === paragraph) group.previous = last.group;
    last = { k, group };
    group.figures = qs.map((q, i): Figure => {
      const before = masked.slice(0, at[i]);
      return {
        q,
        group,
        index: i,
        at: at[i],
        window: { before, after: masked.slice(at[i] + 1), clause: before.slice(lastClauseStart(before)), previous, previousNear },
        clauseStart: clauseStartIn(norm, sStart, q.start, qs),
        hit: null,
        year: { year: null },
        status: 'actual',
        qualifier: q.qualifier,
      };
    });
    groups.push(group);
  }
  return groups;
}
