import { loadList } from '../../dict.js';
import type { Kind, Tokens } from '../../doc.js';
import { regionOfName } from '../region.js';
import type { Lexicon } from './lexicon.js';
import { matchAt } from './lexicon.js';
import type { NumberMatch } from './numbers.js';
import { clauseAt, isHeadingLine, quoteAround } from './text.js';

// What carries a number but is not a statistic (spec: "Not claims"). Each rule states a pattern.

const CN_DIGIT = '一二三四五六七八九十两俩廿〇零';
// 至/到 join the two ends of a range (三至五次), not the words of an alternation
const HAN_NOT_NUMERAL = `[^\\s\\d${CN_DIGIT}百千万亿至到,.;:!?、。“”"()《》]`;
/** 三访四察五送, 四评三晒两兑换, 三区一城, 一家一特色: numerals alternating with short words. */
const ALTERNATION = new RegExp(`[${CN_DIGIT}]${HAN_NOT_NUMERAL}{1,2}[${CN_DIGIT}]${HAN_NOT_NUMERAL}{1,2}`, 'g');
const CN_NEAR = new RegExp(`[${CN_DIGIT}]`);
const COUNTED_LIST = /^(\d+[^、\d]{1,6}、)+\d+[^、\d]{1,6}$/;
/** 4+1工作法, 4+X, 1+N: a numeral joined by a plus sign. */
const PLUS = /[0-9一二三四五六七八九十]\s*\+\s*[0-9A-Za-z一二三四五六七八九十]/g;

const NUMERAL_WORD = new RegExp(`^[${CN_DIGIT}百千万亿]+$`);

/** 一万一千: a word of numerals only (万一) that the number read as part of itself blocks nothing. */
function numeralInside(w: string, at: number, n: NumberMatch): boolean {
  return n.chinese && at >= n.start && at + w.length <= n.end && NUMERAL_WORD.test(w);
}

/**
 * Whether a number stands where no number is a claim: inside a fixed slogan or name from the
 * dictionary, a short quoted name that holds a numeral (“五个镇赉”, “七个100%”, “12·4”), a numeral
 * alternation or an N+X formula. Looks only around the number: constant work per number.
 */
export function isBlocked(t: string, n: NumberMatch, lex: Lexicon): boolean {
  // 四分之一, 三分之二: a share whose 之一 is no slogan and whose digits alternate with no word
  const of = n.percent === 'percent' ? t.indexOf('分之', n.start) : -1;
  const share = of >= 0 && of < n.end;
  for (let p = n.start; p < (share ? of : n.end); p++) {
    const near = lex.slogansByChar.get(t[p]);
    if (near) for (const [w, off] of near) if (p >= off && t.startsWith(w, p - off) && !numeralInside(w, p - off, n)) return true;
  }
  const short = quoteAround(t, n.start, n.end, 12);
  // “1项指南、12个规范”: a quoted list of counted deliverables is counts, any other short quote a name
  if (short && !COUNTED_LIST.test(t.slice(short[0] + 1, short[1]))) return true;
  // “缩小三个差距、促进共同富裕”: a quoted slogan or name, not quoted speech (which has punctuation)
  // (digits in a quote can be counts: “1项指南、12个规范、12个流程”)
  const q = n.chinese ? quoteAround(t, n.start, n.end, 24) : null;
  if (q && !/[,。;:!?]/.test(t.slice(q[0] + 1, q[1]))) return true;
  const from = Math.max(0, n.start - 6);
  const window = t.slice(from, Math.min(t.length, n.end + 6));
  // most numbers have neither a Chinese numeral nor a plus sign nearby: no regex then
  if (share || (!CN_NEAR.test(window) && !window.includes('+'))) return false;
  for (const re of [ALTERNATION, PLUS]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = from + m.index;
      if (s < n.end && s + m[0].length > n.start) return true;
      re.lastIndex = m.index + 1;
    }
  }
  return false;
}

/**
 * Why the number at `n`, read with the classifier that starts at `clsAt`, is not a claim; null when
 * it may be one.
 */
