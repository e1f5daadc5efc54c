import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Region } from '../src/doc.js';

// Sentences of our own in the genre (妇联, 工会, 共青团, 残联 summaries): what each number counts
// (spec "Subject"), several wordings per rule and counter-examples that must not change.

const COUNTY: Region = {
  code: '610702', name: '汉台区', level: 'county',
  province: '陕西省', city: '汉中市', county: '汉台区', town: null,
};

/** [number expression as written, subject without quotes] for every claim, in text order. */
function subjects(text: string): [string, string | null][] {
  return extractFrom(text, COUNTY).map((c) => [text.slice(c.span[0], c.span[1]), c.subject?.replace(/[“”]/g, '') ?? null]);
}

type Table = [string, [string, string | null][]][];

const check = (title: string, table: Table) =>
  describe(title, () => {
    it.each(table)('%s', (s, want) => {
      expect(subjects(s)).toEqual(want);
    });
  });

check('what the counted do or how they stand after them is no part of the noun', [
  ['会上,全区4个集体和6名个人获此殊荣。', [['4', '集体'], ['6', '个人']]],
  ['本届评选中,15名个人榜上有名。', [['15', '个人']]],
  ['150名志愿者手举彩旗列队迎接。', [['150', '志愿者']]],
  ['40名学员身着统一服装参加结业仪式。', [['40', '学员']]],
  ['总投资1.5亿元的区妇女儿童活动中心即将投入使用。', [['1.5亿', '区妇女儿童活动中心']]],
  ['全区9个乡镇(不含开发区)陆陆续续开展了宣传活动。', [['9', '乡镇']]],
  // counter-examples: the noun runs on
  ['组织200名志愿者开展入户宣传。', [['200', '志愿者']]],
  ['建成12个妇女之家。', [['12', '妇女之家']]],
]);

check('an adverb before a verb ends the noun; an adverb that begins a noun does not', [
  ['64项主要指标基本实现目标。', [['64', '主要指标']]],
  ['全区52项监测指标中基本达到终期目标。', [['52', '监测指标']]],
  ['为群众提供12个基本公共服务项目。', [['12', '基本公共服务项目']]],
]);

check('a preposition or an inclusion after the noun ends it', [
  ['设有目标值的40项指标除个别指标外全部达标。', [['40', '指标']]],
  ['春节前走访困难职工含农民工320人。', [['320', '困难职工']]],
  ['全年慰问一线职工含农民工780名。', [['780', '一线职工']]],
]);

check('money given away: the thing before the amount, not the verb after it', [
  ['老人将积攒的稿费6万元捐给当地希望工程。', [['6万', '稿费']]],
  ['她把多年的积蓄10万元捐给了村里的小学。', [['10万', '积蓄']]],
]);

check('a list item that begins with its own number is an item of its own', [
  ['建成妇女之家18个、儿童之家25个。', [['18', '妇女之家'], ['25', '儿童之家']]],
  ['表彰了8个集体、20名个人。', [['8', '集体'], ['20', '个人']]],
]);

check('a place named in full before the noun is scope, like 全省; not before its body or a short name', [
  ['推荐陕西省三八红旗手候选对象12名。', [['12', '三八红旗手候选对象']]],
  ['资助80名汉中市建档立卡户家庭小学生。', [['80', '建档立卡户家庭小学生']]],
  ['创建汉中市巾帼示范基地3个。', [['3', '巾帼示范基地']]],
  ['结对帮扶中西部、省内希望小学12所。', [['12', '希望小学']]],
  ['在全区开展汉台区“巾帼大讲堂”进社区活动6场。', [['6', '巾帼大讲堂进社区活动']]],
  // counter-examples: a body of the place, a short name, an everyday word
  ['汉中市妇联争取资金300万元。', [['300万', '资金']]],
  ['走访慰问城区环卫工人120名。', [['120', '城区环卫工人']]],
  ['总投资近3亿元的汉中康复医院即将建成。', [['3亿', '汉中康复医院']]],
]);

check('a noun that holds a verb stays whole (roles, heads after a verb, nouns of three characters)', [
  ['16名巾帼创业导师走进村组。', [['16', '巾帼创业导师']]],
  ['组建12个宣讲小组深入基层。', [['12', '宣讲小组']]],
  ['慰问60名新就业形态劳动者。', [['60', '新就业形态劳动者']]],
  ['推广实用种植养殖技术15项。', [['15', '实用种植养殖技术']]],
  ['设置6个重点发展指标。', [['6', '重点发展指标']]],
  ['先后组织80名劳模、五一劳动奖章获得者开展宣讲。', [['80', '劳模、五一劳动奖章获得者']]],
  // counter-examples: a verb that governs what follows
  ['3个服务中心提供技术指导。', [['3', '服务中心']]],
  ['组织120名妇女参加培训。', [['120', '妇女']]],
]);

check('a people figure right after the act it counts, with no persons named, is labelled by the act', [
  ['全年提供康复服务5.2万人。', [['5.2万', '康复服务']]],
  ['辅具适配3600人,托养1200人次。', [['3600', '辅具适配'], ['1200', '托养']]],
  ['新增就业1.1万人。', [['1.1万', '新增就业']]],
  ['全年安置就业6000人。', [['6000', '安置就业']]],
  // counter-examples: persons named, a verb that governs persons after it, a place
  ['培训农村妇女800人。', [['800', '农村妇女']]],
  ['吸引3.2万人次投票。', [['3.2万', null]]],
  ['组织近2万人次在线观看。', [['2万', null]]],
  ['在汉中市有5万多人。', [['5万多', null]]],
]);

check('a fund before the act that moves it, through a scope word or after a time scope, is what the money is', [
  ['残疾人事业经费累计投入8亿元。', [['8亿', '残疾人事业经费']]],
  ['妇女儿童事业专项经费共计投入1200万元。', [['1200万', '妇女儿童事业专项经费']]],
  ['五年来残疾人事业经费投入12亿元。', [['12亿', '残疾人事业经费']]],
  // counter-example: a beneficiary after 为 leaves the money without a noun
  ['区妇联为困难妇女筹集30万元。', [['30万', null]]],
]);
