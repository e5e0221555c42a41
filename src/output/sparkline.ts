/** A small trend of a series in block characters (▁▂▃▄▅▆▇█); a gap is a space. */

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled between the series' least and greatest value (display only). */
export function sparkline(values: readonly (number | null | undefined)[]): string {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (known.length === 0) return '';
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return values
    .map((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return ' ';
      if (hi === lo) return BARS[3];
      return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))];
    })
    .join('');
}
