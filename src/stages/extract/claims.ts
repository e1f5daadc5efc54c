import type { Approx, Article, Claim, Doc, Honor, HonorLevel, Kind } from '../../doc.js';
import { getLexicon, matchAt, matchBefore, wordsAlt, type Lexicon } from './lexicon.js';
import { numberAt, scanNumbers, type NumberMatch } from './numbers.js';
import { countedInHeading, isBlocked, isFamilyDetail, isMeasurement, isNumeralName, isOnePersonDescription, isPersonEpithet, isThreshold, rejectReason } from './nonclaims.js';
import { inverseOf } from '../normalize.js';
import { regionOfName } from '../region.js';
import { clauseAt, paragraphAt, PART_LEAD, sentenceAt, SHARE_HEDGE_BASE } from './text.js';
import {
  afterRecipients,
  bodyLevel,
  cleanTitle,
  contestLevel,
  leadContestLevel,
  quotedTitles,
  canBeHonor,
  countedTitle,
  endsWithListSeparator,
  firstListItem,
  governingVerb,
  heldHonor,
  honorAfter,
  namesFacility,
  sharedVerbAhead,
  isActive,
  isGenericHonor,
  isGlueOnly,
  isTitleLike,
  lastAllLevels,
  lastListDeng,
  namesCandidates,
  namesPrize,
  prizeHonors,
  respectiveTitle,
  rosterHonors,
  recipients,
  fitsItem,
  sharedTitlesAt,
  titleStart,
  uncountedHonors,
  type LevelContext,
  type TitleHit,
} from './honors.js';
import { highest, levelMentions, nearestIn, respectiveItem, respectiveLevel, titlePlaceLevel } from './levels.js';
import { findEvents, type Events } from './events.js';
import { categoryOf, periodOf, periodsIn, perOf } from './context.js';
import { subjectOf } from './subject.js';
import { applyStatus, targetParts } from './status.js';
import { linkBreakdowns } from './breakdown.js';

// Assembles claims: numbers → classifier and kind → not-a-claim rules → hedges → honors → context.

interface Reading {
  kind: Kind;
  unit: string | null;
  classifier: string | null;
  clsStart: number; // where the classifier starts (after a line break inside the expression)
  clsEnd: number; // end of the classifier (or of the number when there is none)
  approx: Approx | null;
  /** A unit of a continuous quantity (亩, 吨) or money: a fractional value is possible. */
  measure?: boolean;
  /** A place noun counting itself (9区9县). */
  place?: boolean;
}

/** Praise written after the praised: 受到表彰, 获市级表彰; 予以通报表扬, (对…)进行了表彰 (honor-words.tsv). */
// (受到省委、省政府表彰, 受到全国总工会通报表扬: the body that praises may stand before the praise)
// (受到了大会表彰: the meeting praises for its body)
// (为X等5个“巾帼文明岗”…颁奖: a prize or plaque handed to the items ends their clause)
interface PraiseRes {
  /** 40名先进个人受到表彰: the praise right after the praised. */
  after: RegExp;
  /** Praise anywhere: the end of a series of items that share it. */
  any: RegExp;
  /** 对20名优秀妇女干部进行了表彰: the praise after the object of 对, which may be named at length. */
  ofObject: RegExp;
  /** 18个集体、35名个人受到表彰: the items of a list before the last share its 受到表彰. */
  list: RegExp;
  /** 获得 also takes likes, loans and votes: verbs of conferring whose object needs a title or a level. */
  weak: RegExp;
  /** 40名先进个人受到表彰: the praise and what follows it, cut from the noun of the praised. */
  cut: RegExp;
  /** 20名优秀妇女干部受到表彰: a noun (a title, when isTitleLike says so) between the count and the praise. */
  titled: RegExp;
  /** 等7家单位联合开展…: the counted act together, they are not praised. */
  joint: RegExp;
}
let praiseRes: PraiseRes | null = null;
function praise(lex: Lexicon): PraiseRes {
  if (praiseRes) return praiseRes;
  const w = (g: string) => wordsAlt(lex, g);
  // (受到市级表彰, 受到县级以上表彰, 受到省市表彰: a level instead of a body)
  const level = `[\u4e00-\u9fff、]{0,6}?(?:级以上|级|以上)|全国|国家|省市县|省市|市县|省|市|县|区`;
  const body = `(?:[^,;。]{1,16}?(?:${w('praise-body')})(?:联合)?的?|${level})?`;
  const given = `(?:${w('praise-give')})(?:通报)?(?:${w('praise-given')})`;
  const p = `(?:(?:${w('praise-receive')})了?${body}(?:${w('praise')})|${given}|(?:${w('praise-handing')})(?=[,;。]|$))`;
  praiseRes = {
    // (100名先进人物现场接受了表彰: an adverb of place or manner may stand before the praise)
    after: new RegExp(`^(?:“[^”]{1,20}”)?[^,;。]{0,4}?(?:${w('praise-adverb')})?${p}`),
    any: new RegExp(p),
    ofObject: new RegExp(`^[^,;。]{0,14}?${given}`),
    // (5家单位23名职工27个集体受到表彰: counted items written one after the other, without separators)
    // (12家“爱心企业”和36名“优秀志愿者”进行了表彰: each item may carry a quoted name)
    // (23个街道(地区)妇联和56名…: a bracket of alternative names inside the noun counts as none of its characters)
    list: new RegExp(`^(?:“[^”]{1,20}”)?(?:[^,;。、()]{1,4}?(?:\\([^()]{1,6}\\)[^,;。、()]{0,2})?)?(?:(?:[、和及与]|以及)[0-9一二三四五六七八九十两]+[余多]?[个名位户项家]?|(?<=[\u4e00-\u9fff])[0-9一二三四五六七八九十两]+[余多]?[个名位户项家])(?:“[^”]{1,20}”)?[^,;。、]{0,4}?(?:[、和及与]|以及)?[^,;。]{0,12}?${p}`),
    weak: new RegExp(`^(?:${w('weak-confer')})`),
    cut: new RegExp(`(?:${w('praise-adverb')})?(${w('praise-receive')}|${w('praise-give')}|${w('praise-handing')}).*$`),
    joint: new RegExp(`^[^,;。受获被]{0,4}?(?:${w('joint-act')})`),
    titled: new RegExp(`^((?:“[^”]{1,20}”)?[^,;。、“”和及与]{2,16}?)${p}`),
  };
  return praiseRes;
}
/** 表彰80余次, 先后18次获得…表彰: an aggregate of honors counted in times (not 表彰大会3次). */
const TIMES_HONORED = /(表彰|荣誉|奖励|表扬|嘉奖|荣誉称号)$|^[^,;。]{0,8}?(先后|累计|共|曾)$/;
/** A next counted item joined by 和/及/与 (和王某等50名…), to the end. */
const NEXT_ITEM = /(?:[和及与]|以及)[^、“”,;。]{0,12}?[0-9一二三四五六七八九十两]+[余多]?[个名位户项家所].*$/;
/**
 * 表彰997户五好家庭并揭晓997户最美家庭, 表彰30户五好家庭并颁发证书: a next act after 并/同时 (outside quotes and
 * before any bracket, whose aside cleanTitle drops whole), or
 * after 还 with a count of its own, to the end.
 */
