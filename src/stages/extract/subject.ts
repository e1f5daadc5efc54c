import type { Claim, Kind, Tokens } from '../../doc.js';
import { matchAt, type Lexicon } from './lexicon.js';
import { words, wordsOf, type Index, type Words } from './subject-words.js';
import { regionWords } from '../region.js';
import { SHARE_HEDGE_BASE } from './text.js';

// What a number counts (spec "Subject"): the shortest noun phrase of its sentence that names it.
// Rules work on characters; the segmenter is asked only whether a one-character word stands alone.

/** What the call site knows besides the text: the claim's kind and unit, its clause and sentence, the claims before it. */
export interface SubjectContext {
  kind: Kind;
  unit: string | null;
  clauseStart: number;
  sentStart: number;
  earlier: Claim[];
}

const MAX = 24;
// nouns joined by 、/和/及 stay whole (困难职工、农牧民工、劳动模范、离退休职工和伤残职工家庭)
const MAX_LIST = 40;
const CJK = /[\u4e00-\u9fff]/;
const NUMERAL = /[0-9]/;
// characters a noun phrase may hold besides Chinese: quotes, latin letters
const INSIDE = /[\u4e00-\u9fff“”"A-Za-z]/;

class Scan {
  constructor(
    readonly t: string,
    readonly tokens: Tokens,
    readonly w: Words,
    readonly from: number,
    /** the claim's unit, where a rule asks what the number counts (场次 counts acts) */
    readonly unit: string | null = null,
  ) {}

  /** Whether position i lies inside “…” (counted from the clause start). */
  inQuote(i: number): boolean {
    let q = false;
    for (let k = this.from; k < i; k++) {
      const c = this.t[k];
      if (c === '“') q = true;
      else if (c === '”') q = false;
    }
    return q;
  }

  /**
   * Whether a one-character word at i is a word of its own: only the segmenter can tell 送|岗位 from
   * 开发区, 养蚕, 托养.
   */
  alone(i: number): boolean {
    const tok = this.tokens.at(i);
    return !tok || tok.start > i || (tok.start === i && tok.end === i + 1);
  }

  /** A word of subject-not-verbs.txt starting or ending at the one character at i (受益, 研发). */
  inNotVerb(i: number): boolean {
    if (this.wordAt(this.w.notVerbs, i)) return true;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const list = this.w.notVerbs.get(this.t[k]);
      if (list?.some((x) => k + x.length === i + 1 && this.t.startsWith(x, k))) return true;
    }
    return false;
  }

  /** Whether a longer word of subject-not-verbs.txt covers [i, i + n) and starts before i. */
  insideNotVerb(i: number, n: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const list = this.w.notVerbs.get(this.t[k]);
      if (list?.some((x) => k + x.length >= i + n && this.t.startsWith(x, k))) return true;
    }
    return false;
  }

  /** The longest word of `index` at i, or null; one-character words only where they stand alone. */
  wordAt(index: Index, i: number, end = this.t.length): string | null {
    const list = index.get(this.t[i]);
    if (!list) return null;
    for (const w of list) {
      if (i + w.length > end || !this.t.startsWith(w, i)) continue;
      // a one-character relative verb (患, 有) is read on characters: the segmenter glues it (名患)
      const gated = index !== this.w.notVerbs && !this.w.relative.get(w)?.includes(w);
      if (w.length === 1 && ((gated && !this.alone(i)) || (index !== this.w.notVerbs && this.inNotVerb(i)))) continue;
      // 高校团组织结对: a verb inside a longer word that is none (团组织)
      if (w.length > 1 && index !== this.w.notVerbs && this.insideNotVerb(i, w.length)) continue;
      // 捐献者, 参与者: a verb with 者 after it names the one who acts, a noun
      if (index === this.w.verbs && this.t[i + w.length] === '者') continue;
      return w;
    }
    return null;
  }

  /**
   * A verb at i that is part of a noun after a classifier: a head noun (培训|基地), a person noun
   * (创业|女性) or one character closing the phrase (宣传|板) follows it.
   */
  nounVerb(v: string, i: number, end: number): boolean {
    // 6个部门开展活动, 3位专家授课: verbs that take an object and never name a kind of thing
    if (this.w.neverNoun.has(v)) return false;
    const at = i + v.length;
    const rest = this.t.slice(at, end);
    for (const h of this.w.heads) if (rest.startsWith(h)) return true;
    // 4个未脱贫|区县, 36户搬迁|家庭: a place or unit closing the phrase
    const run = /^[\u4e00-\u9fff]+/.exec(rest)?.[0] ?? '';
    // (扶贫|重点县, 出列|贫困村: a one-character place noun through a modifier of up to two characters that is no verb)
    for (const c of this.w.closers) {
      for (let k = 0; k <= 2 && k < run.length; k++) {
        if (k > 0 && (c.length > 1 || this.wordAt(this.w.stops, at, at + k))) break;
        if (run.startsWith(c, k) && (run.length === k + c.length || this.wordAt(this.w.stops, at + k + c.length, end))) return true;
      }
    }
    // 肾透析治疗|救助金: a fund named by its act (a verb and 金/款) closes the noun, not after persons who
    // receive it (贫困患病妇女发放|救助金)
    const act = this.wordAt(this.w.verbs, at, end);
    if (act && act.length === 2 && /^[金款]/.test(rest.slice(2)) && !endsWithPerson(this.w, this.t.slice(Math.max(this.from, i - 6), i))) return true;
    // 创业|女性, not 获得|妇女创业贷款: only a verb that takes no object
    // (返乡|女青年, 致富|女能人: a sex before the person noun)
    // (返乡|创业|女青年: through more verbs without an object)
    let q = at;
    for (let s2 = this.wordAt(this.w.stops, q, end); s2 && s2.length > 1 && !this.wordAt(this.w.verbs, q, end) && q - at < 4; s2 = this.wordAt(this.w.stops, q, end)) q += s2.length;
    const p = this.wordAt(this.w.people, q, end) ?? (/^[女男]/.test(this.t.slice(q, q + 1)) ? this.wordAt(this.w.people, q + 1, end) : null);
    if (p && p.length > 1 && v.length > 1 && !this.wordAt(this.w.verbs, i, at) && !this.w.preps.get(v[0])?.includes(v)) return true;
    // an item of a list: 陇原巧手培训|等民生项目
    if (rest[0] === '等' && this.alone(at)) return true;
    // 取得|了: an aspect particle closes a verb, not a noun
    if (this.wordAt(this.w.stops, at, end) || rest.length < 1 || !CJK.test(rest[0]) || /^[的了着]/.test(rest)) return false;
    // one character closing the phrase: 宣传板|在全市 (not 实现全|覆盖)
    // (巾帼志愿服务|站|就带动…: or an adverb after it)
    if (rest.length === 1 || !INSIDE.test(rest[1]) || rest[1] === '的' || (this.w.adverbs.has(rest[1]) && this.alone(at + 1))) return true;
    const after = this.wordAt(this.w.stops, at + 1, end);
    return after !== null && !this.wordAt(this.w.verbs, at + 1, end);
  }
}

/**
 * The noun phrase right after the classifier (资助4.5万名|困难职工子女|顺利入学, 5000多元的|纯收入),
 * as [start, end), or null. A relative clause there (150名经过严格选拔的贫困大学新生) is skipped to its 的.
 */
