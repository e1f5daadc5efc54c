import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';

const county = region('511302', '顺庆区', 'county', '四川省', '南充市', '顺庆区');
const province = region('350000', '福建省', 'province', '福建省', null, null);
const claimOf = (text: string, needle: string, r = county) => extractFrom(text, r).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

describe('fix11: a province\'s official short name opening a title is its level word', () => {
  it.each([
    ['授予某某公司等6家单位“江西公益事业突出贡献奖”。', '6家', '公益事业突出贡献奖'],
    ['评选张某等12人为“云南助学工作十大爱心人物”。', '12人', '助学工作十大爱心人物'],
    ['今年评出“浙江青年岗位能手”80名。', '80名', '青年岗位能手'],
    ['共有15户家庭荣获“内蒙古书香家庭”称号。', '15户', '书香家庭'],
  ])('%s', (text, needle, title) => {
    const c = claimOf(text, needle, province);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe(title);
    expect(c?.honor?.level).toBe('provincial');
  });
  it.each([
    ['10户家庭获得“齐鲁书香家庭”称号。', '10户', '齐鲁书香家庭'],
    ['授予王某等8户家庭“荆楚最美家庭”荣誉称号。', '8户', '荆楚最美家庭'],
  ])('a literary name is no official one and stays: %s', (text, needle, title) => {
    expect(claimOf(text, needle, province)?.honor?.title).toBe(title);
  });
  it('a prefecture whose name begins with a province\'s stays whole', () => {
    const qh = region('632500', '海南藏族自治州', 'city', '青海省', '海南藏族自治州', null);
    expect(claimOf('共有9名同志获得“海南州优秀妇女干部”称号。', '9名', qh)?.honor?.title).not.toMatch(/^州/);
  });
});

describe('fix11: status of a share of a target done, and of a plan after a quoted programme', () => {
  it.each([
    ['全年发放贷款2.1亿元,完成省下达目标任务的310%。', '310%'],
    ['完成市下达任务的105%。', '105%'],
    ['完成年度目标任务的120%。', '120%'],
  ])('a completion rate against a target is a result: %s', (text, needle) => {
    expect(claimOf(text, needle)?.status).toBe('result');
  });
  it('a quota handed down stays a target', () => {
    expect(claimOf('市里下达培训任务3000人。', '3000人')?.status).toBe('target');
  });
  it.each([
    ['今年,“希望工程助学行动”计划资助3000名贫困学生。', '3000名'],
    ['“阳光助残工程”计划投入资金300万元。', '300万元'],
    ['今年团县委计划资助200名贫困学生。', '200名'],
  ])('计划 + verb after a programme\'s quoted name plans: %s', (text, needle) => {
    expect(claimOf(text, needle)?.status).toBe('target');
  });
  it('a quoted name of the plan itself is no plan', () => {
    expect(claimOf('“春蕾”计划资助女童1200名。', '1200名')?.status).toBe('result');
  });
});

describe('fix11: a share given each time its clause names', () => {
  it.each([
    ['他每月拿出工资的30%,资助困难学生。', '30%', '月'],
    ['她每年将收入的20%捐给希望工程。', '20%', '年'],
  ])('%s', (text, needle, per) => {
    expect(claimOf(text, needle)?.per).toBe(per);
  });
  it.each([['人均收入年增速10.84%。', '10.84%'], ['每户增收2000元,增幅达15%。', '15%']])('a rate is no share per unit: %s', (text, needle) => {
    expect(claimOf(text, needle)?.per ?? null).toBe(null);
  });
});

describe('fix11: a one-character classifier that begins a longer word', () => {
  it.each([
    ['届时将有2万家庭贫困的残疾人得到帮助。', '2万', 20000],
    ['全县有1.2万家庭困难的留守儿童得到关爱。', '1.2万', 12000],
  ])('the number counts the persons after the 的-clause: %s', (text, needle, value) => {
    const c = claimOf(text, needle);
    expect(c?.kind).toBe('people');
    expect(c?.value).toBe(value);
  });
  it('a person noun that the classifier begins counts persons', () => {
    expect(claimOf('组织500家长参加培训。', '500')?.kind).toBe('people');
  });
  it.each([['共有20家企业参加。', '20家'], ['走访3万家庭。', '3万']])('the classifier stays where no persons are read: %s', (text, needle) => {
    expect(claimOf(text, needle)?.kind).toBe('count');
  });
});

describe('fix11: a number in an epithet before one person\'s name', () => {
  it.each([
    ['表彰了海归博导孙某、80万吨乙烯工程专家李某某、女大学生陈某。', '80万吨'],
    ['受表彰的有年产30万吨化肥项目总工程师王某,以及优秀教师刘某。', '30万吨'],
  ])('%s', (text, needle) => {
    expect(claimOf(text, needle)).toBeUndefined();
  });
  it.each([
    ['建成500亩蔬菜基地,带动种植能手王某等致富。', '500亩'],
    ['建成30个专家工作站,服务群众。', '30个'],
    ['新建1000亩示范基地,聘请专家指导。', '1000亩'],
  ])('a count before an epithet-like noun stays: %s', (text, needle) => {
    expect(claimOf(text, needle)).toBeDefined();
  });
});

