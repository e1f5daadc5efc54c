import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';
import { regionOfText } from '../src/stages/region.js';
import { classifyLines } from '../src/stages/clean/text.js';

// Sentences of our own in the genre, written after measuring the tool on a held-out set of work
// summaries from provinces outside the corpus (yearbook entries, 妇儿规划 monitoring, 希望工程 news,
// pages with metadata lines). Each rule in several wordings.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function claimsOf(text: string, r: Region | null = COUNTY): Claim[] {
  return extractFrom(text, r);
}

const expr = (text: string, c: Claim) => text.slice(c.span[0], c.span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string): [string, ClaimStatus][] {
  return claimsOf(text).map((c) => [expr(text, c), c.status]);
}

const R = 'result' as const;

describe('status: an indicator that reached its target is a result (达到目标要求, 达到规划目标值)', () => {
  it.each([
    ['对县妇女发展规划的30项指标开展评估,有28项指标达到目标要求。', [['30', R], ['28', R]]],
    ['经中期评估,全市儿童发展纲要29项指标中有26项达到规划目标值,达标率89.7%。', [['29', R], ['26', R], ['89.7%', R]]],
    ['全区42项监测指标已有39项达到年度目标。', [['42', R], ['39', R]]],
    ['妇女规划的34项可量化指标中,31项达到目标,达标率91.2%。', [['34', R], ['31', R], ['91.2%', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });

  it('a goal still to reach stays a target', () => {
    expect(statuses('力争到年底有30项指标达到目标要求。')).toEqual([['30', 'target']]);
    expect(statuses('今年的目标是培训农村妇女5000人次。')).toEqual([['5000', 'target']]);
  });
});

describe('status: a run-in heading in 【】 speaks for itself only (yearbook entries)', () => {
  it.each([
    ['【“十四五”妇儿规划实施情况】 2023年,县妇儿工委对27项指标进行监测,有24项达标。', [['27', R], ['24', R]]],
    ['【巾帼建功计划实施】 全年评选巾帼建功标兵15名,巾帼文明岗8个。', [['15', R], ['8', R]]],
    ['【妇女发展规划实施监测】 区妇儿工委对32项指标开展监测评估,全部达标。', [['32', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });

  it('a plan marker after the heading still governs its sentence', () => {
    expect(statuses('【概况】 2024年,县妇联计划培训农村妇女2000人次。')).toEqual([['2000', 'target']]);
  });
});

