/**
 * An undated news item whose opening reports from a recent meeting of a named
 * year is of that year. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { eventYear } from '../../src/time/event-year.js';
import { extract } from '../../src/index.js';

describe('the year of the meeting an undated text reports from', () => {
  it('reads a recent meeting of a named year at the text’s opening', () => {
    expect(eventYear('记者从近日召开的2019年全省科技工作会议上了解到,去年全省技术合同成交额再创新高。')).toBe(2019);
    expect(eventYear('在昨天举行的2021年江州市知识产权大会上,市局通报了去年的成绩。')).toBe(2021);
  });
  it('not a meeting of no named year, a past one, or one far into the text', () => {
    expect(eventYear('记者从日前召开的全市科技工作会议上获悉。')).toBeNull();
    expect(eventYear('2019年召开的全省科技工作会议提出了目标。')).toBeNull();
    expect(eventYear('正文'.repeat(250) + '日前召开的2019年全省科技工作会议')).toBeNull();
  });
  it('resolves an undated text’s 去年 by it, and yields to the text’s own date', async () => {
    const text = '记者从近日召开的2019年全省科技工作会议上了解到,去年全省登记技术合同1.2万项。';
    expect((await extract(text)).map((r) => r.year)).toEqual([2018]);
    expect((await extract(`发布时间:2020-02-10\n${text}`)).map((r) => r.year)).toEqual([2019]);
  });
});
