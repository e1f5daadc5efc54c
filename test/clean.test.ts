import { describe, expect, it } from 'vitest';
import { classifyLines, bylineNames, parseMeta, parseDate, namesIn } from '../src/stages/clean/text.js';
import { extractHtml } from '../src/stages/clean/html.js';
import { findArticles } from '../src/stages/split.js';
import { foldWidth, toSimplified } from '../src/stages/normalize.js';
import { processPage } from '../src/pipeline.js';

const kinds = (text: string) => classifyLines(text).map((l) => [l.kind, l.text]);

describe('normalize', () => {
  it('folds full-width forms without changing the length', () => {
    const s = '培训２０００人次，ＡＢＣ　１，５００元（约）';
    const f = foldWidth(s);
    expect(f).toBe('培训2000人次,ABC 1,500元(约)');
    expect(f.length).toBe(s.length);
  });
  it('converts traditional pages to simplified, same length', () => {
    const t = '婦女聯合會舉辦培訓班，參與人數達兩萬餘人。鄉鎮幹部積極參加。';
    const s = toSimplified(t);
    expect(s).toBe('妇女联合会举办培训班，参与人数达两万余人。乡镇干部积极参加。');
    expect(s.length).toBe(t.length);
  });
  it('leaves simplified text alone, even characters the converter would touch', () => {
    const s = '妇联工作成效显著，影响力显著提高。';
    expect(toSimplified(s)).toBe(s);
  });
});

describe('text lines', () => {
  it('recognises e-paper furniture, navigation and footers', () => {
    const page = [
      '第B03版:镇街',
      '上一版3  4下一版',
      '版面导航  |',
      '当前位置:诸城新闻网 > 新闻 > 诸城',
      '关于我们 - 诸城新闻 - 娱乐新闻 - 网站公告',
      '备案号:鲁ICP备2021025553号-1  主管:中共诸城市委宣传部',
      'Copyright©2003-2006 jmnews.com.cn, JiangMen Daily Press. All Rights Reserved.',
      '  1 条记录 1/1 页',
      '县妇联举办家庭教育讲座12场,受益家长3000余人。',
    ].join('\n');
    const k = kinds(page);
    expect(k.slice(0, 8).every(([kind]) => kind === 'junk')).toBe(true);
    expect(k[8][0]).toBe('para');
  });

  it('drops the list under a related-news heading and numbered rankings', () => {
    const k = kinds(['精彩推荐', '  • 定西岷县:中医情景课堂让孩子了解中医知识', '新闻排行', '1   甘肃省举行进口贸易对接会', '2   甘肃省35条客运班线重新许可开行'].join('\n'));
    expect(k.every(([kind]) => kind === 'junk')).toBe(true);
  });

  it('reads meta lines', () => {
    expect(parseMeta('19-12-18 14:27 来源:定西日报 编辑:杨亚楠')).toEqual({ date: '2019-12-18', source: '定西日报', authors: [] });
    expect(parseMeta('2017-04-14 09:34:27 来源:诸城新闻网')?.source).toBe('诸城新闻网');
    expect(parseMeta('发布时间：2023年5月6日 作者：李明')).toEqual({ date: '2023-05-06', source: null, authors: ['李明'] });
    expect(parseMeta('全县妇女工作取得新成效')).toBeNull();
    // WeChat-style posts write the label with a bar: 来源 | …, 编辑丨…
    expect(parseMeta('来源|某某县融媒体中心、某某日报')?.source).toBe('某某县融媒体中心、某某日报');
    expect(parseMeta('来源丨某某女性')?.source).toBe('某某女性');
    expect(parseMeta('记者 | 王晓丽')?.authors).toEqual(['王晓丽']);
    for (const t of ['来源|某某发布', '编辑丨张三', '审核｜李四']) expect(classifyLines(t)[0].kind).toBe('meta');
    // a reprint note and a menu prompt at the foot of a post are furniture
    for (const t of ['（原题为《县妇联：巾帼家政培训开班》）', '点击菜单栏【便民服务】解锁更多服务！', '点击底部菜单“巾帼风采”查看往期内容。']) expect(classifyLines(t)[0].kind).toBe('junk');
    // a value in brackets padded with spaces
    expect(parseMeta('2005年3月11日12:12 来源：[ 人民网 ]')?.source).toBe('人民网');
    expect(parseMeta('来源：【 某某日报 】 作者：李明 2023-05-06')).toEqual({ date: '2023-05-06', source: '某某日报', authors: ['李明'] });
    expect(parseMeta('发布时间：2023-05-06 来源：（县妇联）')?.source).toBe('县妇联');
    // an empty field leaves its separator, which is no source
    for (const t of ['来源: | 发布时间: 2018-05-17 | 浏览次数:', '来源：　发布时间：2018-05-17', '作者： 来源： - 日期：2018-05-17']) expect(parseMeta(t)).toEqual({ date: '2018-05-17', source: null, authors: [] });
    expect(parseDate('2024 年 3 月 12 日 星期二')).toBe('2024-03-12');
    expect(parseDate('第13版')).toBeNull();
  });

  it('reads bylines and leaves headlines alone', () => {
    expect(bylineNames('通讯员 黄梓 杨国松 文/图')).toEqual(['黄梓', '杨国松']);
    expect(bylineNames('文/图 江门日报记者 吴健争 谭锦波')).toEqual(['吴健争', '谭锦波']);
    expect(bylineNames('●周兵 王娜')).toEqual(['周兵', '王娜']);
    expect(bylineNames('本报记者 刘洋 通讯员 陈静')).toEqual(['刘洋', '陈静']);
    expect(bylineNames('执笔/王小燕、胡大刀&李飞')).toEqual(['王小燕', '胡大刀', '李飞']);
    expect(bylineNames('文/张晓梅＆刘建国')).toEqual(['张晓梅', '刘建国']);
    expect(bylineNames('作者:陈静&周敏 编辑:李华')).toEqual(['陈静', '周敏', '李华']);
    expect(bylineNames('妇联&工会联合开展活动')).toBeNull();
    expect(bylineNames('科技特派团进村入户帮扶产业促振兴')).toBeNull();
    expect(bylineNames('市委市直机关工委 昭通日报社 联办')).toBeNull();
    expect(namesIn('视觉中国 整合 陈智')).toEqual(['陈智']);
    // organisations in a byline (dictionaries/outlets.tsv, rule org) are not persons
    expect(namesIn('县妇联办 刘晓红 市文化馆 张伟')).toEqual(['刘晓红', '张伟']);
    expect(namesIn('某某中心 赵敏')).toEqual(['赵敏']);
  });

  it('marks dispatches, photo credits and brief credits', () => {
    const [a, b, c] = classifyLines(
      [
        '本报讯(王芳 赵国辉)为认真贯彻落实会议精神,镇赉经济开发区不断提升服务质量。',
        '近日,县政务服务中心党员代表深入正阳社区开展活动,受益居民达到160户。王晓波摄',
        '镇赉镇党委建立群众来信来访接待工作机制,使软环境建设工作取得实效。(邹立杰)',
      ].join('\n'),
    );
    expect([a.dispatch, a.photo, a.endCredit]).toEqual([true, false, false]);
    expect([b.dispatch, b.photo, b.endCredit]).toEqual([false, true, false]);
    expect([c.dispatch, c.photo, c.endCredit]).toEqual([false, false, true]);
  });
});

