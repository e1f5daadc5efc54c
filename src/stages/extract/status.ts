import { z } from 'zod';
import type { Article, Claim, ClaimStatus, Token, Tokens } from '../../doc.js';
import { loadTsv } from '../../dict.js';
import { clauseAt, lowerBound, sentenceAt } from './text.js';

// Result or target per claim: the nearest marker that governs the claim decides. A marker governs
// its own clause; a `sentence` marker also the clauses after it, until a result marker or a clause
// that opens with a new subject. Then, across sentences: a continuing opener (同时, 并…), a plan
// section heading, a construction-start article's project sentences. Default: result.

type Scope = 'clause' | 'sentence' | 'lead' | 'back';

interface Marker {
  start: number;
  end: number;
  role: ClaimStatus;
  scope: Scope;
  /** result markers: also wins after a target marker in its own clause */
  strong: boolean;
  /** 目标/任务: governs its whole clause, also when it stands after the number */
  nominal: boolean;
}

const Row = z.union([
  z.tuple([z.string(), z.literal('target'), z.enum(['clause', 'sentence', 'lead']), z.enum(['text', 'token'])]),
  z.tuple([
    z.string(),
    z.literal('target'),
    z.enum(['clause', 'sentence', 'lead']),
    z.enum(['text', 'token']),
    z.enum(['plan', 'will', 'strive', 'nominal', 'modal', 'quota', 'opens']),
  ]),
  z.tuple([z.string(), z.literal('result'), z.enum(['strong', 'ends']), z.enum(['text', 'token'])]),
  z.tuple([
    z.string(),
    z.enum(['sets', 'holds', 'will-next', 'disposal', 'noun-before', 'strive', 'achieved', 'continue', 'subject', 'heading', 'build-start', 'project', 'plan-list', 'not-marker', 'exceeded', 'quota', 'frame', 'change', 'opening', 'programme-end', 'share-base', 'examples', 'not-examples', 'plan-intro', 'notice-event', 'notice-past', 'list-intro', 'progress', 'reported']),
  ]),
]);

interface Entry {
  word: string;
  role: ClaimStatus;
  scope: Scope;
  token: boolean;
  strong: boolean;
  cond: string | null;
}

interface StatusLexicon {
  entries: Entry[];
  byToken: Map<string, Entry[]>;
  lists: Map<string, string[]>;
  /** 由2018年的65%提高到…: a change reached, after a year (the list `change`). */
  changedTo: RegExp;
  /** 由上一届的5%提高到10%: the figure a change starts from. */
  changeFrom: RegExp;
  /** 即将建成, 将于年底投入使用: a building not finished yet (the list `opening`). */
  notYetBuilt: RegExp;
  /** “…圆梦行动”: a quoted programme's name (the list `programme-end`). */
  programme: RegExp;
  /** 目标任务的577%: the share of a target's noun done (the list `share-base`). */
  shareOfBase: RegExp;
  /** 如:…, 例如…: a sentence of examples (the lists `examples`, `not-examples`). */
  examples: RegExp;
  /** …任务的120% right after a marker of completion. */
  shareAfter: RegExp;
  /** a word of a sentence in a notice of an event that reports what was done before it */
  noticePast: RegExp;
  /** the headline of a notice of an event to be held: 关于举办…的通知 */
  eventNotice: RegExp;
  /** 实现以下目标:…: a colon after a target noun that opens a list of targets */
  listIntro: RegExp;
  /** 截至9月底, 完成情况, 全年完成了: words that report progress on tasks, not their release */
  progress: RegExp;
  /** 同比, 较上年, 截至: words of a sentence that reports figures, whatever date the page carries */
  reported: RegExp;
}

let cached: StatusLexicon | null = null;

function lexicon(): StatusLexicon {
  if (cached) return cached;
  const entries: Entry[] = [];
  const lists = new Map<string, string[]>();
  for (const raw of loadTsv('status.tsv')) {
    const parsed = Row.safeParse(raw);
    if (!parsed.success) throw new Error(`dictionaries/status.tsv: bad row "${raw.join('\t')}"`);
    const r = parsed.data;
    if (r[1] === 'target' || r[1] === 'result') {
      entries.push({
        word: r[0],
        role: r[1],
        scope: r[1] === 'target' ? (r[2] as Scope) : 'clause',
        token: r[3] === 'token',
        strong: r[2] === 'strong',
        cond: r.length === 5 ? r[4] : null,
      });
    } else {
      if (!lists.has(r[1])) lists.set(r[1], []);
      lists.get(r[1])!.push(r[0]);
    }
  }
  const byToken = new Map<string, Entry[]>();
  for (const e of entries.filter((x) => x.token)) {
    if (!byToken.has(e.word)) byToken.set(e.word, []);
    byToken.get(e.word)!.push(e);
  }
  const alt = (name: string) => [...(lists.get(name) ?? [])].sort((a, b) => b.length - a.length).join('|');
  const words = (name: string, keep: (w: string) => boolean) => (lists.get(name) ?? []).filter(keep).join('|');
  cached = {
    entries,
    byToken,
    lists,
    changedTo: new RegExp(`(${alt('change')}|降至|升至)(到|至)?$`),
    changeFrom: new RegExp(`^[0-9.%万亿千百余多个人名元户家项]{1,8}(?:左右)?(?:${alt('change')})(?:到|至)`),
    notYetBuilt: new RegExp(`^[^,;。]{0,6}?(${alt('opening')})`),
    programme: new RegExp(`“[^“”]{2,}(${alt('programme-end')})”$`),
    shareOfBase: new RegExp(`(${alt('share-base')})的[0-9.]+%`),
    // (a word of examples of two characters is one wherever it stands; 如 only before a colon, a comma or a
    // character, and not as the head of a word of not-examples)
    examples: new RegExp(
      `^\\s*(?:${words('examples', (w) => w.length > 1)}|(?!${alt('not-examples')})(?:${words('examples', (w) => w.length === 1)})(?=[:,\\u4e00-\\u9fff]))`,
    ),
    shareAfter: new RegExp(`^(?:${alt('share-base')})?的[0-9.]+%`),
    noticePast: new RegExp(alt('notice-past')),
    eventNotice: new RegExp(`^关于(?:${alt('notice-event')})[^。]{2,60}的(?:通知|预通知)$`),
    listIntro: new RegExp(`(?:${alt('list-intro')})(?:是|为|如下)?:`),
    progress: new RegExp(alt('progress')),
    reported: new RegExp(alt('reported')),
  };
  return cached;
}

