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

const partOfText = (text: string, needle: string) => {
  const cs = extractFrom(text, null);
  const c = cs.find((x) => x.text.includes(needle));
  return c?.partOf ? text.slice(c.partOf[0], c.partOf[1]) : null;
};

describe('fix78 partOf: 这些…中 and qualifier brackets', () => {
  it.each([
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,教师30人。', '教师', '120'],
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,教师30人。', '大学生', '120'],
    ['去年招募100名志愿者。这些志愿者中,有80人来自高校。', '80人', '100'],
    ['今年培训妇女200人,这些学员中,农村妇女150人。', '150人', '200'],
    // counter-examples: 这些 without 中, a figureless bracket
    ['今年资助学生300人,这些学生都考上了大学,另有教师20人获奖。', '20人', null],
    ['全市有党员(含预备党员)50人,团员30人。', '30人', null],
    ['全市有团员60人,党员(含预备党员)50人。', '50人', null],
    ['共发放资金30万元(含省级资金10万元)。', '10万元', '30万'],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('fix78 partOf: a sentence opened by 其中 is the breakdown whole', () => {
  it.each([
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,占66%;教师30人,占25%。', '教师', '120'],
    ['全县发放资金500万元。其中,省级资金200万元;市级资金100万元。', '市级资金', '500万'],
    ['今年帮扶困难职工90名。其中,农民工40名,占44%;女职工30名,占33%。', '女职工', '90'],
    // counter-example: a 其中 in mid-sentence still ends at its semicolon
    ['全县发放资金500万元,其中省级资金200万元;县财政另安排资金100万元。', '100万元', null],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('fix78 partOf: nested breakdowns and 其中 before the number', () => {
  const text = '今年共资助贫困学生80名(其中大学生50名,中学生30名)。县妇联向其中10名品学兼优的大学生每人发放奖学金2000元;其余40名大学生每人发放助学金1000元。';
  it.each([
    [text, '大学生50名', '80'],
    [text, '10名', '50'],
    [text, '40名', '50'],
    ['全县慰问困难职工60户,帮扶资金12万元。工会为其中20户每户送去慰问品。', '20户', '60'],
    // counter-examples: 其中 not right before the number (left unlinked, as before); no compatible total;
    // a figure before 其中 in its sentence
    ['全县有女职工500名,农民工300名。工会向其中女职工100名发放慰问品。', '100名', null],
    ['全县有女职工500名。工会投入2万元,向其中100名发放慰问品。', '100名', null],
    ['全县发放资金20万元。县工会向其中8名职工每人发放500元。', '8名', null],
  ])('%s: %s → %s', (t, needle, want) => {
    expect(partOfText(t, needle)).toBe(want);
  });
});

describe('fix78 partOf: counts of measures in the sentences after their total', () => {
  const plan = '今年市妇联将推出12条举措。一是实施巾帼创业等7条举措,助力创业。二是开展家庭教育等5项措施,服务家庭。';
  it.each([
    [plan, '7条', '12'],
    [plan, '5项', '12'],
    ['区总工会制定9项制度。完善考核等4项制度。新增服务等5项制度。', '5项', '9'],
    // counter-examples: not adding up; another count between; items in the total's own sentence; a new paragraph
    ['今年市妇联将推出12条举措。一是实施7条举措。二是开展6项措施。', '6项', null],
    ['今年出台10条措施。新建3个站点,完善7项制度。', '7项', null],
    ['今年出台10条措施,完善4项制度,新增6项服务。', '6项', null],
    ['今年出台10条措施。\n完善4项制度。\n新增6项服务。', '6项', null],
    ['今年市妇联将推出12条举措。\n一是实施巾帼创业等7条举措。二是开展家庭教育等5项措施。', '5项', '12'],
  ])('%s: %s → %s', (t, needle, want) => {
    expect(partOfText(t, needle)).toBe(want);
  });
});