describe('fix11: the title first, its holders after 的是/的有', () => {
  const honors = (text: string) => extractFrom(text, county).filter((c) => c.kind === 'honor');
  it.each([
    ['获得全国三八红旗手称号的是某中学党委书记王某,某公司董事长李某。', '三八红旗手', 'national'],
    ['荣获2012年度市三八红旗手标兵的是:海归博导孙某、“小巷总理”李某。', '三八红旗手标兵', 'municipal'],
    ['荣获“最美家庭”称号的有张某家庭、王某家庭。', '最美家庭', null],
  ])('%s', (text, title, level) => {
    const hs = honors(text);
    expect(hs).toHaveLength(1);
    expect(hs[0].honor?.title).toBe(title);
    expect(hs[0].honor?.level ?? null).toBe(level);
    expect(hs[0].honor?.recipient).toMatch(/某/);
  });
  it('holders counted after 的有 are one counted honor', () => {
    const hs = honors('获得“最美家庭”称号的有120户。');
    expect(hs.map((h) => [h.value, h.honor?.title])).toEqual([[120, '最美家庭']]);
  });
  it('praise with no title names no honor', () => {
    expect(honors('获得表彰的是少数人。')).toHaveLength(0);
  });
  it('a relative clause before a noun still confers nothing', () => {
    expect(honors('为荣获“三八红旗手”称号的个人颁发证书。')).toHaveLength(0);
  });
});

describe('fix11: 授予 a recipient, the year, then titles joined by 和', () => {
  const honors = (text: string) => extractFrom(text, county).filter((c) => c.kind === 'honor');
  it('two titles, one recipient', () => {
    const hs = honors('团省委还授予共青团某某市委 2015 年度共青团工作优秀奖和共青团工作创新奖。');
    expect(hs.map((h) => h.honor?.title)).toEqual(['共青团工作优秀奖', '共青团工作创新奖']);
    expect(hs.every((h) => h.honor?.recipient === '共青团某某市委' && h.honor?.level === 'provincial')).toBe(true);
  });
  it('one title', () => {
    const hs = honors('市妇联授予县妇联2019年度妇女工作先进集体。');
    expect(hs.map((h) => [h.honor?.title, h.honor?.recipient, h.honor?.level])).toEqual([['妇女工作先进集体', '县妇联', 'municipal']]);
  });
  it('what is no title stays out', () => {
    expect(honors('授予县妇联2020年度考核优秀等次。')).toHaveLength(0);
  });
});

describe('fix11: praise received on the spot reports from the ceremony of the paragraph before', () => {
  const text = '10月30日晚,该县在县文化广场举办表彰颁奖晚会。\n晚会侧记\n    共80名先进人物现场接受了表彰,6名热心公益的女性获“好媳妇”称号。';
  it('the later honor of the paragraph takes the ceremony\'s level', () => {
    expect(claimOf(text, '6名')?.honor?.level).toBe('county');
  });
  it('without the on-the-spot report the level stays unstated', () => {
    const plain = '10月30日晚,该县在县文化广场举办表彰颁奖晚会。\n晚会侧记\n    今年以来,6名热心公益的女性获“好媳妇”称号。';
    expect(claimOf(plain, '6名')?.honor?.level ?? null).toBe(null);
  });
});

describe('fix11: an X等N item alone in its clause shares the verb closing the list after it', () => {
  it('the honored households before the comma are an honor', () => {
    const text = '周某等12户家庭,吴某等3个好妈妈、郑某等2个好孩子获市妇联命名。';
    const c = claimOf(text, '12户');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title ?? null).toBe(null);
    expect(c?.honor?.level).toBe('municipal');
  });
  it('a title after the count stays its title', () => {
    const c = claimOf('张某等10名巾帼能手,刘某等6名致富带头人获县妇联表彰。', '10名');
    expect(c?.honor?.title).toBe('巾帼能手');
  });
  it('a list that closes on taking part is no honor', () => {
    expect(claimOf('王某等12户家庭,李某等3名志愿者参加了活动。', '12户')?.kind).toBe('count');
  });
});

describe('fix11: persons named right after a bare number as the ones served', () => {
  it.each([
    ['共为8000城乡残疾人提供培训。', 8000],
    ['向350困难妇女发放慰问金。', 350],
  ])('%s', (text, value) => {
    const c = extractFrom(text, county)[0];
    expect([c?.kind, c?.value, c?.unit]).toEqual(['people', value, '人']);
  });
  it.each(['开通12338妇女维权热线。', '为2020妇女节献礼。', '全县8121城乡残疾人。'])('no count of persons: %s', (text) => {
    expect(extractFrom(text, county).filter((c) => c.kind === 'people')).toHaveLength(0);
  });
});