const NEXT_ACT = /^([^“”(（]*(?:“[^“”]*”[^“”(（]*)*?)(?:(?:并且?|并同时|同时)[\u4e00-\u9fff]{2}|还[^、“”,;。0-9]{1,4}?[0-9一二三四五六七八九十两]+[余多]?[万千百]?[个名位户项家人所]).*$/;
const COUNTED = /[0-9一二三四五六七八九十两]+[余多]?[个名位户项家人]/;
/** “巾帼创业之星”家庭: a quoted name, with the recipients' noun after it or not. */
let quotedPraisedRe: RegExp | null = null;
const quotedPraised = (): RegExp => (quotedPraisedRe ??= new RegExp(`^“[^“”]{2,20}”(?:${recipients().join('|')})?$`));

/** 20名团员为“优秀共青团员”(称号): the counted named as a quoted title, which ends the clause. */
const NAMED_AS = /^[\u4e00-\u9fff]{0,6}?为“[^“”]{2,24}”(光荣称号|荣誉称号|称号)?\s*$/;

/** A等10个X、B等4名Y、C等20名Z受到了大会表彰: every item of a 、 list shares the praise at its end. */
function praisedSeries(rest: string, lex: Lexicon): boolean {
  // (split, not one regex: nested quantifiers over a long list backtrack without end)
  const m = praise(lex).any.exec(rest);
  if (!m) return false;
  const parts = rest.slice(0, m.index).split('、');
  if (parts.length < 2 || parts[0].length > 24 || /[,;。]/.test(rest.slice(0, m.index))) return false;
  return parts.slice(1).every((p) => p.length <= 64 && COUNTED.test(p));
}
/** One titled item of a series: (以及)A等20个“最美巾帼奋斗集体”. */
const TITLED_ITEM = /^(?:以及|及|和|还有)?[^“”,;。]{0,24}?[0-9一二三四五六七八九十两]+[余多]?[个名位户项家人]“[^”]{1,20}”$/;

/** A等50名“X”,B等20个“Y”,以及45个“Z”得到了表彰: a series of titled items across commas shares the praise at its end. */
function praisedTitledSeries(sentRest: string, lex: Lexicon): boolean {
  const m = praise(lex).any.exec(sentRest);
  if (!m || /。/.test(sentRest.slice(0, m.index))) return false;
  const parts = sentRest.slice(0, m.index).split(/[、,;]/);
  return parts.length >= 2 && /^“[^”]{1,20}”$/.test(parts[0]) && parts.slice(1).every((p) => TITLED_ITEM.test(p));
}
const RANGE = /^[-－—–~～〜至到]$/;
/** A verb of change right before an amount (增加约5200人, 由12.5万人减少3000人). */
const CHANGE_BEFORE = /(增加|减少|增长|下降|降低|提高|上升|回落|减|增)了?(约|近|超过|逾)?$/;

/**
 * 总就业人数增加约5200人至371.8万人, 由12.5万人减少3000人至12.2万人: after a verb of change, 至/到 leads from the
 * change to the level it reached, two figures and no range; where the clause names the start (由/从) or the level
 * is many times the change (a range's ends are of one size: 增加3000元至5000元).
 */
function changeThenLevel(t: string, low: NumberMatch, high: NumberMatch, join: string): boolean {
  if (join !== '至' && join !== '到') return false;
  const [cs] = clauseAt(t, low.start);
  const before = t.slice(cs, low.start);
  if (!CHANGE_BEFORE.test(before)) return false;
  return /[由从]/.test(before) || high.value >= 5 * low.value;
}
const GAP = /^[ \t\u3000]*(\n[ \t\u3000]*){0,3}/; // a line or page break inside a number expression

/** The second character of a word that a one-character classifier begins: 家庭, 家长, 家属 (not 3家人), 市民, 村民. */
const WORD_AFTER_CLASSIFIER: Record<string, RegExp> = { 家: /^[庭长屬属]/, 市: /^民/, 村: /^民/ };

/** 、1.8个和0.6个百分点 after a 个: the rest of a list of points. */
const SHARED_POINTS = /^\s*(?:(?:[、,和及与]|以及)\s*[0-9０-９.]+\s*个)*\s*(?:[、,和及与]|以及)\s*[0-9０-９.]+\s*个?百分点/;

/** Read the classifier after a number and decide its kind; null when it is not a quantity. */
function readUnit(t: string, n: NumberMatch, lex: Lexicon, skipUnit = false): Reading | null {
  const at = n.end + (GAP.exec(t.slice(n.end, n.end + 12))?.[0].length ?? 0);
  if (n.percent) {
    const raw = t.slice(n.start, n.end);
    return {
      kind: 'percent',
      unit: n.percent === 'points' ? '百分点' : '%',
      // as written: 个百分点 / 百分点 / 百分之 / 成 / 分之 / %
      classifier: n.percent === 'points' ? (raw.endsWith('个百分点') ? '个百分点' : '百分点') : raw.startsWith('百分之') ? '百分之' : raw.endsWith('成') ? '成' : raw.includes('分之') ? '分之' : (/(?:‰|‱|\/(?:10|十)?[万萬])$/.exec(raw)?.[0] ?? '%'),
      clsStart: n.end,
      clsEnd: n.end,
      approx: n.approx,
    };
  }
  // 3万家庭贫困的残疾人: a one-character classifier that begins a longer word (家庭, 家长, 家属) is no
  // classifier there
  // (the classifier's reading stays when no count of persons is read instead: 走访3万家庭)
  // (含光800根据…, 3单元: a word that begins with a classifier's character is no classifier)
  const u = lex.notClassifiers.some((w) => t.startsWith(w, at)) ? null : matchAt(t, at, lex.units, (x) => x.written);
  const inWord = !!u && u.written.length === 1 && !!WORD_AFTER_CLASSIFIER[u.written]?.test(t.slice(at + 1, at + 2));
  if (inWord && !skipUnit) {
    const persons = u && readUnit(t, n, lex, true);
    if (persons && persons.kind === 'people') return persons;
    // 500家长, 200家属: the word is a person noun itself
    if (lex.peopleNouns.some((p) => p.length >= 2 && t.startsWith(p, at))) return { kind: 'people', unit: '人', classifier: null, clsStart: at, clsEnd: n.end, approx: n.approx };
  }
  // 分别提高4.1个和3.6个百分点: each item of a list that ends in 个百分点 counts points too
  if (u?.written === '个' && SHARED_POINTS.test(t.slice(at + 1, at + 48))) {
    return { kind: 'percent', unit: '百分点', classifier: '个百分点', clsStart: at, clsEnd: at + 1, approx: n.approx };
  }
  if (u && !skipUnit) {
    return {
      kind: u.kind,
      unit: u.unit,
      classifier: n.multiplier + u.written,
      clsStart: at,
      clsEnd: at + u.written.length,
      approx: n.approx,
      measure: u.measure || u.kind === 'money',
      place: u.place,
    };
  }
  // bare 万/亿 in a clause about funds or value: 募集公益物资3.26亿
  if (/[万亿]$/.test(n.multiplier)) {
    const [cs] = clauseAt(t, n.start);
    const clause = t.slice(cs, n.start);
    const bare = (kind: Kind, unit: string): Reading => ({ kind, unit, classifier: n.multiplier, clsStart: at, clsEnd: n.end, approx: n.approx });
    // persons counted as such beat a funds word elsewhere in the clause: 贷款受益人数超过百万,
    // 帮扶资金惠及3.1万妇女
    // (外出务工人员在1400万左右: a hedge after the bare 万 ends it too)
    const ends = !/^[\u4e00-\u9fff]/.test(t.slice(at, at + 1)) || /^(左右|上下|以上|以下)(?![\u4e00-\u9fff])/.test(t.slice(at, at + 3));
    const persons = ends ? countedPersons(clause, lex) : null;
    if (persons) return bare('people', persons);
    if (lex.peopleNouns.some((p) => t.startsWith(p, at))) return bare('people', '人');
    // (…发放生活补贴、向31.7万重度残疾人发放护理补贴: a person noun after a short modifier beats a funds word
    // earlier in the clause; 投资3000万建设妇女…: not after a verb)
    if (!matchAt(t, at, lex.verbs, (x) => x[0]) && lex.peopleNouns.some((p) => nounWithin(t, at, 3, p)) && !lex.funds.some((f) => nounWithin(t, at, 6, f))) return bare('people', '人');
    // (20个亿: the spoken form names an amount of money)
    if (lex.funds.some((f) => clause.includes(f)) || t.slice(n.start, n.end).includes('个亿')) return bare('money', '元');
    // 拨出30万专款, 1.2亿扶贫资金: a noun of money right after the bare 万
    // (4万多的“参保费”捐给…, 14万“两癌”救助金: also after 的, a quote mark, or a quoted name)
    const quoted = /^(的?)“[^“”]{1,8}”/.exec(t.slice(at, at + 12));
    const inside = at + (quoted ? quoted[1].length + 1 : (/^的[“"]?/.exec(t.slice(at, at + 2))?.[0].length ?? 0));
    const past = quoted ? at + quoted[0].length : -1;
    if (lex.funds.some((f) => /[金款费资]$/.test(f) && (nounWithin(t, inside, 2, f) || (past >= 0 && nounWithin(t, past, 2, f))))) return bare('money', '元');
    // 9.42万贫困人口, 37万贫困建档立卡妇女: a people noun standing in for the classifier
    // (为1万“春蕾”女童…: through a quoted name)
    if (lex.peopleNouns.some((p) => nounWithin(t, at, 8, p) || (past >= 0 && nounWithin(t, past, 4, p)))) return bare('people', '人');
  } else if (
    !n.chinese && !n.multiplier && n.valueMax === null && n.value >= 10 && !(n.value >= 1900 && n.value <= 2100) &&
    /[为向给对]$/.test(t.slice(Math.max(0, n.start - 1), n.start)) &&
    lex.peopleNouns.some((p) => p.length >= 2 && nounWithin(t, at, 2, p))
  ) {
    // 共为8121城乡残疾人提供培训: persons named right after a bare number, as the one served (为/向/给/对 before it)
    return { kind: 'people', unit: '人', classifier: null, clsStart: at, clsEnd: n.end, approx: n.approx };
  } else if (!n.percent && !/^[\u4e00-\u9fffA-Za-z]/.test(t.slice(at, at + 1))) {
    // 参训人数达3200, 服务人次超过5000: a count of persons named as such needs no classifier
    const unit = countedPersons(t.slice(clauseAt(t, n.start)[0], n.start), lex, false);
    if (unit) return { kind: 'people', unit, classifier: null, clsStart: at, clsEnd: n.end, approx: n.approx };
  }
  return null;
}

/** Whether `noun` starts at `at` or after at most `gap` Han characters of modifiers. */
function nounWithin(t: string, at: number, gap: number, noun: string): boolean {
  for (let k = 0; k <= gap; k++) {
    if (t.startsWith(noun, at + k)) return true;
    if (!/[\u4e00-\u9fff]/.test(t[at + k] ?? '')) return false;
  }
  return false;
}

/**
 * 西藏现有残疾人19.4万, 受益人数达3.6万, 参与人次超过10万: the persons a clause counts just before
 * a bare 万 that ends it, as a unit (人, 人次); null when the clause counts no persons there. Without
 * `nouns` only persons named as such (人数, 人次) count: a bare 3200 after 妇女 may be anything.
 */
function countedPersons(clause: string, lex: Lexicon, nouns = true): string | null {
  const counted = clause.replace(/(现有|共有|已有|有|达到|达|为|在|共|计|约|超过|逾|近|突破|增至|增加到)*$/, '');
  if (/人次(总数)?$/.test(counted)) return '人次';
  if (/人数$/.test(counted)) return '人';
  const head = counted.replace(/(人数|总数|总量)$/, '');
  return nouns && lex.peopleNouns.some((p) => head.endsWith(p)) ? '人' : null;
}

/** Whether a claim so far starts in [from, to); claims come in text order, so only the last few are looked at. */
function claimBefore(claims: Claim[], from: number, to: number): boolean {
  for (let i = claims.length - 1; i >= 0 && claims[i].span[0] >= from; i--) if (claims[i].span[0] < to) return true;
  return false;
}

const LIST_JOIN = /^[、和及与]$/;
const ORDINAL_LIST = /第[0-9一二三四五六七八九十百零〇两]+(?:[、和及与][0-9一二三四五六七八九十百零〇两]+)*[、和及与]$/;
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * 分别建成12、15、20个, 高出7.0、2.8和4.8个百分点, 30、45万元: Arabic numbers joined by 、/和/及/与 that
 * end in one with a classifier each take that classifier (and its multiplier). Only Arabic figures:
 * 三、四十人 is a guess at a range and 一、二 an enumeration. The number with its reading, or null.
 */
function sharedReading(t: string, nums: NumberMatch[], k: number, lex: Lexicon): [NumberMatch, Reading] | null {
  const n = nums[k];
  const bare = (m: NumberMatch) => !m.chinese && !m.ordinal && !m.percent && m.valueMax === null && m.multiplier === '';
  if (!bare(n) || /[第前\d.]$/.test(t.slice(Math.max(0, n.start - 1), n.start))) return null;
  for (let j = k; j < nums.length - 1 && j < k + 8; j++) {
    const m = nums[j];
    const next = nums[j + 1];
    if (next.start !== m.end + 1 || !LIST_JOIN.test(t[m.end]) || next.chinese || next.ordinal || next.valueMax !== null) return null;
    const last = readUnit(t, next, lex);
    if (!last) {
      if (!bare(next)) return null;
      continue;
    }
    if (last.kind !== 'percent' && last.clsStart !== next.end) return null; // 12、15 个: no space before the classifier
    let factor = 1;
    for (const ch of next.multiplier) factor *= MULTIPLIER[ch] ?? 1;
    return [
      { ...n, value: n.value * factor, multiplier: next.multiplier, percent: next.percent },
      { ...last, clsStart: n.end, clsEnd: n.end, approx: n.approx },
    ];
  }
  return null;
}

/** Where a list item begins: the start of a line or a clause, a bullet. */
const ITEM_START = /(^|[\n。;:!?,、●•▪◆■★▲►▶➢➤√])[ \t\u3000]*$/;

/**
 * 1.5000余名, 2.300户, 3.12个村 at the head of a list item: the item's number, a point and a count
 * of whole things (persons, households, villages), which no decimal can be; also 2.300万元, whose
 * decimals no writer ends in a zero. The count after the point, or null.
 */
function listItem(t: string, n: NumberMatch, r: Reading): NumberMatch | null {
  const m = /^(\d{1,2})[.．](\d+)/.exec(t.slice(n.start, n.end));
  if (!m || n.valueMax !== null || !ITEM_START.test(t.slice(Math.max(0, n.start - 3), n.start))) return null;
  const whole = (r.kind === 'people' || r.kind === 'count') && !r.measure && n.multiplier === '';
  const padded = m[2].length >= 3 && m[2].endsWith('0');
  if (!whole && !padded) return null;
  const after = numberAt(t, n.start + m[1].length + 1);
  return after && after.end === n.end ? after : null;
}

/** 每年举办一次, 每月走访一户, 每人参加一次: per time, or a count of times (not 每人一张存折). */
function isFrequency(t: string, clauseStart: number, numStart: number, clsStart: number, clsEnd: number): boolean {
  return /每(?:[一两二三四五六七八九十\d]*个?)?(?:年|月|周|天|日|季度?|学期|星期|次)/.test(t.slice(clauseStart, numStart)) || /^(?:次|回|场|期|轮|趟|遍)/.test(t.slice(clsStart, clsEnd));
}

/** The hedge after the last of a list of shares that goes on at `at` (、60%和40%以上), or null. */
function listHedge(t: string, at: number, lex: Lexicon): Approx | null {
  const m = /^(?:(?:[、,和及与]|以及)\s*[0-9.]+\s*%)+/.exec(t.slice(at, at + 60));
  if (!m) return null;
  return matchAt(t, at + m[0].length, lex.hedgesAfter, (x) => x[0])?.[1] ?? null;
}

/** Whether s ends with a word of not-hedges.txt (最近, 通过, 签约). */
function endsWithNotHedge(s: string, lex: Lexicon): boolean {
  return lex.notHedges.some((w) => s.endsWith(w));
}

function hedgeBefore(t: string, start: number, lex: Lexicon): Approx | null {
  // 上万人, 上千人次: 上 hedges a bare multiplier only (线上1000人次 is not a hedge)
  if (/[百千万亿]/.test(t[start] ?? '')) {
    const bare = matchBefore(t, start, lex.hedgesBeforeBare, (x) => x[0]);
    if (bare) return bare[1];
  }
  let at = start;
  let h = matchBefore(t, start, lex.hedgesBefore, (x) => x[0]);
  // 不低于每人12000元, 不超过每户5000元: a hedge before the per word hedges the amount after it
  if (!h) {
    const per = /(每(?:人|户|名|位|个|家|年|月|次)|人均|户均)$/.exec(t.slice(Math.max(0, start - 3), start));
    if (per) h = matchBefore(t, (at = start - per[0].length), lex.hedgesBefore, (x) => x[0]);
  }
  if (!h) return null;
  // 近 in 最近/附近, 过 in 通过/经过: a one-character hedge that ends a word of not-hedges.txt is none
  if (h[0].length === 1 && endsWithNotHedge(t.slice(Math.max(0, at - 3), at), lex)) return null;
  return h[1];
}

/**
 * 至少建成妇女之家30个: a floor word earlier in the clause, with no number between, hedges the
 * number; so does 约 opening the clause or after 共/累计 (累计约发放贷款1.2亿元, 共约培训妇女800人).
 */
function floorOfClause(t: string, clauseStart: number, numStart: number, lex: Lexicon): Approx | null {
  const before = t.slice(clauseStart, numStart);
  if (/(至少|最少)[^\d一二三四五六七八九十两百千万]*$/.test(before)) return 'over';
  // 最高可贷10万元, 每人最高补助5000元: a ceiling before a verb of granting
  // (最低补助1000元: a floor the same way)
  // (最高可获补贴2万元: verbs may follow one another before the amount)
  let rest = before;
  for (let k = 0; k < 3; k++) {
    const v = lex.ceilingVerbs.find((x) => rest.endsWith(x) && rest.length > x.length);
    if (!v) break;
    rest = rest.slice(0, -v.length);
    if (k > 0 && /(最高|最多)$/.test(rest)) return 'under';
    if (k > 0 && /最低$/.test(rest)) return 'over';
  }
  for (const v of lex.ceilingVerbs) {
    if (!before.endsWith(v)) continue;
    const w = before.slice(0, -v.length);
    if (/(最高|最多)$/.test(w)) return 'under';
    if (/最低$/.test(w)) return 'over';
    // 每户约获400元, 约可获得5000元: 约 before a verb of receiving hedges the amount (not 签约获得, 预约补助)
    if (w.endsWith('约') && !endsWithNotHedge(w, lex)) return 'about';
  }
  if (/(^|共|累计|合计|共计|总计|全年)约[^\d一二三四五六七八九十两百千万]{1,10}$/.test(before)) return 'about';
  return null;
}

/** 女性约占总数的四分之一, 近占三成: a hedge before 占 hedges the share the clause ends in. */
function shareHedge(t: string, clauseStart: number, numStart: number, lex: Lexicon): Approx | null {
  // (超过普通家庭月收入的30%, 不足单位总数的1%: a hedge before the base the share is of)
  const of = SHARE_HEDGE_BASE.exec(t.slice(clauseStart, numStart));
  if (of) return hedgeBefore(t, clauseStart + of.index + of[1].length, lex);
  const at = t.lastIndexOf('占', numStart - 1);
  if (at <= clauseStart || /[\d一二三四五六七八九十两]/.test(t.slice(at + 1, numStart))) return null;
  return hedgeBefore(t, at, lex);
}

/** The conferring events of a whole article (a window of a huge one is given its article's). */
export function articleEvents(article: Article): Events {
  return findEvents(article.norm, article.title, getLexicon(), article.region);
}

export function extractClaims(article: Article, _doc: Doc, events?: Events): Claim[] {
  const lex = getLexicon();
  const t = article.norm;
  const text = article.text;
  // evidence is copied as the page writes it (traditional script stays traditional)
  const shown = article.written?.text ?? text;
  const lc: LevelContext = { t, lex, region: article.region, events: events ?? articleEvents(article) };
  const claims: Claim[] = [];
  let prev: { claim: Claim; clsEnd: number; sentStart: number } | null = null;
  /** The joined title of a 分别 list whose first figure took its first part (A、B分别为120户和80户). */
  const joinedTitle = { at: -1, title: '' };
  // a period in the headline (2022年工作综述, 五年工作综述) scopes every claim that states none
  const titlePeriod = article.title ? periodOf(periodsIn(article.title, lex), 0, 0, article.title.length) : null;
  const periods = periodsIn(t, lex);

  /** Where each claim's classifier (with its hedge) ends. */
  const ends = new Map<Claim, number>();
  const nums = scanNumbers(t);
  for (let k = 0; k < nums.length; k++) {
    let n = nums[k];
    // 第3、4、5名, 第三、四期: an ordinal carries through its list
    if (ORDINAL_LIST.test(t.slice(Math.max(0, n.start - 12), n.start))) continue;
    let r = readUnit(t, n, lex);
    // 12、15和20个, 7.0、2.8和4.8个百分点: bare numbers of a list share the last one's classifier
    if (!r) {
      const shared = sharedReading(t, nums, k, lex);
      if (shared) [n, r] = shared;
    }
    // 1.5000余名妇女参加培训: a list item's number glued to the count after it
    const item = r ? listItem(t, n, r) : null;
    if (item) {
      n = item;
      r = readUnit(t, n, lex);
    }
    if (!r || isBlocked(t, n, lex)) continue;
    const next = nums[k + 1];
    const r2 = next && next.start === r.clsEnd + 1 ? readUnit(t, next, lex) : null;
    const sameUnit = !!r2 && r2.kind === r.kind && r2.unit === r.unit && n.valueMax === null && next.valueMax === null;
    // 200元-500元, 3万元至8万元: a range with its unit on both ends
    if (sameUnit && RANGE.test(t[r.clsEnd]) && next.value > n.value && !changeThenLevel(t, n, next, t[r.clsEnd])) {
      n = { ...n, end: next.end, valueMax: next.value, approx: next.approx ?? n.approx };
      r = { ...r2!, classifier: r2!.classifier };
      k++;
    } else if (sameUnit && t[r.clsEnd] === '(' && t[r2!.clsEnd] === ')' && next.value === n.value) {
      // 6.76万元(67600元): the same amount restated in brackets is one claim
      k++;
    }
    // (the item's number and point before it are no code: 1.5000余名)
    const rejected = rejectReason(t, n, r.clsStart, lex);
    const why = item && rejected === 'code' ? null : rejected;
    // in a body of short lines no line is a heading
    if (why && !(why === 'heading' && article.shortLines) && (r.kind !== 'percent' || why === 'heading' || why === 'ordinal')) continue;
    // Chinese numerals: a lone 一 is an article (一批, 一场行动) unless it is a frequency (每年举办一次)
    const [sentStart, sentEnd] = sentenceAt(t, n.start);
    const [clauseStart, clauseEnd0] = clauseAt(t, n.start);
    // a number broken by a page break ("100000\n\n余人次") carries its clause past the break
    const clauseEnd = r.clsEnd > clauseEnd0 ? clauseAt(t, r.clsEnd - 1)[1] : clauseEnd0;
    // (每一个, 每一位: 一 right after 每 is "every", not a frequency; 为每个困难职工办了一张存折: one thing
    // for each person is an article too: a frequency is per time, or counts times)
    if (n.chinese && n.value === 1 && n.valueMax === null && (!/每/.test(t.slice(clauseStart, n.start)) || t[n.start - 1] === '每' || !isFrequency(t, clauseStart, n.start, r.clsStart, r.clsEnd))) continue;
    if (n.chinese && isOnePersonDescription(t, r.clsEnd, lex)) continue;
    if (r.kind !== 'people' && isPersonEpithet(t, r.clsEnd)) continue;
    if (isNumeralName(t, n, r.clsStart, r.clsEnd, article.tokens, lex)) continue;
    if (isThreshold(t, r.clsEnd, n.start, r.kind, lex, r.measure)) continue;
    // 州及四县妇联, 两区政府: places numbered before their bodies name the bodies, they count nothing
    if (r.place && lex.conferringBodies.some((b) => t.startsWith(b, r!.clsEnd))) continue;
    if (isMeasurement(t, n, r.clsStart, r.clsEnd, lex) || isFamilyDetail(t, n, r.clsEnd, lex)) continue;

    // (近3.7万余人, 约20多万元: a hedge before the number and another after it; the one read first stands)
    let approx = hedgeBefore(t, n.start, lex) ?? r.approx ?? floorOfClause(t, clauseStart, n.start, lex) ?? (r.kind === 'percent' ? shareHedge(t, clauseStart, n.start, lex) : null);
    let clsEnd = r.clsEnd;
    // 5000元/人, 300元/月, 2元/小时, 3元每小时: a per-unit base written after the classifier (not 100名每人
    // 2000元: a 每 before another number opens that number's base)
    const slashPer =
      /^\/(人|户|月|年|次|天|周|场|期|小时)/.exec(t.slice(clsEnd, clsEnd + 4)) ??
      (r.kind === 'money' ? /^每(人|户|月|年|次|天|周|小时)(?![\s0-9０-９一二两三四五六七八九十百千万每])/.exec(t.slice(clsEnd, clsEnd + 5)) : null);
    const after =
      matchAt(t, clsEnd, lex.hedgesAfter, (x) => x[0]) ??
      (r.kind === 'percent' && /[%成]/.test(t[clsEnd - 1]) ? matchAt(t, clsEnd, lex.hedgesAfterPercent, (x) => x[0]) : null);
    if (after && !approx) {
      approx = after[1];
      clsEnd += after[0].length;
    }
    // 比例分别在70%、60%和40%以上: after 分别 the hedge that closes a list of shares hedges each of them
    // (not a whole 100%: 分别达到100%和95%以上 hedges the share that can still grow)
    if (!after && !approx && r.kind === 'percent' && /分别/.test(t.slice(clauseStart, n.start))) {
      const hedge = listHedge(t, clsEnd, lex);
      approx = hedge === 'over' && n.value === 100 && r.unit === '%' ? null : hedge;
    }

    let kind: Kind = r.kind;
    let honor: Honor | null = null;
    if ((kind === 'count' || kind === 'people') && r.classifier && canBeHonor(r.classifier.replace(/^[万亿千百十]+/, ''), lex)) {
      honor = countedHonor(lc, n, clsEnd, clauseStart, clauseEnd, sentStart, sentEnd, prev, breakdownTotal(t, claims, sentStart, n.start, clauseStart, clauseEnd, lex), r.unit);
      // 获得省级以上表彰80余次: times count honors only when what is counted is the honoring itself
      // (120人次获得各级表彰: person-times count the honored, not the honorings)
      const times = /(?<![人户])次$/.test(r.classifier);
      if (honor && times && !(honor.title === null && TIMES_HONORED.test(t.slice(clauseStart, n.start)))) honor = null;
      // 每两年表彰一次: a frequency of conferring is a count
      if (honor && times && /每/.test(t.slice(clauseStart, n.start))) honor = null;
      if (honor) kind = 'honor';
      // 分别有3户、46户家庭荣获全国和青海省“最美家庭”称号: one level word of a list for each figure of the list, in order
      if (honor && /分别/.test(t.slice(sentStart, sentEnd))) {
        const own = respectiveLevel(t, sentStart, sentEnd, n.start, lex, lc.region);
        if (own) honor = { ...honor, level: own };
        // (区级三八红旗手(集体)、巾帼文明岗分别达到860个和210个: and one title of a joined list for each; the later
        // items took the first item's title, the joined one is kept from it)
        const item = respectiveItem(t, sentStart, sentEnd, n.start);
        const joined = item && item.i > 0 && joinedTitle.at === item.items[0] ? joinedTitle.title : honor.title;
        const parts = joined?.split('、') ?? [];
        if (item && parts.length >= 2 && item.items.length === parts.length) {
          if (item.i === 0) Object.assign(joinedTitle, { at: n.start, title: joined });
          honor = { ...honor, title: parts[item.i] };
        }
      }
    }

    // the subject starts after the previous claim of the same clause: 最美家庭150户、五好文明家庭80户
    const subjectFrom = prev && prev.clsEnd > clauseStart && prev.clsEnd <= n.start ? prev.clsEnd : clauseStart;
    const subject =
      honor?.title ??
      subjectOf(t, article.tokens, subjectFrom, n.start, clsEnd, clauseEnd, lex, { kind, unit: r.unit, clauseStart, sentStart, earlier: claims });
    const clause = text.slice(clauseStart, clauseEnd).trim();
    const [paraStart] = paragraphAt(t, n.start);
    const claim: Claim = {
      kind,
      value: n.value,
      valueMax: n.valueMax,
      unit: r.unit,
      classifier: r.classifier,
      approx,
      // a 每X scopes its sentence until a clause with a claim of its own: 每村3至5人增加到9至15人,新增执委2.3万名
      // (每月拿出退休金的70%,共为38名学子捐款26万元: the 每月 stays with the share's clause)
      // (a share or rate is no amount per unit: 人均收入年增速10.84% has no per; a share given each
      // time its own clause names, 每月拿出退休金的70%, is per that time)
      per: kind === 'percent' ? (/每/.test(t.slice(clauseStart, n.start)) ? perOf(t, clauseStart, n.start) : null) : slashPer?.[1] ?? perOf(t, claimBefore(claims, sentStart, clauseStart) ? clauseStart : sentStart, n.start),
      honor,
      subject,
      category: kind === 'honor' ? 'honors' : categoryOf(subject, clause, lex),
      period: periodOf(periods, sentStart, paraStart, n.start) ?? titlePeriod,
      status: 'result',
      partOf: null,
      // (a list item's number is no part of its clause: 1.5000余名妇女参加培训 → 5000余名妇女参加培训)
      text: evidence(shown, ...asideOf(t, item && /^\s*\d{1,2}[.．]$/.test(t.slice(clauseStart, n.start)) ? n.start : clauseStart, clauseEnd, n.start, lex), n.start, clsEnd),
      span: [n.start, n.end],
    };
    // 评出最美家庭、文明家庭各50户: 各 gives each title its own count
    const titles = honor?.title?.split('、') ?? [];
    const eachMarked = /各\s*$/.test(t.slice(Math.max(0, n.start - 3), n.start));
    const each = eachMarked && titles.length <= 1 ? eachOf(t, clauseStart, n.start, lc) : [];
    if (titles.length > 1 && eachMarked) {
      for (const title of titles) claims.push({ ...claim, honor: { ...honor!, title }, subject: title });
    } else if (each.length > 1) {
      // 枣阳市、宜城市各2户, 推荐全国、省级…候选户各10户: 各 gives each place or level of its list its own count
      for (const level of each) claims.push(claim.honor && level ? { ...claim, honor: { ...claim.honor, level } } : { ...claim });
    } else claims.push(claim);
    prev = { claim, clsEnd, sentStart };
    ends.set(claim, clsEnd);
  }

  const series = new Set(uncountedInSeries(lc, claims, ends));
  for (const h of [...uncountedHonors(lc), ...prizeHonors(lc), ...rosterHonors(lc), ...series]) {
    const [cs, ce] = clauseAt(t, h.start);
    const [sentStart] = sentenceAt(t, h.start);
    const [paraStart] = paragraphAt(t, h.start);
    // 共有100个像X这样的家庭被命名为“…”: the count before the verb already holds this honor
    if (!series.has(h) && claims.some((c) => c.kind === 'honor' && c.value !== null && c.span[0] >= cs && c.span[0] < h.start)) continue;
    // 授予…10户家庭“最美家庭”荣誉称号,并同时授予“五好文明家庭”称号: one count, two titles
    // (not after a semicolon, where a clause of its own confers on someone it names: …为“巾帼文明岗”;授予X“…”称号)
    if (h.continues && !h.recipient) {
      const before = claims.filter((c) => c.kind === 'honor' && c.value !== null && c.span[0] >= sentStart && c.span[0] < h.start).pop();
      if (before?.honor?.title && !before.honor.title.split('、').includes(h.title) && !t.slice(before.span[1], h.start).includes(';')) {
        before.honor = { ...before.honor, title: `${before.honor.title}、${h.title}` };
        before.subject = before.honor.title;
        continue;
      }
    }
    claims.push({
      kind: 'honor',
      value: null,
      valueMax: null,
      unit: null,
      classifier: null,
      approx: null,
      per: null,
      honor: { title: h.title, level: h.level, recipient: h.recipient },
      subject: null, // the spec gives a subject to counted honors only (their title)
      category: 'honors',
      period: periodOf(periods, sentStart, paraStart, h.start) ?? titlePeriod,
      status: 'result',
      partOf: null,
      text: evidence(shown, cs, Math.max(ce, h.end), h.start, h.end),
      span: [h.start, h.end],
    });
  }
  claims.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const done = targetParts(linkBreakdowns(applyStatus(claims, article), article), article);
  // (村（社区）集体: the subject as the page writes it, not as width folding reads it)
  if (!article.written) return t === text ? done : done.map((c) => asWrittenClaim(c, t, text, null));
  const written = article.written.text;
  // simplified → written characters of this article, for what is not copied from its place
  const inverse = inverseOf({ written, simplified: text });
  return done.map((c) => asWrittenClaim(c, t, written, inverse));
}

/**
 * 10位三八红旗手标兵、十佳妇女之家、578位三八红旗手…获得表彰: an uncounted title standing alone between two counted
 * honors of one 、 series is an honor of its own, at their level when they share one.
 */
function uncountedInSeries(lc: LevelContext, claims: Claim[], ends: Map<Claim, number>): TitleHit[] {
  const { t, lex, region } = lc;
  const out: TitleHit[] = [];
  for (let k = 1; k < claims.length; k++) {
    const [a, b] = [claims[k - 1], claims[k]];
    const aEnd = ends.get(a);
    if (a.kind !== 'honor' || b.kind !== 'honor' || a.value === null || b.value === null || aEnd === undefined) continue;
    const gap = t.slice(aEnd, b.span[0]);
    const m = /^(?:[^、,;。]{0,20}?)、([^、,;。\d“”]{2,16})、$/.exec(gap);
    if (!m || !isTitleLike(m[1], lex) || clauseAt(t, aEnd)[0] !== clauseAt(t, b.span[0])[0]) continue;
    // (the nouns of what a count counts are no item of their own: 10位上海市三八红旗手标兵提名奖获得者)
    const at = aEnd + gap.lastIndexOf(m[1]);
    const title = cleanTitle(m[1], lex, region);
    if (!title || isGenericHonor(m[1], lex, region)) continue;
    const level = highest(levelMentions(t, at, at + m[1].length, lex, region).map((x) => x.level)) ??
      (a.honor?.level === b.honor?.level ? a.honor?.level ?? null : null);
    out.push({ start: at, end: at + m[1].length, title, level, recipient: null, continues: false });
  }
  return out;
}

/**
 * A claim with its subject, title, recipient and classifier as the page writes them (traditional script, full-width
 * brackets): each (each title of a joined list) is looked up in the sentence of the claim, nearest
 * before the number first, and copied from the written text at the same place; what the sentence does
 * not hold goes character by character, as the article writes each character elsewhere (traditional
 * pages; a simplified page keeps it as read).
 */
function asWrittenClaim(c: Claim, t: string, written: string, inverse: Map<string, string> | null): Claim {
  const [ss, se] = sentenceAt(t, c.span[0]);
  const piece = (x: string): string => {
    let k = t.lastIndexOf(x, c.span[0]);
    if (k < ss) k = t.indexOf(x, c.span[0]);
    if (k >= ss && k + x.length <= se) return written.slice(k, k + x.length);
    if (!inverse) return x;
    let out = '';
    for (const ch of x) out += inverse.get(ch) ?? ch;
    return out;
  };
  // (titles joined with 、 are copied one by one)
  const copy = (x: string | null): string | null => (x ? x.split('、').map(piece).join('、') : x);
  const honor = c.honor && { ...c.honor, title: copy(c.honor.title), recipient: copy(c.honor.recipient) };
  // the classifier as written (萬人次, 個); `unit` stays the canonical, simplified one
  const classifier = c.classifier && inverse ? [...c.classifier].map((ch) => inverse.get(ch) ?? ch).join('') : c.classifier;
  return { ...c, subject: copy(c.subject), honor, classifier };
}

/**
 * The clause [s, e) without a bracketed breakdown that is not the claim's own: 下拨资金135万元(其中
 * 省总工会拨付20万元) → the total's clause ends at the bracket, the part's clause is the bracket.
 */
function asideOf(t: string, s: number, e: number, a: number, lex: Lexicon): [number, number] {
  for (let o = t.indexOf('(', s); o >= 0 && o < e; o = t.indexOf('(', o + 1)) {
    if (!lex.breakdownMarkers.some((m) => t.startsWith(m, o + 1))) continue;
    const c = t.indexOf(')', o);
    const close = c >= 0 && c < e ? c : e;
    if (a < o) return [s, o];
    if (a < close) return [o + 1, close];
  }
  return [s, e];
}

/** Evidence clauses are at most about this long: a line without punctuation must not make
 * every claim on it carry hundreds of characters. */
const EVIDENCE = 200;
const SOFT_BREAK = /[、\s]/;

/** The clause [s, e) of the claim at [a, b), cut to ≈ EVIDENCE characters around it when longer:
 * centred on the claim, at a soft break (、, space) near each end when there is one. */
function evidence(text: string, s: number, e: number, a: number, b: number): string {
  if (e - s > EVIDENCE) {
    const spare = Math.max(0, EVIDENCE - (b - a));
    let ws = Math.max(s, a - (spare >> 1));
    const we = Math.min(e, b + spare - (a - ws));
    ws = Math.max(s, Math.min(ws, we - EVIDENCE));
    let from = ws;
    let to = we;
    const slack = spare >> 3;
    for (let i = ws; i < Math.min(a, ws + slack); i++) {
      if (SOFT_BREAK.test(text[i])) {
        from = i + 1;
        break;
      }
    }
    for (let i = we - 1; i >= Math.max(b, we - slack); i--) {
      if (SOFT_BREAK.test(text[i])) {
        to = i;
        break;
      }
    }
    s = from;
    e = to;
  }
  // (a list item's bullet is no part of the clause: ● 发放贷款1.8亿元)
  const clause = text.slice(s, e).replace(/\s*\n\s*/g, '').trim().replace(/^(?:[●•▪◆◇■□★☆▲△►▶➢➤✓√◎○]|\d{1,2}[.、)）](?!\d)|[(（]\d{1,2}[)）])\s*/, '');
  // (the close of a bracket the clause does not open is no part of it: 自筹资金183万元))
  return /[)）]$/.test(clause) && !/[(（]/.test(clause) ? clause.slice(0, -1) : clause;
}

/**
 * The items 各 before the number gives a count each: places joined by 、/和 right before it (枣阳市、宜城市各2户), or
 * a run of level words in its clause (推荐全国、省级“最美家庭”候选户各10户): one entry per item, its level where a
 * level word names it (else null), or [] when 各 follows no such list.
 */
function eachOf(t: string, clauseStart: number, at: number, lc: LevelContext): (HonorLevel | null)[] {
  const lead = t.slice(clauseStart, at).replace(/各\s*$/, '').replace(PART_LEAD, '');
  const places = lead.split(/、|和|及/);
  if (places.length > 1 && places.every((p) => /^[\u4e00-\u9fff]{2,12}$/.test(p) && regionOfName(p, lc.region)?.name === p)) return places.map(() => null);
  const ms = levelMentions(t, clauseStart, at, lc.lex, lc.region);
  for (let a = 0; a + 1 < ms.length; a++) {
    let b = a;
    while (b + 1 < ms.length && /^(、|和|及|与)$/.test(t.slice(ms[b].end, ms[b + 1].start))) b++;
    if (b > a) return ms.slice(a, b + 1).map((m) => m.level);
  }
  return [];
}

/** 是/成为/作为 … right before the number of a 是…的榜样 predicate. */
const EXEMPLAR_BEFORE = /(是|成为|作为|堪称)[^,;。!?是]{0,6}$/;
/** …家庭学习的榜样, …妇女的楷模: the predicate noun of an example set for others. */
const EXEMPLAR_AFTER = /^[^,;。!?“”]{0,12}?(学习|效仿)?的(榜样|楷模|典范|标杆|表率)/;
/** 户“全国最美家庭”代表, 名三八红旗手代表: the title names whom the counted represent (not 代表大会, 人大代表 as a title's head). */
const REPRESENTATIVES = /^(?:“[^”]{2,20}”|[^,;。!?“”]{2,14}?)代表(?!大会|团|队|作品|性)/;
/** Whether a counted item is an honor, and which. */
/**
 * The total of a 其中 list the number stands in (968户家庭榜上有名,其中“和谐家庭”121户): the last claim before 其中 in
 * the sentence. (…,其中省级最美家庭45户;我市有2个集体受到全国妇联表彰: past a semicolon, a clause with a praise of
 * its own is a new statement, no part of the list.)
 */
function breakdownTotal(t: string, claims: Claim[], sentStart: number, at: number, clauseStart: number, clauseEnd: number, lex: Lexicon): { claim: Claim; marker: number } | null {
  const marker = t.lastIndexOf('其中', at);
  if (marker < sentStart) return null;
  if (t.slice(marker, clauseStart).includes(';') && praise(lex).any.test(t.slice(at, clauseEnd))) return null;
  const claim = claims.filter((c) => c.span[0] >= sentStart && c.span[1] <= marker).pop();
  return claim ? { claim, marker } : null;
}

/** A title of a post or a collective earned by the work that 创建 names (巾帼文明岗, 青年文明号: honor-words.tsv). */
function earnedTitle(s: string, lex: Lexicon): boolean {
  return (lex.honorWords.get('created-titles') ?? []).some((h) => s.includes(h));
}

let aidRe: RegExp | null = null;
/** …救助的, …资助的 (honor-words.tsv `aid-after`): an object that names aid received, as a relative clause. */
function aidReceived(object: string, lex: Lexicon): boolean {
  aidRe ??= new RegExp(`(${wordsAlt(lex, 'aid-after')})的`);
  return aidRe.test(object);
}

/** 以金牌68枚, 获一等奖2个, 在…大赛中获得金奖: the verb of winning and the prize after it, at the end of a phrase. */
const WON_PRIZE = /(?:以|获得了?|夺得|摘得|共获|斩获|荣获|获)([^以获夺摘斩荣]{2,8})$/;

const AFTER_QUOTE_VERB = /(?<=”)(作为|成为|被|是|并|在|受)[^“”]*$/;

function countedHonor(
  lc: LevelContext,
  n: NumberMatch,
  clsEnd: number,
  clauseStart: number,
  clauseEnd: number,
  sentStart: number,
  sentEnd: number,
  prev: { claim: Claim; clsEnd: number; sentStart: number } | null,
  total: { claim: Claim; marker: number } | null = null,
  unit: string | null = null,
): Honor | null {
  const { t, lex, region } = lc;
  // 是全市120万户家庭学习的榜样: a count inside a 是…的榜样 predicate counts those who learn from the
  // honored, it was not honored itself
  if (EXEMPLAR_BEFORE.test(t.slice(clauseStart, n.start)) && EXEMPLAR_AFTER.test(t.slice(clsEnd, clauseEnd))) return null;
  // 一、国家级表彰(3个集体、2名个人), 二、海南省三八红旗手(100名): the counts closing a roster's section heading
  // are honors of the level and title the heading names
  const heading = countedInHeading(t, n.start);
  if (heading) {
    const words = t.slice(heading.start, heading.end).replace(/^[一二三四五六七八九十]+[、.．]\s*/, '');
    const level = highest(levelMentions(words, 0, words.length, lex, region).map((m) => m.level));
    const titled = isTitleLike(words, lex);
    if (level || titled || /表彰|荣誉|称号/.test(words)) {
      return { title: titled && !isGenericHonor(words, lex, region) ? cleanTitle(words, lex, region) : null, level, recipient: null };
    }
  }
  // 109个家庭获市级表彰, 39位最美女性获得了“最美职工”…
  const earned = honorAfter(lc, clsEnd, clauseEnd, sentStart, n.start);
  if (earned) return earned;
  const ahead = sharedVerbAhead(lc, n.start, clsEnd, clauseStart, clauseEnd, sentEnd);
  if (ahead) return ahead;
  const held = heldHonor(lc, clauseStart, n.start, clsEnd);
  if (held) return held;
  // 2人被推荐参评湖北省五一劳动奖章, 其中十户家庭被推荐参评…: those put forward in their own clause were
  // nominated, not honored, whatever the list before them conferred (spec: a nomination is a count)
  for (let k = clsEnd; k < Math.min(clauseEnd, clsEnd + 7); k++) {
    if (matchAt(t, k, lex.verbs, (x) => x[0])?.[1] === 'nominate') return null;
  }
  // 五户“全国最美家庭”代表分别以…为主题, 3名三八红旗手代表作了发言: representatives of the honored, counted
  // where no verb of conferring stands in their own clause, are persons or households who speak, not an honor
  // (5名受表彰代表作了交流发言: the praise that describes them, before 代表, confers nothing here)
  const reps = REPRESENTATIVES.exec(t.slice(clsEnd, clauseEnd));
  if (reps) {
    const own = governingVerb(t, sentStart, clauseStart, n.start, lex);
    if (!(own?.cls === 'confer' && own.end >= clauseStart) && !praise(lex).any.test(t.slice(clsEnd + reps[0].length, clauseEnd))) return null;
  }
  // the parts of a total after 其中 count what it counts: built facilities stay counts, even with a level
  // (扶建示范基地26个,其中:市级示范基地1个), the honored stay honors (…榜上有名,其中“和谐家庭”121户)
  if (total && total.claim.kind !== 'honor' && total.claim.kind !== 'money' && total.claim.unit === unit &&
    governingVerb(t, sentStart, total.marker, n.start, lex)?.cls !== 'confer') return null;
  const honoredTotal = total?.claim.kind === 'honor' ? total : null;
  // …巾帼建功标兵等200人参加了活动: a group that took part is not an honor
  const next = t.slice(clsEnd, clsEnd + 6).replace(/^(的|了|共|均|都|先后|积极)+/, '');
  if (lex.attendVerbs.some((v) => next.startsWith(v))) return null;

  const samePrev = prev && prev.sentStart === sentStart && prev.clsEnd <= n.start ? prev : null;
  const itemFrom = Math.max(clauseStart, samePrev ? samePrev.clsEnd : sentStart);
  let found = governingVerb(t, sentStart, itemFrom, n.start, lex);
  // 命名王建设家庭等100户家庭为…: a verb inside the named example before X等 (a person's name) governs nothing;
  // the verb before the example does
  if (found && found.cls !== 'confer' && /[\u4e00-\u9fff]/.test(t[found.start - 1] ?? '') && /^[\u4e00-\u9fff]{0,6}等\s*$/.test(t.slice(found.end, n.start))) {
    const outer = governingVerb(t, sentStart, itemFrom, found.start, lex);
    if (outer?.cls === 'confer') found = outer;
  }
  // 获得资金620万元,在全省22个旗县…: a verb whose object was an amount of money or a share does not
  // reach past it to a later count
  if (found && samePrev && found.end <= samePrev.clsEnd && (samePrev.claim.kind === 'money' || samePrev.claim.kind === 'percent')) found = null;
  // (…5个“妇女之家”被评为示范“妇女之家”;镇妇联执委和村妇联执委共216名: after a semicolon a clause that opens with a
  // noun of its own, no title nor X等 of a list, is a new statement; the verb before it governs it no more)
  const lead = t.slice(clauseStart, n.start).trim();
  if (found && found.end <= clauseStart && /;/.test(t.slice(found.end, clauseStart)) && /^[\u4e00-\u9fff]{2}/.test(lead) && !/^(以及|及|和|还有)/.test(lead) && !/等$/.test(lead) && !isTitleLike(lead, lex)) found = null;
  const prevHonor = samePrev?.claim.kind === 'honor' ? samePrev.claim : null;
  // a verb before the previous item governs the whole list: that item's reading carries over
  // …等55个优秀青年志愿服务集体,以及…等97名优秀青年志愿者: a coordinated item shares the honor before it
  // (授予A等66名个人为“…”,B等33个集体为“…”: an X等N item after a comma is coordinated too)
  const listCarry =
    !!(found && prevHonor && found.end <= samePrev!.clsEnd) &&
    (/^(以及|及|和|还有)/.test(t.slice(clauseStart, clauseStart + 2)) || /^[^,;。、]{2,40}等\s*$/.test(t.slice(clauseStart, n.start)) ||
      // (命名10个团支部为“…”,20名团员为“…”: a count opening its clause, named 为 a title, continues the list)
      (t.slice(clauseStart, n.start).trim() === '' && NAMED_AS.test(t.slice(clsEnd, clauseEnd))));
  let verb = found && prevHonor && found.end <= samePrev!.clsEnd ? { ...found, cls: 'confer' as const } : found;
  // a part of an honored total is honored, unless a verb after 其中 says otherwise
  const carried = !!honoredTotal && !(found && found.start > honoredTotal.marker);
  if (carried) verb = { start: honoredTotal!.marker, end: honoredTotal!.marker + 2, word: '其中', cls: 'confer' };
  // (设立了一等奖1名: a prize set up for a contest is still won; a built facility is a count)
  // (累计创建各级巾帼文明岗216个, 创建青年文明号12个: a title of the honor list, no facility, is won by the
  // work that 创建 names; 创建示范基地10个 built facilities)
  const builtTitle = verb?.cls === 'build' && lex.honorWords.get('earned-by-creating')?.includes(verb.word) === true &&
    earnedTitle(t.slice(verb.end, clsEnd + firstListItem(t.slice(clsEnd, clauseEnd)).length), lex);
  if ((verb?.cls === 'build' && !builtTitle && !namesPrize(t.slice(verb.end, n.start), lex)) || verb?.cls === 'nominate') return null;
  if (builtTitle) verb = { ...verb!, cls: 'confer' };
  const spanFrom = Math.max(itemFrom, verb && verb.end <= n.start ? verb.end : itemFrom);
  // (获得各级荣誉逾千项: a hedge before the number is no part of what is named)
  let span = t.slice(spanFrom, n.start).replace(/^[、,;\s]+/, '').replace(/^(了|出|有|的|为|对)+/, '');
  const hedge = lex.hedgesBefore.find(([h]) => span.endsWith(h) && span.length > h.length);
  if (hedge) span = span.slice(0, -hedge[0].length);
  // the noun after a number-first item: 22个巾帼文明岗, 表彰了200个省巾帼文明岗
  // (up to a next counted item joined by 和: …等20个“三八红旗集体”和王某等50名“三八红旗手”)
  // (40户“十大文明家庭”作为家庭典范: a verb after the closing quote ends the title there)
  const tail = firstListItem(t.slice(clsEnd, clauseEnd)).replace(NEXT_ITEM, '').replace(NEXT_ACT, '$1').replace(AFTER_QUOTE_VERB, '');
  // 授予文丽莉等25名同志“三八红旗手”称号: X等N is one of N recipients; the title follows the count
  // (评选五好家庭、最美家庭等50户: titles before 等 with nothing after the count are the titles themselves)
  const examples = /等\s*$/.test(span) && !(tail.trim() === '' && isTitleLike(span.replace(/等\s*$/, ''), lex));
  // 12个先进集体和40名先进个人: 先进集体和 is the noun of the item before, joined to this one
  const joined = !!samePrev && /^(?:“[^”]{1,20}”[^、“”]{0,4}?|[^、“”]{1,12}?)([和及与]|以及)$/.test(span);
  const rest = t.slice(clsEnd, clauseEnd);
  // 省妇联、省文明办等7家单位联合开展寻找“最美家庭”活动: the counted organise together, they are not honored
  if (praise(lex).joint.test(rest)) return null;
  const pr = praise(lex);
  // (20名优秀妇女干部受到表彰: a title of some length between the count and the praise)
  const titledPraise = pr.titled.exec(rest);
  let praised = pr.after.test(rest) || (!!titledPraise && isTitleLike(titledPraise[1], lex)) || pr.after.test(afterRecipients(rest)) || pr.list.test(rest) || praisedSeries(rest, lex) ||
    praisedTitledSeries(t.slice(clsEnd, sentEnd), lex);
  // 团市委对8个单位团组织进行表彰: the praising body and 对 stand before the praised, who follow the count
  // (对20名优秀妇女干部进行了表彰: after 对 the praised may be named at length before 进行表彰)
  // (对贡献突出的12名志愿者…: a 的-clause that describes them may stand before the count)
  // (对“2·23”抢险工作中2个先进集体…: or a scope closed by 中)
  // (对2023年度12家…: or the year of the praise)
  // (为上期10名“优秀学员”颁发了荣誉证书: 为 before those handed a certificate, an issue word between)
  // (对…成绩突出的于都县妇联等12个单位: and a named one of them with 等 before the count)
  const toObject = /[对向为](?:[^,;。对向为]{1,20}的|[^,;。对向为]{1,16}中|\s*(?:\d{4}年度?|本年度|上年度|年度|今年|去年|全年|上期|本期|首期|本届|上届|全体))?(?:[^,;。对向为的]{1,12}?等)?\s*$/.test(t.slice(spanFrom, n.start));
  // 对38个单位授予自治区五一劳动奖状: the title conferred on the object of 对 follows 授予
  const conferredOn = toObject ? /^([^,;。]{0,14}?)(授予|颁发)([^,;。]{2,30})/.exec(rest) : null;
  const objectTitle = conferredOn && isTitleLike(conferredOn[3], lex) ? conferredOn : null;
  const objectOfPraise = toObject && (praised || pr.ofObject.test(rest) || !!objectTitle);
  praised ||= objectOfPraise;
  // (会议对2023年度花木街道“最美家庭”30户进行了表彰: the praised are named after 对, whoever praises before it)
  if (praised && !objectOfPraise) {
    const k = Math.max(span.lastIndexOf('对'), span.lastIndexOf('向'));
    if (k >= 0 && /“/.test(span.slice(k + 1))) span = span.slice(k + 1);
  }
  // (全年共有15个…: a span of time and scope words before the number names nothing)
  // 5家单位23名职工27个集体受到表彰: the noun of the item before, with the next count right after it, is no
  // title of this item
  const joinedBare = !!samePrev && /^[\u4e00-\u9fff]{1,4}$/.test(span) && t.slice(samePrev.clsEnd, n.start) === span &&
    (pr.after.test(rest) || pr.list.test(rest));
  // 在全省2个特等奖中, 每年储备190户县级以上“最美家庭”: with no verb to govern it, a count whose own noun is a
  // prize or a leveled quoted title counts that honor (the scope before the count is the prize's level)
  const ownVerb = !!verb && verb.end >= clauseStart;
  const prizeHead = ownVerb ? undefined : lex.prizes.filter((p) => p.length >= 2 && tail.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  const leveledHead = !ownVerb && /^[^,;。“”、]{1,6}?级(以上)?“[^”]{2,20}”/.test(tail) && levelMentions(tail, 0, 6, lex, region)[0]?.start === 0;
  // (全国妇联授予上海市26名女性“全国三八红旗手”称号: a place alone before the count, a quoted title after it, says where
  // the recipients are; the title follows)
  const placedRecipients = ownVerb && /^[^,;。]{0,14}“[^”]{2,20}”/.test(tail) && /^[\u4e00-\u9fff]{2,10}$/.test(span.trim()) &&
    regionOfName(span.trim(), region)?.name === span.trim();
  const numberFirst = !!prizeHead || leveledHead || span.trim() === '' || isGlueOnly(span) || examples || joined || joinedBare || objectOfPraise || placedRecipients || (!!samePrev && endsWithListSeparator(t.slice(spanFrom, n.start)));
  // 命名X等8个乡镇为“…”, 授予X等10名同志全国三八红旗手称号: the noun after N names the recipients
  // (乡镇, 同志), not a level or the title; the title follows it (a quote, 为, or a level word)
  // 授予20个集体和50名个人全国三八红旗集体和全国三八红旗手称号: the titles after the last joined item are shared
  const listFrom = Math.max(clauseStart, verb && verb.end <= n.start ? verb.end : clauseStart);
  const sharedAt = numberFirst && !examples ? sharedTitlesAt(t, listFrom, clauseEnd) : -1;
  const shared = sharedAt > n.start;
  const objectTitleAt = objectTitle ? clsEnd + objectTitle[1].length + objectTitle[2].length : -1;
  const titleFrom = prizeHead ? clsEnd : objectTitle ? objectTitleAt : shared ? sharedAt : numberFirst ? titleStart(t, clsEnd, tail, examples, lex, region) : clsEnd;
  const titleEnd = prizeHead ? clsEnd + prizeHead.length : objectTitle ? objectTitleAt + objectTitle[3].length : shared ? clauseEnd : clsEnd + tail.length;
  const recipientsFirst = titleFrom > clsEnd;
  let named = numberFirst ? t.slice(titleFrom, titleEnd) : span;
  // 麒麟区代表团以金牌68枚: the winners and 以 (or 获得, 夺得, 获, 斩获) before a prize are no part of it, nor is
  // their place its level (我市选送的项目获一等奖2个: the contest's level, not 我市)
  const won = numberFirst ? null : WON_PRIZE.exec(named);
  const wonPrize = !!won && lex.prizes.some((p) => p.length >= 2 && won[1].endsWith(p));
  if (wonPrize) named = won![1];
  // 公布了2023年度“最美家庭”名单(共30户): the count of a list in brackets counts the title quoted before 名单
  const listed = /(“[^“”]{2,20}”)名单\s*\(\s*(?:共|计|共计)?\s*$/.exec(named);
  if (listed) named = listed[1];
  // 40名先进个人受到表彰, 12个集体和…受到表彰: the noun up to the next item or the praise
  if (numberFirst && !objectTitle && pr.any.test(t.slice(clsEnd, clauseEnd))) {
    named = named.replace(/([和及与]|以及)\s*[0-9一二三四五六七八九十两].*$/, '').replace(/(?<=[\u4e00-\u9fff])[0-9一二三四五六七八九十两]+[余多]?[个名位户项家].*$/, '').replace(pr.cut, '');
  }
  const deng = lastListDeng(span);
  // (省、市“慈母贤妻孝女”705人: a quoted name right after a level word is a title, 省/自治区“最美家庭”; not a facility)
  // (…六安市“某助学金”三项助学金: a noun after the count names what it counts, the quote is no title of it)
  const leveledQuote = /“[^”]{2,20}”\s*$/.test(named) && rest.trim() === '' && !namesFacility(named, lex) &&
    levelMentions(named, 0, named.length, lex, region).some((m) => named[m.end] === '“');
  // (对12家“爱心企业”进行了表彰: the praised named in quotes after their count bear that title)
  // (also with the recipients' noun after the quote: 10户“巾帼创业之星”家庭)
  const titleLike = isTitleLike(named, lex) || leveledQuote || (objectOfPraise && quotedPraised().test(named.trim()));
  // 全国巾帼文明岗6个,省级8个: an item of only a level word continues the list before it
  const elliptical =
    // (…分别为120户、86户和64户: the last item joined by 和)
    prevHonor && tail.trim() === '' && /^(?:[、,;]|和|及|以及)?\s*$/.test(span.replace(/[\u4e00-\u9fff]*级$/, '').replace(/^(全国|全省|省|市|县)$/, ''));
  // 区优秀妇女工作者12名受到表彰: the count is of those honored (praised, above)
  // …获省以上表彰,10余名妇女组织和个人被市妇联表彰: the praise after the item governs it, not a verb of an earlier clause
  if (praised && verb && verb.end < clauseStart && !listCarry) verb = null;
  // without a verb of conferring, only a titled item can be an honor: most counts stop here
  if (verb?.cls !== 'confer' && !titleLike && !elliptical && !praised) return null;
  // 获全国妇联“母亲健康快车”救助的患病妇女186名: those described as having received aid were counted, not honored
  if (verb?.cls === 'confer' && aidReceived(t.slice(verb.end, n.start), lex)) return null;
  const mentions = prizeHead
    ? levelMentions(t, spanFrom, n.start, lex, region)
    : examples || recipientsFirst
    ? levelMentions(t, titleFrom, titleEnd, lex, region)
    : numberFirst
      ? levelMentions(t, clsEnd, clsEnd + tail.length, lex, region).filter((m) => m.start === clsEnd || (m.start === clsEnd + 1 && t[clsEnd] === '“'))
      : levelMentions(t, wonPrize ? n.start - named.length : spanFrom, n.start, lex, region);
  const afterDeng = !examples && deng >= 0 ? mentions.filter((m) => m.start >= spanFrom + deng) : [];
  const ownLevel = highest((afterDeng.length ? afterDeng : mentions).map((m) => m.level));

  // (…其中农村妇女30名: only a titled or leveled part is an honor of its own; 其中全国级3个 is one)
  // (其中“和谐家庭”121户、“文化引领家庭”79户、克俭勤廉家庭62户: an unquoted item of a list of quoted titles, with
  // the head noun of the quoted title before it, is one more title written without quotes)
  const prevTitle = prevHonor?.honor?.title ?? null;
  const sibling = !!prevTitle && t[samePrev!.clsEnd] === '、' && /”/.test(t.slice(total?.marker ?? n.start, samePrev!.clsEnd)) &&
    named.trim().length >= 4 && prevTitle.split('、').some((x) => x.length >= 3 && named.trim().endsWith(x.slice(-2)));
  // (…41个集体被命名为省级青年文明号,其中国有企业19个、卫生健康系统11个: an untitled part of an honored total,
  // by sector or place, counts the same honor; its title and level are the total's)
  if (carried && !titleLike && !sibling && !/“[^”]+”/.test(named) && ownLevel === null && !elliptical) {
    // (only a bare item of the list: noun and count closing their clause, no verb of their own, not past a
    // semicolon; 其中…不少于5名 sets a quota of the honored, no part of them)
    const whole = honoredTotal!.claim.honor;
    const bare = /^\s*(?:[、和及]|$)/.test(t.slice(clsEnd, clauseEnd)) && !t.slice(honoredTotal!.marker, n.start).includes(';') &&
      !(found && found.start > honoredTotal!.marker) && !/(不少于|不低于|不超过|不多于|至少|最多|以上)\s*$/.test(t.slice(clauseStart, n.start)) &&
      // (其中“巾帼建功标兵”20名、农村妇女30名: beside a titled item of its own list, an untitled one describes persons)
      !/“/.test(t.slice(honoredTotal!.marker, n.start));
    return bare && whole?.title ? { title: whole.title, level: whole.level, recipient: null } : null;
  }
  let isHonor = false;
  if (verb?.cls === 'confer') {
    // 获得 also takes likes, loans and votes: only a title or a level makes its object an honor
    // (村两委换届中女性当选1200人, 推选出17名选手: posts, teams and delegates are no honors either)
    const weak = pr.weak.test(verb.word);
    isHonor = (!weak && verb.end >= clauseStart) || listCarry || ownLevel !== null || titleLike || !!elliptical;
  } else {
    // 其中一等奖1名: a counted grade of a prize is an honor whatever verb stands before it
    const prize = lex.prizes.some((p) => p.length >= 2 && cleanTitle(named, lex, region)?.endsWith(p) === true);
    // (培训市级巾帼致富带头人300名: a verb of work in the clause governs the item, it was not honored)
    const acted = verb?.cls === 'act' && verb.end >= clauseStart;
    // (全市现有巾帼示范基地45个,其中自治区级12个: a facility counted with its level was set up, not conferred)
    const facility = namesFacility(named, lex) || (!!elliptical && !!prevHonor?.honor?.title && namesFacility(prevHonor.honor.title, lex));
    // (为286名劳动模范每人送去慰问金: those a work is done for hold the title, it is not conferred here)
    const servedRest = t.slice(clsEnd, clauseEnd);
    const served = /[为向给]\s*$/.test(t.slice(clauseStart, n.start)) && lex.verbs.some(([w, c]) => c === 'act' && w.length >= 2 && servedRest.includes(w));
    isHonor = (!acted && !served && ownLevel !== null && titleLike && !facility) || (!!elliptical && !facility) || praised || prize;
  }
  // (…被命名为“…示范县区”候选单位: candidates named after the title are nominated)
  if (!isHonor || namesCandidates(named, lex) || namesCandidates(t.slice(clsEnd, clauseEnd), lex)) return null;

  // “全国巾帼文明岗”荣誉称号的单位有: only quotes carry the title when the rest names nothing
  const unquoted = cleanTitle(named.replace(/“[^”]*”/g, ''), lex, region);
  const quotedOnly = examples || !unquoted || isGenericHonor(unquoted, lex, region);
  let title = (quotedOnly ? quotedTitles(named, lex, region) : null) ?? countedTitle(named, lex, region);
  if (!title && elliptical && prevHonor?.honor) title = prevHonor.honor.title;
  // 授予481名同志(含追授1名)…称号: a part in brackets counts the same honor as the total before it
  const bracketed = !!prevHonor?.honor && /[(（](含|其中|包括)[^()（）]*$/.test(t.slice(samePrev!.clsEnd, n.start));
  if (bracketed) return { ...prevHonor!.honor! };
  // 10余名妇女组织和个人被市妇联表彰: a list of recipients' nouns names no title (32名职工受到表彰 keeps 职工)
  if (title && praised && /[和及与、]/.test(named) && afterRecipients(named) === '' && !titleLike) title = null;
  // (5家单位23名职工27个集体受到表彰: so does a run of counted nouns without separators)
  const bareRun = joinedBare || /^[\u4e00-\u9fff]{1,4}[0-9一二三四五六七八九十两]+[余多]?[个名位户项家]/.test(rest);
  if (title && praised && bareRun && !titleLike) title = null;
  // 对8个单位团组织进行表彰: the praised named by what they are, not by a title
  if (title && objectOfPraise && !titleLike) title = null;

  // 授予100个组织和100个项目…组织奖和项目奖: items joined before their titles take one each, in order (without
  // 分别 only where the title fits the item)
  if (title?.includes('、') && numberFirst && !examples && recipientsFirst) {
    const own = respectiveTitle(title, t.slice(listFrom, n.start), t.slice(clsEnd, titleFrom));
    if (own && (/分别|分获/.test(t.slice(clauseStart, titleFrom)) || fitsItem(own, t.slice(n.start, clsEnd)))) title = own;
  }
  let level = ownLevel ?? titlePlaceLevel(title, region, lex);
  // 全市法院共有23个集体、56名个人受到省级以上表彰: a scope before the count (全市) says where they are; the level the
  // praise after them names is the honor's
  if (praised && mentions.length && mentions.every((m) => /^[全本我]/.test(t.slice(m.start, m.end)))) {
    level = highest(levelMentions(t, clsEnd, clauseEnd, lex, region).map((m) => m.level)) ?? level;
  }
  // (评出桃花镇“五好文明家庭”10户,“平安家庭”10户: a bare quoted item after a comma continues a list that
  // opened with the item before it; in a list whose items name levels of their own, one without has none)
  const opened = prevHonor !== null && !/[0-9０-９]/.test(t.slice(sentStart, prevHonor.span[0]));
  if (!level && prevHonor && (/^(?:、|和|及|以及)$/.test(t.slice(samePrev!.clsEnd, n.start).trim()) || t[samePrev!.clsEnd] === '、' || (opened && t.startsWith(',“', samePrev!.clsEnd)))) {
    level = prevHonor.honor?.level ?? null;
  }
  // 1个项目在第七届中国青年志愿服务项目大赛中获得金奖: a contest between the count and the prize gives its level, and
  // the prize alone is the title
  if (title && numberFirst && (!verb || verb.end < clauseStart) && lex.prizes.some((p) => p.length >= 2 && title!.endsWith(p))) {
    const got = WON_PRIZE.exec(title);
    if (got && /(中|上)(?:获得了?|夺得|摘得|斩获|荣获|获)/.test(title)) {
      title = got[1];
      level ??= contestLevel(lc, sentStart, sentEnd, titleEnd);
    }
  }
  // 在第九届中国青年志愿服务项目大赛中,我市获金奖2项: a prize takes the level of the contest its sentence names before it
  if (!level && title && lex.prizes.some((p) => p.length >= 2 && title!.endsWith(p))) level = contestLevel(lc, sentStart, sentEnd, n.start);
  if (!level && verb) {
    let vs = sentStart;
    for (let i = verb.start - 1; i >= sentStart; i--) {
      const v = matchAt(t, i, lex.verbs, (x) => x[0]);
      if (v && i + v[0].length <= verb.start) {
        vs = i + v[0].length;
        break;
      }
    }
    // the verb's own subject only (市妇联授予…), not an earlier clause's list
    vs = Math.max(vs, clauseAt(t, verb.start)[0]);
    // the subject of 授予/表彰 confers; the subject of 获得/荣获/被评为 receives, and its place is not the level
    const active = isActive(verb.word, lex) && !/被/.test(t.slice(vs, verb.start));
    // 涌现出全国…6个,省级8个,…标兵6900多名: in a list whose items name their levels an item without one has none;
    // under 表彰/授予 it has the level of the body that confers the list (大会共表彰了…、25个“残疾人之家”)
    const listHasLevels = !examples && levelMentions(t, verb.end, spanFrom, lex, region).length > 0;
    if (!listHasLevels || active) {
      // (全市共征集作品420件,评选出优秀作品50件: a verb that opens its clause acts for the scope its sentence opens with)
      const opening = active && t.slice(clauseAt(t, verb.start)[0], verb.start).trim() === '' ?
        levelMentions(t, sentStart, verb.start, lex, region).find((m) => /^全[省市县区州盟旗镇乡]$/.test(t.slice(m.start, m.end)))?.level ?? null : null;
      level = (active ? nearestIn(t, vs, verb.start, lex, region) : null) ?? opening ?? bodyLevel(lc, sentStart, sentEnd, verb.start, vs, active);
    }
  } else if (!level && !verb) {
    // 26名个人受到省委、省政府表彰: the body named in the praise after the count
    level = bodyLevel(lc, sentStart, sentEnd, praised ? clauseEnd : n.start);
    // (来自全县各条战线的100名先进人物接受了表彰: with no body named, those praised from across the article's own
    // region were praised at its level)
    if (!level && praised && /^来自(全|本)/.test(t.slice(spanFrom, n.start))) level = nearestIn(t, spanFrom, n.start, lex, region);
  }
  // (江苏省第二十届运动会在淮安落下帷幕。…苏州队获得金牌14枚: a prize with no level of its own was won at the
  // games the article's lead reports)
  if (!level && title && lex.prizes.some((p) => p.length >= 2 && title!.endsWith(p))) level = leadContestLevel(lc, paragraphAt(t, 0)[1]);
  if (!level && carried) level = honoredTotal!.claim.honor?.level ?? null;
  // 等各级荣誉20余项: 各级 (all levels) names no level
  if (deng >= 0 && lastAllLevels(span, span.length, lex) > deng) level = null;
  // 全县共有各级巾帼文明岗56个, 选树各层级最美家庭948户: 各级 nearest the title names no level, whatever
  // place stands before it
  // (获得各级表彰180余次: with no title after the number, the words before it name what is counted)
  const [from, to] = numberFirst && titleEnd > titleFrom ? [titleFrom, titleEnd] : [Math.min(spanFrom, clauseStart), n.start];
  const all = lastAllLevels(t, to - 2, lex);
  if (all >= from && !mentions.some((m) => m.start > all) && !levelMentions(t, all, to, lex, region).some((m) => m.start > all)) level = null;
  // “A”“B”等荣誉称号55项 counts one recipient's honors, whose titles are claims of their own
  if (deng >= 0 && /项/.test(t.slice(n.end, clsEnd)) && isGenericHonor(span.slice(deng + 1), lex, region)) title = null;
  return { title, level, recipient: null };
}
