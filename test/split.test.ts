import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/stages/decode.js';
import { findArticles } from '../src/stages/split.js';

const ids = fs.readdirSync('fixtures/seeds').map((f) => f.replace(/\.txt$/, ''));
const goldTitles = (id: string): (string | null)[] =>
  JSON.parse(fs.readFileSync(`fixtures/gold/${id}.jsonl`, 'utf8').split('\n')[0]).articles.map((a: { title: string | null }) => a.title);
const articles = (file: string) => {
  const d = decodeInput({ id: file, origin: file, bytes: fs.readFileSync(file), kind: 'auto' });
  return findArticles(d.text, d.isHtml).articles;
};

describe('fixture pages: the gold articles and titles', () => {
  it.each(ids)('%s as a text dump', (id) => {
    expect(articles(`fixtures/seeds/${id}.txt`).map((a) => a.title)).toEqual(goldTitles(id));
  });
  it.each(ids)('%s wrapped in a portal page', (id) => {
    const arts = articles(`fixtures/portal/${id}.html`);
    expect(arts.map((a) => a.title)).toEqual(goldTitles(id));
    // nothing of the portal's furniture, sidebar or comments got into any story
    const all = arts.map((a) => a.text).join('\n');
    for (const junk of ['热点新闻', '两癌筛查惠及农村妇女3.2万人', '为全县1200名妇女办了实事', '巾帼网', 'ICP备', '相关新闻', '责任编辑', '扫码关注']) {
      expect(all).not.toContain(junk);
    }
  });
  it.each(ids)('%s in every encoding gives the same articles', (id) => {
    const original = articles(`fixtures/seeds/${id}.txt`);
    for (const enc of ['gb18030', 'gbk', 'big5', 'utf16le', 'utf16be']) {
      const got = articles(`fixtures/encodings/${id}.${enc}.txt`);
      expect(got.map((a) => a.title)).toEqual(original.map((a) => a.title));
      expect(got.map((a) => a.text.replace(/\s/g, ''))).toEqual(original.map((a) => a.text.replace(/\s/g, '')));
    }
  });
  it('a navigation page has no article', () => {
    expect(articles('fixtures/portal/navigation.html')).toEqual([]);
  });
});

describe('what the seeds keep and drop', () => {
  it('keeps metadata and drops page furniture (002, 003, 004)', () => {
    const [a] = articles('fixtures/seeds/002_54a5f71b6562aaba.txt');
    expect(a).toMatchObject({ date: '2019-12-18', source: '定西日报', authors: ['王锁丽'] });
    expect(a.text).not.toMatch(/精彩推荐|新闻排行|关注我们|版权声明|您当前的位置/);
    expect(a.text.split('\n')[0]).toMatch(/^定西市妇女第四次代表大会召开以来/);
    const [b] = articles('fixtures/seeds/003_4d2bbd22625e4a9a.txt');
    expect(b).toMatchObject({ date: '2017-04-14', source: '诸城新闻网' });
    expect(b.text).not.toMatch(/实干担当 {3}激情创业|条记录|编辑:李杰欣|ICP|版权所有/);
    const [c] = articles('fixtures/seeds/004_61643169e90de49d.txt');
    expect(c).toMatchObject({ date: '2024-03-12', authors: ['吴健争', '谭锦波'] });
    expect(c.text).not.toMatch(/上一版|版面导航|巾帼党员志愿者主动参与绿美大槐行动|Copyright|以“三举措”/);
    expect(c.text).toContain('坚持高位推进\n把好党建引领“方向盘”\n坚持学思想凝心铸魂');
  });

  it('joins paragraphs cut by a column break and drops captions between them (001)', () => {
    const [a, b] = articles('fixtures/seeds/001_511957d7e6d4a40f.txt');
    expect(a.text).toContain('受益家长100000余人次');
    expect(a.text).toContain('服务抗疫一线');
    expect(a.text).not.toContain('开展美甲培训');
    expect(b.text).not.toContain('查询系统展示');
    expect(a.text).toContain('强化思想引领 筑牢巾帼共识之“基”'); // a section heading stays in its story
    // a column header above the next story is nobody's text
    for (const a of articles('fixtures/seeds/001_511957d7e6d4a40f.txt')) expect(a.text).not.toMatch(/对标先进 争创一流|昭通日报社 联办/);
  });

  it('splits the e-paper page into photo stories, dispatches and briefs with their credits (000)', () => {
    const arts = articles('fixtures/seeds/000_ccbafff6b5ab4329.txt');
    expect(arts[0].authors).toEqual(['周兵', '王娜']);
    expect(arts[1].authors).toEqual(['王凯']);
    expect(arts[2].authors).toEqual(['王芳', '赵国辉']);
    expect(arts[10].text).toMatch(/^近日,镇赉县住建局.*并将收集到的信息登记在案.*\(刘国臣 刘晓研\)$/);
    expect(arts[10].authors).toEqual(['刘国臣', '刘晓研']);
    expect(arts.map((a) => a.text).join('\n')).not.toContain('简明镇赉');
  });
});

