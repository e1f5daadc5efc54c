import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';

const statusOf = (text: string, needle: string) => extractFrom(text, null).find((c) => c.text.includes(needle))?.status;

describe('fix78 status', () => {
  it.each([
    // a sentence that repeats the 将 plan's preposition carries the plan
    ['明年将对20个村授予文明村称号,对80户授予文明家庭称号。对3个社区授予先进社区称号。', '3个社区', 'target'],
    ['区妇联将向50名贫困母亲发放慰问金。向12名留守儿童赠送书包。', '12名', 'target'],
    // counter-examples: no plan before, or a marker of its own, or 对此
    ['去年对20个村授予文明村称号。对3个社区授予先进社区称号。', '3个社区', 'result'],
    ['明年将对20个村授予文明村称号。对此,已有300名村民报名参加。', '300名', 'result'],
    // a motion verb after 将 is the future
    ['他们将分赴全省15个乡镇开展义诊。', '15个', 'target'],
    ['志愿者将奔赴8个社区开展宣传。', '8个', 'target'],
    ['队员们将前往6所学校开展讲座。', '6所', 'target'],
    ['将30名学生送到医院。', '30名', 'result'],
    // a counted 目标任务 is the noun
    ['全省确定24项改革目标任务。', '24项', 'result'],
    ['会议确定了9项发展目标任务。', '9项', 'result'],
    ['明年将完成8项目标任务。', '8项', 'target'],
    ['目标任务是培训妇女3000人。', '3000人', 'target'],
  ])('%s → %s %s', (text, needle, want) => {
    expect(statusOf(text, needle)).toBe(want);
  });
});