export function rejectReason(t: string, n: NumberMatch, clsAt: number, lex: Lexicon): string | null {
  const before = t.slice(Math.max(0, n.start - 4), n.start);
  const raw = t.slice(n.start, n.end);
  // ordinals: 第十二次, 第四期, 第B03版
  if (/第\s*$/.test(before)) return 'ordinal';
  // 位列全省前十名, 进入全市前3位: a rank, not persons (前100名优秀志愿者 names whom it counts)
  // (前八名中有5名: the ranks among which others are counted)
  if (/(^|[^之以目当提此年月日])前$/.test(before) && /^[名位强](?:$|[^\u4e00-\u9fff“"《]|的|之列|行列|中|里)/.test(t.slice(clsAt, clsAt + 3))) return 'ordinal';
  // 这三项工作, 上述两个方面, 养好这3头猪: a count that refers back to what was said, not a report
  // (这7名妇女每人发放了1万元 names the recipients of a figure that follows in its clause: a claim)
  // (其中高级工以上500名: 以上 after a noun, the count closing its clause, closes a class and points back at
  // nothing; 突出以下六类群体, 以上三项工作 point at what they count)
  const anaphor = lex.anaphors.find((a) => before.endsWith(a));
  const afterNoun = !!anaphor && /^以[上下]$/.test(anaphor) && /[\u4e00-\u9fff]/.test(t[n.start - anaphor.length - 1] ?? '') && clauseAt(t, clsAt)[1] - clsAt <= 2;
  if (anaphor && !afterNoun && (n.chinese || !/[0-9０-９]/.test(t.slice(clsAt, clauseAt(t, clsAt)[1])))) return 'anaphor';
  // 市十五届人大, 九届政协: a term of a body written without 第
  if (n.chinese && t.startsWith('届', clsAt) && lex.termBodies.some((b) => t.startsWith(b, clsAt + 1))) return 'ordinal';
  // 十四届十四次执委会议, 第十三届三次全委会: the term and the session of a body's meeting are ordinals
  // (traditional 屆 too)
  if (/^[届屆]\s*[0-9一二三四五六七八九十百]+\s*次/.test(t.slice(clsAt, clsAt + 8))) return 'ordinal';
  if (t.startsWith('次', clsAt) && /[0-9一二三四五六七八九十百][届屆]\s*$/.test(t.slice(Math.max(0, n.start - 6), n.start))) return 'ordinal';
  // 市十届人大二次会议, 七届省委三次全会: the session of a term's body, its name between the term and the session
  if (n.chinese && /^次(?:会议|全会|全体会议|全委会|大会)/.test(t.slice(clsAt, clsAt + 5)) && /[届屆][\u4e00-\u9fff]{1,6}$/.test(t.slice(Math.max(0, n.start - 8), n.start))) return 'ordinal';
  // 七届五次、六次、七次全委会: every session of a term's list is an ordinal
  if (t.startsWith('次', clsAt) && /[届屆]\s*[0-9一二三四五六七八九十百]+\s*次(?:\s*[、,，和及与]\s*[0-9一二三四五六七八九十百]+\s*次)*\s*[、,，和及与]\s*$/.test(t.slice(Math.max(0, n.start - 40), n.start))) return 'ordinal';
  // 2020届毕业生: the year a class finishes names the class, it counts no terms
  if (!n.chinese && /^(19|20)\d{2}$/.test(raw) && /^[届屆]/.test(t.slice(clsAt, clsAt + 1))) return 'time';
  // 连续五届位居第一, 连续3届被评为: consecutive terms say for how long, they count nothing
  if (/连续$/.test(before) && t.startsWith('届', clsAt)) return 'time';
  // 连续12期位居全省前列, 连续5次荣获: a standing kept for so many rounds (not 连续举办12期培训班)
  const round = /^(?:期|次|轮)/.exec(t.slice(clsAt, clsAt + 1));
  if (round && /连续$/.test(before) && lex.streakVerbs.some((v) => t.startsWith(v, clsAt + 1))) return 'time';
  // dates, times, durations and ages: 2018年, 11月, 20余年, 4岁
  if (matchAt(t, clsAt, lex.timeUnits, (x) => x)) return 'time';
  // 2小时06分19秒, 1小时30分钟: a time of the clock or a race (服务时长10万小时 counts hours)
  if (/^(个)?小时\s*[0-9０-９一二三四五六七八九十]+\s*分/.test(t.slice(clsAt, clsAt + 8))) return 'time';
  // 19-12-18, 0913-2126249, 12·4, 14:27, 1/1: numbers glued by date, phone or page separators
  if (/[-·:/.]$/.test(before) && /\d/.test(before.slice(0, -1)) && !/[\u4e00-\u9fff]/.test(before.slice(-2, -1))) return 'code';
  if (/^[-·:/]\d/.test(t.slice(n.end, n.end + 2))) return 'code';
  // FM94.1, ICP备2021025553号, DNA: a number glued to Latin letters is a code or a name
  // (PD-1, COVID-19: a number after Latin letters and a hyphen too)
  if (/[A-Za-z]$/.test(before) || /[A-Za-z]-$/.test(before) || /^[A-Za-z]/.test(t.slice(n.end, n.end + 1))) return 'code';
  // (备 alone is no licence mark: 配备2至3名执委, 储备30名)
  if (/(ICP备|ICP证|网安备|备案号|邮编|编号|代码)[::]?\s*$/.test(before) || /(电话|热线|号码)[::]\s*$/.test(before)) return 'code';
  // 热线12338 names a number; 热线12条, 电话300余个 count lines and calls
  if (/(电话|热线|号码)\s*$/.test(before) && !matchAt(t, clsAt, lex.units, (x) => x.written)) return 'code';
  // long bare digit strings are codes or phone numbers, never counts written that way
  if (!n.chinese && /^\d{7,}$/.test(raw) && n.multiplier === '') return 'code';
  // service numbers: 110家暴中心, 12338妇女维权热线
  if (!n.chinese && n.valueMax === null && lex.hotlines.has(n.value) && /^\d+$/.test(raw)) {
    // 120支代表队 counts teams; 110家暴中心, 12338热线 name a service
    const u = matchAt(t, n.end, lex.units, (x) => x.written);
    const after = u ? t.slice(n.end + u.written.length, n.end + u.written.length + 6) : '';
    // (12345市民热线, 12333人社服务热线: the word read as the unit opens the service's name)
    // (not 120个服务热线: 个 and 条 count lines)
    const reach = /^[个条部路]$/.test(u?.written ?? '') ? 1 : 4;
    if (!u || /^[\u4e00-\u9fff]{0,1}(暴|警|线|台|中心)/.test(after) || (u.written.length === 1 && new RegExp(`^[\u4e00-\u9fff]{0,${reach}}热线`).test(after))) return 'hotline';
  }
  // 1对1帮扶, 1对多: a pairing scheme, as 一对一 (not 1 pair)
  if (/^对\s*[\d一二两三四五六七八九十多N]/.test(t.slice(clsAt, clsAt + 3))) return 'name';
  // 联合17部门印发, 中组部等六部委: the co-issuers of a document, named by their number (not 17 of 部)
  if (/^部[门委]/.test(t.slice(clsAt, clsAt + 2))) return 'name';
  // 下降1.2个十万分点, 8.36/10万: points of a rate per ten or a hundred thousand measure a rate's change, as no count
  if (/^个?(十万|万|千)分点/.test(t.slice(clsAt, clsAt + 5))) return 'rate';
  // 重点抓好三件事:一是…, 做到以下四点:一要…: the count of the items a list is about to give, an enumeration
  if (n.chinese && n.value <= 12 && /^[\u4e00-\u9fff]{1,6}[:：]\s*(?:一是|一要|一抓|首先|第一|[(（]一[)）]|1[.、．])/.test(t.slice(clsAt, clsAt + 16))) return 'enumeration';
  // 可同时容纳3000余人就餐, 可容纳1800名学生: what a place can hold describes it, it counts nobody
  if (/容纳(?:约|近|逾|超过)?\s*$/.test(t.slice(Math.max(0, n.start - 6), n.start))) return 'capacity';
  // page furniture: 1 条记录, 1/1 页, 上一版3
  if (/^\s*(条记录|页|版)/.test(t.slice(clsAt, clsAt + 4))) return 'furniture';
  if (/(上一|下一)(版|篇|页|期)\s*$/.test(before)) return 'furniture';
  // a headline or section heading is not where statistics are reported
  if (isHeadingLine(t, n.start) && !countedInHeading(t, n.start)) return 'heading';
  return null;
}

/**
 * 一、国家级表彰(3个集体、2名个人), 二、海南省三八红旗手(100名): the counts in brackets that close a heading of a
 * roster are what the section lists, reported as any count is. The heading's words before the bracket, or null.
 */
export function countedInHeading(t: string, pos: number): { start: number; end: number } | null {
  const ls = t.lastIndexOf('\n', pos - 1) + 1;
  let le = t.indexOf('\n', pos);
  if (le < 0) le = t.length;
  const m = /[(（]((?:[0-9０-９]+[名个户人家项位][\u4e00-\u9fff]{0,3}[、,，和及]?)+)[)）][:：]?\s*$/.exec(t.slice(ls, le));
  return m && ls + m.index! < pos ? { start: ls, end: ls + m.index! } : null;
}

/** 服务对象100人以上的服务站, 50人以下, 时长大于1小时的志愿者: a number that defines a category. */
export function isThreshold(t: string, afterCls: number, numStart: number, kind: Kind, lex: Lexicon, measure = false): boolean {
  const rest = t.slice(afterCls, afterCls + 4);
  // (损失率控制在1.2%以内, 控制在5000人以下: a limit kept is a figure reported, hedged under)
  if (/^(以下|及以下|以内)/.test(rest)) return !/(控制在|保持在|稳定在|降至|降到|下降到)\s*$/.test(t.slice(Math.max(0, numStart - 4), numStart));
  if (/(大于|小于|高于|低于|多于|少于)$/.test(t.slice(Math.max(0, numStart - 2), numStart)) && rest.startsWith('的')) return true;
  // 安排残疾人就业比例不得低于在职职工总数的1.5%: a rule's bound (不得, 不应) sets what all must meet, it reports
  // nothing (确保检查率不低于95% is a target and stays)
  if (/不(得|应|能)(低于|少于|高于|超过|多于|大于|小于)[^,;。]{0,12}$/.test(t.slice(Math.max(0, numStart - 16), numStart))) return true;
  // 授予女性成员占比超60%、服务优质的岗位: a share floor in a clause that ends in 的 + noun is a criterion
  if (kind === 'percent' && /(占比|比例|比重)(超过|超|达到|达|不低于|不少于|高于)$/.test(t.slice(Math.max(0, numStart - 6), numStart)) &&
    /^[^,;:。!?\n]{0,24}?的[\u4e00-\u9fff]/.test(t.slice(afterCls, afterCls + 30))) return true;
  // 年产值超千万元的企业45家, 收入过万元的家庭占35%: a floor in a 的-clause whose noun is counted right after
  // defines a class; the count after it is the claim (帮助超过1000名的妇女就业, with no count after, is one)
  // (超过90%的移民和近200家企业: a share of the noun after it, and a second item joined by 和, stay claims)
  if (kind !== 'percent' && /(超过|超|逾|过|达到|达|高于|不低于|不少于)$/.test(t.slice(Math.max(0, numStart - 3), numStart)) &&
    /^的[^\P{Script=Han}和及与近约]{0,8}?(有|达|共|计|占)?\s*[0-9一二两三四五六七八九十百千]/u.test(t.slice(afterCls, afterCls + 16))) return true;
  // 其中超10亿元项目21个, 亿元以上项目56个: a size of money before the noun counted right after it, and its count
  // closing the item, defines the class (资金超过500万元惠及3000名妇女 does not)
  if (kind === 'money' && (/(超过|超|逾|过)$/.test(t.slice(Math.max(0, numStart - 2), numStart)) || /^(以上|及以上)/.test(rest)) &&
    /^(?:以上|及以上)?[\u4e00-\u9fff]{1,4}[0-9０-９一二两三四五六七八九十]+[个家项所座户](?:[,;。、\n]|$)/.test(t.slice(afterCls, afterCls + 14))) return true;
  // 贷款超过50万元的需提供担保, 年满60周岁以上的可申请: a 的 that names whoever passes the bound, followed by
  // what they must or may do, is a condition
  if (/(超过|超|逾|高于|低于|不足|达到|满)$/.test(t.slice(Math.max(0, numStart - 2), numStart)) || /^(以上|以下)/.test(rest)) {
    if (/^(?:以上|以下|及以上)?的(需|须|要|应|可|必须|一律|均需|均可|不予|不得)/.test(t.slice(afterCls, afterCls + 8))) return true;
  }
  // 每超过1人,奖励6000元: the step a rate is paid by, no figure reported
  if (/每(超过|超出|增加|多)$/.test(t.slice(Math.max(0, numStart - 3), numStart))) return true;
  // 吸纳3名以上残疾人就业的,补贴…; 安排就业超过规定比例(1.5%)的,…: a bound inside a clause that ends in 的 names
  // whoever passes it (a condition); 培训2000名以上的妇女 keeps its noun right after 的
  // (对吸纳5名以上残疾人就业的企业: or in 的 and the noun it describes)
  const [, ce] = clauseAt(t, afterCls);
  const ofWhom = /^[^的,;。()（）\d]{2,}的[\u4e00-\u9fff]{0,4}$/.test(t.slice(afterCls, ce).replace(/^[)）]?(以上|及以上)?/, ''));
  // (not 不超过40名…, a hedge; not 超额完成3亿元的…任务)
  const near = t.slice(Math.max(0, numStart - 12), numStart);
  const bound = /(?<!不)(超过|高于|低于|不足|满)[^,;。的\d]{0,8}$/.test(near) || /(?<![不])超$/.test(near);
  if (ofWhom && (/^(以上|及以上)/.test(rest) || bound)) return true;
  // (超过规定比例(1.5%)的: the bound in brackets after the rule that names it)
  if (bound && /^[)）]的$/.test(t.slice(afterCls, ce))) return true;
  // (扶持年销售额超过500万元的企业,: a size that defines the class named after 的, at the clause's end; persons so
  // counted are a hedged count, 帮助超过1000名的妇女)
  if (bound && (kind === 'money' || kind === 'percent') && /^的[\u4e00-\u9fff]{1,4}$/.test(t.slice(afterCls, ce))) return true;
  const over = /^(以上|及以上)\s*/.exec(rest);
  if (!over || !/^(的|[\u4e00-\u9fff])/.test(t.slice(afterCls + over[0].length, afterCls + over[0].length + 1))) return false;
  // 在全省20%以上的村建立…, 全县80%以上的村: after a scope, a share of the units named after 的 is a
  // claim (收入增长10%以上的企业 still defines a class)
  // (确保覆盖90%以上的家庭: after a verb of reaching, the share of the units named after 的 is reached)
  if (kind === 'percent' && /(全[国省市县区州盟旗镇乡]|[在有使让]|覆盖|惠及|辐射)$/.test(t.slice(Math.max(0, numStart - 2), numStart))) return false;
  // (三成以上村妇联主席进入村“两委”, 80%以上的村建立了…: a share that opens its clause is of the noun after it)
  if (kind === 'percent' && t.slice(clauseAt(t, numStart)[0], numStart).trim() === '') return false;
  // 为200家以上科研单位提供…: things counted whole, with what they count after 以上 and no 的-clause, are a
  // hedged count (a size that defines a class is a measure or money: 50亩以上种植大户; or has 的: 3个以上子女的家庭)
  if (kind === 'count' && !measure && !/的/.test(t.slice(afterCls + over[0].length, clauseAt(t, afterCls)[1]))) return false;
  // 带动2000名以上农村妇女增收: persons counted with the persons after 以上 are a hedged count, not a
  // class of things defined by a size (100人以上的服务站, 100人以上企业)
  if (kind !== 'people') return true;
  const at = afterCls + over[0].length;
  for (let i = at; i <= at + 3 && /[\u4e00-\u9fff]/.test(t[i] ?? ''); i++) {
    if (lex.peopleNouns.some((p) => t.startsWith(p, i))) return false;
    if (lex.thresholdHeads.some((h) => t.startsWith(h, i))) return true;
  }
  return true;
}

let epithets: string[] | null = null;
let surnames: Set<string> | null = null;

/**
 * 80万吨乙烯工程专家李某、…: a number inside an epithet written before one person's name describes
 * that person (a head of person-epithets.txt, then a name of two or three characters with a common
 * surname, closed by a list mark or comma).
 */
export function isPersonEpithet(t: string, afterCls: number): boolean {
  epithets ??= loadList('person-epithets.txt').sort((a, b) => b.length - a.length);
  surnames ??= new Set(loadList('surnames.txt'));
  const m = /^[\u4e00-\u9fff]{0,8}/.exec(t.slice(afterCls, afterCls + 16))![0];
  for (const h of epithets) {
    for (let k = m.indexOf(h); k >= 0; k = m.indexOf(h, k + 1)) {
      const at = afterCls + k + h.length;
      if (surnames.has(t[at]) && /^[\u4e00-\u9fff]{1,2}[、,，]/.test(t.slice(at + 1, at + 4))) return true;
    }
  }
  return false;
}

/** 两个孩子的妈妈: a numeral that describes one person or family. */
export function isOnePersonDescription(t: string, afterCls: number, lex: Lexicon): boolean {
  const m = /^[\u4e00-\u9fff]{1,4}的/.exec(t.slice(afterCls, afterCls + 6));
  if (!m) return false;
  return lex.onePerson.some((h) => t.startsWith(h, afterCls + m[0].length));
}

/**
 * Names built on a Chinese numeral: 八项规定 / 五项机制 (a programme), 十三届执行委员会 (an ordinal),
 * 六部委 (the classifier is the first character of a longer word).
 */
export function isNumeralName(t: string, n: NumberMatch, clsStart: number, clsEnd: number, tokens: Tokens, lex: Lexicon): boolean {
  const cls = t.slice(clsStart, clsEnd);
  if (cls === '') return false;
  // iPhone 11支持…, Mate 60处理器: the number of a model named in Latin letters, its "classifier" the
  // first character of the next word (not GDP 500亿元, App 3000万用户: a unit that is a word of its own)
  if (!n.chinese) return /[A-Za-z]\s$/.test(t.slice(Math.max(0, n.start - 2), n.start)) && n.multiplier === '' && glued(clsStart, clsEnd, tokens);
  if (isPlaceName(t, n.start)) return true;
  // 三元朱村, 五元桥: a name of a village or a street that opens with a numeral and 元, no money
  if (cls === '元' && n.value <= 10 && /^[\u4e00-\u9fff]{0,2}[村庄屯寨镇乡桥街路]/.test(t.slice(clsEnd, clsEnd + 3))) return true;
  // 一本, 二本, 三本 where the text speaks of universities or admission: a tier of universities, not books
  if (cls === '本' && /^[一二三]$/.test(t.slice(n.start, clsStart)) && /(高校|大学|高考|考上|考入|录取|院校|本科|分数线|批次)/.test(t.slice(Math.max(0, n.start - 15), clsEnd + 15))) return true;
  // 检察院二队, 县二中: a numbered unit glued to the name before it, nothing counted after
  const nu = lex.numberedUnits;
  if (n.value <= 20 && nu.units.has(cls) && nu.heads.has(t[n.start - 1] ?? '') && !/^[\u4e00-\u9fff]/.test(t.slice(clsEnd, clsEnd + 2).replace(/^[和与及的]/, '、'))) return true;
  // 管理站清扫保洁二队等8个先进集体, …一组荣获: a numbered unit named as a recipient ends a name
  if (n.value <= 20 && nu.units.has(cls) && /[\u4e00-\u9fff]/.test(t[n.start - 1] ?? '') && !/[个名位支]$/.test(t.slice(n.start, clsStart)) && /^(?:等\s*[0-9一二两三四五六七八九十百]|荣获|获得|获评|被(?:评|授|命名|表彰))/.test(t.slice(clsEnd, clsEnd + 4))) return true;
  const rest = t.slice(clsEnd, clsEnd + 8);
  if (lex.ordinalHeads.some(([h, classifiers]) => classifiers.includes(cls) && (rest.startsWith(h) || rest.replace(/^[\u4e00-\u9fff]{1,4}(?=委员会)/, '').startsWith(h)))) return true;
  // (not 十个服务站, 五个建设项目: the head opens the name of a facility or a project that is counted)
  if (n.value <= 10 && /^[项个大条件]$/.test(cls) && lex.programmeHeads.some((h) => rest.startsWith(h) && !lex.countedAfterProgramme.some((c) => rest.startsWith(c, h.length)))) return true;
  // 五个一百工程, 三个一批: a count of counts names a programme
  if (/^[个项]$/.test(cls) && /^一(百|千|万|批|工程|行动|活动)/.test(rest)) return true;
  // 二期工程, 三期项目: a phase of a project, not a count of sessions (三期培训班, 两期讲座 are sessions);
  // a list of phases (二期、三期工程) ends in the noun; a project named before its number (观宸项目二期) is phased
  if (cls === '期') {
    if (lex.phasedNouns.some((h) => t.endsWith(h, n.start))) return true;
    const after = t.slice(clsEnd, clsEnd + 24).replace(/^(?:[、和及与][一二三四五六七八九十]期)+/, '');
    const noun = /^[\u4e00-\u9fff]{1,8}/.exec(after)?.[0];
    if (noun && !lex.sessionHeads.some((h) => noun.includes(h))) return true;
  }
  // the classifier opens a longer word (六|部委), or numeral and classifier are part of one (两位数, 三位一体)
  return glued(clsStart, clsEnd, tokens);
}

function glued(clsStart: number, clsEnd: number, tokens: Tokens): boolean {
  const tok = tokens.at(clsStart);
  return !!tok && tok.end > clsEnd;
}

const PLACE_END = /[省市县区镇乡]/;

/** 五间镇, 三乡镇, 六合区: a numeral that begins the full name of a place in the region index. */
function isPlaceName(t: string, start: number): boolean {
  for (let k = 2; k <= 5; k++) {
    const end = start + k;
    if (end > t.length) break;
    if (!PLACE_END.test(t[end - 1])) continue;
    const r = regionOfName(t.slice(start, end));
    if (r && r.name === t.slice(start, end)) return true;
  }
  return false;
}

/** 靶盘高度1.6米, 2米长的摊位, 距运动员3米: a length that measures an object, not a statistic. */
export function isMeasurement(t: string, n: NumberMatch, clsStart: number, clsEnd: number, lex: Lexicon): boolean {
  // 24小时心理援助热线, 12小时在线: hours of a day that describe a service, not hours worked
  if (t.slice(clsStart, clsEnd) === '小时' && n.value <= 24 && n.valueMax === null && /^[\u4e00-\u9fff]/.test(t.slice(clsEnd, clsEnd + 1)) && !/^(以上|以下|左右|余|多|的|不等|上下)/.test(t.slice(clsEnd, clsEnd + 2))) return true;
  // 每天工作达8个小时, 一天站立10小时: the hours of someone's day describe the work, they are no total;
  // 延长开放时间2小时, 提前1小时开馆: hours a schedule moves by are a duration, no hours worked
  if (t.slice(clsStart, clsEnd).endsWith('小时') && n.value <= 24 && n.valueMax === null) {
    const before = t.slice(Math.max(0, n.start - 10), n.start);
    // (整个对接过程历时约3小时, 3128人跑进3小时: how long one event or one run took, no hours worked)
    if (/(每天|每日|一天|天天)[^,;。]{0,6}$/.test(before) || /(延长|缩短|提前|推迟|延后|历时|耗时|用时|历经|跑进)[^,;。0-9]{0,6}$/.test(before)) return true;
  }
  if (!lex.dimensions.units.has(t.slice(clsStart, clsEnd))) return false;
  // (芦苇有两米多高: a hedge may stand between the unit and the word)
  const after = t.slice(clsEnd, clsEnd + 12).replace(/^(?:多|余|左右|来)/, '');
  if (lex.dimensions.after.some((w) => after.startsWith(w))) return true;
  const before = t.slice(Math.max(0, n.start - 8), n.start);
  // (体重只有38公斤, 高度约1.6米: a copula or hedge may stand between)
  const bare = before.replace(/(为|约|只有|仅有|仅|不到|不足)$/, '');
  const change = (s: string) => lex.dimensions.notBefore.some((v) => s.endsWith(v));
  if (lex.dimensions.before.some((w) => (before.endsWith(w) && !change(before)) || (bare.endsWith(w) && !change(bare)))) return true;
  // 距运动员3米: 距 opens the clause the length ends
  return /距(离)?[^,;。]{0,6}$/.test(before);
}

/** 将两个侄子养大, 动过两次大手术: small Chinese-numeral counts in one family's story. */
/** One family named by its size: 6口之家, 一家五口, 全家4口. */
const ONE_FAMILY = /[0-9一二两三四五六七八九十]+口之家|(?:一家|全家)[0-9一二两三四五六七八九十]+口/;

export function isFamilyDetail(t: string, n: NumberMatch, clsEnd: number, lex: Lexicon): boolean {
  // 6口之家有4名党员: small counts in a clause about one family describe it
  if (n.value <= 10 && ONE_FAMILY.test(t.slice(clauseAt(t, n.start)[0], n.start))) return true;
  if (!n.chinese || n.value > 10) return false;
  if (lex.kinship.some((k) => t.startsWith(k, clsEnd))) return true;
  // experiential 过 (动过, 做过, 住过) before the numeral; 超过/经过/通过 are other words
  return t[n.start - 1] === '过' && /[\u4e00-\u9fff]/.test(t[n.start - 2] ?? '') && !/[超经通度不]/.test(t[n.start - 2]);
}
