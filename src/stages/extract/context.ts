import type { Lexicon } from './lexicon.js';

// What a claim is about besides its subject (subject.ts): category, period (time scope), per.

export function categoryOf(subject: string | null, clause: string, lex: Lexicon): string | null {
  for (const text of [subject ?? '', clause]) {
    // the dictionary's first key found in the text wins; keys are looked up by first character
    let best = Infinity;
    for (let i = 0; i < text.length; i++) {
      const bucket = lex.categoryByChar.get(text.charCodeAt(i));
      if (bucket) for (const [key, rank] of bucket) if (rank < best && text.startsWith(key, i)) best = rank;
    }
    if (best < Infinity) return lex.categories[best][1];
  }
  return null;
}

/** The rest of a since-phrase within its clause, up to 以来 (自2003年开展以来). */
const SINCE = /^[^，,。；;！？!?：:]*?以来/;

/** Whether t[s, e) stands in a name: inside 《》, or before 规划/纲要 (十年发展规划, 十年规划纲要). */
function inName(t: string, s: number, e: number): boolean {
  const before = t.slice(Math.max(0, s - 40), s);
  if (before.lastIndexOf('《') > before.lastIndexOf('》') && t.slice(e, e + 40).includes('》')) return true;
  return /^[\u4e00-\u9fff]{0,4}(?:规划|纲要)/.test(t.slice(e, e + 8));
}

/** All stated time scopes of a text, found once per article: [start, end, text], in order. */
export function periodsIn(t: string, lex: Lexicon): [number, number, string][] {
  // every time scope holds 年, or is a plan period (“十三五”期间, 十四五时期): match only in a small window
  // around each 年 and each 期/以来 after a 五, not at every position
  const out: [number, number, string][] = [];
  let done = 0;
  const anchors = /年|五”?(?:期间|时期|以来)/g;
  for (let a = anchors.exec(t); a; a = anchors.exec(t)) {
    const y = a[0] === '年' ? a.index : a.index + a[0].length - 1;
    if (y < done) continue;
    const from = Math.max(done, y - 12);
    const window = t.slice(from, Math.min(t.length, y + 12));
    for (const m of window.matchAll(lex.periods)) {
      const s = from + m.index!;
      const e = s + m[0].length;
      // 比2000年提高了3.4岁, 较2015年: the base of a comparison is no time scope
      if (s <= y && e > y && /[比较]$/.test(t.slice(Math.max(0, s - 1), s))) break;
      // 5年期间, 过去5年, 妇联五年工作综述: a count of years scopes a claim where it opens a clause or a
      // span of work (not 毕业1年内, 为期1年)
      const count = /^(?:\d{1,2}|[一二两三四五六七八九十]+)年(?:[-—~至到](?:\d{1,2}|[一二两三四五六七八九十]+)年)?$/.test(m[0]);
      const opens = /(?:^|[\s,,。;;::]|过去|这|近)$/.test(t.slice(Math.max(0, s - 2), s)) || /^(?:工作|期间|间|累计|中|里|成就|成绩|回顾|综述|总结|发展)/.test(t.slice(e, e + 2));
      if (s <= y && e > y && count && !opens) break;
      // 《…十年发展规划》, 十年规划纲要: a count of years in a plan's or a document's name is no time
      // scope (a plan's dated span, 规划(2016—2020年), still is)
      if (s <= y && e > y && count && inName(t, s, e)) break;
      if (s <= y && e > y) {
        // 自2007年8月…启动…活动以来: a scope since a date is the whole phrase up to its 以来
        const since = /^(?:19|20)\d{2}年/.test(m[0]) && /[自从]/.test(t[s - 1] ?? '') ? SINCE.exec(t.slice(e, e + 40)) : null;
        if (since) {
          out.push([s - 1, e + since[0].length, t.slice(s - 1, e + since[0].length)]);
          done = e + since[0].length;
          break;
        }
        out.push([s, e, m[0]]);
        done = e;
        break;
      }
    }
  }
  return out;
}

/** The nearest time scope stated before the number in its sentence, else in its paragraph. */
export function periodOf(periods: [number, number, string][], sentStart: number, paraStart: number, numStart: number): string | null {
  // the last period that ends at or before the number
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid][1] <= numStart) lo = mid + 1;
    else hi = mid;
  }
  const last = periods[lo - 1];
  if (!last) return null;
  const from = Math.max(Math.min(sentStart, paraStart), numStart - 200);
  return last[0] >= from ? last[2] : null;
}

/** 每人/人均/每月/每周/每两年/每股/亩产 before the number (since `from`: the sentence, or the previous claim) → the per-unit base. */
const BASE = /(?:每|人均|户均|年均|月均|周均|日均|亩均|亩产)([一二两三四五六七八九十\d]*(?:个)?(?:人|户|家|股|斤|公斤|千克|吨|平方米|月|周|年|天|日|小时|季度|学期|村|镇|期|场|名|位|生(?!产|活|长|命|态|成|育|病|效|日)|乡镇|社区|县|乡|基地|项目|企业|学校|合作社|站|(?:[\u4e00-\u9fff]{0,4}?)家庭))?/g;
const TIME = /^(?:[一二两三四五六七八九十\d]*个?)(?:月|周|年|天|日|小时|季度|学期)$/;

export function perOf(t: string, from: number, numStart: number): string | null {
  const window = t.slice(Math.max(from, numStart - 30), numStart);
  if (!/[每均产]/.test(window)) return null;
  const all = [...window.matchAll(BASE)];
  if (!all.length) return null;
  let k = all.length - 1;
  // 每人每月300元, 每名学生每学期: one base is kept, the recipient's rather than the time's (人均月收入 → 人)
  const timely = (m: RegExpMatchArray) => (m[1] ? TIME.test(m[1]) : /^[年月周日]均/.test(m[0]));
  if (timely(all[k])) {
    for (let j = k - 1; j >= 0; j--) {
      if ((all[j][1] || /^[人户]均/.test(all[j][0])) && !timely(all[j])) {
        k = j;
        break;
      }
    }
  }
  const m = all[k];
  // 每人500元,共计8.75万元; 每人5000元、合计16万元: a total after the per-unit amount is no amount per unit
  if (/[0-9０-９一二三四五六七八九十百千万][^0-9０-９]*(共计|合计|总计|累计|总共|共)[^0-9０-９]{0,6}$/.test(window.slice(m.index! + m[0].length))) return null;
  // 每名学生资助2000元, 每位老人, 每生: a person counted by 名/位, a student
  if (m[1] && /[名位生]$/.test(m[1])) return '人';
  if (/^人均/.test(m[0])) return '人';
  if (/^户均/.test(m[0])) return '户';
  if (/^年均/.test(m[0])) return '年';
  if (/^月均/.test(m[0])) return '月';
  if (/^周均/.test(m[0])) return '周';
  if (/^日均/.test(m[0])) return '日';
  // 亩产494.7公斤, 亩均增收800元
  if (/^亩[产均]/.test(m[0])) return '亩';
  // 每个困难职工家庭: a household, whatever describes it
  if (m[1] && /家庭$/.test(m[1])) return '户';
  // (每一户 is 每户; 每两年 keeps its two)
  return m[1] ? m[1].replace(/个/, '').replace(/^一(?=.)/, '') : null;
}
