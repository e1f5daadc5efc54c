import type { HonorLevel } from '../../doc.js';
import { wordsAlt, type Lexicon } from './lexicon.js';
import { deepestOfChains, levelMentions, ownLevel, shortPlaceAt, type LevelMention } from './levels.js';
import { clauseAt, paragraphAt, sentenceAt } from './text.js';
import type { Region } from '../../doc.js';

// The conferring event of an article (spec "Honors"): who confers or holds the meeting, contest or
// ceremony at which honors are given, and at what level. An honor with no level word of its own takes
// the level of the body that confers it in its paragraph, else of the event the article reports it at
// (单县妇联组织召开表彰会… 会上,共表彰了…; 市妇联…执委会议… 会议向…授牌).

export interface Conferrer {
  start: number;
  level: HonorLevel;
  /** A meeting or ceremony (held, or named in the sentence), not only a body acting. */
  event: boolean;
  /** An event whose sentence confers honors (…颁奖会举行,隆重表彰…; honor-words.tsv `ceremony`). */
  ceremony?: boolean;
  /** 县妇联被全国妇联授予…: a body named after 被 confers on that clause's subject only; the end of its clause. */
  until?: number;
}

export interface Events {
  conferrers: Conferrer[];
  /** The level of an event named in the headline (…表彰大会举行), for the whole article. */
  titleLevel: HonorLevel | null;
  /** The article's own body (县妇联2023年工作综述, 市总工会…), from the headline or the opening. */
  ownBody: HonorLevel | null;
}

/** Verbs by which a body confers an honor or holds the event where honors are given (honor-words.tsv). */
// (经县妇联、县农业农村局复审,最终确定…: the body that reviews the candidates confers)
// (市妇联决定,授予…: the body that decides confers)
// (…领导小组办公室下发了《…名单》: the body that issues the list of the honored confers)
interface ActRes {
  acts: RegExp;
  holds: RegExp;
  holdsNext: RegExp;
  /** 兰州市妇联被授予…, 天水市妇联荣获…: a body named as the one that receives an honor. */
  receives: RegExp;
  receivesIn: RegExp;
  levelBodies: Set<string>;
  ceremony: RegExp;
}
let actRes: ActRes | null = null;
function actsOf(lex: Lexicon): ActRes {
  return (actRes ??= {
    // (发布全国五四红旗团委…名单: the list named without 《》 too)
    acts: new RegExp(`^[^,;。!?\\n]{0,24}?(${wordsAlt(lex, 'body-acts')}|(?:${wordsAlt(lex, 'list-issue')})了?(?:《[^》]{0,40}名单》|[^《》,;。!?\\n]{2,60}名单))`),
    levelBodies: new Set(lex.honorWords.get('level-bodies')),
    holds: new RegExp(`(${wordsAlt(lex, 'holds')})`),
    holdsNext: new RegExp(`^(${wordsAlt(lex, 'holds')})`),
    receives: new RegExp(`^(${wordsAlt(lex, 'receives')})`),
    receivesIn: new RegExp(`(${wordsAlt(lex, 'receives')})`),
    ceremony: new RegExp(`(${wordsAlt(lex, 'ceremony')})`),
  });
}
const CLAUSE_END = /[,;。!?:\n]/;

function bodyHeadAt(t: string, start: number, end: number, lex: Lexicon): boolean {
  return bodyEnd(t, end, lex, start) >= 0;
}

/** Where the name of a body after a place ends (市妇联, 县委, 省人民政府, 团省委), or -1 (级 words are not bodies: 市级表彰). */
function bodyEnd(t: string, end: number, lex: Lexicon, start = -1): number {
  // (全省残联系统先进工作者, 全市妇联组织: 全X is a scope, not the name of a body)
  if (start >= 0 && t[start] === '全' && t[start + 1] !== '国') return -1;
  const rest = t.slice(end, end + 10);
  for (let k = 0; k <= 4; k++) {
    if (k > 0 && !/[\u4e00-\u9fff]/.test(rest[k - 1] ?? '')) return -1;
    let best = '';
    for (const b of lex.conferringBodies) if (b.length > best.length && rest.startsWith(b, k)) best = b;
    if (best) return end + k + best.length;
  }
  return -1;
}

/** 按照, 根据, 依照 …: a body named right after one of these gave a directive, it does not act in the clause. */
const DIRECTIVE_BY = /(按照|根据|依照|遵照|依据|贯彻|落实)$/;

