/**
 * A document whose title names one filing route (国际专利申请, PCT) speaks of
 * it throughout: its bare 专利申请 figures are PCT filings, unless their
 * sentence names another route or office. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const ids = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.region]);
const body = '2023年,美国专利申请量为55100件,日本专利申请量为48300件。\n国家知识产权局受理国内专利申请158.2万件。\n';

describe('the filing route a title names', () => {
  it('a bare 专利申请量 under a title about 国际专利申请 is a PCT filing, with its country', () => {
    expect(ids(`产权组织发布年度报告:多国继续加大国际专利申请\n${body}`)).toEqual([
      ['patent.pct_applications', 55100, '美国'],
      ['patent.pct_applications', 48300, '日本'],
      ['patent.applications', 1582000, '全国'],
    ]);
  });
  it('under any other title it stays all applications', () => {
    expect(ids(`产权组织发布年度报告:多国专利申请保持增长\n${body}`).map((r) => r[0])).toEqual(['patent.applications', 'patent.applications', 'patent.applications']);
  });
});