describe('layouts of this genre beyond the fixtures', () => {
  const split = (lines: string[]) => findArticles(lines.join('\n'), false).articles;

  it('a work summary with numbered section headings is one article', () => {
    const arts = split([
      '凝心聚力谱新篇 巾帼建功新时代',
      '——某某县妇联2023年工作综述',
      '本报记者 李华',
      '2023年,县妇联在县委、县政府的坚强领导下,团结带领全县妇女建功新时代。',
      '一、强化思想引领',
      '全年开展宣讲活动120场,覆盖妇女群众1.5万人次。',
      '二、服务发展大局',
      '举办技能培训班36期,培训农村妇女2000余人。',
      '三、维护妇女权益',
      '接待来信来访86件,办结率100%。',
    ]);
    expect(arts).toHaveLength(1);
    expect(arts[0]).toMatchObject({ title: '凝心聚力谱新篇 巾帼建功新时代', authors: ['李华'] });
    expect(arts[0].text).toContain('二、服务发展大局\n举办技能培训班36期');
  });

  it('a page of dispatches gives one article per headline, and a brief column one per brief', () => {
    const arts = split([
      '县妇联开展“三八”维权周活动',
      '本报讯(记者 张敏)3月8日,县妇联联合司法局开展维权宣传活动,发放宣传资料3000余份。',
      '活动现场,律师为群众解答法律咨询50余人次。',
      '',
      '乡村振兴巾帼行动启动',
      '通讯员 王丽',
      '近日,某某镇启动乡村振兴巾帼行动,组织妇女参加电商培训3期。',
      '',
      '■ 简讯 ■',
      '日前,县妇联走访慰问困难妇女20户,送去慰问金2万元。(陈红)',
      '近日,县家庭教育讲师团走进学校开展讲座,受益家长600余人。(刘芳 周洁)',
    ]);
    expect(arts.map((a) => a.title)).toEqual(['县妇联开展“三八”维权周活动', '乡村振兴巾帼行动启动', null, null]);
    expect(arts.map((a) => a.authors)).toEqual([['张敏'], ['王丽'], ['陈红'], ['刘芳', '周洁']]);
    expect(arts[0].text).toContain('律师为群众解答法律咨询50余人次');
  });

  it('a headline and a newsagency dateline start a story even after running text', () => {
    const arts = split([
      '全省妇女工作会议召开',
      '新华社长春1月5日电(记者 赵明)全省妇女工作会议5日召开,会议总结了过去一年的工作。',
      '会议指出,全省培训妇女12万人次。',
      '女性创业贷款突破10亿元',
      '本报讯 截至去年底,全省累计发放创业担保贷款10.2亿元,扶持妇女创业1.1万人。',
    ]);
    expect(arts.map((a) => a.title)).toEqual(['全省妇女工作会议召开', '女性创业贷款突破10亿元']);
    expect(arts[0].authors).toEqual(['赵明']);
  });
});

