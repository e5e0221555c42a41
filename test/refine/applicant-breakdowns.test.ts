/**
 * A half-year patent report: the base of a comparison with its own action
 * (`比上年同期授权的N件`) is last year's level; 职务/非职务 applications and
 * grants split by applicant type (大专院校, 科研单位, 工矿企业, 机关团体);
 * the short form 发明授权量; a bare 上半年 in an undated report is the
 * year of the report's title; a table's caption after the body is no title.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators, run } from '../helpers.js';

const rows = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.year, r.part]);

describe('the base of a comparison', () => {
  it('is last year’s level also when it names its action (比上年同期授权的)', () => {
    expect(rows('2021年全省专利授权8,310件,比上年同期授权的7,420件增长12.0%。')).toEqual([
      ['patent.grants', 8310, 2021, undefined],
      ['patent.grants', 7420, 2020, undefined],
    ]);
  });
  it('is last year’s level when an earlier stage already labelled it as the next item', () => {
    expect(rows('2021年全省专利申请9,120件,比上年同期的8,800件增长3.6%。')).toEqual([
      ['patent.applications', 9120, 2021, undefined],
      ['patent.applications', 8800, 2020, undefined],
    ]);
  });
});

describe('applications and grants by applicant type', () => {
  it('职务发明申请 after a frame of applicant types is all applications, part 职务; its 其中 items and the ones after ; are parts', () => {
    expect(rows('从申请人类型看,2021年职务发明申请5,400件,占总量的70%。其中,大专院校1,300件,增长5%;科研单位420件,下降3%;工矿企业3,600件;机关团体80件。')).toEqual([
      ['patent.applications', 5400, 2021, '职务'],
      ['patent.applications', 1300, 2021, '大专院校'],
      ['patent.applications', 420, 2021, '科研单位'],
      ['patent.applications', 3600, 2021, '工矿企业'],
      ['patent.applications', 80, 2021, '机关团体'],
    ]);
  });
  it('发明授权量 is invention grants', () => {
    expect(rows('2021年全市发明授权量980件,占总量的21%。')).toEqual([['patent.invention_grants', 980, 2021, undefined]]);
  });
});

describe('an undated report', () => {
  const report = '2019年上半年某省专利统计分析报告\n\n上半年全省发明申请量2,310件,比上年同期增长8.1%。\n\n其中,高校发明申请量610件。\n';
  it('reads 上半年 as the year its title names, also for the sentences after it', () => {
    expect(rows(report)).toEqual([
      ['patent.invention_applications', 2310, 2019, undefined],
      ['patent.invention_applications', 610, 2019, '高校'],
    ]);
  });
  it('without a year in its title leaves 上半年 without a year', () => {
    expect(rows(report.replace('2019年上半年', ''))[0][2]).toBeNull();
  });
  it('takes no table caption after its body for its title', () => {
    const text = '据统计,上半年全省共登记技术合同5,230项,成交额210.4亿元,同比增长18.2%,增速居全国前列。\n2020年上半年各市技术合同情况 | | | |\n地区 | 合同数 | 成交额(亿元) |\n甲市 | 1200 | 80.5 |\n';
    expect(run(text)[0].docTitle).toBeNull();
  });
});

describe('the goal a level is measured against', () => {
  it('占年度目标任务N件的X% names a target of the same quantity, for the same year', () => {
    expect(indicators('2015年全区专利申报完成640件,其中发明专利完成210件,占年度目标任务200件的105%。').map((r) => [r.indicator, r.value, r.year, r.status])).toEqual([
      ['patent.applications', 640, 2015, 'actual'],
      ['patent.invention_applications', 210, 2015, 'actual'],
      ['patent.invention_applications', 200, 2015, 'target'],
    ]);
  });
  it('a work report’s 预期完成情况 tells what was done, not a goal', () => {
    expect(indicators('一、2015年工作预期完成情况\n(一)全区专利申报完成640件。').map((r) => r.status)).toEqual(['actual']);
  });
});
