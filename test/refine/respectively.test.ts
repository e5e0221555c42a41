/**
 * `分别` pairs the names before it with the figures after it, in order:
 * places, labels, and the subjects of rate clauses before a bare measure.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const rows = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.region]);

describe('分别 pairs names and figures in order', () => {
  it('completes kinds named before a label glued to the last (发明、外观设计、实用新型专利申请量), naming only what the taxonomy knows', () => {
    expect(rows('去年全市专利申请量3.1万件,其中,发明、外观设计、实用新型专利申请量依次分别为8120、2075、15230件。')).toEqual([
      ['patent.applications', 31000, null],
      ['patent.invention_applications', 8120, null],
    ]);
  });
  it('pairs a list of places before 以 with its figures, without 分别', () => {
    expect(rows('在各市发明专利申请量排名中,南京以1.2万件保持领先,苏州和无锡以8100件和6200件紧随其后。').map((r) => [r[1], r[2]])).toEqual([
      [12000, '南京'],
      [8100, '苏州'],
      [6200, '无锡'],
    ]);
  });
  it('gives each figure its own place', () => {
    expect(rows('2023年全省技术合同成交额500亿元,南京、无锡、常州分别为120亿元、80亿元和60亿元。').slice(1)).toEqual([
      ['tech_contract.value', 12000000000, '南京'],
      ['tech_contract.value', 8000000000, '无锡'],
      ['tech_contract.value', 6000000000, '常州'],
    ]);
  });
  it('gives each figure its own label, with the tail the labels share (A和B的授权量)', () => {
    expect(rows('2022年全国专利和发明专利的授权量分别为8.5万件和1.2万件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.grants', 85000],
      ['patent.invention_grants', 12000],
    ]);
    expect(rows('输出到外省的技术和吸纳外省技术的合同成交额分别为300亿元和200亿元。').map((r) => r[0])).toEqual([
      'tech_contract.outflow_value',
      'tech_contract.inflow_value',
    ]);
  });
  it('completes a bare measure with the first item’s keyword (发明专利申请量和授权量)', () => {
    expect(rows('全市发明专利申请量和授权量分别为5200件和1300件。').map((r) => [r[0], r[1]])).toEqual([
      ['patent.invention_applications', 5200],
      ['patent.invention_grants', 1300],
    ]);
  });
  it('pairs a bare measure with the subjects of the rate clauses before it', () => {
    const got = rows('全年输出技术同比增长12.5%,吸纳技术同比增长8.1%,成交额分别为410亿元和365亿元。');
    expect(got.map((r) => [r[0], r[1]])).toEqual([
      ['tech_contract.outflow_value', 41000000000],
      ['tech_contract.inflow_value', 36500000000],
    ]);
  });
  it('keeps one label when the names are not as many as the figures, or name one indicator', () => {
    expect(rows('技术开发、技术转让两类合同成交额分别为90亿元、30亿元和10亿元。').map((r) => r[0])).toEqual([
      'tech_contract.value',
      'tech_contract.value',
      'tech_contract.value',
    ]);
  });
});

describe('a sentence that opens with its topic', () => {
  it('gives its place-only clauses the topic’s label (从X来看, 就X而言: 甲市以N居首)', () => {
    expect(rows('就技术合同成交额而言,苏州以150亿元位居全省第一,南京、无锡分别以120亿元、80亿元位居二、三位。')).toEqual([
      ['tech_contract.value', 15000000000, '苏州'],
      ['tech_contract.value', 12000000000, '南京'],
      ['tech_contract.value', 8000000000, '无锡'],
    ]);
  });
  it('but a clause with a subject of its own keeps its own words', () => {
    expect(rows('就技术合同成交额而言,苏州新建研发机构12家。')).toEqual([]);
  });
});

describe('technology sold and bought', () => {
  it('reads money right after 输出技术/吸纳技术 as outflow and inflow', () => {
    expect(rows('2022年,某地区输出技术3200亿元,吸纳技术2800亿元。').map((r) => [r[0], r[1]])).toEqual([
      ['tech_contract.outflow_value', 320000000000],
      ['tech_contract.inflow_value', 280000000000],
    ]);
  });
  it('reads 输出技术N项 before its amount as the contract count; a net amount is no flow', () => {
    expect(rows('去年全省输出技术8000项,成交金额150亿元。').map((r) => [r[0], r[1]])).toEqual([
      ['tech_contract.count', 8000],
      ['tech_contract.outflow_value', 15000000000],
    ]);
    expect(rows('乙省净吸纳技术40亿元,净输出技术12亿元。')).toEqual([]);
  });
});

describe('a list that breaks down a figure no rule names', () => {
  it('does not borrow a label from the sentence before', () => {
    const text = '全省有效发明专利5.2万件。共有22项专利获得专利奖,其中金奖1项,银奖3项,优秀奖14项。';
    expect(rows(text).map((r) => r[1])).toEqual([52000]);
  });
  it('nor does a figure that counts what a keyword after it names', () => {
    expect(rows('全市发明专利授权量1300件。6项专利获得专利奖。').map((r) => r[1])).toEqual([1300]);
  });
});

describe('items of one indicator before 分别 are its parts', () => {
  const parts = (text: string) => indicators(text).map((r) => [r.indicator, r.value, r.region, r.part ?? null]);
  it('gives each figure its own item as the part, the shared kind word dropped', () => {
    expect(parts('2021年,全省信息技术、高端装备、现代农业领域技术合同成交额分别为61.2亿元、35.4亿元、12.8亿元。')).toEqual([
      ['tech_contract.value', 6120000000, null, '信息技术'],
      ['tech_contract.value', 3540000000, null, '高端装备'],
      ['tech_contract.value', 1280000000, null, '现代农业'],
    ]);
  });
  it('reads a ranking that lists its items before 分别: parts, or places', () => {
    expect(parts('2021年,全省技术合同成交额排在前三位的领域依次是信息技术、高端装备、现代农业,分别达到61.2亿元、35.4亿元、12.8亿元。').map((r) => r[3])).toEqual([
      '信息技术',
      '高端装备',
      '现代农业',
    ]);
    expect(parts('2021年,技术合同成交额最多的三个城市是合肥、芜湖、蚌埠,分别为61.2亿元、35.4亿元、12.8亿元。').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['tech_contract.value', '合肥', null],
      ['tech_contract.value', '芜湖', null],
      ['tech_contract.value', '蚌埠', null],
    ]);
  });
  it('splits a list at 、 alone when an item’s name holds 与 or 及', () => {
    expect(parts('2022年,全市电子信息与通信、智能制造、新能源及其装备领域的技术合同成交额分别为40.5亿元、22.1亿元、9.3亿元。').map((r) => r[3])).toEqual([
      '电子信息与通信',
      '智能制造',
      '新能源及其装备',
    ]);
    expect(parts('2022年,全市职务、非职务发明创造专利申请分别有2100件、640件。').map((r) => [r[0], r[3]])).toEqual([
      ['patent.applications', '职务'],
      ['patent.applications', '非职务'],
    ]);
  });
  it('names no part when the list before 分别 is not a ranking', () => {
    expect(parts('2021年,全省推动信息技术、高端装备、现代农业发展,分别投入61.2亿元、35.4亿元、12.8亿元。')).toEqual([]);
  });
});