const list = (lex: StatusLexicon, name: string) => lex.lists.get(name) ?? [];

/** Whether the marker at token `tok` keeps its target sense (a condition of the dictionary). */
function holds(cond: string | null, tokens: Tokens, tok: Token, t: string, lex: StatusLexicon, ref: number | null): boolean {
  const next = tokens.at(tok.end)?.word ?? '';
  const prev = (tok.start > 0 && tokens.at(tok.start - 1)?.word) || '';
  // the next token is, or (a two-character entry) begins, a verb of the future: 将/筹集资金; a token that
  // begins with the verb but ends in a noun's head is the noun (将救助金…发放给: 救助金, not 救助)
  const nounHead = NOUN_HEAD.test(next);
  const future = list(lex, 'will-next').some((w) => next === w || (w.length >= 2 && next.startsWith(w) && !nounHead));
  if (cond === 'plan') {
    // 市妇联计划筹资…, not 培训计划, 西部计划志愿者, “十四五”规划纲要
    // (a word that ends in a two-character entry too: 希望工程计划, 巾帼素质提升计划)
    // (“X圆梦行动”计划资助…: a quoted name that ends as a programme's does, 行动/工程/活动/项目, is the
    // subject that plans; “春蕾”计划 names the plan itself)
    const named = /[”》"」』]$/.test(prev) && !lex.programme.test(t.slice(Math.max(0, tok.start - 30), tok.start));
    // 2017年计划职业技能培训人数80人, 今年计划…: a year's plan, right after the year, with a figure of its clause
    // after it (not 2017年计划的…: a marker before 的 is dropped where markers are added)
    const [, ce] = clauseAt(t, tok.start);
    // (今年全市计划…, 全县计划稳定…: a scope of the whole place that plans, after the year or alone)
    const dated = /((?:19|20)\d\d年|今年|明年|年内|[全我本][省市县区州盟旗镇乡])$/.test(t.slice(Math.max(0, tok.start - 5), tok.start)) && /[0-9０-９]/.test(t.slice(tok.end, ce));
    // (计划发放贷款2亿元, 计划招收…: any verb of work after 计划, verbs.tsv, with a figure of its clause after it)
    // (a verb and its object cut as one word: 发放贷款)
    const acts = openingVerbs().some((v) => next === v || (next.length === 4 && next.startsWith(v))) && /[0-9０-９]/.test(t.slice(tok.end, ce));
    // 比规划实施前提高1.8个百分点, 规划实施以来: the plan being carried out is a time, it plans nothing
    if (IMPLEMENTED.test(t.slice(tok.end, tok.end + 8))) return false;
    // (投资计划420亿元: the amount planned right after the word; not 两规划91项…, the plans counted)
    const amount = /^[0-9０-９]/.test(t.slice(tok.end, tok.end + 1)) && !/[0-9０-９一二两三四五六七八九十]$/.test(t.slice(Math.max(0, tok.start - 1), tok.start));
    return (future || dated || acts || amount) && !named && !list(lex, 'noun-before').some((w) => prev === w || (w.length >= 2 && prev.endsWith(w)));
  }
  if (cond === 'will') {
    // 将10809名残疾人纳入…, 将中央的声音传遍千家万户: the disposal 将, not the future
    const [, ce] = clauseAt(t, tok.start);
    const rest = t.slice(tok.end, ce);
    // 活动也将开启, 还将陆续举行: a verb (and its adverb) that ends the clause; the disposal 将 needs an
    // object and a verb after it
    if (!future) return !/[0-9０-９]/.test(rest) && wordsIn(tokens, tok.end, ce) <= 2 && !/^[的了]/.test(rest);
    // the disposal verb after an object (将救助金…发放给, 将…纳入); right after 将 it is the future (将纳入医保)
    return !list(lex, 'disposal').some((v) => rest.indexOf(v) > 0);
  }
  // 每天要提供盒饭1.5万份: a duty of every day is a standing practice, not a plan
  // (我要上学, 我要创业: a first person's 要 names a programme or quotes a wish, it plans nothing)
  // 建议到2025年新增普惠性托位2万个: a proposal that opens its sentence (after a number of a list item) asks for
  // its figures; not 提出合理化建议4.3万条, the proposals counted
  if (cond === 'opens') return /(?:^|[。!?\n;]\s*)(?:[一二三四五六七八九十]+[是、]|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]+[)）])?\s*$/.test(t.slice(Math.max(0, tok.start - 8), tok.start));
  if (cond === 'modal') return !/每[^,;。]{0,3}$/.test(t.slice(Math.max(0, tok.start - 4), tok.start)) && t[tok.start - 1] !== '我';
  // 下达培训任务3000人 sets a quota; 省财政下达资金9530万元 hands down money
  if (cond === 'quota') {
    const [cs, ce] = clauseAt(t, tok.start);
    const clause = t.slice(cs, ce);
    // (完成省下达目标任务的577%: the share of the quota handed down that was done is a result)
    if (lex.shareOfBase.test(t.slice(tok.end, ce))) return false;
    return list(lex, 'quota').some((w) => clause.includes(w));
  }
  if (cond === 'strive') {
    if (list(lex, 'strive').includes(next)) return true;
    // 争取到2025年底…, 争取到2030年全县…: a year to reach; 争取到2017年“…”专项彩票公益金, 争取到2019年度项目资金:
    // the year names the funds obtained (a year point closed by 底/前/末/内/, or later than the article's year)
    const m = /^(?:到|至)((?:19|20)\d\d)年(.{0,2})/.exec(t.slice(tok.end, tok.end + 9));
    if (!m) return false;
    if (/^(底|末|前|内|时|,|以前|之前)/.test(m[2])) return true;
    return ref !== null && Number(m[1]) > ref && !/^[度“"的]/.test(m[2]);
  }
  return true;
}

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)年/g;

