import type { Honor, HonorLevel, Region } from '../../doc.js';
import type { Lexicon, VerbClass } from './lexicon.js';
import { matchAt, wordsAlt } from './lexicon.js';
import { deepestOfChains, highest, highestIn, levelMentions, nearestIn, ownLevel, titlePlaceLevel } from './levels.js';
import { clauseAt, paragraphAt, sentenceAt } from './text.js';
import { conferrerLevel, type Events } from './events.js';
import { loadList, escapeRegExp } from '../../dict.js';

// Honors (spec "Honors"): conferred titles without a number, and counted items that are honors.

export interface Verb {
  start: number;
  end: number;
  word: string;
  cls: VerbClass;
}

/** The word lists of honor-words.tsv the rules below read, as sets and patterns (built once). */
interface HonorRes {
  /** Classifiers that can count honorees (not events, money or shares). */
  classifiers: Set<string>;
  /** Aggregate heads: a counted honor named only by one of these has no title. */
  generic: RegExp;
  trail: RegExp;
  candidates: RegExp;
  nounAfterVerb: RegExp;
  /** the 被X评为 body nearest before a title */
  bei: RegExp;
  confer: RegExp;
  strong: RegExp;
  active: RegExp;
  conferAfter: RegExp;
  conferJoined: RegExp;
  /** 新增…示范基地: the item of a verb of adding names a facility */
  facility: RegExp;
  /** 获…称号就有, 劳模累计达: the total before the number */
  total: RegExp;
  /** …“最美家庭”代表: a noun after quoted titles naming their holders */
  holders: RegExp;
  /** the events in which honors are won: 在全市巾帼创业大赛中, 在…开展的…活动中, 参加市第九届残运会 */
  contests: RegExp[];
  /** 候选名单, 拟命名…: a list or title not conferred yet */
  notConferred: RegExp;
  /** what a sentence ends in when a procedure (经…推荐) led to praise, and when it did not */
  procedurePraise: RegExp;
  procedurePending: RegExp;
}
let honorRes: HonorRes | null = null;
function res(lex: Lexicon): HonorRes {
  if (honorRes) return honorRes;
  const w = (g: string) => wordsAlt(lex, g);
  // (10位获奖个人: 获奖 before the recipients' noun describes them, it confers nothing there)
  // (“五一劳动奖章”获得者: 获得者 names the holders, it is no verb)
  const conferVerb = `(${w('confer-after')}|获得了|获得(?!者)|被[^,;。!?被]{0,24}?(?:${w('confer-passive')})|获(?![得奖]者)(?!奖(?:个人|集体|单位|选手|代表|家庭|作品|项目|名单|证书)))`;
  honorRes = {
    classifiers: new Set(lex.honorWords.get('honor-classifiers')),
    generic: new RegExp(`^(${w('generic-scope')})*(${w('generic-head')})?$`),
    trail: new RegExp(`(等)?(各类|各项)?(${w('title-trail')})$`),
    candidates: new RegExp(`(${w('candidates')})[”"]?\\s*$`),
    notConferred: new RegExp(w('not-conferred')),
    procedurePraise: new RegExp(w('procedure-praise')),
    procedurePending: new RegExp(w('procedure-pending')),
    nounAfterVerb: new RegExp(`^(${w('noun-after-verb')})`),
    bei: new RegExp(`(?:被|受到)([^,;。被]{2,24}?)(${w('confer-passive')}|${w('praise-by')})`, 'g'),
    // (某村获河北省第三届“最美家庭集体”: 获 before a quoted title that ends the clause)
    confer: new RegExp(
      `(被[^,;。被]{0,24}?(?:${w('confer-passive')})|${w('confer-title')}|荣登(?=[^,;。]{1,20}榜)|获(?![得评奖取悉益利批准])(?=[^,;。]{1,24}(奖|称号)|[^,;。“”]{0,14}“[^“”]{2,20}”(?=[,;。!?\n]|$)))`,
      'g',
    ),
    strong: new RegExp(`^(${w('confer-strong')})`),
    total: new RegExp(`(${w('title-total')})$`),
    holders: new RegExp(`”(家庭)?(?:${w('holders')})[^“”]*$`),
    facility: new RegExp(`(${w('facility-heads')})[”"]?\\s*$`),
    active: new RegExp(`^(${w('confer-active')})`),
    // (10名勤劳朴实、教子有方的女性获“十佳婆婆”称号: a long 的-clause may describe the counted persons before the verb)
    conferAfter: new RegExp(`^(?:[^,;。!?]{0,10}?|[^,;。!?“”]{4,30}的[\u4e00-\u9fff]{0,4}?(?:${recipients().map(escapeRegExp).join('|')}|人物|人士|同志|代表|志愿者|教师|职工|干部|家庭))${conferVerb}`),
    /** 100名先进个人和100个先进集体荣获…: the verb after a joined second item governs the first too. */
    conferJoined: new RegExp(
      `^[^,;。!?、]{0,10}?(?:[和及与、]|以及)[^,;。!?]{0,6}?[0-9一二三四五六七八九十两]+[余多]?[万千百]?[个名位户项家人支所][^,;。!?]{0,10}?${conferVerb}`,
    ),
    contests: [
      // the host of the event: 在全国妇联和文化部开展的…展播活动中获, 在漳州举办的全省…推进会
      new RegExp(`在([^,;。]{2,24}?)(开展|举办|主办|组织|举行|召开)的([^,;。]{0,30}?)(活动|会|赛|展|评选|展播)`, 'g'),
      // 在全市巾帼创业大赛中, 在省第十一届残运会上 (the contest's own level word)
      new RegExp(`在((?:第[0-9一二三四五六七八九十]+届)?[^,;。]{1,30}?)(${w('contest-heads')})(中|上)`, 'g'),
      // (组队参加市第九届残疾人运动会,获得金牌5枚: the games a team took part in earlier in the sentence)
      new RegExp(`(?:参加|参与|出征|参赛)([^,;。]{1,30}?)(${w('contest-heads')})`, 'g'),
    ],
  };
  return honorRes;
}
// (共青团…, 共建…: 共 opens a name there, it is no adverb)
const GLUE_WORDS = /^(其中|共有|现有|另有|共计|共(?![青建产同享])|又|还|并|也|先后|累计|分别|相继|成功|已|均|全部|有|各类|获得|荣获|获评|获|被授予|授予|被评为|全年|今年|去年|当年|年内|本年度|同年|近年来|目前|此外|另外|期间|颁发|推选)+/;
/** 获…称号的有5人, 被授予…荣誉称号的单位有3个: the clause that counts the holders is not the title. */
const HOLDERS = /(光荣称号|荣誉称号|称号|荣誉)?的[\u4e00-\u9fff]{0,3}(有|达|共)$/;

/** The article's own region as the place of the recipients: 我市4家单位…受到表彰, 全市12户家庭受到省妇联表彰. */
const SCOPE_WORDS = /^((我|本|该|全)[省市县区镇乡州盟旗])+/;

const FROM_SCOPE = /^来自[^,;。的]{1,16}?(?=(共有|共计|共|计有)?\s*$)/;

/** 全年共有, 其中, 我市: words of time and scope only, nothing named (the place is where the recipients are). */
export function isGlueOnly(s: string): boolean {
  // (来自全县各条战线共100名先进人物: where the counted come from is scope, not a title)
  return s.replace(FROM_SCOPE, '').replace(GLUE_WORDS, '').replace(SCOPE_WORDS, '').replace(GLUE_WORDS, '').trim() === '';
}

/** 荣誉称号, 各级荣誉, 先进典型: a head that names honors without naming one. */
export function isGenericHonor(s: string, lex: Lexicon, region: Region | null): boolean {
  const c = cleanTitle(s, lex, region);
  return c === null || res(lex).generic.test(c);
}

/** Whether the 等 at i closes a list (A、B等), not a grade of a prize (一等奖, 特等奖). */
export function isListDeng(t: string, i: number): boolean {
  return t[i] === '等' && !(/[一二三四五六七八九十特同]/.test(t[i - 1] ?? '') && /[奖级]/.test(t[i + 1] ?? ''));
}

/** The last list-closing 等 in s, or -1. */
export function lastListDeng(s: string): number {
  for (let i = s.lastIndexOf('等'); i >= 0; i = s.lastIndexOf('等', i - 1)) if (isListDeng(s, i)) return i;
  return -1;
}

let recipientNouns: string[] | null = null;
/** dictionaries/honor-recipients.txt, longest first. */
export const recipients = (): string[] => (recipientNouns ??= loadList('honor-recipients.txt').sort((a, b) => b.length - a.length));

/**
 * Where the title of a counted item starts: after the recipients' noun when the title (a quote, 为, a level
 * word) follows it: 授予X等10名同志全国三八红旗手称号, 授予50个集体杭州市“五一”劳动奖状称号. Else at the classifier's end.
 */
