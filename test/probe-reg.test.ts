import { describe, expect, it } from 'vitest';
import { regionOfText } from '../src/stages/region.js';

// Region rules, each with sentences written for it (several wordings and counter-examples).

const name = (text: string, title: string | null = null) => regionOfText(text, title)?.name ?? null;

describe('an autonomous county or banner goes by its stem with 县/旗 or 自治县/自治旗', () => {
  it.each([
    ['长阳县开展巾帼志愿服务活动', '长阳县妇联组织志愿者200名走进社区，全县共开展活动30场。', '长阳土家族自治县'],
    ['长阳自治县召开妇女代表大会', '会议选举产生新一届执委会，全县共有代表200名出席。', '长阳土家族自治县'],
    [null, '峨边县总工会走访慰问困难职工100户，全县共发放慰问金10万元。', '峨边彝族自治县'],
    [null, '鄂伦春旗妇联举办培训班，全旗共培训妇女300人次。', '鄂伦春自治旗'],
    [null, '印江自治县妇联开展家庭教育讲座，全县共举办20场。', '印江土家族苗族自治县'],
  ])('%s %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it('the full name and the bare stem with an acting body still resolve as before', () => {
    expect(name('长阳土家族自治县妇联召开执委会，全县共评出最美家庭50户。')).toBe('长阳土家族自治县');
    expect(name('长阳妇联召开执委会，全县共评出最美家庭50户。')).toBe('长阳土家族自治县');
  });

  it('other stems: 通道县 is 通道侗族自治县; 前郭县 is no stem of 前郭尔罗斯 and stays unresolved', () => {
    expect(name('通道县妇联开展巾帼建功活动，全县共评出巾帼标兵20名。')).toBe('通道侗族自治县');
    expect(name('前郭县妇联开展巾帼建功活动，全县共评出巾帼标兵20名。')).toBeNull();
  });
});