/** The end character of a noun's head: a token that begins with a verb and ends so names a thing (救助金, 帮扶款). */
const NOUN_HEAD = /^[\u4e00-\u9fff]{2,}[金款费品物资者员站点室证卡书]$/;

/** How many segmenter tokens cover [from, to) (punctuation and blanks not counted). */
function wordsIn(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; ) {
    const k = tokens.at(i);
    if (k && k.end > i) {
      if (/[\u4e00-\u9fff0-9A-Za-z]/.test(k.word)) n++;
      i = k.end;
    } else i++;
  }
  return n;
}

/** The year the article speaks from: its date, else the latest year it mentions as past or present. */
const SINCE_YEAR = /(?:^|[^\d])((?:19|20)\d\d)年(?:以来|来)/g;


function referenceYear(article: Article): number | null {
  // a year the article reports as past (2015年以来, 2015年来) is no later than the article's own: a floor
  // under the date (a page date read wrong, 14.03.2016 as 2014)
  let past: number | null = null;
  for (const m of article.norm.matchAll(SINCE_YEAR)) past = Math.max(past ?? 0, Number(m[1]));
  const dated = /^(\d{4})/.exec(article.date ?? '');
  if (dated) return Math.max(Number(dated[1]), past ?? 0);
  let best: number | null = past;
  for (const m of article.norm.matchAll(YEAR)) {
    const at = m.index + m[0].length - 5;
    const before = article.norm.slice(Math.max(0, at - 2), at);
    const after = article.norm.slice(at + 5, at + 8);
    // 由2018年的65%提高到2023年的89%: the end of a change already made is a year reported, not aimed at
    const reached = /^的/.test(after) && lexicon().changedTo.test(article.norm.slice(Math.max(0, at - 4), at));
    if (!reached && (/(到|至|争|在)$/.test(before) || /^(底前|前|目标)/.test(after))) continue;
    best = Math.max(best ?? 0, Number(m[1]));
  }
  return best;
}

function atClauseStart(t: string, pos: number): boolean {
  const [cs] = clauseAt(t, pos);
  return t.slice(cs, pos).trim() === '';
}

/** How many sentences before a figure's own statusAt may look (the 同时,… continuation). */
const SENTENCES_BACK = 3;

/**
 * Where the figures' statuses are read: each figure's sentence and the sentences before it that
 * a continuation reaches, as sorted, merged [start, end) ranges. Token markers are looked for
 * only here (checking that a 将 is a word means segmenting its clause).
 */
