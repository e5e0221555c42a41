/**
 * One SVG line chart per indicator: years along the axis, one series per line
 * of the year pivot (region, status, part, phase), values in the indicator's
 * usual measure. Actuals are solid lines with filled points; targets dashed
 * with hollow points; parts and phases dotted. A point with conflicting
 * values has a red ring. Every point carries `data-row` (the table row it
 * opens). Hand-written: a few kilobytes, no library, prints as vectors.
 */
import { scaledNumber } from '../output/human.js';
import { lineMeasure } from '../summary/format-table.js';
import type { PivotGroup, PivotLine } from '../summary/pivot.js';
import type { SummaryRow } from '../summary/types.js';
import { esc } from './escape.js';
import { regionFilterKey, seriesLabel, valueLabel } from './format.js';

const W = 640;
const H = 260;
const M = { left: 64, right: 16, top: 26, bottom: 30 };

/** A palette that stays apart in print and for common colour blindness (Okabe–Ito). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** 1, 2 or 5 times a power of ten, about a quarter of `max`. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p;
}

/** A number in the measure, for axis ticks (display only). */
function inMeasure(value: number, measure: string, unit: string): number {
  return Number(scaledNumber(value, measure, unit).replace(/,/g, ''));
}

const fmtTick = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 6 }));

export interface ChartOptions {
  /** Index of each row in the report's table (points link to it). */
  rowIndex: Map<SummaryRow, number>;
  /** Colour of each region (the same across charts). */
  color: (region: string | null) => string;
}

function dash(line: PivotLine): string {
  if (line.status === 'target') return ' stroke-dasharray="7 5"';
  if (line.part !== null || line.phase !== null) return ' stroke-dasharray="2 4"';
  return '';
}

/** The chart of one indicator (its year pivot), or '' when no row has a single year. */
export function chartSvg(group: PivotGroup, opts: ChartOptions): string {
  const years = group.columns.filter((c) => /^\d{4}$/.test(c)).map(Number);
  if (years.length === 0) return '';
  const unit = group.lines[0]!.unit;
  const lines = group.lines.filter((l) => l.unit === unit && [...l.cells.keys()].some((k) => /^\d{4}$/.test(k)));
  const measure = lineMeasure(lines.flatMap((l) => [...l.cells.values()]));
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const values = lines.flatMap((l) => [...l.cells.values()].map((r) => inMeasure(r.valueMax ?? r.value, measure, unit)));
  const step = niceStep(Math.max(...values));
  const top = Math.max(step, Math.ceil(Math.max(...values) / step) * step);
  const px = (year: number) => (x1 === x0 ? (M.left + W - M.right) / 2 : M.left + ((year - x0) / (x1 - x0)) * (W - M.left - M.right));
  const py = (v: number) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const r1 = (n: number) => Math.round(n * 10) / 10;

  const out: string[] = [];
  out.push(`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(group.label)}（${esc(measure)}）">`);
  // axes and grid
  for (let v = 0; v <= top + step / 2; v += step) {
    const y = r1(py(v));
    out.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}"/><text class="tick" x="${M.left - 6}" y="${y + 4}" text-anchor="end">${fmtTick(r1(v * 1e6) / 1e6)}</text>`);
  }
  const every = years.length > 12 ? Math.ceil((x1 - x0) / 10) : 1;
  for (let y = x0; y <= x1; y += every) out.push(`<text class="tick" x="${r1(px(y))}" y="${H - 10}" text-anchor="middle">${y}</text>`);
  out.push(`<text class="unit" x="${M.left - 6}" y="${M.top - 14}" text-anchor="end">${esc(measure)}</text>`);
  // series
  for (const line of lines) {
    const color = opts.color(line.region);
    const pts = [...line.cells.entries()]
      .filter(([k]) => /^\d{4}$/.test(k))
      .map(([k, row]) => ({ year: Number(k), row }))
      .sort((a, b) => a.year - b.year);
    const label = seriesLabel(line);
    out.push(
      `<g class="series" data-region="${esc(regionFilterKey(line.region))}" data-status="${line.status}" data-label="${esc(label)}" style="--c:${color}">`,
    );
    if (pts.length > 1) {
      const d = pts.map((p, i) => `${i ? 'L' : 'M'}${r1(px(p.year))},${r1(py(inMeasure(p.row.value, measure, unit)))}`).join('');
      out.push(`<path class="line" d="${d}" stroke="${color}"${dash(line)}/>`);
    }
    for (const p of pts) {
      const hollow = line.status === 'target';
      const title = `${p.year} ${label}: ${valueLabel(p.row, unit)}${p.row.conflicts.length ? '（有冲突）' : ''}`;
      out.push(
        `<circle class="pt${hollow ? ' target' : ''}${p.row.conflicts.length ? ' conflict' : ''}" data-row="${opts.rowIndex.get(p.row)}" tabindex="0" cx="${r1(px(p.year))}" cy="${r1(py(inMeasure(p.row.value, measure, unit)))}" r="5" stroke="${color}" fill="${hollow ? '#fff' : color}"><title>${esc(title)}</title></circle>`,
      );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  const legend = lines
    .map((l) => `<li data-region="${esc(regionFilterKey(l.region))}"><svg viewBox="0 0 28 10" width="28" height="10"><line x1="1" x2="27" y1="5" y2="5" stroke="${opts.color(l.region)}"${dash(l)} stroke-width="2.5"/></svg>${esc(seriesLabel(l))}</li>`)
    .join('');
  return `${out.join('')}<ul class="legend">${legend}</ul>`;
}

/** A stable colour per region: regions in code-point order, then the palette in turn. */
export function regionColors(rows: readonly SummaryRow[]): (region: string | null) => string {
  const names = [...new Set(rows.map((r) => r.region ?? ''))].sort();
  return (region) => PALETTE[names.indexOf(region ?? '') % PALETTE.length]!;
}