describe('html blocks', () => {
  it('turns <br>, <p>, tables and entities into lines and finds the body by its text', () => {
    const html = `<html><head><title>巾帼建功新时代_本地新闻_某某网</title></head><body>
      <ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li><li><a href="/b">图片</a></li></ul>
      <div class="main"><h1>巾帼建功新时代</h1>
        <div class="info">2023-03-08 10:00 来源：某某日报</div>
        <div class="content">
          <p>今年以来，全市妇联组织举办培训班&nbsp;120期，培训妇女&lt;1.2万&gt;人次。<br>新建妇女之家35个，覆盖所有乡镇。</p>
          <table><tr><td>项目</td><td>数量</td></tr><tr><td>巾帼文明岗</td><td>12个</td></tr></table>
          <p>下一步，市妇联将继续深化巾帼建功行动，团结带领广大妇女为全市发展贡献力量。</p>
        </div>
        <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">全市培训妇女3000人次，创历史新高</a></li><li><a href="/2">我市评出最美家庭100户</a></li></ul></div>
      </div>
      <div class="footer">版权所有 © 某某网 京ICP备12345678号</div></body></html>`;
    const page = extractHtml(html);
    expect(page.title).toBe('巾帼建功新时代');
    expect(page.date).toBe('2023-03-08');
    expect(page.source).toBe('某某日报');
    expect(page.text.split('\n').filter(Boolean)).toEqual([
      '今年以来，全市妇联组织举办培训班 120期，培训妇女<1.2万>人次。',
      '新建妇女之家35个，覆盖所有乡镇。',
      '项目 数量',
      '巾帼文明岗 12个',
      '下一步，市妇联将继续深化巾帼建功行动，团结带领广大妇女为全市发展贡献力量。',
    ]);
  });

  it('finds nothing in a page of links only', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}">全县开展妇女培训${i + 1}期，惠及群众${i + 100}人</a></li>`).join('');
    const r = findArticles(`<html><body><ul>${links}</ul><div class="footer">版权所有</div></body></html>`, true);
    expect(r.articles).toEqual([]);
    expect(r.warnings[0]).toMatch(/no article text/);
  });
});