function afterPhrase(sc: Scan, pos: number, end: number, relative = true): [number, number] | null {
  const { t } = sc;
  let i = pos;
  while (i < end && /\s/.test(t[i])) i++;
  // 培训学生11.2万人次、进企业培训职工…: a list mark right after the amount opens the next item
  if (t[i] === '、') return null;
  // 志愿者126名|赴基层服务: a verb that never names a kind of thing, right after the classifier, is what the
  // counted do (read on characters: the segmenter glues 名赴)
  if (sc.w.neverNoun.has(t[i]) || sc.w.neverNoun.has(t.slice(i, i + 2))) return null;
  // 600~5000元不等的助学金, 1800元左右的
  // 1亿元人民币: the currency named after the amount
  if (t.startsWith('人民币', i)) i += 3;
  const lead = /^(?:(?:不等|左右|以上|上下|多|余)?的|不等)/.exec(t.slice(i, Math.min(end, i + 3)));
  if (lead) i += lead[0].length;
  const lv = sc.w.level.exec(t.slice(i, end));
  const lvAt = i;
  if (lv) i += lv[0].length;
  let start = i;
  let j = i;
  let stop: string | null = null;
  let quote = false;
  let deng = false;
  let ranIntoNumber = false;
  while (j < end) {
    const c = t[j];
    if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (quote) {
      // inside a quoted name every character belongs to the phrase
    } else if (NUMERAL.test(c)) {
      // 800名6岁以下残疾儿童: an age threshold inside the phrase (spec "Not claims": thresholds)
      // (476名0-6岁残疾儿童: an age range too)
      const age = /^[0-9]{1,3}(?:(?:周)?岁(?:以下|以上|及以下|及以上)|\s*[-—–~至到]\s*[0-9]{1,3}(?:周)?岁)/.exec(t.slice(j, end));
      if (age && j === start) {
        j += age[0].length;
        start = j;
        continue;
      }
      ranIntoNumber = true;
      break;
    } else if (c === '、') {
      // 困难职工、农民工子女 stays whole; 10支服务队、第五届大赛… starts a new counted item
      if (numberedItem(sc, j + 1, end)) {
        ranIntoNumber = true;
        break;
      }
    } else if (c === '的') {
      // 十二条养殖用地等方面的优惠政策: the head after a list's 等…的
      if (!deng) break;
      start = j + 1;
      deng = false;
    } else if (c === '每') break;
    else if (c === '(') {
      // 1190名贫困(低保户)精神残疾人: a bracket of words inside the phrase, which goes on after it
      const close = t.indexOf(')', j);
      if (close < 0 || close >= end || close - j > 10 || !/^\([\u4e00-\u9fff、]+\)$/.test(t.slice(j, close + 1))) break;
      // 15个乡镇(街道)、318个村…, 16个乡镇(街道)的: a bracket that closes the phrase is part of it, also
      // before a body that acts (91个县(区)|妇联积极争取…: the place and its alternative name)
      // (not 18个市县妇联(不含三沙市): what it leaves out or takes in is no part of the name)
      if (/^\((?:不含|含|包括|其中|除)/.test(t.slice(j, j + 3))) break;
      // (29个乡镇(街道)妇联、312个村(社区)妇联: a body that ends its item, acting in no verb, is the counted body)
      const agent = sc.w.agents.find((a) => a.length > 1 && t.startsWith(a, close + 1));
      if (agent && !CJK.test(t[close + 1 + agent.length] ?? '')) {
        j = close + 1 + agent.length;
        break;
      }
      if (!CJK.test(t[close + 1] ?? '') || t[close + 1] === '的' || sc.wordAt(sc.w.stops, close + 1, end) || agent) {
        j = close + 1;
        break;
      }
      j = close + 1;
      continue;
    } else if (!INSIDE.test(c)) break;
    else if (c === '了' && j - start >= 3) {
      // 12个合作社修通|了: an aspect particle closes the verb before it, whatever the dictionaries know
      let v = 2;
      for (let k = j - 4; k < j - 1; k++) if (k >= start && sc.wordAt(sc.w.stops, k, j) && k + (sc.wordAt(sc.w.stops, k, j) ?? '').length === j) { v = j - k; break; }
      j -= v;
      break;
    }
    else if (/^(?:以及|和|及|与|或)\s*(?:近|约|超过|逾)?(?:[0-9]|[一二两三四五六七八九十]+[届个项次场期名人户所家支批]|一大批|一批|大批|一些|众多|大量)/.test(t.slice(j, j + 8))) break;
    else {
      if (c === '等' && sc.alone(j) && j > start) deng = true;
      // a preposition right after the amount is one whatever the segmenter glues (600万元对困难职工…)
      // (6个摄像头|就让…: an adverb standing alone ends the noun wherever it stands)
      if (sc.w.adverbs.has(c) && (j === start || sc.alone(j))) {
        stop = c;
        break;
      }
      // 40项指标|除3项外: an exception after the noun
      if (c === '除' && j > start && /^除[^,;。、]{1,12}?外/.test(t.slice(j, end))) break;
      // 88项主要指标基本|实现目标: an adverb before a verb ends the noun (not 12个基本公共服务项目)
      const adv = sc.w.verbAdverbs.find((x) => t.startsWith(x, j));
      if (adv && (sc.wordAt(sc.w.stops, j + adv.length, end) || /^(?:达标|完成|覆盖|建成)/.test(t.slice(j + adv.length, end)))) {
        stop = adv;
        break;
      }
      // 新就业形态劳动者: a noun of three characters or more that begins with a verb is no verb
      const nv = sc.wordAt(sc.w.notVerbs, j, end);
      if (nv && nv.length > 2) {
        j += nv.length;
        continue;
      }
      const stopWord = sc.wordAt(sc.w.stops, j, end);
      // 12名女|能|人: a person noun that begins with a verb (能人) is the noun, whatever the segmenter cuts
      const person = stopWord ? sc.wordAt(sc.w.people, j, end) : null;
      if (person && person.length > 1 && person.length > stopWord!.length) {
        j += person.length;
        continue;
      }
      // (a preposition that begins a longer verb is that verb: 帮|扶 → 帮扶, which may name a kind: 帮扶中心)
      const prep = j === start ? preposition(sc, j) : null;
      const s = (prep && !(stopWord && stopWord.length > prep.length) && prep) || stopWord;
      // 28名患“两癌”贫困妇女: a relative verb without a 的 after it is part of the phrase
      const open = s && sc.wordAt(sc.w.relative, j, end) === s;
      const de = t.indexOf('的', j);
      // 6个促进大学生就业的专项计划: a relative verb with its 的 ahead opens a clause, whatever follows it
      const relWithDe = open && de >= 0 && de < end;
      if (s && (relWithDe || (!open && !sc.nounVerb(s, j, end)))) {
        stop = s;
        break;
      }
      if (s) {
        j += s.length;
        continue;
      }
    }
    j++;
  }
  // 10个乡镇以及青岛…农村妇女1000余名: the phrase ran into the next item; ours ends at the first joint
  if (ranIntoNumber) {
    const m = /以及|和|及|与|、/.exec(t.slice(start, j));
    if (m && m.index > 0) j = start + m.index;
  }
  // 8125名建档立卡有康复需求的贫困残疾人, 150名经过严格的选拔和实地走访的贫困大学新生: the noun after
  // the first 的 whose phrase is not still inside the relative clause
  // (14名适配的矫形器, 200名参训的妇女: a verb right after the amount with its 的 is such a clause too)
  const clause = stop && j === start && t[j + stop.length] === '的';
  if (relative && stop && (clause || sc.wordAt(sc.w.relative, j, end) === stop)) {
    for (let k = t.indexOf('的', j); k >= 0 && k < end; k = t.indexOf('的', k + 1)) {
      const p = afterPhrase(sc, k + 1, end, false);
      if (!p) continue;
      const s = sc.wordAt(sc.w.stops, p[1], end);
      if (s && t[p[1] + s.length] === '的') continue;
      return p;
    }
  }
  // 18个地级市, 5个县级市: a level word before one character names the kind of place
  if (lv && j - start === 1 && start === lvAt + lv[0].length) start = lvAt;
  return j > start && CJK.test(t.slice(start, j)) ? [start, j] : null;
}

/**
 * Whether the list item at i holds its own number (10支服务队、第五届大赛…, 示范基地10个、妇女之家5个), not a
 * figure the item's verb governs (100名困难职工、劳动模范、工会干部每人发放了1000元慰问金).
 */
function numberedItem(sc: Scan, i: number, end: number): boolean {
  const item = sc.t.slice(i, end).split(/[、,;。]/)[0];
  if (/^\s*第/.test(item)) return true;
  // the item begins with its own number and classifier (12个集体、30名个人榜上有名)
  if (/^\s*(?:[0-9][0-9.]*|[一二两三四五六七八九十]+)\s*[万千百]?[余多]?[个名人户家项所位支件]/.test(item)) return true;
  // the item ends with its number and classifier (…新技术14项), not a number its own verb governs
  // (573名困难职工、农民工子女发放助学金145.9万元: 发放 governs the amount)
  if (!/[0-9][0-9.]*\s*[万亿千百]?[余多]?[\u4e00-\u9fff]{0,3}\)?\s*$/.test(item.split('每')[0]) || item.includes('每')) return false;
  const digits = item.search(/[0-9]/);
  for (let k = i; k < i + digits; k++) {
    const v = sc.wordAt(sc.w.verbs, k, i + digits);
    // (an act with its object before the number: 发放|助学金145.9万元; not an act counted: 实名制培训2万人)
    if (v && sc.w.actVerbs.has(v) && k + v.length < i + digits) return false;
  }
  return true;
}

