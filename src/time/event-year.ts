/**
 * The year of an undated news item from the event it reports on: a lead
 * that names the year's meeting it comes from (`记者从近日召开的2019年全省
 * 科技工作会议上了解到,去年…`) is of that year, so its 去年 and 今年
 * resolve. Only the text's opening is read, and only a meeting held
 * recently (日前, 近日, 昨天, 今天…).
 */
const EVENT = /(?:日前|近日|昨天|昨日|今天|今日|前天|当天|日前在[\u4e00-\u9fa5]{1,8})(?:召开|举行|举办)的\s*((?:19|20)\d\d)\s*年[^,;。]{0,20}?(?:工作会议|工作会|大会|会议|发布会|推进会)/;

/** The year of the recent meeting an undated text's opening reports from, or null. */
export function eventYear(norm: string): number | null {
  const m = EVENT.exec(norm.slice(0, 400));
  return m ? Number(m[1]) : null;
}