describe('crawler-record shapes', () => {
  it('a text of a headline and one sentence: the headline and its body', () => {
    const { articles: a } = findArticles('某县妇联2023年工作总结\n全年共培训农村妇女3200余人次。', false);
    expect(a).toHaveLength(1);
    expect([a[0].title, a[0].text]).toEqual(['某县妇联2023年工作总结', '全年共培训农村妇女3200余人次。']);
  });

  it('one line without a final 。 is a body, not a headline', () => {
    const { articles: a, warnings } = findArticles('全年共培训农村妇女3200余人次', false);
    expect(a.map((x) => [x.title, x.text])).toEqual([[null, '全年共培训农村妇女3200余人次']]);
    expect(warnings).toEqual([]);
  });

  it('a record’s own fields win: title for the first story, date, source and url for all', () => {
    const { articles: a } = findArticles('县妇联全年共培训农村妇女3200余人次。', false, { title: '镇赉县妇联：巾帼建功', date: '2023年5月6日', url: 'https://example.org/1', source: '镇赉县融媒体中心' });
    expect(a[0]).toMatchObject({ title: '镇赉县妇联：巾帼建功', date: '2023-05-06', url: 'https://example.org/1', source: '镇赉县融媒体中心' });
  });
});

describe('an editor\'s credit under a story, a blank line, then a headline and text: two stories', () => {
  const split = (text: string) => findArticles(text, false).articles.map((a) => [a.title, a.text.slice(0, 5)]);
  const first = '县妇联召开执委会议\n县融媒体中心 2024-03-08\n3月7日,县妇联召开执委会议,总结一年工作,全年培训妇女3000人次。\n';
  const second = '县总工会启动送清凉活动\n7月1日,县总工会启动“送清凉”活动,慰问一线职工1200人次。\n';
  it.each(['【编辑:沈佳】', '责任编辑:王某', '(编辑 李某)', '(记者 王某 通讯员 李某)'])('%s', (credit) => {
    expect(split(`${first}${credit}\n\n${second}`)).toEqual([['县妇联召开执委会议', '3月7日,'], ['县总工会启动送清凉活动', '7月1日,']]);
  });
  it('counter-example: a credit with no headline and text after it closes nothing', () => {
    expect(split(`${first}【编辑:沈佳】\n\n相关新闻\n`).map((a) => a[0])).toEqual(['县妇联召开执委会议']);
    expect(split(`${first}【编辑:沈佳】\n3月8日,县妇联还开展了义诊活动,服务群众300人次。\n`).length).toBe(1);
  });
});

describe('a body\'s name above the meta line, then the document\'s title and number: the title is the headline', () => {
  const titles = (text: string) => findArticles(text, false).articles.map((a) => a.title);
  it.each([
    ['海南省妇女联合会\n来源:海南省妇女联合会  发布时间:2024-03-06\n关于表彰2023年度海南省三八红旗手(集体)的决定\n琼妇字〔2024〕5号\n为表彰先进,省妇联决定,授予王某等100名同志“海南省三八红旗手”称号。\n', '关于表彰2023年度海南省三八红旗手(集体)的决定'],
    ['某县总工会\n发布时间:2024-01-08 来源:县总工会\n关于表彰2023年度优秀工会工作者的通报\n为表彰先进,县总工会决定授予李某等20名同志“优秀工会工作者”称号。\n', '关于表彰2023年度优秀工会工作者的通报'],
  ])('%s', (text, want) => {
    expect(titles(text)).toEqual([want]);
  });
  it('counter-example: a headline above the meta line stays', () => {
    expect(titles('县妇联召开执委会议\n来源:县妇联 2024-03-06\n县妇联\n3月5日,县妇联召开执委会议,培训妇女300人次。\n')).toEqual(['县妇联召开执委会议']);
  });
});

describe('page tools in brackets under the meta line (【字体:大 中 小】, 【大】【中】【小】, 【打印】【关闭】) keep the headline', () => {
  const heads = (text: string) => findArticles(text, false).articles.map((a) => [a.title, a.date]);
  it.each(['【字体:大 中 小】', '【字号:大 中 小】', '【大】【中】【小】', '【打印】【关闭】', '【大 中 小】'])('%s', (tools) => {
    const text = `某市妇女联合会\n首页 > 工作动态\n某市妇联2024年工作综述\n发布时间:2024-01-18 来源:市妇联\n${tools}\n一年来,市妇联团结带领全市妇女建功立业,全年培训妇女3200人次,建成妇女之家45个。\n`;
    expect(heads(text)).toEqual([['某市妇联2024年工作综述', '2024-01-18']]);
  });
  it('counter-example: a column name in brackets still opens a column of briefs', () => {
    const text = '县妇联2024年工作综述\n一年来,县妇联团结带领全县妇女建功立业,全年培训妇女3200人次。\n【简讯】\n城关镇举办巾帼技能培训\n3月5日,城关镇妇联举办家政技能培训班,培训妇女60人。\n';
    expect(findArticles(text, false).articles.map((a) => a.title)).toEqual(['县妇联2024年工作综述', '城关镇举办巾帼技能培训']);
  });
});

