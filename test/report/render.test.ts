import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/page.js';
import { markedSentence, valueLabel } from '../../src/report/format.js';
import { summarize } from '../../src/summary/summarize.js';
import { summaryRowToJSON } from '../../src/summary/format-json.js';
import { rec } from '../output/fixtures.js';

describe('report HTML', () => {
  const rows = summarize([
    rec({ region: '江州市', sentence: '全市技术合同成交额1273.36亿元</script><script>alert(1)</script>。' }),
    rec({ region: '江州市', year: 2020, value: 96000000000, text: '超过960亿元', qualifier: 'over', sentence: '超过960亿元。' }),
  ]).rows;
  const html = renderReport(rows, { title: '江州 <测试>' });

  it('escapes text from documents and the title', () => {
    expect(html).toContain('<title>江州 &lt;测试&gt;</title>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('embeds the rows exactly as extract summary --json writes them', () => {
    const m = /<script type="application\/json" id="summary-rows">([\s\S]*?)<\/script>/.exec(html)!;
    expect(JSON.parse(m[1]!)).toEqual(rows.map(summaryRowToJSON));
  });

  it('needs nothing from the network', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('one chart point per row, linked to its row', () => {
    const points = [...html.matchAll(/<circle class="pt[^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1]));
    expect(points.sort()).toEqual([0, 1]);
  });

  it('values in words and the figure marked in its sentence', () => {
    expect(valueLabel({ value: 96000000000, qualifier: 'over', measure: '亿元', text: '超过960亿元' }, 'CNY')).toBe('超过 960 亿元');
    expect(valueLabel({ value: 127336000000, qualifier: 'exact', measure: '亿元', text: '1273.36亿元' }, 'CNY')).toBe('1,273.36 亿元');
    expect(markedSentence('成交额1273.36亿元,增长5%', '1273.36亿元')).toBe('成交额<mark>1273.36亿元</mark>,增长5%');
    expect(markedSentence('a<b', 'zz')).toBe('a&lt;b');
  });
});
