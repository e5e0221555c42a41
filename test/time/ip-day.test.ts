/**
 * World IP Day has been held on 26 April since 2001: an undated text that
 * reports from the Nth one is of the year 2000 + N, so its 去年 and 今年
 * resolve. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { ipDayYear } from '../../src/time/ip-day.js';
import { extract } from '../../src/index.js';

describe('the year of a World IP Day', () => {
  it('reads the day’s number in digits or Chinese numerals', () => {
    expect(ipDayYear('前天是第21个世界知识产权日,全市举办宣传周。')).toBe(2021);
    expect(ipDayYear('在第二十四个“世界知识产权日”到来之际')).toBe(2024);
    expect(ipDayYear('今天是第 18 个 4·26世界知识产权日')).toBe(2018);
  });
  it('is null without one, or for a number that is no such day', () => {
    expect(ipDayYear('全市知识产权工作会议召开。')).toBeNull();
    expect(ipDayYear('第99个世界知识产权日')).toBeNull();
  });
  it('dates an undated text’s 去年 by it, and yields to the text’s own date', async () => {
    const text = '今天是第23个世界知识产权日。据统计,到去年年底本市有效发明专利达21650件。';
    expect((await extract(text)).map((r) => r.year)).toEqual([2022]);
    expect((await extract(`发布时间:2019-04-26\n${text}`)).map((r) => r.year)).toEqual([2018]);
  });
});