describe('html: other stories of the page, in blocks shaped like the story’s own, are articles of their own', () => {
  const page = (blocks: string, title = '平安县妇联：巾帼家政培训助农妇增收') => findArticles(`<html><head><title>${title}_某某女性网</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/jcdt/">基层动态</a></div>${blocks}
    <div class="foot">版权所有：某某省妇女联合会 ICP备06001234号</div></body></html>`, true).articles;
  const story = (cls: string, h: string, date: string, body: string) =>
    `<div class="${cls}"><h2>${h}</h2><div class="info">发布时间：${date}　来源：县妇联</div><p>${body}</p></div>`;
  const first = story('article', '平安县妇联：巾帼家政培训助农妇增收', '2026-05-10', '今年以来，平安县妇联依托“巾帼家政”品牌，在全县14个乡镇举办家政服务培训班18期，培训农村妇女760人，其中取得职业资格证书的520人。目前已有410名学员实现就业，月均增收3000元以上。');
  const second = story('article', '乐安县：“两癌”筛查惠及万名妇女', '2026-05-09', '4月以来，乐安县妇联联合县卫健局在全县开展农村妇女“两癌”免费筛查，截至目前已筛查10236人，完成年度任务的85.3%。县妇联为6名确诊困难妇女每人发放救助金1万元。');
  it('two briefs of two counties in blocks of one class: two articles, each with its headline and date', () => {
    const a = page(first + second);
    expect(a.map((x) => [x.title, x.date])).toEqual([['平安县妇联：巾帼家政培训助农妇增收', '2026-05-10'], ['乐安县：“两癌”筛查惠及万名妇女', '2026-05-09']]);
    expect(a[1].text).toContain('已筛查10236人');
    expect(a[0].text).not.toContain('10236');
  });
  it('a 相关 story under its label, in a frame like the story’s, with a body of its own', () => {
    const related = `<div class="article"><div class="tit"><h3>相关</h3><h2>乐安县红十字会为灾区募集款物436万元</h2></div><div class="body"><p>记者从乐安县红十字会获悉，截至7月18日，该会共接收社会各界捐赠款物折合人民币436.2万元，其中资金318.5万元。市红十字会还组织志愿者86名赴灾区开展心理疏导服务。</p></div></div>`;
    expect(page(first + related).map((x) => x.title)).toEqual(['平安县妇联：巾帼家政培训助农妇增收', '乐安县红十字会为灾区募集款物436万元']);
  });
  it.each([
    // counter-examples: teasers of one class (a headline and a line, or links), a block of another class,
    // blocks without a class
    ['teasers', `<div class="article"><h2>乐安县举办巾帼技能大赛</h2><p>近日，乐安县举办巾帼技能大赛。</p></div>`],
    ['links', `<div class="article"><h2>更多基层动态新闻推荐阅读</h2><p><a href="/a">乐安县举办巾帼技能大赛，300余名妇女参赛。</a><a href="/b">长乐县妇联开展“两癌”筛查，惠及妇女5000人。</a></p></div>`],
    ['another class', second.replace('class="article"', 'class="side-box"')],
  ])('counter-example: %s', (_, other) => {
    expect(page(first + other).map((x) => x.title)).toEqual(['平安县妇联：巾帼家政培训助农妇增收']);
  });
  it('counter-example: blocks without a class are the layout of every page', () => {
    const bare = (s: string) => s.replace(/ class="article"/g, '');
    expect(page(bare(first) + bare(second)).length).toBeLessThanOrEqual(2);
    expect(page(bare(first) + bare(second))[0].title).toBe('平安县妇联：巾帼家政培训助农妇增收');
  });
});