describe('cost', () => {
  it('stays linear on a long line without punctuation and on a long page', () => {
    const line = '妇女儿童发展'.repeat(100_000); // 600 000 characters, no punctuation at all
    let t = performance.now();
    findArticles(`标题\n${line}\n`, false);
    expect(performance.now() - t).toBeLessThan(3000);
    const para = '全县共举办各类培训班420期，培训妇女4.9万人次，建成巾帼示范基地36个。\n';
    const big = para.repeat(40_000); // about 1.6 MB
    t = performance.now();
    const r = findArticles(big, false);
    expect(r.articles).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(5000);
    const html = `<html><body><div>${'<p>' + para + '</p>'.repeat(1)}`.repeat(1) + '<p>' + para.repeat(10_000) + '</p></div></body></html>';
    t = performance.now();
    findArticles(html, true);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('body lines that look like furniture or headings', () => {
  it('in an HTML block a run of short lines is body; a kicker/title run before a byline is not', () => {
    const body = classifyLines(['2023年', '县妇联团结引领全县广大妇女', '举办技能培训班42期', '培训农村妇女3200余人次'].join('\n'), { html: true });
    expect(body.map((l) => l.kind)).toEqual(['para', 'para', 'para', 'para']);
    expect(body.every((l) => !l.open)).toBe(true);
    const head = classifyLines(['对标先进 争创一流', '市委市直机关工委 昭通日报社 联办', '科技特派团进村入户帮扶产业促振兴', '通讯员 王毅', '今年以来，科技特派团深入镇雄县开展帮扶。'].join('\n'), { html: true });
    expect(head.map((l) => l.kind)).toEqual(['short', 'short', 'short', 'byline', 'para']);
    // text dumps keep the old reading: short lines are headings
    expect(classifyLines('2023年\n县妇联团结引领全县广大妇女\n举办技能培训班42期').map((l) => l.kind)).toEqual(['short', 'short', 'short']);
  });

  it('a question or exclamation after a label is a sentence of an interview, not a meta line', () => {
    for (const t of ['记者：你们的农机大市场在哪？', '记者：贷款发放情况怎么样?', '记者:今年妇女之家建了多少个？', '主持人：感谢您接受采访！', '编辑：这个项目明年还办吗?']) {
      expect(parseMeta(t)).toBeNull();
      const [l] = classifyLines(t);
      expect([l.kind, l.meta]).toEqual(['para', null]);
    }
    // a meta line is still one, full-width or not
    for (const t of ['记者：赵晓燕', '来源：某某县融媒体中心　记者：赵晓燕', '２０２４－０１－１８　来源：某某日报']) expect(classifyLines(t)[0].kind).toBe('meta');
    expect(classifyLines('２０２４－０１－１８　来源：某某日报')[0].meta?.source).toBe('某某日报');
  });

  it('in an HTML story a bracketed line is a section heading, not a column of briefs; 【简讯】 still opens one', () => {
    for (const head of ['【写在最后】', '【记者手记】', '【专家点评】', '■ 记者观察 ■']) {
      const arts = findArticles(`<html><head><title>县妇联举办技能培训</title></head><body><h1>县妇联举办技能培训</h1><div class="content"><p>今年以来，县妇联举办技能培训班12期，培训农村妇女1200人次，帮助300名妇女就业。</p><p>${head}</p><p>学员王女士说，通过培训她掌握了家政服务技能，月收入达到4000元。</p><p>县妇联表示，明年将继续举办培训班，力争培训妇女1500人次。</p></div></body></html>`, true).articles;
      expect(arts).toHaveLength(1);
      expect(arts[0].text).toContain('县妇联表示，明年将继续举办培训班，力争培训妇女1500人次。');
    }
    expect(classifyLines('【简讯】', { html: true })[0].kind).toBe('briefs');
    expect(classifyLines('● 简明镇赉 ●', { html: true })[0].kind).toBe('briefs');
    expect(classifyLines('【写在最后】')[0].kind).toBe('briefs');
  });

  it('in an HTML story numbered short lines are its own list or outline, not a ranking; a text dump keeps the ranking rule', () => {
    const page = (items: string) => findArticles(`<html><head><title>县妇联2023年工作亮点_某某网</title></head><body><h1>县妇联2023年工作亮点</h1><div class="content"><p>2023年，县妇联团结带领全县妇女建功立业，各项工作取得新成效。</p>${items}<p>下一步，县妇联将继续努力，推动妇女事业高质量发展。</p></div><div class="rank"><h3>点击排行</h3><p>1 县妇联召开执委会</p><p>2 县妇联开展维权周活动</p></div></body></html>`, true).articles[0].text.split('\n');
    for (const sep of ['.', '、', '. ', ')']) {
      const lines = page(`<p>1${sep}举办技能培训班42期</p><p>2${sep}培训农村妇女3200余人次</p><p>3${sep}新建儿童之家12个</p>`);
      expect(lines).toContain(`2${sep}培训农村妇女3200余人次`.replace(/\s+$/, ''));
      expect(lines.join('')).not.toMatch(/执委会|维权周/);
    }
    expect(page('<p>1. 强化思想引领</p><p>1.1 开展宣讲活动</p><p>全年开展宣讲活动126场次，覆盖妇女群众1.2万人次。</p>')).toContain('全年开展宣讲活动126场次，覆盖妇女群众1.2万人次。');
    expect(classifyLines(['新闻排行', '1   甘肃省举行进口贸易对接会', '2   甘肃省35条客运班线重新许可开行'].join('\n')).map((l) => l.kind)).toEqual(['junk', 'junk', 'junk']);
    expect(classifyLines(['1 甘肃省举行进口贸易对接会', '2 甘肃省35条客运班线重新许可开行'].join('\n')).map((l) => l.kind)).toEqual(['junk', 'junk']);
  });

  it('in an HTML story a bulleted line is read without its bullet; a text dump keeps the bullet-list rule', () => {
    const page = (items: string) => findArticles(`<html><head><title>县总工会2023年工作亮点_某某网</title></head><body><h1>县总工会2023年工作亮点</h1><div class="content"><p>2023年，县总工会坚持以职工为中心，各项工作取得新成效。</p>${items}<p>下一步，县总工会将继续努力，推动工会工作高质量发展。</p></div></body></html>`, true).articles[0].text;
    expect(page('<p>◆走访慰问困难职工1260户</p><p>◆发放慰问金380万元</p>')).toContain('◆发放慰问金380万元');
    expect(page('<p>★ 全年走访慰问困难职工1260户，发放慰问金380万元</p>')).toContain('发放慰问金380万元');
    expect(page('<p>▶新建职工之家28个、户外劳动者服务站15个</p>')).toContain('户外劳动者服务站15个');
    expect(classifyLines('◆走访慰问困难职工1260户')[0].kind).toBe('junk');
  });

  it('page tools in brackets, view counts and share prompts inside the content block are furniture', () => {
    for (const t of ['【打印本页】 【关闭窗口】', '【打印】【关闭】', '阅读次数：1024', '浏览量：356', '浏览次数：88次', '欢迎转发分享', '阅读量：2.1万']) expect(classifyLines(t, { html: true })[0].kind).toBe('junk');
    // a meta line that also counts views is still a meta line
    expect(classifyLines('发布时间：2018-05-17 浏览次数：88', { html: true })[0].kind).toBe('meta');
  });

  it('an official account’s auto-reply menu (回复【关键词】查看…) is furniture', () => {
    for (const t of ['1、回复【公租房】查看最新消息', '回复关键词“巾帼”查看往期内容', '回复【社保】查询社保缴纳记录']) expect(classifyLines(t)[0].kind).toBe('junk');
  });

  it('a dispatch opening with 本站讯 is no 本站… disclaimer', () => {
    const [a, b] = classifyLines('本站讯（职工通讯员 张三 李四）为深入推进送温暖活动，市总工会走访慰问困难职工86人。\n本站所有文章未经授权不得转载');
    expect([a.kind, a.dispatch]).toEqual(['para', true]);
    expect(b.kind).toBe('junk');
  });

  it('a date line ending with a paper’s name gives the source; 文章字数 is a meta line', () => {
    expect(parseMeta('2023-11-07 09:12:30 诸城日报')?.source).toBe('诸城日报');
    expect(parseMeta('2024-03-08 10:00 某某县融媒体中心')?.source).toBe('某某县融媒体中心');
    expect(parseMeta('2024-03-08 10:00 某某电视台')?.source).toBe('某某电视台');
    // a name with no outlet ending (dictionaries/outlets.tsv, rule dateline) is no source
    expect(parseMeta('2024-03-08 10:00 某某县妇联')?.source ?? null).toBeNull();
    expect(classifyLines('文章字数:442')[0].kind).toBe('meta');
  });
});

describe('a lead in a block of its own above the content block', () => {
  const paras = [
    '据了解，今年以来，全市各级工会共走访慰问困难职工1260户，发放慰问金和物资折合380万元，实现困难职工帮扶全覆盖。',
    '市总工会还为2100名环卫工人、快递小哥、网约车司机等户外劳动者送去防暑降温用品，为300名农民工子女发放助学金。',
    '在春节前后，各级工会组织开展“送温暖”走访活动，深入企业车间、施工一线、困难职工家中，送去党和政府的关怀。',
    '市总工会还联合人社部门举办“春风行动”招聘会，86家企业提供岗位2300余个，初步达成就业意向620人。',
    '下一步，市总工会将持续开展帮扶活动，完善困难职工帮扶机制，推动帮扶工作常态化、长效化。',
  ];
  const body = `<div class="article-body">${paras.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const first = (above: string, between: string) =>
    findArticles(`<html><head><title>市总工会送温暖活动成效明显_某某网</title></head><body><div class="art">${above}<h1 class="title">市总工会送温暖活动成效明显</h1><div class="dates">2023-02-01</div>${between}${body}</div></body></html>`, true).articles[0].text.split('\n')[0];
  it('a standfirst of two sentences or more between the headline and the body is the story’s first paragraph', () => {
    expect(first('', '<p class="chapo">各位好，欢迎收听工会新闻。今年以来，市总工会开展送温暖活动，帮扶困难职工。</p>')).toBe('各位好，欢迎收听工会新闻。今年以来，市总工会开展送温暖活动，帮扶困难职工。');
    expect(first('', '<div class="lead"><span>记者从市总工会获悉，全市送温暖活动成效明显。困难职工得到及时帮扶。</span></div>')).toBe('记者从市总工会获悉，全市送温暖活动成效明显。困难职工得到及时帮扶。');
  });
  it('a summary box, a lead the body repeats, a line of one sentence and text above the headline stay out', () => {
    expect(first('', '<div class="summary">摘要：市总工会开展送温暖活动。全市走访慰问困难职工1260户。</div>')).toBe(paras[0]);
    expect(first('', '<p class="lead">下一步，市总工会将持续开展帮扶活动。推动帮扶工作常态化。</p>')).toBe(paras[0]);
    expect(first('', '<p class="lead">市总工会开展送温暖活动，帮扶困难职工。</p>')).toBe(paras[0]);
    expect(first('<p class="notice">本站正在改版升级。部分栏目暂停更新，敬请谅解！</p>', '')).toBe(paras[0]);
  });
});

describe('a short story does not take in the boxes after it', () => {
  it('an author box and a column blurb a level or two up stay out', () => {
    const story = '<div class="art_content"><p>3月8日，县妇联举办“巾帼心向党”主题宣讲，120名妇女代表参加。</p><p>宣讲结束后，县妇联为20名“最美家庭”代表颁发证书。</p></div>';
    const boxes = '<div class="article-author"><div class="meta"><a href="/lm/">基层动态</a> 总篇数<span>919</span>篇</div><div class="bio">暂无简介</div></div><div class="intro"><p>基层动态栏目为广大读者提供及时、权威的妇联工作资讯（每日更新），欢迎关注、转发、留言！</p></div>';
    for (const page of [`<div class="post"><div class="inner">${story}<div class="share"><a href="#">微博</a></div></div>${boxes}</div>`, `<div class="post"><div class="a"><div class="b">${story}</div></div>${boxes}</div>`]) {
      const text = extractHtml(`<html><head><title>县妇联举办主题宣讲_某某网</title></head><body><h1>县妇联举办主题宣讲</h1>${page}</body></html>`).text;
      expect(text).toContain('宣讲结束后，县妇联为20名“最美家庭”代表颁发证书。');
      expect(text).not.toMatch(/暂无简介|栏目为广大读者/);
    }
  });
});

describe('headlines', () => {
  const page = (head: string, body: string) =>
    extractHtml(`<html><head><title>${head}</title></head><body>${body}<div class="content"><p>今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个。</p></div></body></html>`);

  it('the on-page headline wins over a <title> that differs in punctuation or carries the site name', () => {
    expect(page('诸城：巾帼家政培训助力妇女就业——诸城新闻网', '<h5>诸城：“巾帼家政”培训助力妇女就业</h5>').title).toBe('诸城：“巾帼家政”培训助力妇女就业');
    expect(page('【聚焦】全县培训妇女1200人次_某某网', '<div style="font-size:22px">全县培训妇女1200人次</div>').title).toBe('全县培训妇女1200人次');
    expect(page('常务委员会关于调整限额的决议 - 中国政府网', '<p><font style="FONT-SIZE: 18pt"><strong>常务委员会<br>\n关于调整限额的决议</strong></font></p>').title).toBe('常务委员会关于调整限额的决议');
  });

  it('without an on-page headline, the <title> without site name, SEO prefix or trailing dash', () => {
    expect(page('【聚焦】全县培训妇女1200人次_某某网', '').title).toBe('全县培训妇女1200人次');
    expect(page('县妇联开展培训活动-', '').title).toBe('县妇联开展培训活动');
  });
});

describe('headlines: the <title> opens with the headline and ends with the site', () => {
  const page = (head: string, body: string) =>
    extractHtml(`<html><head><title>${head}</title></head><body>${body}<div class="content"><p>今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个。</p></div></body></html>`).title;

  it('a heading the <title> opens with wins over the logo’s or the blog’s name it ends with', () => {
    expect(page('县妇联举办巾帼家政培训班 - 某某新闻网', '<h1 class="logo">某某新闻网</h1><h2>县妇联举办巾帼家政培训班</h2>')).toBe('县妇联举办巾帼家政培训班');
    expect(page('巾帼家政培训班开班 (2) @ 春暖花开的家 :: 某某博客 ::', '<h1>某某博客</h1><h1>春暖花开的家</h1><h2>巾帼家政培训班开班 (2)</h2>')).toBe('巾帼家政培训班开班 (2)');
    expect(page('【要闻】市总工会送温暖活动启动_要闻_某某日报网', '<h1>某某日报网</h1><h3>市总工会送温暖活动启动</h3>')).toBe('市总工会送温暖活动启动');
  });

  it('a headline of two or three characters when it is the whole first part of the <title>, no other', () => {
    expect(page('春耕_图片新闻_某某网', '<h1>春耕</h1>')).toBe('春耕');
    expect(page('张桂梅_百科', '<h1>张桂梅</h1>')).toBe('张桂梅');
    expect(page('县妇联开展培训活动_某某网', '<h1>某某网</h1>')).toBe('县妇联开展培训活动');
  });
});

describe('headlines when the heading found in the <title> is only the site’s name at its end', () => {
  const body = '<div class="detailCon"><p>5月10日，县妇联在县文化中心举办家庭教育讲座，邀请专家为200余名家长授课。</p><p>讲座结束后，县妇联还为30户困难家庭送去慰问品。</p></div>';
  it('the heading above the story wins over a sidebar box or a logo named like the site', () => {
    const page = (title: string, above: string, below: string) => extractHtml(`<html><head><title>${title}</title></head><body>${above}${body}${below}</body></html>`);
    for (const box of ['side', 'news_right']) expect(page('新闻动态--某某县妇女联合会官网', '<h5>县妇联举办家庭教育讲座惠及200余名家长</h5><div class="ly">发布时间：2023-05-12 来源：某某县妇联</div>', `<div class="${box}"><h5>某某县妇女联合会</h5><p>地址：某某县人民路1号</p></div>`).title).toBe('县妇联举办家庭教育讲座惠及200余名家长');
    expect(page('新闻动态--中国某某学会官网', '<h5>中国某某学会2023年学术年会在某某大学举行</h5>', '<div class="news_right"><h5>中国某某学会</h5></div>').title).toBe('中国某某学会2023年学术年会在某某大学举行');
    expect(page('工作动态_某某市总工会', '<h1 class="logo">某某市总工会</h1><h2>市总工会为困难职工送去慰问金</h2>', '').title).toBe('市总工会为困难职工送去慰问金');
    // the meta line under the heading is still read
    expect(page('新闻动态--某某县妇女联合会官网', '<h5>县妇联举办家庭教育讲座惠及200余名家长</h5><div class="ly">发布时间：2023-05-12 来源：某某县妇联</div>', '<div class="side"><h5>某某县妇女联合会</h5></div>').date).toBe('2023-05-12');
    // a headline between its kicker and its subtitle stays the headline, not the subtitle above the story
    expect(page('巾帼建功新时代 县妇联助力乡村振兴_某某日报', '<h3 class="yt">巾帼建功新时代</h3><h1>县妇联助力乡村振兴</h1><h2 class="ft">——全年培训农村妇女3200余人次</h2>', '').title).toBe('县妇联助力乡村振兴');
    expect(page('巾帼建功新时代 县妇联助力乡村振兴_某某日报', '<h3 class="yt">巾帼建功新时代</h3><h1>县妇联助力乡村振兴</h1><h2 class="ft">全年培训农村妇女3200余人次</h2>', '').title).toBe('县妇联助力乡村振兴');
    // a heading the <title> opens with, a 【column】 prefix included, stays the headline
    expect(page('【不忘初心 牢记使命】县妇联举办家庭教育讲座-某某县妇联', '<h2>【不忘初心 牢记使命】县妇联举办家庭教育讲座</h2><div><h3>来源：本站原创 作者：办公室 时间：2019年10月31日</h3></div>', '').title).toBe('【不忘初心 牢记使命】县妇联举办家庭教育讲座');
  });
});

describe('headlines shown on the page as the whole <title>', () => {
  const page = (head: string, shown: string) => extractHtml(`<html><head><title>${head}</title></head><body><div class="top">${shown}</div><div class="content"><p>今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个。</p></div></body></html>`).title;
  it('a line that repeats the whole <title> keeps its column name; otherwise the <title> loses it', () => {
    expect(page('巾帼风采 | 县妇联举办技能培训班', '<div class="bt">巾帼风采 | 县妇联举办技能培训班</div>')).toBe('巾帼风采 | 县妇联举办技能培训班');
    expect(page('一周要闻丨市总工会送温暖活动启动', '<span style="font-size:20px">一周要闻丨市总工会送温暖活动启动</span>')).toBe('一周要闻丨市总工会送温暖活动启动');
    expect(page('巾帼风采 | 县妇联举办技能培训班', '')).toBe('县妇联举办技能培训班');
  });
});

describe('headlines from a <title> with a site name in Latin letters', () => {
  const title = (head: string) => extractHtml(`<html><head><title>${head}</title></head><body><div class="content"><p>今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个。</p></div></body></html>`).title;
  it('the Chinese part, though shorter in characters, is the headline', () => {
    expect(title('Women Federation Weekly - 县妇联开展技能培训')).toBe('县妇联开展技能培训');
    expect(title('给农村妇女的建议 | China Women Online News')).toBe('给农村妇女的建议');
    expect(title('Union News Daily Edition_市总工会送温暖')).toBe('市总工会送温暖');
  });
});

describe('the header block of the page’s story', () => {
  it('a short line between its meta lines (译：…, 本期主持) starts no story of its own', () => {
    for (const extra of ['译： Chen Bin', '本期主持 小雨', '编译 林木']) {
      const arts = findArticles(`<html><head><title>给农村妇女的十条建议 - Women Weekly</title></head><body><div class="post"><p>给农村妇女的十条建议</p><p>作者： 周晓梅</p><p>${extra}</p><p>2023年5月6日</p><p>今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个，覆盖全县所有乡镇。</p></div></body></html>`, true).articles;
      expect(arts).toHaveLength(1);
      expect(arts[0].title).toBe('给农村妇女的十条建议');
      expect(arts[0].text.split('\n')[0]).toBe('今年以来，县妇联举办培训班12期，培训妇女1200人次，帮助300名妇女就业。');
    }
  });
});

describe('headlines when the <title> only names the site', () => {
  const body = '<div class="text"><p>1月9日，县妇联召开2023年度总结表彰大会，表彰先进集体20个、先进个人56名。</p><p>会议指出，全县各级妇联组织全年开展各类活动1200余场。</p></div>';
  it('the heading above the story, not the logo’s <h1>', () => {
    const page = extractHtml(`<html><head><title>正文</title></head><body><div class="logo"><h1>某某日报</h1></div><div class="art"><h2>县妇联召开2023年度总结表彰大会</h2>${body}</div></body></html>`);
    expect(page.title).toBe('县妇联召开2023年度总结表彰大会');
  });
  it('a <title> naming the organisation or a channel (某某县妇女联合会, 工作动态) is a site name too', () => {
    for (const site of ['某某县妇女联合会', '某某市总工会', '共青团某某县委员会团县委', '工作动态', '通知公告', '某某县融媒体中心']) {
      const page = extractHtml(`<html><head><title>${site}</title></head><body><div class="logo">${site}</div><div class="art"><div class="art-title">县妇联召开2023年度总结表彰大会</div>${body}</div></body></html>`);
      expect(page.title).toBe('县妇联召开2023年度总结表彰大会');
    }
    // a headline that ends like a body's name is still a headline
    expect(extractHtml(`<html><head><title>县妇联召开第十四届执委会</title></head><body>${body}</body></html>`).title).toBe('县妇联召开第十四届执委会');
  });

  it('no headline rather than the site’s name', () => {
    expect(extractHtml(`<html><head><title>某某新闻网</title></head><body>${body}</body></html>`).title).toBeNull();
  });
});

describe('html blocks that end without a full stop', () => {
  const arts = (body: string) => findArticles(`<html><head><title>县妇联举办技能培训</title></head><body><h1>县妇联举办技能培训</h1><div class="content">${body}</div></body></html>`, true).articles;

  it('each <p> stays its own paragraph, across images too', () => {
    const lines = [
      '今年以来，县妇联围绕乡村振兴举办各类技能培训班12期，培训农村妇女1200人次，帮助300名妇女实现就业',
      '培训内容包括家政服务、电商直播、手工编织、果树修剪等，学员结业后半年内的就业率达到八成以上',
      '县妇联还在各乡镇新建妇女之家8个，为留守妇女和儿童提供学习、活动和维权服务，覆盖人数超过五千人',
    ];
    const [a] = arts(`<p>${lines[0]}</p><p>${lines[1]}</p><img src="a.jpg"><p>${lines[2]}</p>`);
    expect(a.text.split('\n')).toEqual(lines);
  });

  it('a kicker line above an image is not glued to the dispatch under it', () => {
    const [a] = arts('<p>巾帼建功新时代？县妇联培训妇女</p><p><img src="a.jpg"></p><p>学员参加培训。资料图</p><p>城市晚报讯2023年，县妇联举办技能培训班12期，培训农村妇女1200人次。</p><p>县妇联还新建妇女之家8个。</p>');
    expect(a.text.split('\n')).toContain('城市晚报讯2023年，县妇联举办技能培训班12期，培训农村妇女1200人次。');
    expect(a.text).not.toContain('培训妇女城市晚报讯');
  });
});

describe('picture captions in html', () => {
  const text = (body: string) => extractHtml(`<html><head><title>县妇联举办技能培训</title></head><body><div class="content">${body}</div></body></html>`).text.split('\n').filter(Boolean);
  const p1 = '<p>今年以来，县妇联围绕乡村振兴举办各类技能培训班12期，培训农村妇女1200人次。</p>';
  const p2 = '<p>培训内容包括家政服务、电商直播、手工编织等，学员结业后就业率达到八成以上。</p>';

  it('a line that repeats the image’s alt text is its caption, in the image’s block or the next', () => {
    expect(text(`${p1}<p><img src="a.jpg" alt="学员在培训班上学习插花。县妇联供图">学员在培训班上学习插花。县妇联供图</p>${p2}`)).toHaveLength(2);
    expect(text(`${p1}<div><img src="a.jpg" alt="2023年5月，学员在培训班上学习插花。（资料图）"></div><span class="img_descr">2023年5月，学员在培训班上学习插花。（资料图）</span>${p2}`)).toHaveLength(2);
    expect(text(`${p1}<p><img src="a.jpg" alt="县妇联 供图"></p><p>县妇联供图</p>${p2}`)).toHaveLength(2);
  });

  it('a run of figures each beside an icon (an infographic post) is text, so is a caption that states a figure; one that shows the scene is not', () => {
    const icons = (xs: string[]) => xs.map((x, i) => `<section><img src="icon${i}.png">${x}</section>`).join('');
    const figures = ['培训农村妇女3200余人次', '新建儿童之家12个', '发放创业担保贷款2860万元'];
    expect(text(`${p1}${icons(figures)}${p2}`)).toEqual(expect.arrayContaining(figures));
    expect(text(`${p1}${icons(['走访困难职工1260户', '发放慰问金380万元'])}${p2}`)).toContain('发放慰问金380万元');
    expect(text(`${p1}<p><img src="a.jpg">120名学员参加结业典礼</p>${p2}`)).toContain('120名学员参加结业典礼');
    expect(text(`${p1}<p><img src="a.jpg">学员参加结业典礼</p>${p2}`)).toHaveLength(2);
    expect(text(`${p1}${icons(['学员学习插花', '学员学习烹饪', '结业典礼现场'])}${p2}`)).toHaveLength(2);
  });

  it('a gallery (图集) whose captions carry its sentences keeps them as its text', () => {
    const shots = [
      '3月8日，县妇联在城关镇举办巾帼技能展示活动，吸引群众约2000人次观展。',
      '展区内陈列刺绣、剪纸等手工作品300余件，现场销售额达4.6万元。',
      '县妇联为20名巾帼技能能手颁发了证书，她们带动周边妇女就业600余人。',
      '活动现场还设立法律咨询台，接待妇女群众咨询120余人次，发放宣传资料1500份。',
    ];
    const gallery = shots.map((x, i) => `<p class="f_center"><img src="p${i}.jpg" width="600"><br/>${x}</p>`).join('');
    expect(text(`<p>（图片来源：县融媒体中心）</p>${gallery}`)).toEqual(expect.arrayContaining(shots));
    // beside a story of its own, a caption that only shows the scene stays out
    expect(text(`${p1}<p class="f_center"><img src="a.jpg"><br/>3月8日，县妇联在城关镇举办巾帼技能展示活动。</p>${p2}`)).toHaveLength(2);
  });

  it('a short phrase in the image’s own block is its caption; a bold heading or a paragraph there is not', () => {
    expect(text(`${p1}<p><img src="a.jpg">培训班现场</p>${p2}`)).toHaveLength(2);
    expect(text(`${p1}<p class="f_center"><img src="a.jpg"><!--x-->图片来源：摄图网</p>${p2}`)).toHaveLength(2);
    expect(text(`${p1}<p><img src="a.jpg"><strong>二、培训成效</strong></p>${p2}`)).toContain('二、培训成效');
    expect(text(`${p1}<p><img src="a.jpg">县妇联还新建妇女之家8个。全县妇女之家总数达到120个。</p>${p2}`)).toContain('县妇联还新建妇女之家8个。全县妇女之家总数达到120个。');
    // a short line in the next block is left to the caption rules of the text lines
    expect(text(`${p1}<p><img src="a.jpg"></p><p>培训成效</p>${p2}`)).toContain('培训成效');
  });
});

describe('a short sentence under a picture in the middle of a story', () => {
  const mid = (line: string) => findArticles(`<html><head><title>县妇联开展“两节”慰问_某某网</title></head><body><h1>县妇联开展“两节”慰问</h1><div class="content"><p>春节前夕，县妇联班子成员分组深入各乡镇，走访慰问困难妇女和留守儿童家庭。</p><p><img src="a.jpg"></p><p>${line}</p><p>县妇联负责人表示，将持续关心关爱困难妇女儿童，让她们感受到党和政府的温暖。</p></div></body></html>`, true).articles[0].text;
  it('that sums up or follows up the story (此次共…, 全年…, 截至…) is text; one that shows the scene is its caption', () => {
    for (const t of ['此次共慰问困难家庭120户。', '本次活动发放慰问金6万元。', '全年共走访困难妇女860人次。', '截至目前，已慰问留守儿童300名。', '据统计，共发放物资价值2万元。', '下一步将建立帮扶台账。']) expect(mid(t)).toContain(t);
    for (const t of ['慰问现场。', '县妇联主席看望留守儿童。']) expect(mid(t)).not.toContain(t);
  });
});

describe('picture credits in text lines', () => {
  it('a credit line (图片来源：…) is a caption, not the story’s meta line, and does not start a story', () => {
    const lines = classifyLines(['县妇联开展技能培训', '图片来源：视觉中国', '▲图片来自县妇联', '图源：县融媒体中心'].join('\n'));
    for (const l of lines.slice(1)) expect(l.kind).not.toBe('meta');
    const arts = findArticles('<html><head><title>县妇联举办技能培训</title></head><body><h1>县妇联举办技能培训</h1><div class="content"><p>今年以来，县妇联举办技能培训班12期，培训农村妇女1200人次，帮助300名妇女就业。</p><p><b>二是建阵地</b></p><p>图片来源：摄图网</p><p>县妇联还新建妇女之家8个，覆盖全县所有乡镇，服务妇女儿童5000余人次。</p></div></body></html>', true).articles;
    expect(arts).toHaveLength(1);
    expect(arts[0].source).toBeNull();
    expect(arts[0].text).toContain('二是建阵地');
    expect(arts[0].text).not.toContain('摄图网');
  });

  it('a credit followed by the outlet that ran the picture ends a caption', () => {
    const cap = (t: string) => findArticles(`<html><head><title>县妇联举办技能培训</title></head><body><h1>县妇联举办技能培训</h1><div class="content"><p>今年以来，县妇联举办技能培训班12期，培训农村妇女1200人次，帮助300名妇女就业。</p><p>${t}</p><p>县妇联还新建妇女之家8个，覆盖全县所有乡镇，服务妇女儿童5000余人次。</p></div></body></html>`, true).articles[0].text;
    expect(cap('学员在培训班上学习插花。县妇联供图 华龙网')).not.toContain('插花');
    expect(cap('学员在培训班上学习插花。县妇联供图 县融媒体网发')).not.toContain('插花');
    expect(cap('学员在培训班上学习插花 张三 摄 城市晚报')).not.toContain('插花');
  });

  it('rights notices written as sentences are furniture; text about rights is not', () => {
    for (const t of ['本文为某某女性公众号原创，转载请注明出处。', '本作品为“某某科普”原创，转载时务请注明出处。', '某某健康网（www.example.com）专稿，未经书面授权请勿转载。', '【本文中文相关权益归某某公司独家所有。未经授权，不得转载、摘编等。】', '原创内容，未经本网授权禁止转载，违者必究。']) expect(classifyLines(t)[0].kind).toBe('junk');
    for (const t of ['县妇联提醒，未经许可不得擅自使用“巾帼文明岗”标识，违者将依法追究责任。', '对侵害妇女儿童合法权益的行为，违者必究。']) expect(classifyLines(t)[0].kind).toBe('para');
    const long = '县版权局联合县妇联开展版权宣传进社区活动，向群众讲解“未经许可不得转载他人作品”等法律常识，发放宣传资料3000余份，现场解答群众咨询260余人次，受到社区居民的普遍欢迎，下一步还将走进学校和企业继续开展宣传。';
    expect(classifyLines(long)[0].kind).toBe('para');
    const [a] = findArticles(`<html><head><title>县妇联举办技能培训</title></head><body><h1>县妇联举办技能培训</h1><div class="content"><p>今年以来，县妇联举办技能培训班12期，培训农村妇女1200人次，帮助300名妇女就业。</p><p>县妇联还新建妇女之家8个，覆盖全县所有乡镇。</p><p>本文为某某女性公众号原创，转载请注明出处。</p></div></body></html>`, true).articles;
    expect(a.text).not.toContain('转载');
  });

  it('video player messages, app promotions and reprint notes are furniture; sentences about them are text', () => {
    for (const t of ['很抱歉，当前视频播放失败', '视频播放失败，请刷新重试', '安装某某新闻客户端第一时间接收最全面的资讯→【下载地址】', '本文原标题：《县妇联：巾帼家政培训开班》']) expect(classifyLines(t)[0].kind).toBe('junk');
    for (const t of ['县妇联开设“巾帼云课堂”，学员可在客户端第一时间观看培训视频，全年累计播放12万次。', '县残联为听障人士提供手语视频，解决视频播放时无法理解内容的难题。']) expect(classifyLines(t)[0].kind).toBe('para');
  });

  it('notices that the pictures come from the web are furniture', () => {
    for (const t of ['图片来自网络，如有侵权，请联系删除。', '部分图片来源于网络，版权归原作者所有，如有侵权请联系我们删除，谢谢！', '如有侵权，请联系本号删除。']) expect(classifyLines(t)[0].kind).toBe('junk');
  });
});

describe('a headline with an exclamation as its kicker (text dumps)', () => {
  const articlesOf = (text: string) => processPage({ id: 't', origin: 't', text, kind: 'text' }).articles.map((a) => [a.title, a.text.slice(0, 6)]);

  it.each([
    ['祝贺!我县3名个人和2个集体获市妇联表彰', '祝贺!我县3名个人和2个集体获市妇联表彰'],
    ['喜报！某某县妇联获评全国三八红旗集体', '喜报！某某县妇联获评全国三八红旗集体'],
    ['点赞！我县巾帼志愿服务队获省级表彰', '点赞！我县巾帼志愿服务队获省级表彰'],
  ])('%s', (head, title) => {
    const page = `当前位置: 首页 » 本地新闻 »\n\n${head}\n\n表彰大会现场。\n\n本报讯(记者 王小明)3月6日,县妇联召开表彰大会,共表彰先进集体12个、先进个人30名。\n`;
    expect(articlesOf(page)).toEqual([[title, '本报讯(记者']]);
  });

  it('an exclamation inside the body stays body text', () => {
    const page = '县妇联召开表彰大会\n\n3月6日,县妇联召开表彰大会,共表彰先进集体12个。\n让我们携手共进！\n会议号召全县妇女再立新功。\n';
    const [a] = processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles;
    expect(a.title).toBe('县妇联召开表彰大会');
    expect(a.text).toContain('让我们携手共进！');
  });
});

describe('dates with the year last', () => {
  it.each([
    ['14.03.2016  11:20', '2016-03-14'],
    ['27.11.2017', '2017-11-27'],
    ['05.06.2019', '2019-06-05'],
    ['14-03-2016', '2016-03-14'],
    ['03/14/2016', '2016-03-14'],
    ['14/03/2016', '2016-03-14'],
    // year first, as before
    ['2016.03.14', '2016-03-14'],
    ['19-12-18 14:27', '2019-12-18'],
    ['发布时间:2017-02-23 21:48:04', '2017-02-23'],
  ])('%s', (s, want) => {
    expect(parseDate(s)).toBe(want);
  });

  it('no month above 12 either way', () => {
    expect(parseDate('14.13.2016')).toBeNull();
  });
});

describe('a related-news heading below a story in a text dump ends the story (spec: teasers after the article)', () => {
  const textOf = (page: string) => processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles.map((a) => a.text);
  const story =
    '市总工会开展送温暖活动\n\n昨天上午,市总工会在工人文化宫门口对550名在职困难职工和200名退休困难职工进行了集中慰问。\n据了解,全市各级工会春节前将集中发放慰问金300万元,帮助困难职工过一个欢乐祥和的春节。\n';

  it.each(['-相关新闻', '相关阅读:', '【延伸阅读】', '— 相关报道'])('%s', (head) => {
    const page = `${story}${head}\n481万元慰问6321名贫困残疾人\n商报讯 全市残联系统共对6321名贫困残疾人进行了慰问,慰问资金共计481万元。\n`;
    const texts = textOf(page);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('300万元');
    expect(texts[0]).not.toContain('481万元');
  });

  // a keywords line under the story: what repeats the page above it (the headline, the lead) is not text again
  it.each([
    ['关键词: 送温暖;困难职工;慰问金', '市总工会开展送温暖活动\n据了解,全市各级工会春节前将集中发放慰问金300万元,帮助困难职工过一个欢乐祥和的春节。'],
    ['关键字:工会 职工 春节', '市总工会开展送温暖活动\n昨天上午,市总工会在工人文化宫门口对550名在职困难职工和200名退休困难职工进行了集中慰问。'],
    ['【本文关键词】:送温暖', '昨天上午,市总工会在工人文化宫门口对550名在职困难职工和200名退休困难职工进行了集中慰问。据了解,全市各级工会春节前将集中发放慰问金300万元'],
  ])('%s', (line, below) => {
    const texts = textOf(`${story}${line}\n${below}\n`);
    expect(texts).toHaveLength(1);
    expect(texts[0].match(/550名/g)).toHaveLength(1);
    expect(texts[0].match(/300万元/g)).toHaveLength(1);
    expect(texts[0]).not.toContain('关键');
  });

  it('a story that says something new below a keywords line is kept', () => {
    const texts = textOf(`${story}关键词: 送温暖;困难职工\n\n481万元慰问6321名贫困残疾人\n商报讯 全市残联系统共对6321名贫困残疾人进行了慰问,慰问资金共计481万元。\n`);
    expect(texts.join('\n')).toContain('481万元。');
    expect(texts.join('\n')).toContain('300万元');
  });

  it('a keywords line above the story, and the word 关键词 in a sentence, do not end it', () => {
    expect(textOf(`关键词: 送温暖;困难职工\n\n${story}`).join('\n')).toContain('300万元');
    const told = `${story}主席用三个关键词:温暖、务实、创新,概括了今年的工作。\n全年为职工办实事12件。\n`;
    expect(textOf(told).join('\n')).toContain('办实事12件');
  });

  it('a related list above the story does not end it', () => {
    const page = `相关新闻\n市妇联召开执委会\n县妇联开展培训\n\n${story}`;
    expect(textOf(page).join('\n')).toContain('300万元');
  });
});

describe('a labelled summary lead repeats the story (spec: a lead that repeats the body is no claim)', () => {
  const arts = (page: string) => processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles;
  const body = '本报讯 日前,市妇联召开表彰大会,授予王某等20名同志“三八红旗手”称号。\n会上,市妇联还表彰了先进集体12个。\n';

  it.each(['【摘要】', '[导读]', '内容提要:', '摘要:'])('%s over lines ending in a list mark, then the story', (label) => {
    const page = `市妇联表彰一批先进\n${label}王某等20名同志获“三八红旗手”称号;\n先进集体12个受到表彰。\n${body}`;
    const a = arts(page);
    expect(a).toHaveLength(1);
    expect(a[0].title).toBe('市妇联表彰一批先进');
    expect(a[0].text).not.toContain('获“三八红旗手”');
    expect(a[0].text).toContain('授予王某等20名同志');
  });

  it('a one-line lead ends at its line', () => {
    const page = `市妇联表彰一批先进\n[摘要]20名同志获表彰\n日前,市妇联召开表彰大会,授予王某等20名同志“三八红旗手”称号。\n`;
    const a = arts(page);
    expect(a[0].title).toBe('市妇联表彰一批先进');
    expect(a[0].text).toContain('授予王某等20名同志');
  });
});

describe('a label alone on its line (划重点:, 【摘要】) opens points that restate the story’s figures', () => {
  const html = (points: string) => findArticles(`<html><head><title>港口上半年集装箱吞吐量增长_某某网</title></head><body><h1>港口上半年集装箱吞吐量增长</h1><div class="content">${points}<p>记者从市港口管理局获悉,今年上半年,港口完成货物吞吐量1.02亿吨,同比增长9.8%;完成集装箱吞吐量412.6万标箱,同比增长15.3%。</p><p>据海关统计,上半年全市外贸进出口总额达486.7亿元,同比增长12.4%。</p></div></body></html>`, true).articles[0].text;
  it.each(['划重点:', '【摘要】', '本文要点:'])('%s', (label) => {
    const text = html(`<p>${label}</p><ol><li>上半年,港口完成集装箱吞吐量412.6万标箱,同比增长15.3%。</li><li>上半年全市外贸进出口总额达486.7亿元,同比增长12.4%。</li></ol>`);
    expect(text).not.toContain('上半年,港口完成集装箱吞吐量');
    expect(text).not.toContain('上半年全市外贸进出口总额达486.7亿元,同比增长12.4%。\n记者');
    expect(text.match(/486\.7亿元/g)).toHaveLength(1);
    expect(text).toContain('完成货物吞吐量1.02亿吨');
  });
  it('counter-example: after the first point, a line with a figure the story does not give again is the story’s own', () => {
    const text = html('<p>划重点:</p><ol><li>上半年,港口完成集装箱吞吐量412.6万标箱。</li></ol><p>上半年,港口新开通航线12条,通达全球100多个港口。</p>');
    expect(text).toContain('新开通航线12条');
  });
});

describe('a section heading under the headline that repeats part of it is not the headline', () => {
  it('the headline is the line holding it, page garbage or not', () => {
    const page = '县妇联2006年工作总结和2007年工作打算\n2006年工作总结xY12\n2006年,全县各级妇联组织开展培训42期,培训农村妇女3200余人次。\n';
    const a = processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles;
    expect(a[0].title).toBe('县妇联2006年工作总结和2007年工作打算');
  });

  it('a breadcrumb ending with the headline is not taken for it', () => {
    const page = '首页 > 新闻中心 > 县妇联开展培训\n县妇联开展培训\n日前,县妇联举办培训班3期,培训农村妇女300余人次。\n';
    const a = processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles;
    expect(a[0].title).toBe('县妇联开展培训');
  });

  it('a kicker above the headline stays a kicker', () => {
    const page = '喜报\n县妇联荣获全国巾帼文明岗\n近日,县妇联荣获全国巾帼文明岗称号,全县共有3个集体获此殊荣。\n';
    const a = processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles;
    expect(a[0].title).toBe('县妇联荣获全国巾帼文明岗');
  });
});

describe('a text page written one phrase a line (WeChat posts): its sentences are joined again', () => {
  const textOf = (page: string) => processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles.map((a) => a.text);
  const post = [
    '县妇联发布｜2024年度“最美家庭”名单出炉',
    '原创 县妇联 2024-05-04 08:30',
    '',
    '经过层层推荐、评审和公示，',
    '县妇联决定：',
    '授予张某某等30户家庭',
    '“最美家庭”称号；',
    '授予李某某等10户家庭',
    '“文明家庭”称号。',
    '',
    '一年来，',
    '全县各级妇联组织',
    '开展家庭教育讲座',
    '120余场，',
    '受益家长8000余人次。',
    '',
  ].join('\n');

  it('joins each sentence and keeps its figures', () => {
    const texts = textOf(post);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('授予张某某等30户家庭“最美家庭”称号；');
    expect(texts[0]).toContain('一年来，全县各级妇联组织开展家庭教育讲座120余场，受益家长8000余人次。');
  });

  it('counter-example: a roster of titles and names (headings end with a colon) is not joined into sentences', () => {
    const roster = '全国三八红旗手:\n某县某乡某村党支部书记王某\n全国巾帼文明岗:\n某县妇幼保健院妇保科\n某市第一医院护理部\n某区人民法院立案庭\n';
    const page = `市妇联公布表彰名单\n近日,全国妇联揭晓今年“三八”表彰结果,我市一批集体和个人榜上有名。\n${roster}另有12人获省三八红旗手称号。\n`;
    const text = textOf(page).join('\n');
    expect(text).not.toContain('妇保科某市第一医院');
    expect(text).toContain('另有12人获省三八红旗手称号。');
  });
});

describe('a short sentence under a numbered section heading is the section\'s text, no caption', () => {
  const textOf = (page: string) => processPage({ id: 't', origin: 't', text: page, kind: 'text' }).articles.map((a) => a.text).join('\n');
  it.each(['一、妇女培训', '（一）妇女培训', '1.妇女培训', '第一部分 妇女培训'])('%s', (head) => {
    const page = `县妇联2023年工作总结\n${head}\n全年培训农村妇女1.5万人次。\n二、维权服务\n接待来访来电560件,办结率100%。\n`;
    expect(textOf(page)).toContain('全年培训农村妇女1.5万人次。');
  });
  it('counter-example: a one-clause line right under a headline, next to an image gap, is still a caption', () => {
    const page = '县妇联开展“巾帼大宣讲”\n\n\n图为宣讲现场。\n\n\n近日,县妇联组织开展宣讲活动120场,覆盖群众5000人次。\n';
    expect(textOf(page)).not.toContain('图为宣讲现场');
  });
});

describe('a block whose class names a caption, right under an image, is the caption (<p class="pic-caption">)', () => {
  const page = (caption: string) => `<html><head><title>义诊进乡村</title></head><body><div class="article-content">
    <h1>义诊进乡村</h1>
    <p>近日,县总医院联合县妇联开展免费筛查活动,组织医务人员45名,分赴全县15个乡镇开展义诊。</p>
    <p style="text-align:center"><img src="a.jpg" alt=""></p>
    ${caption}
    <p>活动历时一个月,共为群众免费测量血压、血糖1.8万人次,为3260名群众开展眼底病变筛查。</p>
    </div></body></html>`;
  // (a caption is article text where it states a figure, dev SOURCES-D2 #9: so each is checked without its
  // figure, which must leave it out, and with it, which must keep it)
  const asCaption = (cap: string) => {
    expect(extractHtml(page(cap.replace(/300余名/g, ''))).text).not.toContain('义诊现场');
    const text = extractHtml(page(cap)).text;
    expect(text).toContain('300余名');
    expect(text).toContain('1.8万人次');
  };
  it.each(['<p class="pic-caption">义诊现场,300余名群众排队等候检查</p>', '<figcaption>义诊现场,300余名群众排队等候检查</figcaption>', '<p class="img_desc">义诊现场,300余名群众排队等候检查</p>'])('%s', (cap) => {
    asCaption(cap);
  });
  it.each([
    '<p class="pic_desc">5月8日拍摄的义诊现场。活动当天,300余名群众排队等候检查,医务人员为他们免费测量血压。记者 王某 摄</p>',
    '<p class="pic-caption">义诊现场。当天共有300余名群众接受检查。</p>',
  ])('a caption of a few sentences, with a credit or short: %s', (cap) => {
    asCaption(cap);
  });
  it.each([
    // 163: the image and its caption in one centred block
    ['<p class="f_center"><img src="b.jpg"><br>义诊现场。当天共有300余名群众接受检查。</p>'],
    // thepaper: a grey span under a centred image, ending with the credit
    ['<div style="text-align:center;"><img src="b.jpg"></div><span style="color: rgb(128, 128, 128);">义诊现场。300余名群众排队等候检查。记者 王某 图</span><br>'],
    // ifeng: the caption's class
    ['<p class="detailPic"><img src="b.jpg"></p><p class="picIntro"><span>义诊现场。300余名群众排队等候检查。</span></p>'],
    // a plain paragraph that ends with the photographer's credit
    ['<p><img src="b.jpg"></p><p>义诊现场,300余名群众排队等候检查。县妇联供图</p>'],
    // a centred line that names the picture's source in brackets
    ['<p style="text-align: center"><img src="b.jpg"></p><p style="text-align: center">义诊现场300余名群众排队等候(图源:县妇联)</p>'],
    // WeChat: an arrow pointing up at the picture
    ['<section><img src="b.jpg"></section><section><span>▲义诊现场,300余名群众排队等候检查</span></section>'],
  ])('portal captions: %s', (cap) => {
    asCaption(cap);
  });
  it('counter-example: text in the same block as an image, not centred and with no credit, is text', () => {
    expect(extractHtml(page('<p><img src="b.jpg">据了解,县妇联今年已组织义诊12场。活动历时一个月,惠及群众5000余人。</p>')).text).toContain('义诊12场');
  });
  it('counter-example: a paragraph with no caption class under an image is text', () => {
    expect(extractHtml(page('<p>据了解,县妇联今年已组织义诊12场。</p>')).text).toContain('义诊12场');
  });
});

describe('a table with a unit column: each figure is written with its column and the row\'s unit', () => {
  const table = (unitHead: string) => `<html><head><title>县妇联2023年主要工作指标完成情况</title></head><body><div class="content">
    <h1>县妇联2023年主要工作指标完成情况</h1>
    <p>2023年,县妇联团结引领全县妇女建功立业,全年各项主要工作指标完成情况如下:</p>
    <table><tr><th>项目</th><th>${unitHead}</th><th>全年目标</th><th>完成数</th></tr>
    <tr><td>巾帼技能培训</td><td>人次</td><td>3000</td><td>3420</td></tr>
    <tr><td>妇女创业担保贷款</td><td>万元</td><td>5000</td><td>6230</td></tr></table>
    </div></body></html>`;
  it.each(['单位', '计量单位'])('%s', (head) => {
    const claims = processPage({ id: 't', origin: 't', text: table(head), kind: 'html' }).articles.flatMap((a) => a.claims);
    expect(claims.map((c) => [c.value, c.unit, c.status])).toEqual([[3000, '人次', 'target'], [3420, '人次', 'result'], [50000000, '元', 'target'], [62300000, '元', 'result']]);
  });
  it('counter-example: a table without a unit column keeps its cells as they are', () => {
    const html = '<html><body><div class="content"><h1>巾帼建功</h1><p>今年以来,全市妇联组织举办培训班120期,培训妇女1.2万人次。</p><table><tr><td>项目</td><td>数量</td></tr><tr><td>巾帼文明岗</td><td>12个</td></tr></table></div></body></html>';
    expect(extractHtml(html).text).toContain('巾帼文明岗 12个');
  });
});

describe('a unit-column table whose header names a year and a column with its own unit (2023年 | 比上年增长(%))', () => {
  const rows = [['学校总数', '所', '218', '1.4'], ['在园幼儿', '人', '38650', '1.9'], ['学生体质健康合格率', '%', '95.3', '—']];
  const want = [[218, '所'], [1.4, '%'], [38650, '人'], [1.9, '%'], [95.3, '%']];
  const claimsOf = (text: string, kind: 'html' | 'text') =>
    processPage({ id: 't', origin: 't', text, kind }).articles.flatMap((a) => a.claims).filter((c) => c.value !== 16.8e4).map((c) => [c.value, c.unit]);
  it.each(['比上年增长（%）', '比上年增长(%)'])('HTML, %s', (growth) => {
    const html = `<html><body><div class="content"><h1>2023年全区教育事业发展统计公报</h1><p>2023年,全区共有在校学生16.8万人。主要指标如下:</p>
      <table><tr><td>指标名称</td><td>单位</td><td>2023年</td><td>${growth}</td></tr>
      ${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table></div></body></html>`;
    expect(claimsOf(html, 'html')).toEqual(want);
  });
  it('a text dump, one row a line', () => {
    const text = `2023年全区教育事业发展统计公报\n2023年,全区共有在校学生16.8万人。主要指标如下:\n指标 单位 2023年末 比上年增长(%)\n${rows.map((r) => r.join(' ')).join('\n')}\n`;
    expect(claimsOf(text, 'text')).toEqual(want);
  });
  it('a money column in 万元 under a row unit of 元 keeps its own unit', () => {
    const text = '县慈善总会2023年收支情况\n2023年,县慈善总会共接收捐赠款物折合1200万元。\n项目 单位 笔数 金额(万元)\n企业捐赠 笔 86 820\n个人捐赠 笔 1320 380\n';
    const claims = processPage({ id: 't', origin: 't', text, kind: 'text' }).articles.flatMap((a) => a.claims);
    expect(claims.map((c) => [c.value, c.unit])).toEqual([[12000000, '元'], [86, '笔'], [8200000, '元'], [1320, '笔'], [3800000, '元']]);
  });
});

describe('a table in a text dump, one row a line, under a header with a unit field', () => {
  const page = (head: string) => `县妇联2023年工作综述\n2023年,县妇联团结引领全县妇女建功立业。全年各项主要工作指标完成情况如下:\n${head}\n巾帼技能培训 人次 3000 3420\n妇女创业担保贷款 万元 5000 6230\n全县评选出县级“最美家庭”100户。\n`;
  it.each(['项目 单位 全年目标 完成数', '指标名称 计量单位 目标 完成'])('%s', (head) => {
    const claims = processPage({ id: 't', origin: 't', text: page(head), kind: 'text' }).articles.flatMap((a) => a.claims);
    expect(claims.slice(0, 4).map((c) => [c.value, c.unit, c.status])).toEqual([[3000, '人次', 'target'], [3420, '人次', 'result'], [50000000, '元', 'target'], [62300000, '元', 'result']]);
  });
  it('counter-example: rows without a unit field keep their text', () => {
    const text = processPage({ id: 't', origin: 't', text: '县妇联工作综述\n全年培训妇女3000人次,新建妇女之家20个。\n项目 数量\n巾帼文明岗 12个\n', kind: 'text' }).articles.map((a) => a.text).join('\n');
    expect(text).not.toContain('，数量');
  });
});

describe('a reading-time line of a self-media post is furniture (本文共1210字,预计阅读4分钟)', () => {
  it.each(['本文共1210字,预计阅读4分钟', '预计阅读时间3分钟'])('%s', (line) => {
    const html = `<html><body><div id="js_content"><section><span>${line}</span></section><section><span>1月22日,市慈善总会召开理事会,全年募集善款4.62亿元。</span></section></div></body></html>`;
    const text = extractHtml(html).text;
    expect(text).not.toContain('预计阅读');
    expect(text).toContain('4.62亿元');
  });
});

describe('a unit-column table writes the row\'s label with each figure, so the figure says what it counts', () => {
  it('HTML and text dump alike', () => {
    const text = '2023年全区教育事业发展统计公报\n2023年,全区共有在校学生16.8万人。\n指标 单位 2023年 比上年增长(%)\n幼儿园 所 96 5.5\n专任教师 人 11200 3.6\n';
    const claims = processPage({ id: 't', origin: 't', text, kind: 'text' }).articles.flatMap((a) => a.claims).filter((c) => c.value !== 168000);
    expect(claims.map((c) => [c.value, c.subject])).toEqual([[96, '幼儿园'], [5.5, '幼儿园'], [11200, '专任教师'], [3.6, '专任教师']]);
  });
});

describe('a unit-column table with a row number first (序号 | 项目 | 单位 | …): the number is no figure', () => {
  it('reads each row by its label', () => {
    const text = '县残联2025年主要指标完成情况\n2025年,县残联扎实推进各项工作。\n序号 项目 单位 2025年\n1 持证残疾人 人 12486\n8 困难残疾人家庭 户 210\n';
    const claims = processPage({ id: 't', origin: 't', text, kind: 'text' }).articles.flatMap((a) => a.claims);
    expect(claims.map((c) => [c.value, c.unit, c.subject])).toEqual([[12486, '人', '持证残疾人'], [210, '户', '困难残疾人家庭']]);
  });
});