export function titleStart(t: string, clsEnd: number, tail: string, examples: boolean, lex: Lexicon, region: Region | null): number {
  // (5个村级“示范妇女之家”: 村级 is a level word, not the recipients' noun)
  const noun = recipients().find((w) => tail.startsWith(w) && tail[w.length] !== '级');
  // (20名团员为“优秀共青团员”: 为 before a quote links any noun of the counted to the title)
  // (命名28名优秀女性为2016年度某市“三八红旗手”: a year and a place may stand between 为 and the quote)
  const namedAs = !examples && !noun ? /^[\u4e00-\u9fff]{1,6}?为(?=(?:\d{4}年度?)?[\u4e00-\u9fff]{0,8}“)/.exec(tail) : null;
  if (namedAs) return clsEnd + namedAs[0].length;
  if (!examples && !noun && !/^[(（]/.test(tail)) return clsEnd;
  let from = clsEnd + (noun?.length ?? 0);
  // 授予481名同志(含追授1名)全国…: a bracket after the count qualifies it; the title follows it
  const br = /^[(（][^()（）]{0,12}[)）]/.exec(t.slice(from, from + 14));
  if (br) from += br[0].length;
  const lv = levelMentions(t, from, from + Math.min(tail.length, 10), lex, region)[0];
  if (!examples) {
    // without 等 the title must follow the noun at once: 授予20个集体“…”, 50个集体杭州市…
    // (授予100个组织第十四届…奖: a term number opens the title too)
    if (t[from] === '为') return from + 1;
    return t[from] === '“' || lv?.start === from || (br && !noun) || /^第[0-9一二三四五六七八九十百]+届/.test(t.slice(from, from + 6)) ? from : clsEnd;
  }
  // X等N名同志全国…, X等5个镇“…”, X等4名区优秀妇联干部: the first quote, 为 or level word after the noun
  const q = tail.slice(from - clsEnd).search(/[“为]/);
  // (X等4个好孩子获州妇联命名: a level word after 获/被/受 names the body that confers, the title stands before it)
  const bodyLv = lv && /[获被受]/.test(t.slice(from, lv.start));
  let at = Math.min(q >= 0 ? from + q : Infinity, lv && !bodyLv && lv.start < from + 6 ? lv.start : Infinity);
  // (X等10个单位为广安市三八红旗集体: 为 links the recipients to the title, it is no part of it)
  if (t[at] === '为') at++;
  // (授予X等三个单位宣传工作优秀奖: with no quote or level word the title follows the recipients' noun)
  return at === Infinity ? from : at;
}

/**
 * 授予20个集体和50名个人全国三八红旗集体和全国三八红旗手称号: a list of counted recipients (a count and a
 * recipients' noun each, joined by 和/、) right after the verb at `from`, with the titles they share after it:
 * where those titles begin, or -1 (fewer than two such items, or nothing after them).
 */
export function sharedTitlesAt(t: string, from: number, end: number): number {
  let p = from + (/^了/.test(t.slice(from, from + 1)) ? 1 : 0);
  let items = 0;
  for (let guard = 0; guard < 8; guard++) {
    const m = SHARED_ITEM.exec(t.slice(p, end));
    if (!m || (items === 0 && m[1])) break;
    const noun = recipients().find((w) => t.startsWith(w, p + m[0].length));
    if (!noun) return -1;
    p += m[0].length + noun.length;
    items++;
  }
  return items >= 2 && p < end ? p : -1;
}
const SHARED_ITEM = /^([和及与、]|以及)?[0-9一二三四五六七八九十两]+[余多]?[万千百]?(?:[个名位户项家人支所]|集体)/;

/** 10余名妇女组织和个人被市妇联表彰: what follows the recipients' nouns (被市妇联表彰), or the text unchanged. */
export function afterRecipients(rest: string): string {
  let s = rest;
  for (let guard = 0; guard < 6; guard++) {
    const noun = recipients().find((w) => s.startsWith(w));
    if (!noun) break;
    s = s.slice(noun.length);
    const join = /^(和|及|与|、|以及)/.exec(s);
    if (!join) return s;
    s = s.slice(join[0].length);
  }
  return rest;
}

/** The text up to the first 、 , ; outside brackets and quotes: 12个县(市、区)团委… stays whole. */
export function firstListItem(s: string): string {
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    // (51名“好婆婆、好媳妇、最美家庭”: a quote that lists several titles stays whole too, where it closes)
    const close = ch === '“' ? /^“[^“”",;。0-9]{1,30}”/.exec(s.slice(i)) : null;
    if (close) i += close[0].length - 1;
    else if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && /[、,;]/.test(ch)) {
      // 659个全国级、自治区级、市级“最美家庭”: levels listed before one title belong to it
      if (ch === '、' && /^[\u4e00-\u9fff]{1,4}级$/.test(s.slice(from, i))) {
        from = i + 1;
        continue;
      }
      return s.slice(0, i);
    }
  }
  return s;
}

/** Whether the noun before a count names a prize of a contest (一等奖, 金奖). */
export function namesPrize(s: string, lex: Lexicon): boolean {
  const x = s.replace(/^(了|出)+/, '').trim();
  return lex.prizes.some((p) => p.length >= 2 && x.endsWith(p));
}

/** 表彰了10名A、596名B: after a separator the next number opens its item, its noun follows it. */
export function endsWithListSeparator(before: string): boolean {
  return /[、,;]\s*$/.test(before);
}

/** 三八红旗手候选人, 最美家庭候选户: candidates were nominated, not honored. */
export function namesCandidates(s: string, lex: Lexicon): boolean {
  return res(lex).candidates.test(s);
}

/** 省级“妇女之家”, 示范基地: a facility set up (honor-words.tsv facility-heads), whatever its level. */
export function namesFacility(s: string, lex: Lexicon): boolean {
  return res(lex).facility.test(s);
}

export function canBeHonor(classifier: string, lex: Lexicon): boolean {
  return res(lex).classifiers.has(classifier);
}


/** The nearest governing verb before `pos` in the sentence; verbs inside the item's own noun phrase don't govern it. */
/** 共获, 先后获: adverbs only between the clause start and 获. */
const OPENING_GET = /^\s*(共|先后|累计|还|并|均|又|已|共计|先后共)*\s*$/;
/** 表彰活动, 评选大会, 表彰会: the verb names an event. */
const EVENT_AFTER = /^(活动|大会|会议|会上|仪式)/;
export function governingVerb(t: string, sentStart: number, itemStart: number, pos: number, lex: Lexicon): Verb | null {
  for (let i = pos - 1; i >= sentStart; i--) {
    let v = matchAt(t, i, lex.verbs, (x) => x[0]);
    // 获 alone is too loose (获批, 获悉) unless it opens its clause before a level word or a quoted title:
    // 共获全国、省、市级“巾帼文明岗”588个
    if (v && v[0] === '获' && !OPENING_GET.test(t.slice(clauseAt(t, i)[0], i))) continue;
    if (v && v[0] === '获' && !(t[i + 1] === '“' || levelMentions(t, i + 1, Math.min(pos, i + 8), lex, null)[0]?.start === i + 1)) continue;
    if (!v) continue;
    // 优秀运动员120名: a verb that ends a person noun (运|动员) is no verb
    const vw = v[0];
    if (lex.peopleNouns.some((p) => p.length > vw.length && p.endsWith(vw) && t.startsWith(p, i + vw.length - p.length))) continue;
    // 孝老爱亲、绿色发展、民族团结等: a verb that ends a longer item of a list names the item, it governs nothing
    if (/^[、等]/.test(t[i + v[0].length] ?? '') && i - 2 >= sentStart && /^[\u4e00-\u9fff]{2}$/.test(t.slice(i - 2, i)) &&
      /、[\u4e00-\u9fff]{2,4}$/.test(t.slice(Math.max(sentStart, i - 7), i)) &&
      /、/.test(t.slice(i + v[0].length, pos))) continue;
    // 评选表彰活动, 表彰大会: a verb of conferring before the event's noun names the event, it governs no later count
    if (v[1] === 'confer' && EVENT_AFTER.test(t.slice(i + v[0].length, i + v[0].length + 2))) continue;
    // (选举产生: a longer verb that starts before this one and holds it is the verb)
    for (let k = 1; k <= 3 && i - k >= sentStart; k++) {
      const w = matchAt(t, i - k, lex.verbs, (x) => x[0]);
      if (w && i - k + w[0].length >= i + v[0].length) {
        v = w;
        i -= k;
        break;
      }
    }
    const end = i + v[0].length;
    if (v[1] === 'nominate' && t[end] === '奖') continue; // 提名奖 is a prize
    // (对在家庭家教家风建设中成绩突出的…12个单位: a verb in 在…中 names a field of work, it governs nothing)
    if (/^(?:工作|活动|过程)?[中上]/.test(t.slice(i + v[0].length, i + v[0].length + 3)) && /在[^,;。]{0,16}$/.test(t.slice(clauseAt(t, i)[0], i))) continue;
    // (经基层团组织推荐、团市委审定,…28个…受到表彰: the procedure the honored went through names no nomination)
    // (not 经市妇联推荐,…10名个人作为…候选对象上报: where the sentence ends in candidates, not in praise)
    if (v[1] === 'nominate' && /经[^,;。]{0,20}$/.test(t.slice(clauseAt(t, i)[0], i))) {
      const after = t.slice(pos, sentenceAt(t, pos)[1]);
      if (res(lex).procedurePraise.test(after) && !res(lex).procedurePending.test(after)) continue;
    }
    // 市救助站等20个单位: a verb that opens a facility's name governs nothing
    if ((lex.honorWords.get('name-head') ?? []).some((h) => t.startsWith(h, end))) continue;
    if (t[end] === '者') continue; // 获得者, 推荐者: the holders, no verb
    if (end > pos) continue;
    // inside the item's own noun phrase (全国基层组织建设先进社区) only a verb that opens its object governs
    // (a verb right before the number governs it: …以小额贷款的形式扶持4400户)
    // (not after a body that acts: 市总工会走访慰问劳动模范120名, the clause's own verb)
    // (not a rank held among a scope: 金牌数和奖牌数位居全省13个设区市第一)
    if (i >= itemStart + 4 && end < pos && (v[1] === 'act' || v[1] === 'add' || res(lex).nounAfterVerb.test(t.slice(end, end + 2))) &&
      !lex.conferringBodies.some((b) => t.endsWith(b, i)) && !(v[1] === 'act' && /^[全前第]/.test(t[end]))) continue;
    // 新增省级示范基地2个: a facility added was set up, whatever its level (a title added was earned)
    if (v[1] === 'add' && res(lex).facility.test(t.slice(end, pos))) return { start: i, end, word: v[0], cls: 'act' };
    return { start: i, end, word: v[0], cls: v[1] };
  }
  return null;
}

