/**
 * Place names compare without their administrative suffix, so that an
 * expectation may write a place either way (`广州市` or `广州`).
 */
import { describe, expect, it } from 'vitest';
import { partKey, regionKey } from '../../src/check/region-key.js';

describe('regionKey', () => {
  it('drops 省/市/区/县 and 特别行政区', () => {
    expect(regionKey('广州市')).toBe('广州');
    expect(regionKey('广东省')).toBe('广东');
    expect(regionKey('香港特别行政区')).toBe('香港');
    expect(regionKey('天河区')).toBe('天河');
  });
  it('drops an autonomous region’s or prefecture’s peoples’ names with its suffix', () => {
    expect(regionKey('宁夏回族自治区')).toBe('宁夏');
    expect(regionKey('新疆维吾尔自治区')).toBe('新疆');
    expect(regionKey('广西壮族自治区')).toBe('广西');
    expect(regionKey('内蒙古自治区')).toBe('内蒙古');
    expect(regionKey('延边朝鲜族自治州')).toBe('延边');
    expect(regionKey('宁夏')).toBe('宁夏');
  });
  it('keeps a two-character name whole', () => {
    expect(regionKey('北京')).toBe('北京');
    expect(regionKey('东区')).toBe('东区');
  });
});

describe('regionKey: autonomous prefectures by short name', () => {
  it('drops the 州 of a prefecture written short (`黔东南州`, `恩施州`)', () => {
    expect(regionKey('黔东南州')).toBe('黔东南');
    expect(regionKey('恩施州')).toBe(regionKey('恩施'));
  });
  it('keeps the 州 of a city whose name ends in it', () => {
    expect(regionKey('广州')).toBe('广州');
    expect(regionKey('亳州市')).toBe('亳州');
    expect(regionKey('苏州市')).not.toBe(regionKey('苏'));
  });
});

describe('names in traditional characters', () => {
  it('compare with the simplified names records write', () => {
    expect(regionKey('廣州市')).toBe(regionKey('广州'));
    expect(regionKey('臺灣')).toBe(regionKey('台湾'));
    expect(partKey('中央財政')).toBe(partKey('中央财政'));
    expect(partKey('技術開發合同')).not.toBe(partKey('技术服务合同'));
  });
});