describe('text dumps: a page of briefs, each under its own headline, gives one article per brief', () => {
  const split = (text: string) => findArticles(text, false).articles;
  const page = [
    '某省妇女网 · 地方动态',
    '基层简讯(2024年第18期)',
    '发布时间:2024-05-24 16:40  来源:各地妇联',
    '平安县妇联开展“健康进乡村”义诊活动',
    '5月18日,平安县妇联联合县人民医院开展义诊活动,为群众义诊420余人次,免费发放药品价值1.2万元。',
    '乐安县举办“春风行动”女性专场招聘会',
    '近日,乐安县妇联联合县人社局举办女性专场招聘会,共有46家企业进场招聘,达成初步就业意向386人。',
    '版权所有 某省妇女网',
  ].join('\n');
  it('two briefs: two articles with their own headlines, the page’s date for both', () => {
    const a = split(page);
    expect(a.map((x) => [x.title, x.date])).toEqual([['平安县妇联开展“健康进乡村”义诊活动', '2024-05-24'], ['乐安县举办“春风行动”女性专场招聘会', '2024-05-24']]);
    expect(a[0].text).not.toContain('46家企业');
  });
  it.each([
    // counter-examples: a section heading (numbered, or naming no place or body) inside one story
    ['二、巾帼建功显成效', 1],
    ['巾帼建功显成效', 1],
  ])('counter-example: %s', (head, n) => {
    const text = ['县妇联2024年工作总结', '2024年,县妇联团结带领全县妇女建功立业,全年培训农村妇女3200人次。', head, '近日,县妇联举办巾帼技能大赛,300余名妇女参赛。'].join('\n');
    expect(split(text)).toHaveLength(n);
  });
});

describe('text dumps: the speaker’s post and name under a speech’s title is no headline', () => {
  const title = (speaker: string) => findArticles(['某市妇女联合会', '凝心聚力 奋力谱写新时代妇女事业新篇章——在市妇联十四届三次执委会议上的讲话', speaker, '2024-02-26 来源:市妇联办公室', '同志们:', '过去的一年,全市各级妇联组织共开展各类培训1260期,培训城乡妇女8.6万人次。'].join('\n'), false).articles[0]?.title;
  it.each(['市妇联党组书记、主席 刘红霞', '县总工会主席 王某', '团市委副书记 李明'])('%s', (speaker) => {
    expect(title(speaker)).toBe('凝心聚力 奋力谱写新时代妇女事业新篇章——在市妇联十四届三次执委会议上的讲话');
  });
});

describe('a paragraph the crawler stored twice, word for word, is one paragraph of the story', () => {
  const body = (lines: string[]) => findArticles(lines.join('\n'), false).articles[0].text;
  const para = '拟表彰朝阳区“三八红旗手”80名、“三八红旗集体”30个、“巾帼建功标兵”20名,现予以公示。';
  it('the second copy goes', () => {
    const text = body(['区妇联关于拟表彰对象的公示', para, '公示期间如有异议,请向区妇联反映。', para]);
    expect(text.split(para).length - 1).toBe(1);
  });
  it('counter-example: a short line said twice (a refrain, a slogan) stays twice', () => {
    const text = body(['区妇联开展巾帼宣讲', '全年开展宣讲活动120场,覆盖群众1.2万人次。', '巾帼心向党!', '下一步将继续开展宣讲活动。', '巾帼心向党!']);
    expect(text.split('巾帼心向党!').length - 1).toBe(2);
  });
});

describe('a caption line that states a figure is article text (dev SOURCES-D2 #9); one that only shows the scene is not', () => {
  const text = (caption: string) => findArticles(['县残联帮扶残疾人就业', '近年来,县残联共扶持残疾人创业就业项目126个,培训残疾人2300余人次。', caption, '全县残疾人就业人数达到4100人。'].join('\n'), false).articles[0].text;
  it.each([
    ['张建国在车间指导残疾职工,工厂目前有残疾职工86人。(通讯员 王磊 摄)', true],
    ['图为培训现场,120名学员参加结业典礼 李明 摄', true],
    ['张建国在车间指导残疾职工。(通讯员 王磊 摄)', false],
  ])('%s', (caption, kept) => {
    expect(text(caption).includes(caption.slice(0, 8))).toBe(kept);
  });
});