export function isTitleLike(s: string, lex: Lexicon): boolean {
  const x = s.replace(/[“”"《》]/g, '');
  if (lex.honorTitles.some((h) => x.includes(h))) return true;
  const parts = x.split(/[、和与及]|等/).filter(Boolean);
  return parts.some(
    (p) => lex.honorSuffixes.some((suf) => p.endsWith(suf)) || lex.honorPrefixes.some((pre) => p.startsWith(pre)),
  );
}

let allLevelsRe: RegExp | null = null;

/** 各级, 各层级 (honor-words.tsv all-levels) at the start of a title: all levels at once, no level and no title. */
function allLevels(lex: Lexicon): RegExp {
  return (allLevelsRe ??= new RegExp(`^(?:${wordsAlt(lex, 'all-levels')})`));
}

/** Where the last all-levels word (各级, 各层级) before `before` starts in `t`, or -1. */
export function lastAllLevels(t: string, before: number, lex: Lexicon): number {
  return Math.max(...(lex.honorWords.get('all-levels') ?? []).map((w) => t.lastIndexOf(w, before)), -1);
}

/** Strip quotes, 第N届, years, leading level words and place names, and trailing 称号 from a title. */
export function cleanTitle(raw: string, lex: Lexicon, region: Region | null): string | null {
  // 浙江“最美家庭”: a short place name before the quote is the level, not the title
  const lead = levelMentions(raw, 0, Math.min(raw.length, 6), lex, region)[0];
  if (lead?.start === 0 && raw[lead.end] === '“') raw = raw.slice(lead.end);
  // (高新区“技术能手”, 经开区“最美家庭”: a zone or district before the quote says where, it is no part of the title)
  else raw = raw.replace(/^[\u4e00-\u9fff]{1,6}区(?=“)/, '');
  let s = raw.replace(/[“”"《》\s]/g, '');
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    s = s.replace(GLUE_WORDS, '').replace(allLevels(lex), '');
    // 受表彰的先进集体和个人: a relative clause of praise before the noun names no title
    s = s.replace(/^(受到?|获得?|荣获|获评)(了)?[^的]{0,10}的/, '');
    s = s.replace(/^第[0-9一二三四五六七八九十百]+届/, '').replace(/^\d{4}([-—–~至]\d{2,4})?年(度)?/, '');
    // 19人(个): a bracket right after the classifier qualifies it, it is no title
    s = s.replace(/^[(（][^)）]{0,4}[)）]/, '');
    const ms = levelMentions(s, 0, s.length, lex, region);
    if (ms.length && ms[0].start === 0) {
      s = s.slice(ms[0].end);
      // 县政府年度目标考核一等奖: the body after the level word conferred the title, it is not part of it
      const body = /^(人民政府|政府|党委|委)(?=[\u4e00-\u9fff]{2})/.exec(s);
      if (body) s = s.slice(body[0].length);
    }
    // (命名市、县两级“最美家庭”: the number of levels named is no part of the title)
    s = s.replace(/^([两三四五]级|级|以上|的|、)+/, '');
    if (s === before) break;
  }
  // (获得“全国先进”称号就有十五个: the verb of the count is no part of the title)
  // “…模范集体”称号(同时被省总工会授予…): a long aside in brackets is no part of the title (三八红旗手(集体) keeps its own)
  s = s.replace(/[(（][^()（）]{7,}[)）]$/, '');
  // 最美家庭--某村某某家庭(全省仅: a dash or a bracket left open ends the title; what follows names the holder
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})(--|——|—|－－|[(（][^)）]*$).*$/, '');
  // (国家级表彰(3个集体、2名个人): a bracket closed after the title was opened before it)
  if (!/[(（]/.test(s)) s = s.replace(/[)）].*$/, '');
  // (荣获“全国最美家庭”殊荣的家庭增至6个: what follows the honor's 的 names its holders)
  s = s.replace(/(光荣称号|荣誉称号|称号|殊荣)的.*$/, '');
  s = s.replace(HOLDERS, '').replace(res(lex).total, '');
  // (市五一劳动奖章获得者300名: 获得者 names the holders)
  s = s.replace(res(lex).trail, '').replace(/等$/, '').replace(/(获得者|获奖者)$/, '').replace(/的$/, '');
  // (最美家庭分别为2100户、9800余户: the copula before the counts is no part of the title)
  s = s.replace(/(分别为|分别是|分别达|分别有|分别)$/, '');
  // (115个“五一”劳动奖中,一线职工占77%: 中 after a title means among its holders)
  const among = /(之)?中$/.exec(s);
  if (among && lex.honorSuffixes.some((x) => s.slice(0, among.index).endsWith(x))) s = s.slice(0, among.index);
  // “最美家庭”近1200户: the hedge before the number is no part of the title
  const hedge = lex.hedgesBefore.find(([h]) => s.endsWith(h) && s.length > h.length + 1);
  if (hedge) s = s.slice(0, s.length - hedge[0].length).replace(/(达|共|共计|累计)$/, '');
  // 获全国、省妇联表彰: a body and its praise name no title
  const body = lex.conferringBodies.find((b) => s.startsWith(b));
  if (body && res(lex).generic.test(s.slice(body.length))) s = s.slice(body.length);
  return s.length >= 2 ? s : null;
}