function scan(t: string, lex: Lexicon, region: Region | null): Conferrer[] {
  const out: Conferrer[] = [];
  const mentions = levelMentions(t, 0, t.length, lex, region);
  for (const m of mentions) {
    if (t[m.end - 1] === '级') continue;
    // (共青团中央发布…表彰决定: a level word that names a body itself)
    if (!bodyHeadAt(t, m.start, m.end, lex) && !actsOf(lex).levelBodies.has(t.slice(m.start, m.end))) continue;
    // (市妇联按照全国妇联…的部署: the author of a directive that is followed confers nothing here)
    if (DIRECTIVE_BY.test(t.slice(Math.max(0, m.start - 4), m.start))) continue;
    // (对在…中表现突出的红花岗区妇联等5个单位进行了通报表扬: a body in the object of 对/向 is among the praised)
    if (/[对向给][^,;。对向给]{0,30}$/.test(t.slice(clauseAt(t, m.start)[0], m.start))) continue;
    const act = actsOf(lex).acts.exec(t.slice(m.end, m.end + 80));
    if (!act) continue;
    // 兰州市妇联被授予…, 市妇联受到全国妇联表彰: a body before 被/受到/获 receives, it does not confer
    if (actsOf(lex).receivesIn.test(act[0].slice(0, act[0].length - act[1].length))) continue;
    const [ss, se] = sentenceAt(t, m.start);
    const sentence = t.slice(ss, se);
    const event = actsOf(lex).holds.test(act[1]) || lex.events.some((e) => sentence.includes(e));
    const ceremony = event && actsOf(lex).ceremony.test(sentence);
    const passive = /被$/.test(t.slice(Math.max(ss, m.start - 1), m.start));
    out.push(passive ? { start: m.start, level: m.level, event, ceremony, until: clauseAt(t, m.start)[1] } : { start: m.start, level: m.level, event, ceremony });
  }
  // an event noun with its organiser or its own level before it in the clause: 第四届甘肃省…颁奖典礼
  for (const e of lex.events) {
    for (let p = t.indexOf(e); p >= 0; p = t.indexOf(e, p + e.length)) {
      let s = p;
      while (s > 0 && p - s < 30 && !CLAUSE_END.test(t[s - 1])) s--;
      const before = mentions.filter((m) => m.start >= s && m.end <= p);
      const last: LevelMention | undefined = before[before.length - 1];
      // 上海举行纪念…大会, 镇江召开…表彰会: a place named short at the clause's start holds it (镇江 is no 镇)
      const place = shortPlaceAt(t, s, region, lex, actsOf(lex).holdsNext);
      const [ss, se] = sentenceAt(t, p);
      const ceremony = actsOf(lex).ceremony.test(t.slice(ss, se));
      if (place) out.push({ start: place.start, level: place.level, event: true, ceremony });
      else if (last) out.push({ start: last.start, level: last.level, event: true, ceremony });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findEvents(t: string, title: string | null, lex: Lexicon, region: Region | null): Events {
  let titleLevel: HonorLevel | null = null;
  if (title && lex.events.some((e) => title.includes(e))) {
    const inTitle = scan(title, lex, region).filter((c) => c.event);
    titleLevel = inTitle.length ? inTitle[0].level : null;
  }
  return { conferrers: scan(t, lex, region), titleLevel, ownBody: firstBody(title ?? '', lex, region) ?? firstBody(t.slice(0, 200), lex, region) };
}

function firstBody(t: string, lex: Lexicon, region: Region | null): HonorLevel | null {
  // (肥西县桃花镇妇联: a body named by a chain of places is the deepest's)
  for (const m of deepestOfChains(levelMentions(t, 0, t.length, lex, region))) {
    if (t[m.end - 1] === '级') continue;
    const e = bodyEnd(t, m.end, lex, m.start);
    if (e < 0) continue;
    // (县妇联被全国妇联授予… in a county's summary is still the article's own body)
    const own = region ? m.level === ownLevel(region, '', lex) : m.end - m.start === 1;
    if (own || !actsOf(lex).receives.test(t.slice(e, e + 2))) return m.level;
  }
  return null;
}

/**
 * The level of whoever confers the honor at `at`: a body acting earlier in its paragraph, else the
 * latest event before it when the paragraph speaks of a meeting or ceremony, else the headline's event.
 */
export function conferrerLevel(ev: Events, t: string, at: number, lex: Lexicon, active = false): HonorLevel | null {
  const [ps] = paragraphAt(t, at);
  let inPara: Conferrer | null = null;
  let lastEvent: Conferrer | null = null;
  let firstCeremony: Conferrer | null = null;
  for (const c of ev.conferrers) {
    if (c.start >= at) break;
    if (c.until !== undefined && at >= c.until) continue;
    if (c.start >= ps) inPara = c;
    if (c.event) lastEvent = c;
    if (c.ceremony && !firstCeremony) firstCeremony = c;
  }
  if (inPara) return inPara.level;
  if (lastEvent) {
    // (…全国…大赛中,河南有9个项目获金奖。\n…今年举办的第五届“豫创天下”青年创业大赛…评出金奖10个: a paragraph
    // that names a contest of its own, with no level, does not speak of the one an earlier paragraph named)
    if (NAMED_EVENT.test(t.slice(ps, at))) return ev.titleLevel ?? ev.ownBody;
    if (speaksOfEvent(t.slice(ps, at), lex)) return lastEvent.level;
    // (…颁奖会举行,隆重表彰…。…今年评选表彰的115个…: an active verb of conferring with no body of its own, in
    // a later paragraph of an article that reports a ceremony of conferring, is the article's own body's, else
    // that of the ceremony the article reports, the first it names; a later one may be attended elsewhere)
    if (active && firstCeremony) return ev.titleLevel ?? ev.ownBody ?? firstCeremony.level;
  } else if (active || speaksOfEvent(t.slice(ps, at), lex)) {
    // 评出技术能手60名 in the summary of a 市总工会: the article's own body confers, or holds the contest
    return ev.titleLevel ?? ev.ownBody;
  }
  return ev.titleLevel;
}

/** 第五届“豫创天下”青年创业大赛: a contest named by its term or its quoted name. */
const NAMED_EVENT = /(第[0-9一二三四五六七八九十]+届|”)[^,;。“”]{0,12}(大赛|比赛|竞赛|技能赛|评选活动)/;

/** Whether a paragraph speaks of a meeting, contest or ceremony (比赛, 会议) or reports from one (会上,…). */
function speaksOfEvent(para: string, lex: Lexicon): boolean {
  return (
    lex.events.some((e) => para.includes(e)) ||
    // (100名先进人物现场接受了表彰,…5名…获“好媳妇”称号: praise received on the spot reports from the event)
    /(现场|当场)(接受|受到|领取|获得)/.test(para) ||
    lex.eventAnaphors.some((a) => {
      for (let i = para.indexOf(a); i >= 0; i = para.indexOf(a, i + 1)) if (i === 0 || /[。;,\n]/.test(para[i - 1])) return true;
      return false;
    })
  );
}