function preposition(sc: Scan, i: number): string | null {
  return sc.w.preps.get(sc.t[i])?.find((p) => sc.t.startsWith(p, i)) ?? null;
}

/** Whether a word of the segmenter ends at i (a position inside a word is no end). */
function wordEnds(sc: Scan, i: number): boolean {
  const tok = sc.tokens.at(i);
  return !tok || tok.start === i;
}

/** Whether the segmenter reads the scope character at i as the first of a word that is no verb (共青团员, not 共获). */
function gluedHead(sc: Scan, i: number): boolean {
  if (sc.w.determiners.has(sc.t[i])) return false;
  const tok = sc.tokens.at(i);
  // (a word, not a run the segmenter left whole: no word of its dictionary is longer than four)
  return !!tok && tok.start === i && tok.end > i + 1 && tok.end <= i + 4 && !isVerb(sc, sc.t.slice(i + 1, tok.end));
}

/**
 * `s` without the scope, place, level, time and ordinal words at its head. `at`, where s stands in
 * the text (or -1), lets the segmenter tell a one-character scope word (共|青年, 在|职工中) from the
 * first character of a word (共青团员, 在职职工, 全职岗位).
 */
function trimHead(sc: Scan, s: string, kind: Kind, at = -1): string {
  const whole = s.length;
  for (let changed = true; changed && s; ) {
    changed = false;
    // every cut takes a head, so s stands at `at` plus what was cut (unless spaces were taken out)
    const pos = at + whole - s.length;
    const synced = at >= 0 && sc.t.startsWith(s, pos);
    for (const w of sc.w.scopeByFirst.get(s[0]) ?? []) {
      // 达标率, 有效率, 对接成功率: a one-character scope word that begins a word of its own stays
      if (w.length === 1 && (sc.w.notVerbs.get(s[0]) ?? []).some((x) => s.startsWith(x))) continue;
      if (w.length === 1 && synced && gluedHead(sc, pos)) continue;
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
    // 四川省|三八红旗手候选对象, 安康市|建档立卡户家庭小学生: a place named in full is scope, like 全省
    const place = placePrefix(sc, s);
    if (place) {
      s = s.slice(place);
      changed = true;
    }
    // the level of a facility or honor, not of a fund (省级财政专项资金)
    const lv = kind === 'money' ? null : sc.w.level.exec(s);
    // not before one character: 地级市, 县级市 name a kind of place
    if (lv && s.length > lv[0].length + 1) {
      s = s.slice(lv[0].length);
      changed = true;
    }
    // a time scope: 五年来|残疾人事业经费, 近三年, 连续4年
    const span = /^(?:近|过去|连续)?(?:[0-9]{1,2}|[一二两三四五六七八九十]+)年(?:来|以来|间)?/.exec(s);
    if (span && span[0].length > 2 && s.length > span[0].length + 1) {
      s = s.slice(span[0].length);
      changed = true;
    }
    // a date: 2016年度|巾帼文明岗
    // (到2025年|希望工程年筹资额, 截至2023年底: a date to reach or to count up to)
    // (10月|全国乘用车市场零售, 1-9月, 7月至9月, 6月3日, 3月上旬: a month alone, a run of months, a day)
    const date = /^(?:到|至|截至|截止到?)?(?:(?:[0-9]{4}|[一二〇零○][〇零○一二三四五六七八九]{3})年度?(?:[0-9]{1,2}月份?)?|(?:[0-9]{1,2}月?[-—至~到])?[0-9]{1,2}月份?(?:[0-9]{1,2}日|[上中下]旬)?)(?:底|末|前)?/.exec(s);
    if (date && s.length > date[0].length + 1) {
      s = s.slice(date[0].length);
      changed = true;
    }
    // ordinals: 第三批, 第二届, 第一季度 (not 第一产业, 第一书记: a name that holds the ordinal)
    const ord = /^第[0-9一二三四五六七八九十百]+(?:[批届期轮次个]|季度)(?:[0-9一二三四五六七八九十]+[次届])?/.exec(s);
    if (ord && s.length > ord[0].length) {
      s = s.slice(ord[0].length);
      changed = true;
    }
  }
  return s;
}

/**
 * The length of a place's official name (with its 省/市/县/区/州/盟/旗) that begins s before a noun of
 * two characters or more, or 0; not before its body (安康市妇联, 郏县人民医院), its level (市级) or a
 * localizer (县内).
 */
let places: Set<string> | null = null;

function placePrefix(sc: Scan, s: string): number {
  // (names of places only, not everyday words that name one somewhere: 城区, 新区; 杭州 is a short name)
  places ??= new Set(regionWords());
  for (let n = Math.min(s.length - 2, 9); n >= 2; n--) {
    const name = s.slice(0, n);
    if (!/[省市县区盟旗]$|自治州$/.test(name) || !places.has(name)) continue;
    const rest = s.slice(n);
    if (/^[级内外直属]|^人民/.test(rest) || sc.w.localizers.has(rest[0])) return 0;
    if (sc.w.agents.some((a) => a.length > 1 && rest.startsWith(a)) || /^(?:[党团]?[委]|妇联|妇儿|总工|残联|残工|政府|人大|政协|教育|卫健|卫生|民政|财政|公安|法院|检察)/.test(rest)) return 0;
    return n;
  }
  return 0;
}

/** Whether a word of `index` longer than one character ends s (现在, B超). */
function endsWithWord(index: Index, s: string): boolean {
  for (let k = Math.max(0, s.length - 4); k < s.length - 1; k++) {
    if (index.get(s[k])?.some((x) => k + x.length === s.length && s.endsWith(x))) return true;
  }
  return false;
}

function trimTail(sc: Scan, s: string): string {
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of sc.w.tailsByLast.get(s[s.length - 1]) ?? []) {
      if (s.endsWith(w) && s.length > w.length && !(w.length === 1 && endsWithWord(sc.w.notVerbs, s))) {
        s = s.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  // 妇女之家2016年|新建50个: a date closing the topic
  return s.replace(/[\s、,]+$/, '').replace(/(?:[0-9]{4}|[一二〇零○][〇零○一二三四五六七八九]{3})年度?(?:[0-9]{1,2}月份?)?$/, '');
}

/** The head of a phrase: after its last 的 and after a list's 等, the quoted name it ends with. */
function headOf(s: string, kind: Kind): string {
  if (kind === 'people') s = peopleCut(words!, s);
  const outside = (i: number) => (s.slice(0, i).split('“').length - s.slice(0, i).split('”').length) <= 0;
  for (let i = s.length - 2; i > 0; i--) {
    if (s[i] === '的' && outside(i) && s.length - i - 1 >= 2) {
      s = s.slice(i + 1);
      break;
    }
  }
  // 米面油等物资 → 物资 (not 平等, nor 等级, 等待: words that begin with 等)
  const d = s.lastIndexOf('等');
  if (d > 0 && s.length - d - 1 >= 2 && outside(d) && !/[平同对均优初中高上]$/.test(s.slice(0, d)) && !/^[级待候同于]/.test(s.slice(d + 1))) {
    s = s.slice(d + 1).replace(/^(方面|领域|形式)的?/, '');
  }
  // 男女平等“三字歌” → “三字歌”: a modifier before a quoted name the phrase ends with
  if (/^[^“]+“[^“”]+”$/.test(s) && !/[、和及与]/.test(s)) s = s.slice(s.indexOf('“'));
  return s;
}

/** A people claim's subject ends with its last person noun: 农村妇女“两癌”6800人 → 农村妇女. */
/** Where the last person noun of `s` ends, or -1. */
function peopleEnd(w: Words, s: string): number {
  let end = -1;
  for (let i = 0; i < s.length; i++) {
    const p = w.people.get(s[i])?.find((x) => s.startsWith(x, i));
    if (p) {
      end = i + p.length;
      // 技能|人才 over 能人: a person noun that starts inside this one and runs past it is the one
      for (let k = i + 1; k < end; k++) {
        const q = w.people.get(s[k])?.find((x) => s.startsWith(x, k));
        if (q && k + q.length > end) end = k + q.length;
      }
      i = end - 1;
    }
  }
  return end;
}

function peopleCut(w: Words, s: string): string {
  let end = peopleEnd(w, s);
  if (end > 1 && s[end] === '”') end++;
  // 困难职工(农民工): a bracket closed after the person noun
  if (end > 1 && s[end] === ')' && s.lastIndexOf('(', end) > s.lastIndexOf(')', end - 1)) end++;
  // 初级工程师(肢体方向): a bracket right after the person noun that closes the phrase qualifies them
  if (end > 1 && s[end] === '(' && s.indexOf(')', end) === s.length - 1 && !/^\((?:含|包括|不含|其中)/.test(s.slice(end))) end = s.length;
  return end > 1 ? s.slice(0, end) : s;
}

/**
 * The noun phrase between the clause's governing verb (or preposition) and the number
 * (培训|农村妇女400人, 为|困难职工子女助学2.5万人次), or '' when there is none; `verb` is where that
 * verb stands, for a topic before it.
 */
function beforePhrase(sc: Scan, from: number, numStart: number, kind: Kind): { np: string; verb: [number, number] | null } {
  const { t, w } = sc;
  let s = from;
  // 13人…辅助器具和|14名: a joint right before the number joins its item to the one before
  let upto = t.slice(s, numStart);
  const joint = /(?:以及|[和及与])\s*$/.exec(upto);
  if (joint && !endsWithWord(w.notVerbs, upto.trimEnd()) && !isVerb(sc, upto.trimEnd().slice(-2))) upto = upto.slice(0, joint.index);
  const tail = s + trimTail(sc, upto).length;
  const found: [number, number, boolean][] = []; // [start, end, preposition]
  let quote = false;
  for (let i = s; i < tail; i++) {
    const c = t[i];
    if (c === '“') quote = true;
    else if (c === '”') quote = false;
    if (quote || c === '”') continue;
    const nv = sc.wordAt(w.notVerbs, i, tail);
    if (nv && nv.length > 2) {
      i += nv.length - 1;
      continue;
    }
    const v = sc.wordAt(w.verbs, i, tail);
    const p = sc.wordAt(w.preps, i, tail);
    // 正在|建设: a scope word of two characters or more that is no verb or preposition hides the verbs inside it
    const sw = w.scopeByFirst.get(c)?.find((x) => x.length > 1 && t.startsWith(x, i));
    if (sw && sw.length > Math.max(v?.length ?? 0, p?.length ?? 0)) {
      i += sw.length - 1;
      continue;
    }
    const word = v && (!p || v.length >= p.length) ? v : p;
    // 全年慰问资金共计20万元, 扶持资金累计发放300万元: a verb of purpose right before a fund word names what
    // the fund is for; the two are one noun (subject-fund-purposes.txt; not 投入|资金, 争取|资金)
    const fund = word === v && word && w.fundPurposes.has(word) ? w.funds.find((f) => f.length >= 2 && t.startsWith(f, i + word.length) && i + word.length + f.length <= tail) : undefined;
    if (fund) {
      i += word!.length + fund.length - 1;
      continue;
    }
    // 受表彰代表, 受资助学生: 受 and a verb describe the persons after them; they govern nothing
    if (c === '受') {
      const passive = sc.wordAt(w.verbs, i + 1, tail);
      if (passive && i + 1 + passive.length < tail && CJK.test(t[i + 1 + passive.length])) {
        i += passive.length;
        continue;
      }
    }
    if (word) {
      // 新建|立 → 新建立, 新成|立: a verb overlapping the next one is one verb with it
      // (not 发放|放贷|款: where the segmenter ends no word, 贷款 is the noun)
      let end = i + word.length;
      if (word === v) {
        for (let k = i + 1; k < end; k++) {
          const o = sc.wordAt(w.verbs, k, tail);
          if (o && o.length > 1 && k + o.length > end && wordEnds(sc, k + o.length)) end = k + o.length;
        }
      }
      // 申请到|救助金, 培养出|技能人才: a complement of result after a verb of two characters is part of it
      // (not 执行到位|金额: 到位 is a word of its own)
      if (word === v && end - i >= 2 && (t[end] === '到' || t[end] === '出') && end + 1 < tail && CJK.test(t[end + 1]) && !t.startsWith('到位', end)) end++;
      found.push([i, end, word !== v]);
      i = end - 1;
    }
  }
  let verb: [number, number] | null = null;
  for (let k = found.length - 1; k >= 0; k--) {
    const [vs, ve, prep] = found[k];
    const rest = trimHead(sc, t.slice(ve, tail), kind, ve);
    if (!prep) {
      const before = trimHead(sc, t.slice(s, vs).replace(/\s+/g, ''), kind, s);
      const earlierVerb = found.slice(0, k).some((f) => !f[2]);
      if (rest === '' && before && !earlierVerb) {
        // nothing between the verb and the number: a fund before it is the topic (工资担保贷款发放了292户),
        // a body that acts leaves none (省总筹集1389万元), a beneficiary after 向/为 neither (向…子女捐赠200万元)
        // (残疾人事业经费累计|投入8亿元: through a scope word after the fund)
        const fund = trimTail(sc, before);
        if (w.funds.some((f) => fund.endsWith(f))) return { np: trimHead(sc, fund, kind), verb: [vs, ve] };
        const source = kind === 'money' && w.fundActs.has(t.slice(vs, ve)) ? sourceFund(sc, fund) : null;
        if (source) return { np: trimHead(sc, source, kind), verb: [vs, ve] };
        if (w.agents.some((a) => before.endsWith(a))) return { np: '', verb: [vs, ve] };
        // (not 累计, 共: a scope word read as a preposition: 残疾人事业经费累计投入8亿元)
        if (kind === 'money' && found.slice(0, k).some((f) => f[2] && !w.scope.includes(t.slice(f[0], f[1])))) return { np: '', verb: [vs, ve] };
        // 村集体公司收获了7万元: the amount is what the verb yields; a fund verb names it (该中心投资1635万元)
        if (kind === 'money') return { np: namesFund(w, t.slice(vs, ve)) ? t.slice(vs, ve) : '', verb: [vs, ve] };
      }
      // 目前已建成|86个, 妇女之家已建成|86个: with nothing after the clause's only verb, the noun is the
      // topic before it, else none of its own (the verb alone: an event such as 宣讲, or nothing)
      if (rest === '' && ve === tail && k === found.length - 1 && !earlierVerb && found.length === 1) {
        let topic = before;
        for (let cut = true; cut && topic; ) {
          // the longer of a tail and a scope word (日均, not its 均)
          const tail = sc.w.tails.find((x) => topic.endsWith(x));
          const scope = sc.w.scope.find((x) => topic.endsWith(x));
          const w2 = tail && scope ? (scope.length > tail.length ? scope : tail) : (tail ?? scope);
          cut = !!w2;
          if (w2) topic = topic.slice(0, -w2.length);
        }
        topic = headOf(topic, kind);
        // a group of people only when the topic names persons (困难|帮扶20356人 names none)
        const persons = kind !== 'people' || [...topic].some((_, i) => sc.wordAt(sc.w.people, vs - before.length + i) !== null);
        if (usable(sc, topic, false) && persons && !found.some((f) => f[2])) {
          // 巾帼志愿服务|1000余次: a count of acts counts the act, with the noun that names its kind
          const act = t.slice(vs, ve);
          const named = kind === 'count' && w.actUnits.has(sc.unit ?? '') && (w.events.has(act) || w.nounVerbs.has(act)) && t.slice(vs - topic.length, vs) === topic;
          return { np: named ? topic + act : topic, verb: [vs, ve] };
        }
        if (kind !== 'people') return { np: t.slice(vs, ve), verb: [vs, ve] };
      }
      // 奖励性|扶持资金, 辅助性|就业: a verb with 性 after it is an adjective of the noun, it governs nothing
      if (t[ve] === '性' && rest.length > 1) continue;
      // 职工服务|中心36个: a verb that names a kind of facility or fund with the head after it
      if (w.nounVerbs.has(t.slice(vs, ve)) && [...w.heads].some((h) => rest.startsWith(h) && rest.length - h.length <= 2)) continue;
      // 基本康复服务|覆盖率: a verb that names a kind of service before a rate is part of the rate's name
      if (kind === 'percent' && w.nounVerbs.has(t.slice(vs, ve)) && /率$/.test(rest) && rest.length <= 4) continue;
      // 从…专项资金中提取|11.7万元: an act that moves the money governs it, it names nothing; a fund before
      // it is the topic (帮扶资金累计筹集|20万元)
      if (rest === '' && kind === 'money' && w.fundActs.has(t.slice(vs, ve))) {
        const topic = trimTail(sc, before);
        const source = sourceFund(sc, topic);
        if (source) return { np: trimHead(sc, source, kind), verb: [vs, ve] };
        return { np: w.funds.some((f) => topic.endsWith(f)) ? beforePhrase(sc, s, vs, kind).np : '', verb: [vs, ve] };
      }
      // 培训班, 宣讲; after an earlier verb, 筹集|慰问资金; an item of a list (种植、加工|等培训班): the verb
      // is part of the noun
      // 覆盖率, 参与率, 回收率: a verb before 率 is part of the rate's name
      // 发放慰问|品(大米): one character and what it names in brackets
      if (rest.replace(/\([^()]*\)$/, '').length <= 1 || /^等/.test(t.slice(ve, tail)) || /^率/.test(t.slice(ve, tail))) continue;
      // 调解成功率达95%: a rate named after the act that opens the clause
      if (k === 0 && !before && kind === 'percent' && /率$/.test(rest)) continue;
      // 发放慰问|金及物资: one character joined to the next noun
      if (earlierVerb && /^[\u4e00-\u9fff](?:及|和|与|、)/.test(rest)) continue;
      // (not after a verb of another clause part: 开展募捐的形式|筹集|专项资金)
      const governed = found.slice(0, k).some((f) => !f[2] && !t.slice(f[1], vs).includes('的'));
      // (推广种植|养殖技术: through a second verb before the head)
      // (not 筹集|发放|慰问物资: a verb of acting on things right after another verb governs, it names no kind)
      const serial = k > 0 && found[k - 1][1] === vs && !found[k - 1][2] && w.actVerbs.has(t.slice(vs, ve));
      const throughVerb = !serial && [...w.heads].some((h) => rest.endsWith(h) && rest.length > h.length && isVerb(sc, rest.slice(0, -h.length)));
      if (governed && (w.heads.has(rest) || throughVerb)) continue;
      // 新增造血干细胞|捐献|志愿者, 培训农村妇女|创业|带头人, 接收社会|捐赠|款物: a verb before an agent noun
      // (志愿者, 带头人, 能手) or a fund word that ends the phrase, after a noun and under the verb that governs
      // them all, names the kind of person or money (not 开展进校园|培训|学生: the persons trained are its object)
      const agentRest = w.agentNouns.includes(rest) && peopleEnd(w, rest) === rest.length;
      const giving = w.fundActs.has(t.slice(vs, ve)) || w.fundPurposes.has(t.slice(vs, ve));
      const fundRest = kind === 'money' && giving && rest.length <= 3 && w.funds.some((f) => rest.startsWith(f) || rest.endsWith(f));
      if (governed && k > 0 && found[k - 1][1] < vs && CJK.test(t.slice(found[k - 1][1], vs)) && (agentRest || fundRest)) continue;
      if (w.measures.has(rest)) {
        // 妇女小额担保贷款发放总额: the thing measured stands before the verb; 救助金额 is one noun
        const measured = beforePhrase(sc, s, vs, kind).np;
        // not an act (四地联动|销售总额)
        const act = isVerb(sc, measured) || isVerb(sc, measured.slice(-2)) || w.agents.some((x) => measured.endsWith(x));
        // (青川县总工会本轮送温暖|慰问人数: a body that acts, not a thing measured: the act and its measure)
        const topic = t.slice(s, vs);
        const body = Math.max(...w.agents.filter((x) => x.length > 1).map((x) => (topic.lastIndexOf(x) >= 0 ? topic.lastIndexOf(x) + x.length : -1)));
        if (measured.length >= 2 && !act && body < 0) return { np: measured, verb: [vs, ve] };
        if (body >= 0) {
          // 省妇联|小额贷款发放总额: the thing after the body, unless an act (送温暖|慰问人数: the act's measure)
          const after = beforePhrase(sc, s + body, vs, kind);
          const named = after.verb === null && usable(sc, after.np, false) && (w.funds.some((f) => after.np.endsWith(f)) || endsWithPerson(w, after.np));
          return { np: named ? after.np : t.slice(vs, tail), verb: null };
        }
        continue;
      }
    }
    verb = [vs, ve];
    s = ve;
    break;
  }
  let np = t.slice(s, tail).replace(/\s+/g, '');
  np = trimTail(sc, trimHead(sc, np, kind, s));
  np = headOf(np, kind);
  // 残疾考生被各类院校录取488名: the persons or things a passive clause is about stand before 被
  const bei = kind === 'people' || kind === 'count' ? np.indexOf('被') : -1;
  if (bei >= 2) np = np.slice(0, bei);
  // 困难职工含农民工420人: what the noun includes after 含 is no part of its name
  const incl = np.indexOf('含');
  // (困难职工(含农民工): written in brackets it stays)
  if (incl >= 2 && np.length - incl > 2 && np[incl - 1] !== '(' && !/含量/.test(np)) np = np.slice(0, incl);
  // 合作社人均|月收入: after a per word (scope words 人均, 每户) the measure
  for (const p of w.perScope) {
    const k = np.lastIndexOf(p);
    if (k > 0 && np.length - k - p.length >= 2) np = np.slice(k + p.length);
  }
  const npAt = t.indexOf(np, s);
  np = trimTail(sc, trimHead(sc, np, kind, npAt >= 0 && npAt < tail ? npAt : -1));
  // …的65%提高到89%: a phrase that is only a change word or a scope word names nothing
  if (w.tails.includes(np) || w.scope.includes(np)) np = '';
  // 全国巾帼文明岗3个、自治区级12个: an item of only a level word shares the noun of its list
  if (np && w.level.exec(np)?.[0] === np) np = '';
  return { np, verb };
}

/** 从妇女儿童事业经费中|列支, 从专项资金中|提取: the fund an act that moves money takes it from, or null. */
function sourceFund(sc: Scan, before: string): string | null {
  const m = /从([^从]{2,24}?)中$/.exec(before);
  return m && sc.w.funds.some((f) => m[1].endsWith(f)) ? m[1] : null;
}

/** A word of funds.txt that names money (投资, 贷款, 增收), not an act that moves it (投入, 筹集). */
const namesFund = (w: Words, s: string) => w.funds.includes(s) && !w.fundActs.has(s);

const quotesOff = (s: string) => s.replace(/[“”"]/g, '');

function isVerb(sc: Scan, s: string): boolean {
  return (sc.w.verbs.get(s[0]) ?? []).includes(s) || (sc.w.stops.get(s[0]) ?? []).includes(s);
}

/** A name for the counted thing: two characters or more, Chinese, not a bare verb unless a fund (贷款, 投资). */
function usable(sc: Scan, np: string, verbs: boolean, funds = true): boolean {
  const bare = quotesOff(np);
  if (bare.length < 2 || !CJK.test(bare)) return false;
  return verbs || !isVerb(sc, bare) || (funds && namesFund(sc.w, bare));
}

/** A people claim names persons, not an act (困难帮扶20356人) or a place: then it has no subject. */
function personal(sc: Scan, np: string, kind: Kind): boolean {
  // 争取台州援疆指挥部32.8万元: the body that gives is not what the money is
  if (kind === 'money') return !sc.w.agents.some((a) => a.length > 1 && np.endsWith(a));
  if (kind !== 'people') return true;
  // nor a place or a body: 在七台河市有5万多人
  if (sc.w.agents.some((a) => np.endsWith(a))) return false;
  if (!isVerb(sc, np.slice(-2))) return true;
  for (let i = 0; i < np.length; i++) if (sc.wordAt(sc.w.people, i)) return true;
  return false;
}

/** The first quoted name after the number in its clause: 授予…等10位同志“最美创业”荣誉称号. */
function quotedAfter(t: string, from: number, end: number): string | null {
  const m = /“([^“”]{2,20})”/.exec(t.slice(from, end));
  return m ? m[0] : null;
}

/**
 * 1个自治区级、5个地(市)级残疾人托养服务中心: an item of only a level word shares the noun of the next
 * item; returns where that noun starts (or `at` itself).
 */
function elliptical(sc: Scan, lex: Lexicon, at: number, end: number): number {
  const rest = sc.t.slice(at, end);
  const lv = sc.w.level.exec(rest);
  if (!lv) return at;
  const m = /^[、和及与]\s*(?:[0-9.]+|[一二两三四五六七八九十]+)[万亿]?/.exec(rest.slice(lv[0].length));
  if (!m) return at;
  const pos = at + lv[0].length + m[0].length;
  const u = matchAt(sc.t, pos, lex.units, (x) => x.written);
  return u ? pos + u.written.length : at;
}

/** Whether the people noun list has a word ending at `end` of s. */
function endsWithPerson(w: Words, s: string): boolean {
  for (let k = Math.max(0, s.length - 4); k < s.length; k++) {
    if (w.people.get(s[k])?.some((p) => k + p.length === s.length && s.startsWith(p, k))) return true;
  }
  return false;
}

/**
 * The persons a people figure counts when a description without a verb of its own stands between
 * the classifier and a 的 (80名品学兼优的贫困大学生), not 100名职工的子女 (the description ends in persons).
 */
function describedPersons(sc: Scan, from: number, end: number): string | null {
  const { t } = sc;
  const de = t.indexOf('的', from);
  if (de < 0 || de >= end || de - from > 16) return null;
  const pre = t.slice(from, de);
  // (300名2019年入学的…大学新生: a date inside the description)
  if (!/^(?:[0-9]{4}年)?[\u4e00-\u9fff、]{2,}$/.test(pre) || endsWithPerson(sc.w, pre)) return null;
  const p = afterPhrase(sc, de + 1, end, false);
  // the phrase after 的 is persons itself (not 由126名专业律师组成的妇女法律维权服务团)
  return p && endsWithPerson(sc.w, t.slice(p[0], p[1])) ? t.slice(p[0], p[1]) : null;
}

/**
 * Subject of the number at [numStart, clsEnd): the noun phrase after its classifier when one stands
 * there (number first), else the one before it; for a share the part before 占; with none in the
 * clause, the subject of an earlier claim of the sentence with the same kind and unit, else null.
 */
export function subjectOf(
  t: string,
  tokens: Tokens,
  from: number,
  numStart: number,
  clsEnd: number,
  clauseEnd: number,
  lex: Lexicon,
  ctx: SubjectContext,
): string | null {
  const w = wordsOf(lex);
  const sc = new Scan(t, tokens, w, ctx.clauseStart, ctx.unit);
  const { kind } = ctx;
  const finish = (np: string) => {
    let s = trimTail(sc, kind === 'people' ? peopleCut(w, np) : np);
    const max = /[、和及]/.test(s) ? MAX_LIST : MAX;
    s = s.length > max ? s.slice(-max) : s;
    // a quote opened or closed outside the phrase (…等“1项指南、12个流程”) is not part of it
    if (!s.includes('“')) s = s.replace(/”/g, '');
    if (!s.includes('”')) s = s.replace(/“/g, '');
    // 残疾人就业率, 农村妇女参保率: a named rate is the rate (spec "Subject": 就业率); the persons it is
    // of are its scope (a rate word of up to four characters after them: not 职工|书屋覆盖率)
    if (kind === 'percent' && s.endsWith('率') && !w.indicatorRates.some((r) => s.endsWith(r))) {
      const k = peopleEnd(w, s);
      // (not 幼儿园覆盖率, 敬老院入住率: a place named by its persons)
      if (k > 0 && s.length - k >= 3 && s.length - k <= 4 && /^[\u4e00-\u9fff]+$/.test(s.slice(k)) && !/^[园院所校馆]/.test(s.slice(k))) s = s.slice(k);
    }
    // 助学金总额 → 助学金: the total of a fund is the fund
    const total = kind === 'money' ? /^(.{2,})(?:总额|总金额)$/.exec(s) : null;
    if (total && w.funds.some((f) => total[1].endsWith(f))) s = total[1];
    // 向中国青少年发展基金会捐款1亿元 → 捐款: the fund after the body that receives or gives it
    if (kind === 'money') {
      for (const a of w.agents) {
        const k = a.length > 1 ? s.lastIndexOf(a) : -1;
        const rest = k >= 0 ? s.slice(k + a.length) : '';
        // not inside a list (三峡公益基金和市妇联项目资金)
        if (rest.length >= 2 && w.funds.some((f) => rest.endsWith(f)) && !/[和及与、]/.test(s.slice(0, k))) {
          s = rest;
          break;
        }
      }
    }
    return s;
  };
  // 9区9县: a place noun counting itself
  if (kind === 'count' && ctx.unit && w.placeUnits.has(ctx.unit)) return ctx.unit;
  // a counted honor without a title of its own: the title conferred after it
  if (kind === 'honor') {
    const q = quotedAfter(t, clsEnd, clauseEnd);
    if (q) return q;
  }

  // 80名品学兼优的贫困大学生, 50名家庭贫困、成绩优秀的大学生: the persons after a describing 的
  const described = kind === 'people' ? describedPersons(sc, clsEnd, clauseEnd) : null;
  if (described) return finish(described);
  // (现金600元|和米面油票: a joint right after the amount begins the next item, not its noun)
  const joined = /^\s*(?:以及|和|及|与)/.test(t.slice(clsEnd, clsEnd + 3));
  let after = (kind === 'percent' && t[clsEnd] !== '的') || joined ? null : afterPhrase(sc, elliptical(sc, lex, clsEnd, clauseEnd), clauseEnd);
  // 68人的资金: what belongs to the persons is not what counts them
  if (after && kind === 'people' && /^(?:多|余)?的/.test(t.slice(clsEnd, after[0])) && !endsWithPerson(w, t.slice(after[0], after[1]))) after = null;
  if (after) {
    let phrase = t.slice(after[0], after[1]).replace(/\s+/g, '');
    // 5名中西部计划志愿者、19名青少年事务社工等青年志愿者: after its number an item ends at the 等 that
    // closes the list (the noun after 等 names the whole list)
    const deng = phrase.indexOf('等');
    const listed = /、[\u4e00-\u9fff]*$/.test(t.slice(Math.max(ctx.clauseStart, numStart - 12), numStart));
    if (deng >= 2 && listed && sc.alone(after[0] + deng)) {
      phrase = phrase.slice(0, deng);
    }
    const np0 = headOf(trimTail(sc, trimHead(sc, phrase, kind, after[0])), kind);
    // 2元—10元|之间: a position word names nothing
    const np = w.tails.includes(np0) ? '' : np0;
    // 各级设立的259个大姐工坊中: a place word closing the phrase
    const loc = np.slice(-1);
    // (not the last character of a noun: 寄宿制初中, 高中)
    const word = w.localizerWords.some((x) => np.endsWith(x));
    const s = w.localizers.has(loc) && !word && (np.length >= 4 || (np.length === 3 && /[中内里]/.test(loc))) ? np.slice(0, -1) : np;
    if (usable(sc, s, false)) return finish(s);
    // 覆盖57个村, 走访12个村的…, 为30个村建设…: a one-character noun closing the clause or the item
    // (126个村(社区)建立…, 12个县(区)参加: with the alternative in brackets after it, as written)
    const alt = s.length === 1 ? /^\([\u4e00-\u9fff、]{1,4}\)/.exec(t.slice(after[1], clauseEnd)) : null;
    const end = after[1] + (alt ? alt[0].length : 0);
    const next = t.slice(end, end + 2);
    // …, or its body (91个县(区)妇联争取…)
    const body = w.agents.some((x) => x.length > 1 && t.startsWith(x, end));
    const closed = end === clauseEnd || body || /^(?:的|、|和|及|以及|[0-9])/.test(next) || sc.wordAt(w.stops, end, clauseEnd) !== null;
    if (s.length === 1 && closed && CJK.test(s) && !isVerb(sc, s) && !w.localizers.has(s) && !w.tails.includes(s)) {
      return alt ? s + alt[0] : s;
    }
  }

  // after an earlier claim of the clause, its own noun is not ours: 10个乡镇以及…农村妇女1000余名
  let start = from;
  if (from > ctx.clauseStart) {
    // (“制造业”34.1%、“交通运输业”10.9%: after a share or a list mark the next item begins)
    const last = ctx.earlier[ctx.earlier.length - 1];
    const prev = last?.kind === 'percent' || /^\s*、/.test(t.slice(from, from + 3)) ? null : afterPhrase(sc, from, clauseEnd, false);
    if (prev && prev[0] === from) start = Math.min(prev[1], numStart);
    const joint = /^[\s、,]*(?:以及|和|及|与|的)?/.exec(t.slice(start, numStart));
    start += joint ? joint[0].length : 0;
  }
  // 选拔到县直机关(其中乡镇妇联主席4位): a bracket open before the number is a clause of its own
  const open = t.lastIndexOf('(', numStart);
  if (open >= start && t.indexOf(')', open) >= numStart) start = open + 1;
  // a share: the part before 占 (女性占干部总数的41.26%)
  let stop = numStart;
  if (kind === 'percent') {
    const seg = t.slice(start, numStart);
    const z = seg.lastIndexOf('占');
    // (托育费用超过普通家庭月收入的30%: the part before a hedge on the base of the share)
    const over = SHARE_HEDGE_BASE.exec(seg);
    if (z >= 0) stop = start + z;
    else if (over && over.index > 0) stop = start + over.index;
    // a change: what changed stands before the comparison (女性比例分别比上届提高6%, 发生率由2015年的…)
    else {
      // …的女性比男性高出4.0个百分点: the group compared stands before 比 (not 比例, 比重)
      const than = seg.search(w.than);
      const bare = seg.replace(/^[\s,、]+/, '');
      const change = w.changes.includes(bare.replace(/了$/, '')) ? seg.indexOf(bare) : -1;
      const c = Math.min(...[...w.compare.map((x) => seg.indexOf(x)), seg.search(/[比较由从]([0-9]{4}|[一二两三四五六七八九十]+)年(前)?/), than, change].filter((x) => x >= 0));
      if (c < Infinity) stop = start + c;
    }
  } else {
    // 新增就业岗位8000个,比上年增加1200个: a clause that opens with a comparison counts the sentence's noun
    const seg = t.slice(start, numStart);
    const year = /^[比较](?:[0-9]{4}|[一二两三四五六七八九十〇零]{4})年(?:同期)?/.exec(seg.replace(/^[\s,、]+/, ''));
    // 普通本科在校女生37.3万人,增加0.9万人: a clause that is only a change counts the sentence's noun
    const bare = seg.replace(/^[\s,、]+/, '');
    const change = w.changes.find((x) => bare === x || bare === x + '了');
    const c = w.compare.find((x) => bare.startsWith(x)) ?? year?.[0] ?? change;
    // 送温暖金额比上年增加53.8万元: what changed stands before a comparison inside the clause, with a
    // word of change after it
    const mid = Math.min(...w.compare.filter((x) => !/^[由从]/.test(x)).map((x) => seg.indexOf(x)).filter((x) => x > 0));
    if (c) stop = start + seg.indexOf(c);
    else if (mid < Infinity && w.changes.some((x) => seg.includes(x, mid))) stop = start + mid;
    // 贷款额度由过去的3万元提至10万元: what changed stands before the point it changed from
    else {
      const from = Math.min(...w.compare.filter((x) => /^[由从]/.test(x)).map((x) => seg.indexOf(x)).filter((x) => x > 0));
      if (from < Infinity) stop = start + from;
    }
  }
  let { np, verb } = beforePhrase(sc, start, stop, kind);
  // 推荐基层妇联干部参加|新疆妇女干部学校培训12人: the persons before a verb of attending, not a person noun inside its event
  if (kind === 'people' && verb && w.attend.has(t.slice(verb[0], verb[1])) && !endsWithPerson(w, trimTail(sc, t.slice(verb[1], stop)))) {
    const persons = personsBefore(sc, start, verb[0]);
    np = persons ?? '';
  }
  // 城镇从业人员中女性占34.9%, 村委会成员中女性比例达30%: the persons after 中 (among …)
  if (kind === 'percent') {
    // the persons after 中 (女性, 女性比例), or a group after a group of persons (人员中女大学生), not 中国…
    for (let k = np.lastIndexOf('中'); k > 0; k = np.lastIndexOf('中', k - 1)) {
      const rest = np.slice(k + 1);
      const among = endsWithPerson(w, np.slice(0, k));
      if (rest.length >= 2 && (!!w.people.get(rest[0])?.some((p) => rest.startsWith(p)) || (among && endsWithPerson(w, rest)))) {
        np = rest;
        break;
      }
    }
  }
  const bareVerb = isVerb(sc, quotesOff(np));
  const passive = verb !== null && w.passive.has(t.slice(verb[0], verb[1]));
  // a verb standing for the thing: 宣讲20余次, 实现增收80万元, not 每人受资助2000元
  if (bareVerb ? (kind === 'count' && w.events.has(np)) || (kind === 'money' && !passive && namesFund(w, np)) : usable(sc, np, false) && personal(sc, np, kind)) {
    return finish(np);
  }
  // 公司捐款72万元, 每人救助4000元, 共获救助254万元: an act named right before the amount whose name is
  // the money (subject-money-acts.txt) is what the amount counts
  if (kind === 'money') {
    const act = bareVerb ? quotesOff(np) : np === '' && verb ? t.slice(verb[0], verb[1]) : '';
    if (w.moneyActs.has(act)) return act;
  }
  // a share with no part of its own: the sentence's (全市现有女干部34365人,占干部总数的41.26%)
  if (stop < numStart && !np) {
    for (let k = ctx.earlier.length - 1; k >= 0 && ctx.earlier[k].span[0] >= ctx.sentStart; k--) {
      const e = ctx.earlier[k];
      if (kind !== 'percent' && (e.kind !== kind || e.unit !== ctx.unit)) continue;
      if (e.subject) return e.subject;
    }
  }

  // 房证抵押贷款165户840万元, 妇女创业小额贷款54人415万元: the amount of the fund just counted (the noun
  // before that count, also where the count's own subject is its persons)
  // (三项助学金共计16.6万元: also after the count's own noun, with only scope words before the amount)
  const afterCount = start > from && onlyScope(w, t.slice(start, numStart));
  if (kind === 'money' && (start === from || afterCount) && from > ctx.clauseStart && np === '') {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    const fundLike = (x: string) => [...w.funds, ...w.fundNames].some((f) => x.endsWith(f));
    if (prev?.subject && fundLike(prev.subject)) return prev.subject;
    if (prev && prev.span[0] > ctx.clauseStart) {
      const itemStart = Math.max(ctx.clauseStart, t.lastIndexOf('、', prev.span[0]) + 1);
      const item = beforePhrase(sc, itemStart, prev.span[0], kind).np;
      if (item && fundLike(item)) return finish(item);
    }
  }
  // 分别培训学员120人、150人: a bare item of a list of amounts counts what the item before it counts
  const last = ctx.earlier[ctx.earlier.length - 1];
  if (last && last.subject && last.kind === kind && last.unit === ctx.unit && last.span[1] <= from && /^\s*(?:[、和及与]|以及)\s*$/.test(t.slice(last.span[1], numStart).replace(/^[^、和及与]{0,3}?(?=[、和及与]|以及)/, ''))) {
    if (np === '' || !usable(sc, np, false)) return last.subject;
  }
  // 培训妇女2期120人, 贫困户9户13人: a figure written right after another counts what that one counts
  // (persons only where that one counts persons or households; money has its own rule above)
  const names = (x: string) => kind !== 'people' || endsWithPerson(w, x) || /[户家]$|家庭$/.test(x);
  if (np === '' && kind !== 'money' && last?.subject && from > ctx.clauseStart && last.span[1] <= from && /^\s*$/.test(t.slice(from, numStart)) && last.kind !== kind && names(last.subject)) {
    return last.subject;
  }
  // 发放慰问金22.68万元,…慰问品…4.61万元,合计27.22万元: a sum of what came before is none of its items
  const sum = w.totals.includes(t.slice(ctx.clauseStart, numStart).replace(/[\s,、达为了]+/g, ''));
  // no noun of its own: the sentence's noun for the same thing (每人受资助2000元 → 助学金, 提高6%和9%),
  // not for people (a group of people is not another group)
  if (kind !== 'people' && !sum) {
    for (let k = ctx.earlier.length - 1; k >= 0; k--) {
      const c = ctx.earlier[k];
      if (c.span[0] < ctx.sentStart) break;
      if (c.unit === ctx.unit && c.kind === kind && c.subject) return c.subject;
    }
  }
  // a verb that is also the fund's name: 收到捐款11.2万元 (not 计划筹资3500万)
  if (kind === 'money' && usable(sc, np, true) && personal(sc, np, kind) && !w.fundActs.has(np) && (!isVerb(sc, np) || w.funds.some((f) => np.endsWith(f)))) return finish(np);
  // 产业工人比重突出,共计373名: a people figure in a clause of only a total takes the persons its sentence names
  if (kind === 'people' && !ctx.earlier.some((c) => c.span[0] >= ctx.sentStart)) {
    const persons = personsBefore(sc, ctx.sentStart, ctx.clauseStart);
    if (persons && onlyScope(w, t.slice(ctx.clauseStart, numStart))) return finish(persons);
  }
  // 辅具适配3600人, 安置就业6000人, 提供康复服务5.2万人: a people figure right after the act it counts,
  // with no persons named, is labelled by the act
  if (kind === 'people') {
    const act = actBefore(sc, start, numStart);
    if (act) return act;
  }
  return null;
}

// verbs that govern the act after them and are no part of its name (提供|康复服务)
const GOVERN = ['提供', '完成', '开展', '进行', '实施', '实现'];

/** The act a people figure counts when the clause before it names one and no persons (辅具适配, 新增就业). */
function actBefore(sc: Scan, from: number, numStart: number): string | null {
  const { t, w } = sc;
  let a = trimTail(sc, trimHead(sc, t.slice(from, numStart).replace(/^[\s,、]+/, ''), 'people'));
  for (const v of GOVERN) if (a.startsWith(v) && a.length > v.length) a = a.slice(v.length);
  // (完成“两癌”免费筛查114人: a quoted name may open the act)
  if (!/^(?:“[^“”]{1,8}”)?[\u4e00-\u9fff]{2,8}$/.test(a)) return null;
  // not persons, a place or a body (在七台河市有5万多人), nor a verb that governs persons after it (吸引|投票, 组织|收看)
  for (let i = 0; i < a.length; i++) if (w.people.get(a[i])?.some((p) => a.startsWith(p, i))) return null;
  if (w.agents.some((x) => a.endsWith(x)) || w.preps.get(a[0])?.some((p) => a.startsWith(p))) return null;
  // the act ends the clause part before the number: a verb or a noun-verb ends it (适配, 就业, 服务)
  const last = a.slice(-2);
  if (!isVerb(sc, last) && !w.nounVerbs.has(last)) return null;
  // (省里下拨52人的康复资金: an act that moves money counts no persons)
  if (w.fundActs.has(last) || /下拨|拨付|发放|筹集/.test(a)) return null;
  // one verb alone is an act only where it names a service (托养, 康复), not where it governs (吸引, 组织)
  if (a.length === 2 && !w.nounVerbs.has(a)) return null;
  return a;
}

/** Whether s holds nothing but scope and tail words (共计, 共有, 累计达). */
function onlyScope(w: Words, s: string): boolean {
  s = s.replace(/[\s,、]+/g, '');
  for (let cut = true; cut && s; ) {
    const x = w.scope.find((y) => s.startsWith(y)) ?? w.tails.find((y) => s.startsWith(y));
    cut = !!x;
    if (x) s = s.slice(x.length);
  }
  return s === '';
}

/** The last noun phrase ending in a person noun in [from, to), within its clause. */
function personsBefore(sc: Scan, from: number, to: number): string | null {
  const { t, w } = sc;
  for (let e = to; e > from; e--) {
    if (!endsWithPerson(w, t.slice(from, e)) || endsWithPerson(w, t.slice(from, e + 1))) continue;
    const cs = Math.max(from, ...[',', ';', ':', '。'].map((x) => t.lastIndexOf(x, e - 1) + 1));
    const np = beforePhrase(sc, cs, e, 'people').np;
    return np && endsWithPerson(w, np) ? np : null;
  }
  return null;
}