/** Titles named in a counted item: 县级以上三八红旗手、巾帼建功标兵等先进典型 → 三八红旗手、巾帼建功标兵. */
export function countedTitle(span: string, lex: Lexicon, region: Region | null): string | null {
  const quoted = [...span.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  let head = span;
  const deng = lastListDeng(span);
  if (deng >= 0) {
    const after = cleanTitle(span.slice(deng + 1), lex, region);
    if (after && !res(lex).generic.test(after)) return after;
    head = span.slice(0, deng);
  }
  // (先进集体和个人 as a whole names honors without naming one)
  const whole = cleanTitle(head, lex, region);
  if (!quoted.length && (whole === null || res(lex).generic.test(whole))) return null;
  const pieces = head
    .split(/[、]|”“|和(?=[^、]{2,})/)
    .map((p) => cleanTitle(p, lex, region))
    .filter((p): p is string => !!p && !res(lex).generic.test(p));
  if (pieces.length) return pieces.join('、');
  if (quoted.length) return quoted.join('、');
  return null;
}

/**
 * The quoted titles of an object, each with an honor suffix written after its closing quote:
 * “美丽庭院”示范户 → 美丽庭院示范户; “五好家庭”“最美家庭”称号 → 五好家庭、最美家庭. Null without quotes.
 */
export function quotedTitles(obj: string, lex: Lexicon, region: Region | null): string | null {
  // 寻找“最美家庭”活动优秀组织奖: one quote inside a longer title that ends as a title does
  const inner = /^([^“”]{0,8})“([^”]+)”([\u4e00-\u9fff]{3,12}?)(光荣称号|荣誉称号|称号|荣誉)?$/.exec(obj.trim());
  // (“十大文明家庭”作为家庭典范: a verb after the closing quote ends the title there)
  if (inner && !/^[和与及、]/.test(inner[3]) && !/^(作为|成为|被|获|是|并|在|受|为)/.test(inner[3]) && !lex.honorSuffixes.some((x) => inner[3] === x) && lex.honorSuffixes.some((x) => x.length >= 1 && inner[3].endsWith(x) && !/^(称号|荣誉|荣誉称号)$/.test(x))) {
    // (授予汪勇“最美快递员”特别奖: a name before the quote receives; a campaign verb or a place belongs)
    const lead = levelMentions(inner[1], 0, inner[1].length, lex, region).length || /(寻找|争创|争做|争当)$/.test(inner[1]) ? inner[1] : '';
    const whole = cleanTitle(`${lead}“${inner[2]}”${inner[3]}`, lex, region);
    if (whole) return whole;
  }
  const out: string[] = [];
  // (“最美妇联人” 提名奖: a space may stand before the suffix)
  const aid = lex.honorWords.get('aid-after') ?? [];
  // (天水“五四”红旗团支部: a suffix may be longer than four characters)
  for (const q of obj.matchAll(/“([^”]+)”\s?([\u4e00-\u9fff]{0,8})/g)) {
    // 获全国妇联“两癌”救助: the quote names the programme of the aid received, no title
    // (获全国妇联“母亲健康快车”救助的患病妇女186名: nor where 的 makes the aid describe those who received it)
    if (aid.some((a) => q[2] === a || q[2].startsWith(`${a}的`))) continue;
    // (“最美家庭”标兵户称号: the longest suffix, 标兵户 rather than 标兵)
    const suffix = lex.honorSuffixes
      .filter((x) => q[2].startsWith(x) && !/^(称号|荣誉|荣誉称号|奖)$/.test(x))
      .sort((a, b) => b.length - a.length)[0];
    // 江门市十大“最美家庭”: a title's prefix written before the quote belongs to it
    const before = obj.slice(0, q.index);
    const prefix = lex.honorPrefixes.find((x) => before.endsWith(x));
    const title = cleanTitle((prefix ?? '') + q[1] + (suffix ?? ''), lex, region);
    if (title && !out.includes(title)) out.push(title);
  }
  // “最美家庭”和五好家庭: an unquoted title joined after the last quote is one more
  const tail = /”([和与及、])([\u4e00-\u9fff]{2,12}?)(光荣称号|荣誉称号|称号|荣誉)?$/.exec(obj.trim());
  if (out.length && tail && lex.honorSuffixes.some((x) => tail[2].endsWith(x))) {
    const title = cleanTitle(tail[2], lex, region);
    if (title && !out.includes(title)) out.push(title);
  }
  return out.length ? out.join('、') : null;
}

export interface LevelContext {
  t: string;
  lex: Lexicon;
  region: Region | null;
  events: Events;
}

/** The conferring body's level: 被X评为, 在X开展的…中获, or the article's own organisation acting in the paragraph. */
export function bodyLevel(c: LevelContext, sentStart: number, sentEnd: number, at: number, from = sentStart, active = false): HonorLevel | null {
  const { t, lex, region } = c;
  const sentence = t.slice(sentStart, sentEnd);
  const rel = at - sentStart;
  // the 被X评为 nearest before `at` names the body that conferred this title
  // (受到省委、省政府表彰, 受到团中央通报表扬: the body before the praise after 受到 too)
  const bei = res(lex).bei;
  let byBody: HonorLevel | null = null;
  // 市妇联被省妇联评为…,全年表彰…: an active verb in a later clause has a subject of its own
  const ownClause = active ? clauseAt(t, at)[0] : -1;
  for (const m of sentence.matchAll(bei)) {
    if (m.index! > rel) break;
    if (sentStart + m.index! + m[0].length <= ownClause) continue;
    const s = sentStart + m.index! + m[0].indexOf(m[1], 1);
    byBody = highest(deepestOfChains(levelMentions(t, s, s + m[1].length, lex, region)).map((x) => x.level));
  }
  if (byBody) return byBody;
  const held = contestLevel(c, sentStart, sentEnd, at);
  if (held) return held;
  // a place or body that acts earlier in the sentence: 恩平市大槐镇开展…颁奖活动,39位…获得了
  // 市妇联在我区召开…: 我区 is where, not who
  const acting = levelMentions(t, from, at, lex, region).filter(
    (m) => t[m.end - 1] !== '级' && t[m.start - 1] !== '在' && ACTS.test(t.slice(m.end, m.end + 14)),
  );
  if (acting.length) return acting[acting.length - 1].level;
  // the article's own organisation acting in the paragraph: 镇赉县妇联开展的…
  const [ps, pe] = paragraphAt(t, at);
  const para = t.slice(ps, pe);
  // (区妇联在全区范围内开展了…: a place of action may stand between the body and its verb)
  for (const m of para.matchAll(/([\u4e00-\u9fff]{0,6})妇联(?:在[^,;。在]{1,10}?)?(?:积极|共|联合|先后)?(开展|举办|组织|评选|表彰|实施|启动)/g)) {
    const s = ps + m.index!;
    const ms = levelMentions(t, s, s + m[1].length, lex, region);
    if (ms.length) {
      const own = region ? ownLevel(region, '') : null;
      const l = ms[ms.length - 1].level;
      if (!own || l === own) return l;
    }
  }
  return conferrerLevel(c.events, t, at, lex, active) ?? searchLevel(c, at);
}

/**
 * The level of the event in which the honor at `at` was won, named earlier in its sentence (在全市巾帼创业大赛中,
 * 在全国妇联…开展的…活动中, 参加市第九届残疾人运动会): the first such event that names a level.
 */
export function contestLevel(c: LevelContext, sentStart: number, sentEnd: number, at: number): HonorLevel | null {
  const { t, lex, region } = c;
  const sentence = t.slice(sentStart, sentEnd);
  const [host, contest, entered] = res(lex).contests;
  for (const re of [host, contest, entered]) {
    for (const m of sentence.matchAll(re)) {
      if (m.index! > at - sentStart) break;
      const s = sentStart + m.index! + (re === entered ? m[0].length - m[1].length - m[2].length : 1);
      const l = highest(levelMentions(t, s, sentStart + m.index! + m[0].length, lex, region).map((x) => x.level));
      if (l) return l;
    }
  }
  return null;
}

/**
 * The level of the games or contest the article's lead reports (江苏省第二十届运动会在淮安落下帷幕。…苏州队获得金牌14枚):
 * the prizes of a report on one event were won there. Only heads of games and contests (contest-games in
 * honor-words.tsv), not 评选 or 活动, and only with a level word in the same clause.
 */
export function leadContestLevel(c: LevelContext, leadEnd: number): HonorLevel | null {
  const { t, lex, region } = c;
  gamesRe ??= new RegExp(`[^,;。\n]{0,30}?(?:${wordsAlt(lex, 'contest-games')})`, 'g');
  for (const m of t.slice(0, leadEnd).matchAll(gamesRe)) {
    const l = highest(levelMentions(t, m.index!, m.index! + m[0].length, lex, region).map((x) => x.level));
    if (l) return l;
  }
  return null;
}
let gamesRe: RegExp | null = null;

/** 富县启动了为期两个月的“寻找最美家庭”活动: a place that runs a search or selection earlier in the paragraph. */
const RUNS_SEARCH = /^(在[^,;。]{1,8}?)?[^,;。被]{0,2}?(开展|启动|举办|组织)了?[^,;。]{0,12}?“?(寻找|评选)/;
function searchLevel(c: LevelContext, at: number): HonorLevel | null {
  const { t, lex, region } = c;
  const [ps] = paragraphAt(t, at);
  const runs = levelMentions(t, ps, at, lex, region).filter(
    (m) => t[m.end - 1] !== '级' && t[m.start - 1] !== '在' && RUNS_SEARCH.test(t.slice(m.end, m.end + 30)),
  );
  return runs.length ? runs[runs.length - 1].level : null;
}

/** What a body does when it confers: 恩平市大槐镇开展…, 省妇联召开…, 县委表彰… */
const ACTS = /^(妇联|委|政府|文明委|人民政府)?(在[^,;。]{1,8}?)?[^,;。被]{0,2}?(开展|举办|召开|举行|组织|评选|表彰|命名|授予)/;

/** 我县, 全县, 本市 …: the article's own region named as the scope of a group. */
const OWN_SCOPE = /^[^,;。]{0,4}?(我|全|本|该)(县|市|区|镇|乡|州|盟|旗|省)/;

const NEXT_COUNTED = /[、和及]\s*[^、,;。]{0,12}?[0-9一二三四五六七八九十两]+[余多]?[万千百]?(?:[个名位户项家人支所]|集体)/;
/**
 * …年度滁州市三八红旗集体和三八红旗手名单揭晓,40个集体和80名个人榜上有名: the list the count is on, named
 * earlier in its paragraph, gives the level (the highest named in the list's clause before 名单).
 */
function namedListLevel(c: LevelContext, at: number): HonorLevel | null {
  const { t, lex, region } = c;
  const [ps] = paragraphAt(t, at);
  const before = t.slice(ps, at);
  // (2023年安徽省最美家庭揭晓, …评选结果揭晓: the honors made known name their list too)
  const m = [...before.matchAll(/名单|榜单|光荣榜|揭晓/g)].pop();
  if (!m) return null;
  const end = ps + m.index!;
  return highestIn(t, clauseAt(t, end)[0], end, lex, region);
}

/** 近日, 今年, 目前 …: a word that opens a paragraph (openers.txt) or a bare year word. */
let openerRe: RegExp | null = null;
const timeOpener = () => (openerRe ??= new RegExp(`^(?:${loadList('openers.txt').map(escapeRegExp).join('|')}|今年|去年|当年|本年度?)$`));

/** 5户家庭在全国最美家庭评选中榜上有名: the title stands between the count and the verb. */
const LISTED = /^([^,;。!?]{0,24}?)榜上有名/;
/** 我县2户家庭上榜, 15户家庭名列其中: a verb of being listed that ends the clause (honor-words.tsv listed-end). */
let listedEnd: RegExp | null = null;
const LISTED_END = (lex: Lexicon) => (listedEnd ??= new RegExp(`^([^,;。!?]{0,24}?)(?:光荣)?(?:${wordsAlt(lex, 'listed-end')})\\s*$`));
/** 向X等10个“十佳妇女之家”授牌: the title stands between the count and a verb that ends the clause. */
const CONFER_LAST = /^([^,;。!?]{0,20}?)(授牌|授旗|颁奖|颁牌)(仪式)?\s*$/;
/** 3个集体、5名个人上榜成都市“巾帼建功标兵”名单: listed onto a list that names the title, to the clause end. */
const LISTED_ONTO = /^([^,;。!?]{0,24}?)(上榜|登上|列入|荣登)([^,;。!?]{2,30}?)(名单|榜单)\s*$/;

/**
 * 109个家庭获市级表彰, 39位最美女性获得了“最美职工”…等荣誉, 20个家庭获奖: a counted group that earned an
 * honor, read from what follows the classifier. Returns the honor or null.
 */
/**
 * 傅晚香等16户家庭,金昌华等5个好妈妈、…获州妇联命名: an X等N item alone in its clause, followed by more X等N
 * items that close on 获(body)命名/表彰, shares that verb. The noun after the count is its title unless it
 * only names the recipients (家庭).
 */
export function sharedVerbAhead(c: LevelContext, numStart: number, clsEnd: number, clauseStart: number, clauseEnd: number, sentEnd: number): Honor | null {
  const { t, lex, region } = c;
  if (!/^,/.test(t.slice(clauseEnd, clauseEnd + 1))) return null;
  if (!/^[^,;。、“”]{2,20}等\s*$/.test(t.slice(clauseStart, numStart))) return null;
  const noun = t.slice(clsEnd, clauseEnd).trim();
  if (!/^[\u4e00-\u9fff]{0,8}$/.test(noun)) return null;
  const after = t.slice(clauseEnd + 1, sentEnd).replace(/[。;!\s]+$/, '');
  if (!/^[^,;。、“”]{2,20}等\s*(\d|[一二三四五六七八九十两])/.test(after)) return null;
  const v = /获(?:得)?([^,;。、“”]{0,10}?)(命名|表彰|表扬|授牌)$/.exec(after);
  if (!v) return null;
  const vStart = clauseEnd + 1 + v.index;
  const title = noun && !recipients().includes(noun) ? cleanTitle(noun, lex, region) : null;
  const level = highestIn(t, vStart, vStart + v[0].length, lex, region) ?? bodyLevel(c, clauseStart, sentEnd, numStart);
  return { title: title && !res(lex).generic.test(title) ? title : null, level, recipient: null };
}

export function honorAfter(c: LevelContext, clsEnd: number, clauseEnd: number, sentStart: number, numStart: number): Honor | null {
  const { t, lex, region } = c;
  const rest = t.slice(clsEnd, clauseEnd);
  const last = CONFER_LAST.exec(rest);
  if (last) {
    const title = quotedTitles(last[1], lex, region) ?? countedTitle(last[1], lex, region);
    if (!title || !isTitleLike(last[1], lex)) return null;
    const level = highestIn(t, clsEnd, clsEnd + last[1].length, lex, region) ?? bodyLevel(c, sentStart, sentenceAt(t, numStart)[1], numStart);
    return { title, level, recipient: null };
  }
  const onto = LISTED_ONTO.exec(rest);
  if (onto && !res(lex).notConferred.test(onto[3])) {
    const nameStart = clsEnd + onto[1].length + onto[2].length;
    const title = quotedTitles(onto[3], lex, region) ?? cleanTitle(onto[3], lex, region);
    if (title && !res(lex).generic.test(title) && isTitleLike(onto[3], lex)) {
      const level = highestIn(t, nameStart, nameStart + onto[3].length, lex, region) ?? bodyLevel(c, sentStart, sentenceAt(t, numStart)[1], numStart);
      return { title, level, recipient: null };
    }
  }
  const onBoard = LISTED.exec(rest);
  const listed = onBoard ?? LISTED_END(lex).exec(rest);
  if (listed) {
    // (40个集体和80名个人榜上有名: the next counted item is no part of this one's title)
    const own = NEXT_COUNTED.exec(listed[1]);
    const where = (own ? listed[1].slice(0, own.index) : listed[1]).replace(/^[\u4e00-\u9fff]{0,3}?在/, '').replace(/(评选活动|评选|活动|榜单|名单)?(中|上)$/, '');
    let title = quotedTitles(where, lex, region) ?? cleanTitle(where, lex, region);
    if (title && (res(lex).generic.test(title) || recipients().includes(title))) title = null;
    const listLevel = namedListLevel(c, numStart);
    // (全县有12家企业上榜: without a title or a list of honors named, a listing is no honor)
    if (!onBoard && !title && !listLevel) return null;
    // 另有省级劳模2名、盐城市级劳模8名榜上有名: an item written title first names its title and level
    // before its count; the next item's level is its own
    const ownEnd = clsEnd + (own ? own.index : listed[1].length);
    const itemFrom = Math.max(clauseAt(t, numStart)[0], t.lastIndexOf('、', numStart - 1) + 1);
    const lead = where.trim() === '' ? t.slice(itemFrom, numStart).replace(/^(另有|还有|共有|其中|有)/, '') : '';
    // (其中我县5人榜上有名: a scope before the count names where they are, no level)
    const titled = !!lead && isTitleLike(lead, lex);
    if (titled) title = countedTitle(lead, lex, region) ?? title;
    const leadLevel = titled || /级/.test(lead) ? highestIn(t, numStart - lead.length, numStart, lex, region) : null;
    const level = leadLevel ?? highestIn(t, clsEnd, ownEnd, lex, region) ?? listLevel ?? bodyLevel(c, sentStart, sentenceAt(t, numStart)[1], numStart);
    return { title, level, recipient: null };
  }
  let m = res(lex).conferAfter.exec(rest) ?? res(lex).conferJoined.exec(rest);
  // (与50余名儿童组成…的吴某家庭当选: a person noun right after the count is what it counts; the 的-clause
  // names someone else, who is honored)
  if (m && m[0].length - m[1].length > 10 && lex.peopleNouns.some((p) => rest.startsWith(p))) m = null;
  if (!m) return null;
  const objStart = clsEnd + m[0].length;
  // 397个集体荣获A、1297个集体荣获B: the object ends where the next counted item begins
  const next = NEXT_COUNTED.exec(t.slice(objStart, clauseEnd));
  const objEnd = next ? objStart + next.index : clauseEnd;
  const obj = t.slice(objStart, objEnd);
  // (获贷款, 获资金: funds are no honor; 获金奖 is, though 金 names money too)
  // (分获公益组金奖和传承组铜奖: the 金 of a prize named inside the object is no fund either)
  const unprized = lex.prizes.reduce((x, p) => (p.length >= 2 ? x.split(p).join('、') : x), obj);
  if (lex.funds.some((f) => unprized.includes(f)) && !lex.prizes.some((p) => p.length >= 2 && obj.startsWith(p))) return null;
  // (获全国妇联“两癌”救助: a quoted programme before the aid received is no title)
  // (…“最美家庭”提名家庭称号 is a title: the word must end the object)
  if ((lex.honorWords.get('aid-after') ?? []).some((a) => obj.replace(/[。,;\s]+$/, '').endsWith(`”${a}`))) return null;
  // 海口1个集体、2名个人获评: the titles were named before; the count of those honored stands
  // (90户“最美家庭”入选: the title stands between the count and the verb)
  // (…等437个家庭入选\n今年,…: a line without its end mark joined to the next; a time word that opens
  // a paragraph is no object of the verb)
  const bare = obj.trim() === '' || (/^(当选|入选)$/.test(m[1]) && timeOpener().test(obj.trim()));
  if (bare && /^(获评|荣获|当选|入选)$/.test(m[1]) && objEnd === clauseEnd) {
    const lead = rest.slice(0, m[0].length - m[1].length);
    let named = quotedTitles(lead, lex, region) ?? (isTitleLike(lead, lex) ? countedTitle(lead, lex, region) : null);
    // 推荐12户家庭参评岳阳市“最美家庭”,其中5户最终获评: with no title of its own, a part of what its sentence
    // named before takes the title quoted there, with that quote's level
    const back = !named && /^\s*(其中|最终|最后)/.test(t.slice(clauseAt(t, numStart)[0], numStart)) && /“[^“”]{2,30}”/.test(t.slice(sentStart, numStart)) ? referredTitle(c, numStart) : null;
    if (back?.title) named = back.title;
    // (…名单揭晓,我县3人1集体入选: the list named before in the paragraph)
    const level = highestIn(t, clsEnd, clsEnd + lead.length, lex, region) ?? back?.level ?? namedListLevel(c, numStart) ?? bodyLevel(c, sentStart, sentenceAt(t, numStart)[1], objStart);
    const title = named && !res(lex).generic.test(named) ? named : null;
    // (经过选拔,共有200人入选: selected into a programme; with no title, level or list of honors named before
    // in the paragraph, 入选/当选 confer nothing)
    if (!title && !level && /^(当选|入选)$/.test(m[1]) && !/[“榜]|名单|揭晓|评选|称号|表彰|荣誉/.test(t.slice(paragraphAt(t, numStart)[0], numStart))) return null;
    return { title, level, recipient: null };
  }
  // 获得 also takes loans and likes; 入选, 当选, 被评为… take only honors
  // (获评, 获颁 confer titles only; 获 and 获得 also take loans and likes, 获选 a team or a post)
  const weak = /^获(得了?|选)?$/.test(m[1]);
  if (weak && !/(表彰|荣誉|称号|奖|殊荣|“)/.test(obj) && !isTitleLike(obj, lex)) return null;
  if (!weak && obj.trim().length < 2) return null;
  // 3名运动员入选国家队, 25名代表当选为执委: a team or a post is no title; a list (榜单, 名录) or a title is
  // (39人被确定为救助对象: 确定为 names a role as often as a title)
  // (12家企业上榜纳税百强: a ranking is no title)
  if (/^(入选|当选|上榜|被?确定为)/.test(m[1]) && !/[“榜]|名单|名录/.test(obj) && !isTitleLike(obj, lex) && !leveledTitle(obj, lex, region)) return null;
  // 1名青年入选“中国青年五四奖章”候选人, 2户家庭入选全国“最美家庭”候选名单: those put on a list of candidates are
  // nominated, not honored (spec: a nomination is a count)
  if (res(lex).candidates.test(obj)) return null;
  let title: string | null = quotedTitles(obj, lex, region) ?? countedTitle(obj, lex, region);
  if (title && res(lex).generic.test(title)) title = null;
  // 578位上海市三八红旗手和200个…获得表彰: the praise names no title; the noun after the count does
  let leadLevel: HonorLevel | null = null;
  if (!title && /^(表彰|表扬|嘉奖|奖励)/.test(obj.trim())) {
    const lead = rest.slice(0, m[0].length - m[1].length).replace(/([和及与、]|以及)\s*[^、,;。]{0,12}?[0-9一二三四五六七八九十两].*$/, '').replace(/[的了]+$/, '');
    if (isTitleLike(lead, lex)) {
      const named = quotedTitles(lead, lex, region) ?? countedTitle(lead, lex, region);
      if (named && !res(lex).generic.test(named)) {
        title = named;
        leadLevel = highestIn(t, clsEnd, clsEnd + lead.length, lex, region);
      }
    }
  }
  if (title && /^(获奖|奖)$/.test(title)) title = null;
  // 207个集体和1035名个人分获全国五一劳动奖状、奖章: each item its own title, in order; also without 分 when
  // as many titles as items follow (9位个人和6个集体获得全国三八红旗手和全国三八红旗集体称号)
  if (title) {
    const own = respectiveTitle(title, t.slice(clauseAt(t, numStart)[0], numStart), rest.slice(0, m[0].length - m[1].length));
    // (without 分, only where the title fits the item: persons are no 集体, groups no 红旗手)
    if (own && (/分(获|别)/.test(m[0]) || fitsItem(own, t.slice(numStart, clsEnd)))) title = own;
  }
  // 万州区长龙镇龙立村等101个…: the places of X in "X等N个" are the recipients' addresses
  const examples = /等\s*$/.test(t.slice(Math.max(sentStart, numStart - 2), numStart));
  // “全国文明实践巾帼志愿阳光站”全国设立35个,北京市仅5个街道获此殊荣: 此殊荣 refers back to the title last
  // quoted in the paragraph, whose own level it keeps; the place before the count is only its scope
  if (/^(此|该|这一?)项?(殊荣|荣誉|称号|荣誉称号)/.test(obj.trim())) {
    const back = referredTitle(c, numStart);
    // (…获此殊荣 names no new title: the title stays as the object gives it)
    if (back?.level) return { title, level: back.level, recipient: null };
  }
  const level =
    leadLevel ??
    highest(levelMentions(t, objStart, objEnd, lex, region).map((x) => x.level)) ??
    titlePlaceLevel(title, region, lex) ??
    bodyLevel(c, sentStart, sentenceAt(t, numStart)[1], objStart) ??
    // (我县选送的3件作品获得…, 全县5户家庭获评…: the recipients' own region is where they are, not who confers)
    (examples || OWN_SCOPE.test(t.slice(clauseAt(t, numStart)[0], numStart)) ? null : nearestIn(t, clauseAt(t, numStart)[0], numStart, lex, region));
  return { title, level, recipient: null };
}

/** 获此荣誉的有, 获此殊荣的共有: the holders of an honor the paragraph named, counted right after. */
const HOLDERS_OF_THIS = /(获|荣获|获得)(此|该|这一?)项?(殊荣|荣誉称号|荣誉|称号)的[\u4e00-\u9fff]{0,3}?(有|达|共|计|为)\s*$/;
/** 7个个人、: an item of the holders' list before this one. */
const HELD_ITEM = /[0-9一二三四五六七八九十两]+[余多]?[个名位户人家项](?:个人|集体|家庭|单位)?[、和及与]\s*/g;

/**
 * 南海获此荣誉的有7个个人、2个集体: counted holders of an honor named before. Each item takes the nearest title
 * quoted earlier in the paragraph that fits it (persons no 集体, groups no 红旗手), with that quote's level.
 */
export function heldHonor(c: LevelContext, from: number, numStart: number, clsEnd: number): Honor | null {
  const { t, lex, region } = c;
  if (!HOLDERS_OF_THIS.test(t.slice(from, numStart).replace(HELD_ITEM, ''))) return null;
  const counted = t.slice(numStart, clsEnd) + (/^(个人|集体|家庭|单位)/.exec(t.slice(clsEnd, clsEnd + 2))?.[0] ?? '');
  const [ps] = paragraphAt(t, numStart);
  for (const q of [...t.slice(ps, from).matchAll(/“([^“”]{2,30})”/g)].reverse()) {
    const title = quotedTitles(q[0], lex, region);
    if (!title || !isTitleLike(q[1], lex) || !fitsItem(title, counted)) continue;
    const qs = ps + q.index!;
    return { title, level: highestIn(t, Math.max(ps, qs - 3), qs + q[0].length, lex, region), recipient: null };
  }
  return { title: null, level: null, recipient: null };
}

/** The title last quoted in the paragraph before `at`, with the level its quote names (a level word right before it too). */
function referredTitle(c: LevelContext, at: number): Honor | null {
  const { t, lex, region } = c;
  const [ps] = paragraphAt(t, at);
  const q = [...t.slice(ps, at).matchAll(/“([^“”]{2,30})”/g)].pop();
  if (!q) return null;
  const qs = ps + q.index!;
  const level = highestIn(t, Math.max(ps, qs - 3), qs + q[0].length, lex, region);
  if (!level && !isTitleLike(q[1], lex)) return null;
  return { title: quotedTitles(q[0], lex, region), level, recipient: null };
}

/** 省巾帼创业示范项目: a level word and a name of some length after it (not 国家队). */
function leveledTitle(obj: string, lex: Lexicon, region: Region | null): boolean {
  return levelMentions(obj, 0, obj.length, lex, region).length > 0 && (cleanTitle(obj, lex, region)?.length ?? 0) >= 4;
}

/** Whether a title can be that of an item counted so: 9位 are persons (not 三八红旗集体), 6个 groups (not 红旗手). */
export function fitsItem(title: string, counted: string): boolean {
  const persons = /[人名位]$/.test(counted);
  if (persons) return !/(集体|单位|岗|组织|组织奖|奖状)$/.test(title);
  return !/(手|个人|标兵|模范|奖章|女性)$/.test(title);
}

// (5人2集体: collectives counted without 个)
const COUNTED_ITEM = /[0-9一二三四五六七八九十两]+[余多]?[万千百]?(?:[个名位户项家人支所]|集体)/g;

/**
 * The title of one item of "A个X和B名Y分获T1、T2": the item's place among the items before the verb picks its
 * title; a bare suffix (奖章 after 五一劳动奖状) takes the stem of the first. Null when the counts differ.
 */
export function respectiveTitle(joined: string, before: string, lead: string): string | null {
  const parts = joined.split('、');
  const after = (lead.match(COUNTED_ITEM) ?? []).length;
  const k = (before.match(COUNTED_ITEM) ?? []).length;
  if (parts.length < 2 || k + 1 + after !== parts.length) return null;
  const part = parts[k];
  const first = parts[0];
  if (k > 0 && part.length <= 2 && first.length > part.length + 1) return first.slice(0, first.length - part.length) + part;
  return part;
}

/** Uncounted honors: “title” after a verb of conferring, one claim per title. */
export interface TitleHit {
  start: number;
  end: number;
  title: string;
  level: HonorLevel | null;
  recipient: string | null;
  /** 并同时授予“五好文明家庭”称号: a clause that adds a title to the honor before it, no recipient of its own. */
  continues: boolean;
}

/** Verbs by which the body named as subject, or the article's own body, confers (not 被/荣获/获评). */
export function isActive(verb: string, lex: Lexicon): boolean {
  return res(lex).active.test(verb);
}
const CONTINUES = /^(并|同时|并同时|还|也|又|并且|另)*$/;
// (X等8户家庭: a count right after 等 counts the examples' own list)
const COUNTED_AFTER = /^等\s*(\d|[一二三四五六七八九十两])/;
/** 等荣誉称号12项, 等各级荣誉20余项: the honors a list of titles exemplifies, counted after 等. */
const EXAMPLES_COUNTED = /^等(?:各级|各类)?(?:光荣|荣誉)?(?:称号|荣誉|奖项|表彰)\s*(?:共|计|达)?\s*(\d|[一二三四五六七八九十两百])/;

/** “巾帼建功”先进集体 standing alone between commas: one more item of the list before it. */
const BARE_TITLE = /^“[^”,;。]{1,20}”[\u4e00-\u9fff]{0,6}(?=[,;。、\n]|$)/;

export function uncountedHonors(c: LevelContext): TitleHit[] {
  const { t, lex, region } = c;
  const out: TitleHit[] = [];
  const verbs = res(lex).confer;
  verbs.lastIndex = 0;
  for (let m = verbs.exec(t); m; m = verbs.exec(t)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    // 获得感, 获得者, 向获评的个人颁发证书: a noun or a relative clause, no honor conferred here
    if (/^[感者的]/.test(t[verbEnd] ?? '')) continue;
    // the clause: recipient before, titles after, up to 等 / the clause end
    let clauseStart = verbStart;
    // (a list of recipients joined by 、 may run long before the verb)
    const floor = Math.max(0, verbStart - 160);
    while (clauseStart > floor && !/[,;。!?:\n]/.test(t[clauseStart - 1])) clauseStart--;
    let objEnd = verbEnd;
    const ceil = Math.min(t.length, verbEnd + 120);
    while (objEnd < ceil && !/[,;。!?\n]/.test(t[objEnd]) && !isListDeng(t, objEnd)) objEnd++;
    // 授予市某局等单位“…”称号, 授予张某等同志为“…”: X等 and the recipients' noun name examples of those
    // honored, uncounted; the title follows the noun, and no one recipient is named
    let objStart = verbEnd;
    let examples = false;
    if (isListDeng(t, objEnd)) {
      const noun = recipients().find((w) => t.startsWith(w, objEnd + 1));
      const from = noun ? objEnd + 1 + noun.length + (t[objEnd + 1 + noun.length] === '为' ? 1 : 0) : -1;
      if (noun && t[from] === '“') {
        examples = true;
        objStart = from;
        objEnd = from;
        while (objEnd < ceil && !/[,;。!?\n]/.test(t[objEnd]) && !isListDeng(t, objEnd)) objEnd++;
      }
    }
    let subject = t.slice(clauseStart, verbStart);
    // 王某某(女,1978年生)被评为…: a parenthesis with a comma inside belongs to the name before it
    const close = subject.search(/[)）]/);
    if (close >= 0 && !/[(（]/.test(subject.slice(0, close))) {
      const open = Math.max(t.lastIndexOf('(', clauseStart), t.lastIndexOf('（', clauseStart));
      if (open >= 0 && clauseStart - open <= 40) {
        let s0 = open;
        while (s0 > floor && !/[,;。!?:\n]/.test(t[s0 - 1])) s0--;
        subject = t.slice(s0, open) + subject.slice(close + 1);
      }
    }
    let object = t.slice(objStart, objEnd);
    // 获得全国三八红旗手称号的是X、Y, 荣获…标兵的是:…: the title first, its holders named after 的是
    let holders: string | null = null;
    const whoIs = /^([^的,;。!?\n]{2,40}?)的(?:是|有)[:：]?/.exec(object);
    // (获全国巾帼建功标兵称号的有5人: holders counted after 的有 belong to a counted honor claim)
    if (whoIs && !examples && !/^\s*(共|计|达)?\s*(\d|[一二三四五六七八九十两])/.test(object.slice(whoIs[0].length)) && !/[\u4e00-\u9fff]/.test(subject.replace(/^(其中|今年|去年|本次|此次|同时|另外|此外|而)+/, ''))) {
      const [, se0] = sentenceAt(t, verbStart);
      const rest = t.slice(objStart + whoIs[0].length, se0).replace(/[。!;\s]+$/, '').trim();
      holders = rest || null;
      object = whoIs[1];
      objEnd = objStart + whoIs[1].length;
    }
    // 大会表彰奖励了荣获…的先进集体: the honored are the object of the praise before, no honor is conferred here
    // (表彰今年获得…的代表: a word of time may stand between)
    if (/(表彰|奖励|表扬|慰问|祝贺|颁奖)了?(今年|去年|当年|本年度|年度)?$/.test(t.slice(Math.max(0, verbStart - 7), verbStart))) {
      verbs.lastIndex = objEnd;
      continue;
    }
    // 为荣获“省三八红旗手”的个人颁发证书: a relative clause describes who was honored, it confers nothing here
    // (代表中获劳动模范、三八红旗手等荣誉称号的占36%: also where the 的 follows the list's 等…称号)
    if (/的(?!(光荣|荣誉)?称号|荣誉|殊荣)/.test(object.replace(/“[^”]*”/g, '')) || /^等[^,;。!?\n“”]{0,8}?的/.test(t.slice(objEnd, objEnd + 12))) {
      // (对获得全国、省级荣誉的先进典型进行通报:谷城县妇联被授予…: what follows a colon is a statement of its own)
      const colon = t.indexOf(':', verbEnd);
      verbs.lastIndex = colon >= 0 && colon < objEnd ? colon + 1 : objEnd;
      continue;
    }
    // 授予张某等8户家庭“最美家庭”称号: the list of examples belongs to a counted honor claim
    // (获得全国…先进集体、首都巾帼文明岗等荣誉称号12项: the titles are examples of the honors the count after 等 counts)
    // (quoted or not: three sets' annotators in three counted 全国“三八红旗集体”、…等荣誉称号23项 once)
    if (COUNTED_AFTER.test(t.slice(objEnd, objEnd + 3)) || EXAMPLES_COUNTED.test(t.slice(objEnd, objEnd + 16))) {
      verbs.lastIndex = objEnd;
      continue;
    }
    // (荣获省、市“最美家庭”代表参加活动: the holders named by a noun after the titles attend, nothing is conferred here)
    if (res(lex).holders.test(object.trim())) {
      verbs.lastIndex = objEnd;
      continue;
    }
    // a counted subject or object belongs to a counted honor claim
    // (与50余名儿童组成一个大家庭的吴某家庭当选…: a count inside the 的-clause describes the recipient)
    // (“一家亲”巾帼志愿服务队获评…: a numeral inside a quoted name counts nothing)
    const unquoted = (x: string) => x.replace(/“[^”]*”/g, '“”');
    // (…第三人民医院等单位荣获: an ordinal inside a name counts nothing)
    if (/(?<!第)(\d|[一二三四五六七八九十两])\s*[个名位户人项家件篇部幅首支所对]/.test(unquoted(subject.slice(subject.lastIndexOf('的') + 1)))) continue;
    if (/(\d|[一二三四五六七八九十两])[余多万千百]{0,3}\s*[个名位户人项处家]/.test(unquoted(object))) continue;
    // (获得全国文明村、省级生态村等称号: a list closed by 等称号/等荣誉 names titles, whatever their words)
    const strong = res(lex).strong.test(m[0]) || /^\s*等(?:光荣|荣誉)?称号|^\s*等荣誉/.test(t.slice(objEnd, objEnd + 8));
    let pieces = splitTitles(object, objStart);
    // 授予共青团某市委 2015 年度共青团工作优秀奖和共青团工作创新奖: one recipient, the year, then unquoted
    // titles joined by 和: one honor each, the recipient before the year
    const dated = /^授予/.test(m[0]) && !/“/.test(object) && !holders ? /^([^\d,;。、]{2,30}?)\s*\d{4}\s*年度?\s*(.{4,60})$/.exec(object) : null;
    if (dated) {
      const at = objStart + object.length - dated[2].length;
      const parts: { start: number; text: string }[] = [];
      let k0 = 0;
      for (const part of dated[2].split(/(?<=[\u4e00-\u9fff]{3})[和及、](?=[\u4e00-\u9fff]{3})/)) {
        const k = dated[2].indexOf(part, k0);
        parts.push({ start: at + k, text: part });
        k0 = k + part.length;
      }
      if (parts.length && parts.every((p) => isTitleLike(p.text, lex) && !/的/.test(p.text))) {
        pieces = parts;
        holders = recipientOf(dated[1].trim());
      }
    }
    // 先后荣获省级“A”先进集体,“B”先进集体,…: bare quoted titles after a comma continue the list
    for (let e = objEnd; t[e] === ',' && /“/.test(object); ) {
      const next = BARE_TITLE.exec(t.slice(e + 1, e + 40));
      if (!next || !isTitleLike(next[0], lex)) break;
      pieces.push({ start: e + 1, text: next[0] });
      e = e + 1 + next[0].length;
      objEnd = e;
    }
    const [ss, se] = sentenceAt(t, verbStart);
    // 荣获市级“A”、“B”: a level word at the head of the list is the level of its items without one
    let listLevel: HonorLevel | null = null;
    for (const [k, p] of pieces.entries()) {
      const quotedPiece = /“/.test(p.text);
      // 成都入选全国首批建设儿童友好城市名单: selected onto a list that names its level is put there as an
      // honor (not a list of candidates or one still to be published)
      const onList = /入选$/.test(m[0]) && !quotedPiece && /(名单|榜单|名录)$/.test(p.text) && !res(lex).notConferred.test(p.text) &&
        levelMentions(t, p.start, p.start + p.text.length, lex, region).length > 0;
      if (!quotedPiece && !strong && !onList && !isTitleLike(p.text, lex)) continue;
      if (!quotedPiece && p.text.length > 30) continue;
      // 为获得表彰的家庭颁奖: a relative clause, the honor is not conferred here
      if (!quotedPiece && /的/.test(p.text)) continue;
      if (lex.funds.some((f) => p.text.endsWith(f))) continue;
      let title = (quotedPiece ? quotedTitles(p.text, lex, region) : null) ?? cleanTitle(p.text, lex, region);
      // (the list keeps its word, as 优秀、十佳榜单 does; 首批, 第二批 are ordinals of the batch, like 第N届)
      if (onList && title) title = title.replace(/^(首批|第[0-9一二三四五六七八九十]+批)/, '') + (/(名单|榜单|名录)$/.test(title) ? '' : /(名单|榜单|名录)$/.exec(p.text)![1]);
      if (!title || res(lex).generic.test(title) || /^第.+名$/.test(title)) continue;
      // 授予张某某“三八红旗手”称号: the name before the quote receives it
      const named = quotedPiece && /^授予/.test(m[0]) ? recipientBeforeQuote(p.text, lex, region) : null;
      // (授予我市团委“五四红旗团委”称号: the recipient's place is where it is, not the level)
      const from = named ? p.start + p.text.indexOf('“') : p.start;
      const ms = levelMentions(t, from, p.start + p.text.length, lex, region);
      const own = highest(ms.map((x) => x.level));
      if (k === 0 && ms[0]?.start === p.start) listLevel = own;
      const level = own ?? listLevel ?? titlePlaceLevel(title, region, lex) ?? bodyLevel(c, ss, se, verbStart, ss, isActive(m[0], lex));
      // (授予X等单位“…”: recipients of its own, no title added to the honor before)
      const continues = !examples && CONTINUES.test(subject.trim());
      // (县医院等单位被评为…: X等 and a recipients' noun before the verb name examples too)
      const subjectExamples = recipients().some((w) => subject.trim().endsWith(`等${w}`));
      // (主办单位将授予…, 并对其中…分别授予…: the subject of an active verb confers, it receives nothing)
      const byConferrer = isActive(m[0], lex) && !/被/.test(m[0]);
      const recipient = examples || subjectExamples ? null : holders ?? named ?? (continues || byConferrer ? null : recipientOf(subject));
      out.push({ start: p.start, end: p.start + p.text.length, title, level, recipient, continues });
    }
    // 获得市妇联系统儿少、宣传、维权等工作先进集体荣誉: the items before 等 share the title after it
    if (!out.some((h) => h.start >= verbEnd) && t[objEnd] === '等') {
      let headEnd = objEnd + 1;
      while (headEnd < Math.min(t.length, objEnd + 30) && !/[,;。!?\n]/.test(t[headEnd])) headEnd++;
      const head = t.slice(objEnd + 1, headEnd);
      const title = cleanTitle(head, lex, region);
      if (title && !res(lex).generic.test(title) && isTitleLike(head, lex) && !/\d/.test(head)) {
        const level = highestIn(t, verbEnd, headEnd, lex, region) ?? bodyLevel(c, ss, se, verbStart);
        out.push({ start: objEnd + 1, end: headEnd, title, level, recipient: recipientOf(subject), continues: false });
      }
    }
    verbs.lastIndex = Math.max(verbEnd, objEnd);
  }
  return out;
}

const BY_WINNERS = /由([^,;。!?\n由]{2,80}?)(获得|摘得|夺得|捧得)/g;

/** 拔河一等奖由县医院代表队获得: a contest prize, its winners the recipient. */
/** Words before a roster that say its titles were conferred (honor-words.tsv roster-context: 揭晓, 名单, 上榜). */
let rosterContext: RegExp | null = null;
const ROSTER_HEAD = /^([^:,;。!?\d“”]{3,20})[:]\s*(.*)$/;
/** A line that names one recipient: short, no figure, no sentence, no colon. */
const ROSTER_NAME = /^[^:,;。!?\d]{2,40}$/;

/**
 * A roster (全国三八红旗集体:某医院妇产科 / 全国巾帼文明岗: / 某局 / 某医院护理部): under words that say the titles
 * were conferred, a line that names a title and ends with a colon gives one uncounted honor, its recipients
 * the names on that line or on the lines below it up to the next title.
 */
export function rosterHonors(c: LevelContext): TitleHit[] {
  const { t, lex, region } = c;
  const out: TitleHit[] = [];
  // (most articles hold no title line ending with a colon: no lines are made for them)
  if (!t.includes(':')) return out;
  const lines: [number, string][] = [];
  for (let at = 0; at <= t.length; ) {
    const e = t.indexOf('\n', at);
    const end = e < 0 ? t.length : e;
    lines.push([at, t.slice(at, end).trim()]);
    at = end + 1;
  }
  for (let k = 0; k < lines.length; k++) {
    const [at, line] = lines[k];
    const m = ROSTER_HEAD.exec(line);
    rosterContext ??= new RegExp(wordsAlt(lex, 'roster-context'));
    if (!m || !isTitleLike(m[1], lex) || !rosterContext.test(t.slice(Math.max(0, at - 300), at))) continue;
    const title = cleanTitle(m[1], lex, region);
    if (!title || res(lex).generic.test(title)) continue;
    const names: string[] = m[2] ? [m[2]] : [];
    for (let j = k + 1; !m[2] && j < lines.length && ROSTER_NAME.test(lines[j][1]) && !isTitleLike(lines[j][1], lex); j++) names.push(lines[j][1]);
    if (!names.length || names.some((x) => !ROSTER_NAME.test(x))) continue;
    const start = t.indexOf(m[1], at);
    out.push({ start, end: start + m[1].length, title, level: highestIn(t, start, start + m[1].length, lex, region), recipient: names.join('、'), continues: false });
  }
  return out;
}

export function prizeHonors(c: LevelContext): TitleHit[] {
  const { t, lex } = c;
  const out: TitleHit[] = [];
  BY_WINNERS.lastIndex = 0;
  for (let m = BY_WINNERS.exec(t); m; m = BY_WINNERS.exec(t)) {
    let s = m.index;
    while (s > 0 && m.index - s < 30 && !/[,;。!?:\n]/.test(t[s - 1])) s--;
    const prize = t.slice(s, m.index);
    if (!lex.prizes.some((p) => prize.endsWith(p))) continue;
    const title = cleanTitle(prize.replace(/^(最终|最后|其中|本次|比赛)+/, ''), lex, c.region);
    if (!title) continue;
    const [ss, se] = sentenceAt(t, s);
    const level = highestIn(t, s, m.index, lex, c.region) ?? bodyLevel(c, ss, se, s);
    out.push({ start: s, end: m.index, title, level, recipient: m[1], continues: false });
  }
  return out;
}

function splitTitles(object: string, offset: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let s = 0;
  const push = (e: number) => {
    const text = object.slice(s, e);
    if (text.trim()) out.push({ start: offset + s, text });
  };
  for (let i = 0; i < object.length; i++) {
    if (object[i] === '、') {
      push(i);
      s = i + 1;
    } else if (object[i] === '”' && /^\s*“/.test(object.slice(i + 1, i + 4))) {
      // “全国文明村” “全国民主法治示范村”: two titles, also with a space between
      push(i + 1);
      s = i + 1;
    }
  }
  push(object.length);
  return out;
}

/** The text before a piece's first quote when it is a name, not a level word: 张某某“三八红旗手” → 张某某. */
function recipientBeforeQuote(piece: string, lex: Lexicon, region: Region | null): string | null {
  const q = piece.indexOf('“');
  const before = piece.slice(0, q).trim();
  if (before.length < 2) return null;
  const ms = levelMentions(before, 0, before.length, lex, region);
  if (ms.length && ms[ms.length - 1].end === before.length) return null;
  return recipientOf(before);
}

function recipientOf(subject: string): string | null {
  const s = subject
    .replace(/^(其中|目前|同时|此外|近年来|先后)/, '')
    // 2017年3月新乐村合作社荣获…: the date is no part of the name
    .replace(/^\d{4}年(\d{1,2}月)?(\d{1,2}日)?/, '')
    // 县妇联连续三年, 该村2023年: a span of time after the recipient is not part of its name
    .replace(/(连续|先后|已)?[0-9一二三四五六七八九十两]+(年|次|届)(度)?$/, '')
    // 县妇联2013、2014年: the years it was honored are no part of its name
    .replace(/(\d{4}[、,和至—-]*)+年(度)?$/, '')
    // 王某在比赛中获得一等奖: where it was won is no part of the name
    .replace(/(在|于)[^,;。]{1,20}(中|上|期间)$/, '')
    // 广东队以3分32秒15获得银牌, 李某以总分第一获: the time, score or rank it won with is no part of the name
    .replace(/以[^以,;。]{1,16}$/, '')
    .replace(/(也|还|均|先后|分别|已|成功|曾|曾经|连续|多次|再次|又|屡次|相继|共|均已)+$/, '')
    .replace(/[“”]/g, '')
    // (A、B、C等获得…称号: the 等 that closes the list of recipients is no part of it)
    .replace(/(?<=[^一二三四五六七八九十特同])等$/, '')
    .trim();
  // (随州市曾都区北郊街道八里岔社区党委书记许旭: a post and an address before the name belong to it)
  // (A团支部、B团支部、C团支部获得…: a list of recipients may be long, each of them is not)
  // (A公司总经理甲和B律师事务所主任乙荣获…: two recipients joined by 和 are a list too)
  // (not through a clause: 在全国妇联和文化部开展的…活动中 is where, no list of recipients)
  const items = s.split(/的|在/.test(s) ? '、' : /、|和(?=[^、和]{2,})/);
  if (items.length > 1 && s.length <= 160) return items.every((x) => x.length >= 2 && x.length <= 30) ? s : null;
  return s.length >= 2 && s.length <= 30 ? s : null;
}