describe('text dumps: the headline above a dated furniture line, a record’s header or a numbered first section', () => {
  const title = (lines: string[]) => findArticles(lines.join('\n'), false).articles[0]?.title;
  const body = '2023年,县妇联在县委、县政府的坚强领导下,全年培训农村妇女3200余人次,新建妇女之家45个。';
  it.each([
    [['金寨县妇联2023年工作总结', '首页 > 工作动态 > 工作总结    发布时间:2024-01-10 09:32  来源:县妇联办公室', body]],
    [['金寨县妇联2023年工作总结', '北京市朝阳区妇女联合会  2025-02-20  【大 中 小】 打印本页', '', body]],
    [['金寨县妇联2023年工作总结', '第0356号  提案人:市政协委员 张某  类别:社会事业', '', '一、问题与现状', body]],
  ])('%j', (lines) => {
    expect(title(lines)).toBe('金寨县妇联2023年工作总结');
  });
});

describe('e-paper pages: a page label is no headline, a caption under the headline that states a figure is the story’s, the list of the page’s other stories is not', () => {
  const page = (caption: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市日报数字报-第A03版：县域新闻</title></head><body>
<div class="right"><div class="epart"><h3 class="bt">将乐：巾帼志愿者守护母亲河</h3><div class="pic"><img src="/p/a.jpg"><p class="caption">${caption}</p></div>
<p>　　本报讯（通讯员 黄丽萍）今年以来，将乐县妇联组织“巾帼护河”志愿者380名定期巡河，全年清理河道垃圾52吨。</p></div>
<div class="epart"><h3 class="bt">尤溪：“娘家人”情暖困难职工</h3><p>　　本报讯（记者 陈文彬）近日，尤溪县总工会启动送温暖活动，走访慰问困难职工320户，发放慰问金及物资64万元。</p></div>
<p>本版其他文章：</p><p>· 原州区新增就业岗位3200个</p><p>· 彭阳县108名巾帼带头人结业</p></div></body></html>`;
  it.each([
    ['图为30余名巾帼志愿者在金溪河畔巡河。 黄丽萍 摄', true],
    ['图为巾帼志愿者在河畔巡河。 黄丽萍 摄', false],
  ])('%s', (caption, kept) => {
    const arts = findArticles(page(caption), true).articles;
    expect(arts.map((a) => a.title)).toEqual(['将乐：巾帼志愿者守护母亲河', '尤溪：“娘家人”情暖困难职工']);
    expect(arts[0].text.includes(caption.slice(0, 8))).toBe(kept);
    expect(arts.map((a) => a.text).join('\n')).not.toContain('原州区');
  });
  it('a text dump of an e-paper page leaves out the list of the page’s other stories', () => {
    const dump = ['某市日报数字报', '第03版：县区新闻', '西吉县妇联建成巾帼共富工坊42家', '本报讯（记者 马晓燕）今年以来，西吉县妇联在全县建成“巾帼共富工坊”42家，吸纳农村妇女就近就业1600余人。', '本版其他文章：', '· 原州区新增就业岗位3200个', '· 彭阳县108名乡村振兴巾帼带头人结业', '某日报社版权所有'].join('\n');
    const all = findArticles(dump, false).articles.map((a) => a.text).join('\n');
    expect(all).toContain('1600余人');
    expect(all).not.toContain('原州区');
  });
});

describe('a WeChat post: the list of other posts after the article (喜欢此内容的人还喜欢) is not article text', () => {
  it.each(['喜欢此内容的人还喜欢', '往期推荐'])('%s', (label) => {
    const html = `<html><head><meta charset="utf-8"><title>沛县女性</title></head><body><div id="js_content">
<section><span>今年以来，沛县妇联发放创业担保贷款8600万元，扶持女性创业项目137个。</span></section>
<section>来源：沛县女性</section><section>编辑：刘畅　审核：陈红</section>
<section><b>${label}</b></section><section>徐州市妇联2024年发放创业担保贷款3.2亿元</section><section>沛县首批12家“巾帼共富工坊”授牌</section></div></body></html>`;
    const all = findArticles(html, true).articles.map((a) => a.text).join('\n');
    expect(all).toContain('8600万元');
    expect(all).not.toContain('3.2亿元');
    expect(all).not.toContain('首批12家');
  });
});

describe('headlines: a breadcrumb of a site’s own name (某县人民政府网 > 部门动态 > 县妇联), a document number and a speaker with a spaced name are no headline', () => {
  it.each([
    [['安吉县人民政府网 > 部门动态 > 县妇联', '来源:县妇联  发布时间:2026-09-18 09:32', '在安吉县第十六次妇女代表大会上的工作报告(摘要)', '五年来,全县各级妇联组织培训妇女2.3万人次,发放创业担保贷款3.2亿元。'], '在安吉县第十六次妇女代表大会上的工作报告(摘要)'],
    [['共青团泉州市委员会 网站首页 > 团务动态', '发布日期:2026-06-12', '共青团泉州市第十五次代表大会工作报告(摘登)', '五年来,全市各级团组织发展团员3.2万名。'], '共青团泉州市第十五次代表大会工作报告(摘登)'],
    [['首页 > 通知公告', '关于表彰2025年度朝阳区“三八红旗手”的决定', '朝妇发〔2026〕3号', '各街道、地区妇联:', '2025年,全区涌现出一批先进典型,区妇联决定授予张丽等50名同志“三八红旗手”称号。'], '关于表彰2025年度朝阳区“三八红旗手”的决定'],
    [['首页 > 领导讲话', '在市妇联第七届执委会第五次全体(扩大)会议上的讲话(摘要)', '市妇联党组书记、主席 杨 敏', '(2026年1月16日)', '同志们:', '过去一年,全市各级妇联组织培训妇女3.6万人次。'], '在市妇联第七届执委会第五次全体(扩大)会议上的讲话(摘要)'],
  ])('%s', (lines, title) => {
    expect(findArticles((lines as string[]).join('\n'), false).articles[0].title).toBe(title);
  });
});

describe('the text-size switch written without brackets (字号 大 中 小) is furniture, no headline', () => {
  it.each(['字号 大 中 小', '字体:大 中 小', '市总工会办公室 2024-01-08 [字号:大 中 小]'])('%s', (line) => {
    const page = ['太原新闻网', '首页 > 本地新闻 > 民生', '太原市表彰一批“三八红旗手”“最美家庭”', '2025-03-07 10:26:18 来源:太原日报', line, '本报讯 3月6日,太原市庆祝“三八”国际妇女节暨表彰大会召开,表彰三八红旗手100名。'].join('\n');
    expect(findArticles(page, false).articles[0].title).toBe('太原市表彰一批“三八红旗手”“最美家庭”');
  });
});

describe('an HTML article’s 延伸阅读 box inside its container is background, no article text', () => {
  it('the box and what follows it are left out', () => {
    const html = `<html><head><meta charset="utf-8"><title>寿光市今年培训菜农超2万人次</title></head><body><div class="article"><h1>寿光市今年培训菜农超2万人次</h1>
<p>今年以来,寿光市组织农技专家深入大棚,累计培训菜农2.1万人次。</p><p>据统计,参训农户亩均增收约2000元,全市已推广水肥一体化技术12.6万亩。</p>
<div class="ydtj"><p><strong>延伸阅读</strong></p><p>寿光蔬菜产业基本情况:寿光市蔬菜种植面积60万亩,年产量450万吨。</p></div><p>责任编辑:孙宁</p></div></body></html>`;
    const text = findArticles(html, true).articles.map((a) => a.text).join('\n');
    expect(text).toContain('12.6万亩');
    expect(text).not.toContain('450万吨');
  });
});

describe('a portal’s script toggle (繁体 | 简体) is furniture, no headline', () => {
  it('the headline under the toggle', () => {
    const page = ['泉州市妇联', '繁体 | 简体', '泉州市召开2025年度“三八”红旗手表彰大会', '发布时间:2025-03-07', '本报讯 3月6日,泉州市召开表彰大会,表彰三八红旗手100名。'].join('\n');
    expect(findArticles(page, false).articles[0].title).toBe('泉州市召开2025年度“三八”红旗手表彰大会');
  });
});

describe('a <title> that names only an app or platform (今日头条, 宁城融媒, 学习强国): the headline is the heading on the page', () => {
  it.each(['今日头条', '宁城融媒', '学习强国'])('%s', (site) => {
    const html = `<html><head><meta charset="utf-8"><title>${site}</title></head><body><div class="main"><h1>宁城县:精准康复让残疾人生活更有质量</h1><div class="content"><p>今年以来,宁城县残联为320名残疾人适配辅助器具,为97名残疾儿童提供康复救助。</p><p>全县残疾人基本康复服务覆盖率达到92%。</p></div></div></body></html>`;
    expect(findArticles(html, true).articles[0].title).toBe('宁城县:精准康复让残疾人生活更有质量');
  });
});