function readRanges(t: string, starts: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const pos of starts) {
    let [s, e] = sentenceAt(t, pos);
    for (let d = 0; d < SENTENCES_BACK && s > 0; d++) s = sentenceAt(t, s - 1)[0];
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** A count and classifier (with up to three characters of modifier) right before 目标/任务: 69项目标措施, 5项重点任务,
 * 36项改革目标任务 (任务 after the 目标 of the same noun). */
const COUNTED_NOMINAL = /[0-9０-９一二两三四五六七八九十百]+(?:项|个|条|类|大)[\u4e00-\u9fff]{0,3}(?:目标)?$/;

/** The markers of the article that start inside `ranges`, in text order. */
function findMarkers(article: Article, lex: StatusLexicon, ranges: [number, number][]): Marker[] {
  const t = article.norm;
  const out: Marker[] = [];
  const add = (start: number, e: Entry) => {
    const end = start + e.word.length;
    // a marker inside quotes is part of a name (“我要上学”助学项目, “十四五”规划), whatever the segmenter cuts
    // (an opening quote within 20 characters before and not closed since: only that window is read)
    const near = t.slice(Math.max(0, start - 20), start);
    const q = near.lastIndexOf('“');
    // (说:“…将…: a quotation of speech opened there is no name)
    const qAt = Math.max(0, start - 20) + q;
    if (q >= 0 && !near.includes('”', q) && !SPEECH.test(t.slice(Math.max(0, qAt - 4), qAt))) return;
    // 为确保活动顺利开展,投入资金20万元: a purpose, not a promise
    if (e.role === 'target' && /(^|[^成作认称列定])(为了?|以)$/.test(t.slice(Math.max(0, start - 3), start))) return;
    // 目标人群, 目标考核: a word that holds the marker and means something else
    if (list(lex, 'not-marker').some((w) => {
      const k = w.indexOf(e.word);
      return k >= 0 && t.startsWith(w, start - k);
    })) return;
    const nominal = e.cond === 'nominal';
    // 明确了…的目标, 提出了…: setting a goal is not a result
    if (e.role === 'result' && e.word === '了' && list(lex, 'sets').some((w) => t.slice(Math.max(0, start - w.length), start) === w)) return;
    // 完成上级下达的任务: a marker before 的 describes a noun; it does not make its clause a plan
    if (e.role === 'target' && !nominal && e.scope !== 'lead' && t[end] === '的') return;
    let scope = e.scope;
    if (nominal) {
      // 设置69项目标措施, 明确5项重点任务: the word is the counted noun itself; counting a plan's goals or
      // tasks reports what the plan holds, it does not make the clause a plan
      if (COUNTED_NOMINAL.test(t.slice(Math.max(0, start - 8), start))) return;
      // 与规划目标相差18.5个百分点, 距年度目标还差: a gap measured against the target is a result
      if (/(与|比|较|距离?|离)[\u4e00-\u9fff]{0,4}$/.test(t.slice(Math.max(0, start - 6), start))) return;
      // 提前完成年度目标: a target met is a result; 目标是:… governs the rest of the sentence
      const [cs, ce] = clauseAt(t, start);
      // 共设置主要目标和策略措施221项: the goals a plan sets, counted in the same clause, are what it holds
      // (not 设定年度目标培训妇女3000人: a verb after the word opens the goal's content)
      const counted = /^[^0-9０-９]*(?=[0-9０-９])/.exec(t.slice(end, ce))?.[0];
      if (counted !== undefined && list(lex, 'holds').some((w) => t.slice(cs, start).includes(w)) && !/^\s*(是|为|:)/.test(counted) && !openingVerbs().some((v) => counted.includes(v))) return;
      if (list(lex, 'achieved').some((w) => t.slice(cs, ce).includes(w))) return;
      // 超过规划目标4.2个百分点: a target passed
      if (list(lex, 'exceeded').some((w) => t.slice(cs, start).includes(w))) return;
      // 完成全年任务的120%: how much of a task was done is a result
      // (完成省下达目标任务的577%: the target's noun names the base, the share is what was done)
      if (lex.shareAfter.test(t.slice(end, end + 12))) return;
      // (全年任务完成率达到108%: the rate at which a task was done)
      if (/^(?:的)?(?:完成率|完成数|完成情况|完成进度|完成度)/.test(t.slice(end, end + 6))) return;
      if (/^(是|为|:|包括|主要有)/.test(t.slice(end, end + 4))) scope = 'sentence';
      // 提出…帮助1000万职工…,建设5000个职工书屋等目标。: a list of goals closed by 等目标/的目标 at the
      // sentence end
      else if (/[等的][^\s,;。、“”]{0,4}$/.test(t.slice(Math.max(0, start - 5), start)) && /^(任务)?[。;!]/.test(t.slice(end, end + 3))) scope = 'back';
    }
    out.push({ start, end, role: e.role, scope, strong: e.strong, nominal });
  };
  for (const e of lex.entries) {
    if (e.token) continue;
    for (let i = t.indexOf(e.word); i >= 0; i = t.indexOf(e.word, i + 1)) add(i, e);
  }
  // token markers: found as text, kept where the segmenter makes them a word (only those clauses are cut)
  const tokens = article.tokens;
  const ref = referenceYear(article);
  const within = (i: number) => ranges.some(([s, e]) => i >= s && i < e);
  for (const [word, entries] of lex.byToken) {
    for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      if (!within(i) || !tokens.isWord(i, i + word.length)) continue;
      const tok = tokens.at(i)!;
      for (const e of entries) if (holds(e.cond, tokens, tok, t, lex, ref)) add(i, e);
    }
  }
  // years: 到2025年 or a clause opened by a later year is a target; a clause opened by an earlier year, a result
  if (ref !== null) {
    for (const m of t.matchAll(YEAR)) {
      const at = m.index + m[0].length - 5;
      const year = Number(m[1]);
      const lead = /(到|至|在|于)$/.test(t.slice(Math.max(0, at - 1), at));
      // (在2022年的疫情防控中: a year that describes an event with 的 dates what was done, it sets no goal)
      const attributive = t[at + 5] === '的' && /(在|于)$/.test(t.slice(Math.max(0, at - 1), at));
      // (2024年全省进出口总值3.26万亿元,同比增长5.1%: a sentence that compares with the year before, or counts up to
      // a date, reports figures, whatever date the page carries; a year led by 到/至 still sets a goal)
      const [ys, ye] = sentenceAt(t, at);
      const reported = !lead && lex.reported.test(t.slice(ys, ye));
      if (year > ref && !attributive && !reported && (lead || atClauseStart(t, at))) {
        out.push({ start: at, end: at + 5, role: 'target', scope: 'sentence', strong: false, nominal: false });
      } else if (year < ref && atClauseStart(t, at)) {
        out.push({ start: at, end: at + 5, role: 'result', scope: 'clause', strong: false, nominal: false });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Markers that start in [from, to) (markers sorted by start, `at` their starts). */
function markersIn(ms: Marker[], at: number[], from: number, to: number): Marker[] {
  const out: Marker[] = [];
  for (let i = lowerBound(at, from); i < ms.length && ms[i].start < to; i++) out.push(ms[i]);
  return out;
}

let verbWords: string[] | null = null;
/** Verbs that open a clause with no subject (verbs.tsv, all classes but the receiving 获/荣获/被…). */
const openingVerbs = () =>
  (verbWords ??= loadTsv('verbs.tsv').map((r) => r[0]).filter((w) => w.length >= 2 && !/^(获|荣获|被|受|当选|入选)/.test(w)));

const OPENERS = /^[\s,]*(其中|此外|同时|另外|并|还|而)?[,\s]*/;
/** 一是, 二是, 其一, 第三: a clause that opens an item of an enumeration. */
const ENUM_ITEM = /^[\s,;:]*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[,，、是])/;

/** Whether a clause opens with an organisation as its subject (市总工会积极争取了…). */
function opensWithSubject(t: string, cs: number, ce: number, lex: StatusLexicon): boolean {
  const head = t.slice(cs, ce).replace(OPENERS, '').slice(0, 10);
  // 由市妇联党组成员带领…: the agent of the planned work, not a new subject
  if (/^由/.test(head)) return false;
  return list(lex, 'subject').some((s) => {
    const k = head.indexOf(s);
    // (not 新建工会组织300家, 培训社区妇联主席400人次: in a clause that opens with a verb the organisation is
    // inside its object)
    const lead = head.slice(0, k);
    return k >= 0 && /^[\u4e00-\u9fff]*$/.test(lead) && !openingVerbs().some((v) => lead.endsWith(v) || (lead.length > v.length && lead.startsWith(v)));
  });
}

interface Ctx {
  t: string;
  markers: Marker[];
  markerStarts: number[];
  lex: StatusLexicon;
  headings: { start: number; plan: boolean }[];
  headingStarts: number[];
  building: boolean;
  /** the article releases a list of planned works (十件民生实事) */
  planList: boolean;
  /** the article is the notice of an event to be held (关于举办…的通知): the year it speaks of, else null */
  notice: number | null;
  /** where the article's claims start */
  starts: number[];
}

/** 到年底, 在2025年前, 到"十四五"末: a time to reach, the whole of a plan marker's clause. */
const TIME_TO_REACH = /^(到|至|在|于)?[^,;。]{0,8}(年底|年末|年内|月底|底前|末|前|底|年)$/;

/** Whether `m` stands inside a bracket of the clause that does not also hold `pos`. */
function bracketedApart(t: string, m: number, pos: number, cs: number): boolean {
  const open = (at: number) => {
    let depth = 0;
    for (let i = at - 1; i >= cs; i--) {
      const ch = t[i];
      if (ch === ')' || ch === '）') depth++;
      else if (ch === '(' || ch === '（') {
        if (depth === 0) return i;
        depth--;
      }
    }
    return -1;
  };
  const om = open(m);
  return om >= 0 && om !== open(pos);
}



/**
 * Whether a figure of the article describes the subject of marker `m`'s clause, before it (总投资…的医院即将
 * 建成): a figure before the marker with 的 between. (A figure that is itself the subject, 500名困难母亲将获得
 * 救助, is planned with the rest.)
 */
function figureBefore(c: Ctx, m: Marker): boolean {
  const [ms] = clauseAt(c.t, m.start);
  const k = lowerBound(c.starts, m.start) - 1;
  return k >= 0 && c.starts[k] >= ms && c.t.slice(c.starts[k], m.start).includes('的');
}

/** What may stand before a figure that opens its clause as its subject (3.2万名残疾人纳入低保). */
/** A clause that opens by comparing with an earlier time: 比上年增长, 较去年同期提高, 同比增加. */
const COMPARED = /^[\s,]*(?:比|较|同比|环比)[^,;。]{0,10}?(?:增长|增加|提高|上升|下降|减少|降低|提升|多|少)了?[^,;。]{0,2}$/;
const FIGURE_SUBJECT = /^[\s,]*(全市|全县|全区|全省|全州|全旗|全盟|全镇|全乡|全国|共有|共|有)?$/;

/** 说:, 表示: … right before the opening quote of a speech. */
const SPEECH = /(说|表示|指出|强调|介绍|坦言|谈到)[:,]?$/;

/** Whether `pos` stands inside a quoted speech (说:“…, 表示:“…) that has not closed before it, within a paragraph. */
function inSpeech(t: string, pos: number): boolean {
  // the innermost quotation still open at pos (quoted names inside it close before pos)
  let depth = 0;
  for (let i = pos - 1; i >= Math.max(0, pos - 600); i--) {
    const ch = t[i];
    if (ch === '\n') return false;
    if (ch === '”') depth++;
    else if (ch === '“') {
      if (depth > 0) depth--;
      else return SPEECH.test(t.slice(Math.max(0, i - 4), i));
    }
  }
  return false;
}

/** A plan carried out, named as a time: 规划实施前, 计划实施以来, 规划实施期间. */
const IMPLEMENTED = /^(?:的)?实施(?:以来|前|后|期间|中期|之初|初期|第[一二三四五]年)/;

/** 完成年度目标(1500人)的27.3%, 占全年任务6000人的53.3%: the share done of a target (named with its figure). */
const SHARE_DONE = /(?:完成|占)[^,;。]{0,16}(?:目标|任务|计划|指标)[^,;。]{0,14}的$/;

/** The status of a figure at `pos` (the start of its number expression). */
function statusAt(c: Ctx, pos: number, depth = 0): ClaimStatus {
  const { t, markers, lex } = c;
  const [ss] = sentenceAt(t, pos);
  let [cs, ce] = clauseAt(t, pos);
  // 关于举办…培训班的通知: what a notice arranges for its event (名额共计180人, 专题讲座8场) is planned; a sentence
  // that reports what was done before (据统计, 目前, 已, an earlier year) is not
  if (c.notice !== null) {
    const sentence = t.slice(ss, sentenceAt(t, pos)[1]);
    const earlier = [...sentence.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) < c.notice!);
    if (!earlier && !lex.noticePast.test(sentence)) return 'target';
  }
  // how much of a target was done is a result, whatever target the clause names (its own figure stays
  // planned); not a share still to reach (力争完成年度目标的100%)
  if (SHARE_DONE.test(t.slice(cs, pos)) && /^[0-9.]+\s*%/.test(t.slice(pos, pos + 10)) &&
    !markersIn(markers, c.markerStarts, cs, pos).some((m) => m.role === 'target' && !m.nominal)) return 'result';
  // 力争到2029年实现以下目标:技能培训3万人次;新增贷款4亿元: the items of a list of targets, up to the sentence end,
  // unless the item's own clause reports a result (已培训…, 实际完成…)
  // (目前…已下拨资金1860万元,慰问…4.2万人次: a result marker anywhere in the item; 累计 names a cumulative aim there)
  const intro = lex.listIntro.exec(t.slice(ss, pos));
  if (intro) {
    const item = Math.max(ss + intro.index + intro[0].length, t.lastIndexOf(';', pos) + 1);
    const reported = markersIn(markers, c.markerStarts, item, pos).some((m) => m.role === 'result' && !/^累计/.test(t.slice(m.start, m.end)));
    if (!reported && !lex.progress.test(t.slice(ss, ss + intro.index + intro[0].length))) return 'target';
  }
  // (完成年度计划300人的103.3%: the figure of the target whose share was done is the target's)
  if (/(?:完成|占)[^,;。]{0,12}(?:目标|任务|计划|指标)(?:数)?$/.test(t.slice(cs, pos)) && /^[0-9.]+[万千]?[^\s,;。0-9]{1,2}的[0-9.]+\s*%/.test(t.slice(pos, pos + 20))) return 'target';
  // 由上一届的5%提高到10%: the figure changed from is what was reached before, whatever the plan
  if (/(由|从)[^,;。]{0,10}$/.test(t.slice(cs, pos)) && lex.changeFrom.test(t.slice(pos, pos + 16))) return 'result';
  // own clause: a plan marker before the number wins unless a strong result marker follows it
  // (a marker inside brackets speaks for the bracket only: 完成74户(省定任务70户) → 74 is no target)
  const own = markersIn(markers, c.markerStarts, cs, ce).filter((m) => (m.start < pos || m.nominal) && !bracketedApart(t, m.start, pos, cs));
  const before = own.filter((m) => m.start < pos);
  const strong = before.filter((m) => m.role === 'result' && m.strong).pop();
  const plan = before.filter((m) => m.role === 'target' && !m.nominal).pop();
  // 已建、在建妇女之家12388个: what is built and what is being built are counted together, as done
  const joined = plan && strong && /^[\u4e00-\u9fff]{0,3}[、和及与]$/.test(t.slice(strong.end, plan.start));
  if (plan && !joined && (!strong || strong.start < plan.start)) return 'target';
  // 力争…突破20亿元,比上年增长15%左右: the change of a planned figure against an earlier time, in the clause
  // right after it, is planned too
  // (the earlier time it names, 上年, is no marker of its own)
  if (depth < SENTENCES_BACK && COMPARED.test(t.slice(cs, pos)) && !own.some((m) => m.role === 'target' || m.strong)) {
    const k = lowerBound(c.starts, cs) - 1;
    if (k >= 0 && c.starts[k] >= ss && statusAt(c, c.starts[k], depth + 1) === 'target') return 'target';
  }
  // …将突破9000公里,全省88个县已全部实现…: a figure that opens its clause as the subject of what is already done
  // reports a result, whatever plan the sentence made before it
  if (FIGURE_SUBJECT.test(t.slice(cs, pos)) && markersIn(markers, c.markerStarts, pos, ce).some((m) => m.role === 'result' && m.strong && t.slice(m.start, m.end) === '已')) return 'result';
  const next = markersIn(markers, c.markerStarts, pos, ce).find((m) => m.role === 'target' && !m.nominal);
  if (next && !own.some((m) => m.role === 'result')) {
    const between = t.slice(pos, next.start);
    const k = lowerBound(c.starts, pos + 1);
    // 500名困难母亲将获得救助: the figure is the subject of the plan (no 的, no other figure between)
    if (!between.includes('的') && !(k < c.starts.length && c.starts[k] < next.start)) return 'target';
    // 总投资近2亿元的康复医院即将建成运营: the investment of a building that is not yet built is planned
    if (/投资[^,;。]{0,4}$/.test(t.slice(cs, pos)) && lex.notYetBuilt.test(t.slice(next.end, next.end + 12))) return 'target';
  }
  // 目标/任务 name a target unless a strong result marker stands before the number (承担了…任务中的3项)
  if (!strong && own.some((m) => m.role === 'target' && m.nominal)) return 'target';
  if (own.some((m) => m.role === 'result' && m.start < pos)) return 'result';
  // a goal list closed after the figure (…等目标。), with no result marker from the figure's clause on
  const [, se] = sentenceAt(t, pos);
  const after = markersIn(markers, c.markerStarts, cs, se);
  const goal = after.find((m) => m.scope === 'back' && m.start > pos);
  if (goal && !after.some((m) => m.role === 'result' && m.start < goal.start)) return 'target';
  // earlier clauses of the sentence, nearest first; a clause that opens with a new subject ends the
  // scope of a plan before it, unless that plan is only an opening adverbial (下一步,县总工会将…)
  let passedSubject = opensWithSubject(t, cs, ce, lex);
  // a forecast (`lead`) governs what follows only when no figure of the sentence comes before it
  // and a marker that follows a figure of its own clause speaks of that clause's subject only (…的医院即将建成
  //运营;5.8万名残疾人纳入低保: the clauses after it report other things)
  // (目标任务是:新建…300家、发展…2万人: a goal named before a colon governs the list after it)
  const goalList = (m: Marker) => m.nominal && /^[^,;。]{0,4}?(是|为)?\s*:/.test(t.slice(m.end, clauseAt(t, m.start)[1] + 1));
  const governs = (m: Marker) =>
    m.role === 'result' ||
    goalList(m) ||
    (m.scope === 'sentence' && !figureBefore(c, m)) ||
    (m.scope === 'lead' && !(c.starts[lowerBound(c.starts, ss)] < m.start));
  // a sentence that opens by reporting a period's results (五年来,…; 截至年底,…) lists them between
  // semicolons: a plan among them (…即将建成运营;) does not reach past its semicolon, nor to a clause
  // that opens with its own figure as the subject (…即将建成,3.2万名残疾人纳入低保)
  let crossedSemicolon = false;
  const opensWithFigure = (from: number, to: number) => {
    const k = lowerBound(c.starts, from);
    return k < c.starts.length && c.starts[k] < to && FIGURE_SUBJECT.test(t.slice(from, c.starts[k]));
  };
  let ownSubject = opensWithFigure(cs, ce);
  const frame = () => {
    const [, fe] = clauseAt(t, ss);
    return markersIn(markers, c.markerStarts, ss, fe).some((m) => m.role === 'result' && list(lex, 'frame').includes(t.slice(m.start, m.end)));
  };
  // 一是…;二是…目前已到位20万元;四是开展讲座百余场: the items of an enumeration report apart, what one says
  // done does not reach the next; a plan before the first item still governs them all (明年将:一是…;二是…)
  const item = (x: number) => ENUM_ITEM.test(t.slice(x, x + 6));
  let mine = -1;
  let first = -1;
  for (let [a] = [cs]; a >= ss; a = a - 2 >= ss ? clauseAt(t, a - 2)[0] : ss - 1) {
    if (!item(a)) continue;
    if (mine < 0) mine = a;
    first = a;
    if (a <= ss) break;
  }
  while (cs - 2 >= ss) {
    crossedSemicolon ||= t[cs - 1] === ';';
    [cs, ce] = clauseAt(t, cs - 2);
    if (mine >= 0 && cs >= first && cs < mine) continue;
    const last = markersIn(markers, c.markerStarts, cs, ce).filter(governs).pop();
    if (last && last.role === 'target' && (crossedSemicolon || ownSubject) && frame()) return 'result';
    if (last) {
      if (last.role === 'result') return 'result';
      // 力争到年底,…: the plan clause is only the marker and a time to reach
      const rest = (t.slice(cs, last.start) + t.slice(last.end, ce)).trim();
      const bare = rest.length <= 2 || TIME_TO_REACH.test(rest);
      return passedSubject && !bare ? 'result' : 'target';
    }
    passedSubject ||= opensWithSubject(t, cs, ce, lex);
    ownSubject ||= opensWithFigure(cs, ce);
  }
  // across sentences: 同时,… continues the sentence before it in the same paragraph
  const opener = t.slice(ss, ss + 4).trimStart();
  if (depth < SENTENCES_BACK && ss > 0 && !passedSubject && list(lex, 'continue').some((w) => opener.startsWith(w))) {
    const gap = t.slice(Math.max(0, ss - 2), ss);
    if (!gap.includes('\n') && statusAt(c, ss - 1, depth + 1) === 'target') return 'target';
  }
  // 将对38个单位授予…。对2个集体授予…: a sentence that opens with the same preposition as the 将 plan of the
  // sentence before it (same paragraph), with no marker of its own, repeats the plan for other figures
  if (depth < SENTENCES_BACK && ss > 0 && !t.slice(Math.max(0, ss - 2), ss).includes('\n')) {
    const prep = /^[\s]*(对|向|为|给)(?!此|于|了|何)/.exec(t.slice(ss, ss + 4))?.[1];
    const [ps] = sentenceAt(t, ss - 1);
    const [, se] = sentenceAt(t, pos);
    if (prep && !markersIn(markers, c.markerStarts, ss, se).length &&
        markersIn(markers, c.markerStarts, ps, ss).some((m) => m.role === 'target' && t.slice(m.end, m.end + 1) === prep) &&
        statusAt(c, ss - 1, depth + 1) === 'target') return 'target';
  }
  // 大会还将选举…。表彰全区先进集体80个…: a sentence with no subject of its own that opens with a verb
  // (verbs.tsv) and has no marker, right after a sentence in the same paragraph whose 将 plan
  // governs it whole (no figure of that sentence before the marker), carries on that plan
  if (depth < SENTENCES_BACK && ss > 0 && !t.slice(Math.max(0, ss - 2), ss).includes('\n')) {
    const [, se] = sentenceAt(t, pos);
    const [ps] = sentenceAt(t, ss - 1);
    const head = t.slice(ss, ss + 4).trimStart();
    if (openingVerbs().some((v) => head.startsWith(v)) && !markersIn(markers, c.markerStarts, ss, se).length &&
        markersIn(markers, c.markerStarts, ps, ss).some((m) => m.role === 'target' && /将/.test(t.slice(m.start, m.end)) && !(c.starts[lowerBound(c.starts, ps)] < m.start)) &&
        statusAt(c, ss - 1, depth + 1) === 'target') return 'target';
  }
  // 今年将实施一批惠民政策。如:扶助126户…: a sentence of examples (如, 例如, 比如) after a plan in the same
  // paragraph lists the planned items, with no marker of its own that reports a result
  if (depth < SENTENCES_BACK && ss > 0 && !t.slice(Math.max(0, ss - 2), ss).includes('\n') && c.lex.examples.test(t.slice(ss, ss + 5))) {
    const [, se] = sentenceAt(t, pos);
    if (!markersIn(markers, c.markerStarts, ss, se).some((m) => m.role === 'result') && statusAt(c, ss - 1, depth + 1) === 'target') return 'target';
  }
  // 他说:“…将…。重点做好…活动,…100家…结对帮扶”: in a speech, a sentence that opens with an agenda word
  // (重点, 进一步 …: the will-next list) and reports nothing done carries on the plan of the sentence before it
  // in the same quotation
  if (depth < SENTENCES_BACK && ss > 0 && inSpeech(t, ss) && list(lex, 'will-next').some((w) => w.length >= 2 && opener.startsWith(w))) {
    const [, se] = sentenceAt(t, pos);
    if (!markersIn(markers, c.markerStarts, ss, se).some((m) => m.role === 'result') && statusAt(c, ss - 1, depth + 1) === 'target') return 'target';
  }
  const h = lowerBound(c.headingStarts, ss);
  const heading = h > 0 ? c.headings[h - 1] : undefined;
  if (heading?.plan) return 'target';
  if (c.building) {
    const [, se] = sentenceAt(t, pos);
    const sentence = t.slice(ss, se);
    if (list(lex, 'project').some((w) => sentence.includes(w))) return 'target';
  }
  // in news that releases a list of planned works every figure is planned, unless its sentence reports a result
  if (c.planList) {
    const [, se] = sentenceAt(t, pos);
    if (!markersIn(markers, c.markerStarts, ss, se).some((m) => m.role === 'result')) return 'target';
  }
  return 'result';
}

/** The time a paragraph that announces tasks speaks of: the coming year, the next step. */
const PLAN_INTRO_TIME = /今年|明年|新的一年|下一步|下一阶段/;

/** Short lines without sentence punctuation (a trailing colon allowed): section headings. */
function headingsOf(article: Article, lex: StatusLexicon): { start: number; plan: boolean }[] {
  const out: { start: number; plan: boolean }[] = [];
  const t = article.norm;
  let start = 0;
  for (const line of t.split('\n')) {
    const x = line.trim().replace(/:$/, '');
    if (x.length >= 2 && x.length <= 30 && !/[。,;!?，；]/.test(x) && x !== article.title?.trim()) {
      out.push({ start, plan: list(lex, 'heading').some((w) => x.includes(w)) });
    } else if (PLAN_INTRO_TIME.test(x) && !/以来|过去/.test(x) && !/[0-9０-９]/.test(x) && list(lex, 'plan-intro').some((w) => x.includes(w))) {
      // 今年全市妇联工作的总体要求是:…重点抓好以下几个方面工作。: a paragraph that announces the year's tasks, with no
      // figure of its own, opens a plan section like a heading (一是…二是… below it)
      out.push({ start, plan: true });
    }
    start += line.length + 1;
  }
  return out;
}

/** Whether the article's lead reports the start of a construction (…服务中心动工建设). */
function isBuildingNews(article: Article, lex: StatusLexicon): boolean {
  const t = article.norm;
  let pos = 0;
  let seen = 0;
  while (pos < t.length && seen < 2 && pos < 600) {
    const [, se] = sentenceAt(t, pos);
    const s = t.slice(pos, se).trim();
    if (s.length > 30 || /[。,]/.test(s)) {
      seen++;
      if (!/[0-9]/.test(s) && list(lex, 'build-start').some((w) => s.includes(w))) return true;
    }
    pos = se + 1;
  }
  return false;
}

/** Whether a 将 of a sentence is the future, not the disposal 将 (将…纳入, 将…作为) whose verb follows its object. */
function futureJiang(s: string, lex: StatusLexicon): boolean {
  for (let i = s.indexOf('将'); i >= 0; i = s.indexOf('将', i + 1)) {
    const rest = s.slice(i + 1, clauseAt(s, i)[1]);
    if (!list(lex, 'disposal').some((v) => rest.indexOf(v) > 0)) return true;
  }
  return false;
}

/** Whether the article's lead releases a list of planned works with a plan marker (发布了…十件民生实事,将…). */
function isPlanList(article: Article, lex: StatusLexicon, markers: Marker[]): boolean {
  const t = article.norm;
  const words = list(lex, 'plan-list');
  let pos = 0;
  let release = false;
  for (let seen = 0; seen < 2 && pos < t.length && pos < 400; seen++) {
    const [, se] = sentenceAt(t, pos);
    const s = t.slice(pos, se);
    // (将用一系列举措…: any 将, 拟 or 计划 of the release sentence looks ahead, with or without a verb of the will-next list)
    // (not 围绕“七个一”工作目标,全力推进…民生实事: the noun 目标 frames a year's work, it releases no plan)
    // (not 市妇联将“两癌”防治作为民生实事: the disposal 将 names a task, it looks ahead to nothing)
    const ahead = /拟|计划/.test(s) || futureJiang(s, lex) || markers.some((m) => m.role === 'target' && !m.nominal && m.start >= pos && m.start < se);
    // (…下达我会目标任务6项。截至9月底,…总体完成率达83.5%: a lead that reports progress on the list releases no plan)
    if (lex.progress.test(s)) return false;
    if (words.some((w) => s.includes(w)) && ahead) release = true;
    pos = se + 1;
  }
  return release;
}

/** Sets `status` on every claim of one article. */
export function applyStatus(claims: Claim[], article: Article): Claim[] {
  const lex = lexicon();
  const starts = claims.map((x) => x.span[0]);
  const markers = findMarkers(article, lex, readRanges(article.norm, starts));
  const headings = headingsOf(article, lex);
  const ctx: Ctx = {
    t: article.norm,
    markers,
    markerStarts: markers.map((m) => m.start),
    lex,
    headings,
    headingStarts: headings.map((x) => x.start),
    building: isBuildingNews(article, lex),
    planList: isPlanList(article, lex, markers),
    notice: article.title && lex.eventNotice.test(article.title.replace(/\s+/g, '')) ? (referenceYear(article) ?? 0) : null,
    starts,
  };
  return claims.map((claim) => ({ ...claim, status: statusAt(ctx, claim.span[0]) }));
}

/**
 * The parts of a planned total are planned too (将承担440名…任务,其中脑瘫儿童275名…): a part reported as a result
 * only by default, with no result marker between its total and itself and no organisation of its own opening its
 * clause, takes its total's target.
 */
export function targetParts(claims: Claim[], article: Article): Claim[] {
  const bySpan = new Map(claims.map((c) => [`${c.span[0]},${c.span[1]}`, c]));
  const parts = claims.filter((c) => c.partOf && c.status === 'result' && bySpan.get(`${c.partOf[0]},${c.partOf[1]}`)?.status === 'target');
  if (!parts.length) return claims;
  const lex = lexicon();
  const t = article.norm;
  const markers = findMarkers(article, lex, readRanges(t, parts.map((c) => c.span[0])));
  const turned = new Set(
    parts.filter((c) => {
      const total = c.partOf![0];
      if (total >= c.span[0]) return false;
      // (…预计筹集资金1.5亿元,省总工会本级筹集资金7747万元: a part that opens with its own organisation reports apart)
      const [cs, ce] = clauseAt(t, c.span[0]);
      if (opensWithSubject(t, cs, ce, lex)) return false;
      // (…将达到62.8亿斤,比上年增加1.9亿斤,其中…: the earlier time a comparison names is no result marker)
      const compared = (m: Marker) => !m.strong && /^[\s,]*(?:比|较|同比|环比)/.test(t.slice(clauseAt(t, m.start)[0], m.start));
      return !markers.some((m) => m.role === 'result' && m.start >= total && m.start < c.span[0] && !compared(m));
    }),
  );
  return claims.map((c) => (turned.has(c) ? { ...c, status: 'target' } : c));
}
