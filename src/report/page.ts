/**
 * `extract report`: the summary rows as one self-contained HTML page (no
 * network: styles, script and data inline). Charts per indicator (src/report/
 * chart.ts), the table with filters and sorting, and the sources of every
 * value. A view of the rows: it computes nothing the summary does not.
 */
import { pivot, yearLabel } from '../summary/pivot.js';
import type { SummaryRow } from '../summary/types.js';
import { chartSvg, regionColors } from './chart.js';
import { clientMain } from './client.js';
import { esc, scriptJson } from './escape.js';
import { regionFilterKey } from './format.js';
import { STYLE } from './style.js';
import { documentsHtml, sourcesHtml, tableHtml } from './table.js';
import { summaryRowToJSON } from '../summary/format-json.js';

export interface ReportOptions {
  /** The page title (default 指标汇总). */
  title?: string;
}

function options(values: [string, string][], all: string): string {
  return `<option value="">${all}</option>` + values.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join('');
}

function filters(rows: readonly SummaryRow[]): string {
  const indicators = new Map<string, string>();
  const regions = new Map<string, string>();
  const years = new Set<string>();
  for (const r of rows) {
    if (!indicators.has(r.indicator)) indicators.set(r.indicator, `${r.label} ${r.indicator}`);
    const k = regionFilterKey(r.region);
    if (!regions.has(k)) regions.set(k, r.region ?? '(地区不详)');
    years.add(yearLabel(r));
  }
  const regionList = [...regions].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const yearList = [...years].sort().map((y): [string, string] => [y, y]);
  return `<div class="filters" role="search">
<label>指标 Indicator<select id="f-indicator">${options([...indicators], '全部指标')}</select></label>
<label>地区 Region<select id="f-region">${options(regionList, '全部地区')}</select></label>
<label>年份 Year<select id="f-year">${options(yearList, '全部年份')}</select></label>
<span id="count">${rows.length} / ${rows.length}</span></div>`;
}

function charts(rows: readonly SummaryRow[]): string {
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const color = regionColors(rows);
  return pivot(rows, 'year')
    .map((g) => {
      const svg = chartSvg(g, { rowIndex, color });
      return svg ? `<figure class="chart-card" data-indicator="${esc(g.indicator)}"><h3>${esc(g.label)} <code>${esc(g.indicator)}</code></h3>${svg}</figure>` : '';
    })
    .join('\n');
}

/** The whole page. */
export function renderReport(rows: readonly SummaryRow[], opts: ReportOptions = {}): string {
  const title = opts.title ?? '指标汇总';
  const files = new Set(rows.flatMap((r) => [r, ...r.conflicts].flatMap((v) => v.sources.map((s) => s.file))));
  const conflicts = rows.filter((r) => r.conflicts.length).length;
  const indicators = new Set(rows.map((r) => r.indicator)).size;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(title)}</h1>
<p class="meta">${indicators} 个指标 · ${rows.length} 行 · ${files.size} 份文件 · ${conflicts} 处数值冲突 — 点击数值或图中的点查看来源原文。Click a value or a point to see its source sentence.</p></header>
${filters(rows)}
<h2>趋势 Trends</h2>
<p class="key">实线、实心点：实际值；虚线、空心点：目标值；点线：分项或分期；红圈：文件之间数值不一致。</p>
<section class="charts">
${charts(rows)}
</section>
<h2>汇总表 Summary</h2>
<div class="table-wrap">${tableHtml(rows)}</div>
<h2>文件 Documents</h2>
<div class="table-wrap">${documentsHtml(rows)}</div>
<section id="sources"><h2>来源 Sources</h2>
${sourcesHtml(rows)}
</section>
</main>
<aside id="panel" hidden aria-label="来源 Sources"><button type="button" id="panel-close">关闭 ✕</button><div id="panel-body"></div></aside>
<script type="application/json" id="summary-rows">${scriptJson(rows.map(summaryRowToJSON))}</script>
<script>(${clientMain.toString()})();</script>
</body>
</html>
`;
}
