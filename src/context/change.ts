/**
 * A change is not a level: in `比去年底增长4710件`, `较上年增加30家` or
 * `净增2.3件` the figure is a difference, never the indicator's value.
 * `增加到`, `增至` and `新增` state levels and stay.
 */
const CHANGE =
  /(?:(?:比|较|同比|环比)[^\uE000,;。]{0,10}?(?:增加|增长|增|减少|下降|提高|多|少|净增)了?|净增(?:加)?了?|(?<!新)增加了?|(?<!年均)增长了?|减少了?|下降了?)\s*$/;

/** `较2020年底净增17家联盟、成员单位约600家`: every item after the change verb is a change. */
const CHANGE_LIST = /(?:净增(?:加)?|(?:比|较)[^\uE000,;。]{0,12}?(?:增加|增长|减少|下降|净增))[^,;。]*\uE000[^,;。]*$/;

export function isChange(clause: string): boolean {
  return CHANGE.test(clause) || CHANGE_LIST.test(clause);
}
