/**
 * The report's table (one line per summary row, sortable and filterable in
 * the page) and the sources of every row: each value side by side with the
 * documents that state it, the sentence with the figure marked.
 */
import { yearLabel } from '../summary/pivot.js';
import type { SummaryRow, SummaryValue } from '../summary/types.js';
import { esc } from './escape.js';
import { markedSentence, regionFilterKey, seriesLabel, valueLabel } from './format.js';

/** The table: every row with data-* attributes the page filters and sorts on. */
export function tableHtml(rows: readonly SummaryRow[]): string {
  const head = [
    ['indicator', '指标 Indicator', 'text'],
    ['region', '地区 Region', 'text'],
    ['year', '年份 Year', 'num'],
    ['status', '状态 Status', 'text'],
    ['part', '分项 Part', 'text'],
    ['phase', '期 Phase', 'num'],
    ['value', '数值 Value', 'num'],
    ['documents', '文件 Docs', 'num'],
  ]
    .map(([key, label, kind]) => `<th scope="col"><button type="button" class="sort" data-key="${key}" data-kind="${kind}">${label}</button></th>`)
    .join('');
  const body = rows
    .map((r, i) => {
      const year = yearLabel(r);
      const conflict = r.conflicts.length ? ` <span class="badge" title="文件给出不同数值">⚠ ${r.conflicts.length + 1} 个值</span>` : '';
      return (
        `<tr data-row="${i}" data-indicator="${esc(r.indicator)}" data-region="${esc(regionFilterKey(r.region))}" data-year="${esc(year)}"${r.conflicts.length ? ' class="has-conflict"' : ''}>` +
        `<td data-v="${esc(r.indicator)}">${esc(r.label)}<br><code>${esc(r.indicator)}</code></td>` +
        `<td data-v="${esc(r.region ?? '')}">${esc(r.region ?? '—')}</td>` +
        `<td data-v="${r.period ? r.period.to : (r.year ?? '')}">${esc(year)}</td>` +
        `<td data-v="${r.status}">${r.status === 'target' ? '<span class="target">目标</span>' : '实际'}</td>` +
        `<td data-v="${esc(r.part ?? '')}">${esc(r.part ?? '')}</td>` +
        `<td data-v="${r.phase ?? ''}">${r.phase === null ? '' : `${r.phase}期`}</td>` +
        `<td data-v="${r.value}" class="num"><button type="button" class="val" data-row="${i}" title="查看来源">${esc(valueLabel(r, r.unit))}</button>${conflict}</td>` +
        `<td data-v="${r.documents}" class="num">${r.documents}</td></tr>`
      );
    })
    .join('\n');
  return `<table id="rows"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function valueBlock(v: SummaryValue, unit: string, shown: boolean): string {
  const sources = v.sources
    .map((s) => {
      const where = [`${esc(s.file)}:${s.line}`, s.page === undefined ? '' : `第 ${s.page} 页`, s.alsoLines?.length ? `又见第 ${s.alsoLines.join('、')} 行` : '']
        .filter(Boolean)
        .join(' · ');
      const doc = [s.docTitle, s.docDate].filter(Boolean).map(esc).join(' · ');
      const stated = s.value === v.value && s.qualifier === v.qualifier ? '' : `<span class="stated">原文：${esc(valueLabel(s, unit))}</span>`;
      return `<li><div class="where"><code>${where}</code>${stated}</div>${doc ? `<div class="doc">${doc}</div>` : ''}<blockquote>${markedSentence(s.sentence, s.text)}</blockquote></li>`;
    })
    .join('');
  return `<div class="value-col${shown ? ' shown' : ''}"><div class="v">${esc(valueLabel(v, unit))}<span class="n">${v.documents} 份文件${shown ? '' : ' · 冲突'}</span></div><ol>${sources}</ol></div>`;
}

/** Every row's sources, one <article> each (`#row-N`), conflicts side by side with the value shown. */
export function sourcesHtml(rows: readonly SummaryRow[]): string {
  return rows
    .map((r, i) => {
      const title = `${r.label} · ${seriesLabel(r)} · ${yearLabel(r)}`;
      const values = [valueBlock(r, r.unit, true), ...r.conflicts.map((c) => valueBlock(c, r.unit, false))].join('');
      return `<article class="src" id="row-${i}"><h3>${esc(title)} <code>${esc(r.indicator)}</code></h3>${r.conflicts.length ? '<p class="warn">各文件给出的数值不同：</p>' : ''}<div class="values">${values}</div></article>`;
    })
    .join('\n');
}

/** The documents behind the rows: file, title and date, in file order. */
export function documentsHtml(rows: readonly SummaryRow[]): string {
  const docs = new Map<string, { title: string | null; date: string | null }>();
  for (const r of rows) for (const v of [r, ...r.conflicts]) for (const s of v.sources) if (!docs.has(s.file)) docs.set(s.file, { title: s.docTitle, date: s.docDate });
  const items = [...docs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, d]) => `<tr><td><code>${esc(file)}</code></td><td>${esc(d.title ?? '')}</td><td>${esc(d.date ?? '')}</td></tr>`)
    .join('');
  return `<table class="docs"><thead><tr><th>文件 File</th><th>标题 Title</th><th>日期 Date</th></tr></thead><tbody>${items}</tbody></table>`;
}
