import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/stages/decode.js';
import { findArticles } from '../src/stages/split.js';
import { parseRecord } from '../src/stages/read.js';
import { claimRecords, processPage } from '../src/pipeline.js';

// Real pages saved by GNE and trafilatura for their own tests (fixtures/html/README.md). Expectations
// here were written by reading each page: its headline, sentences of its body, and furniture around it.

function articlesOf(name: string) {
  const file = `fixtures/html/${name}.html`;
  const d = decodeInput({ id: name, origin: file, bytes: fs.readFileSync(file), kind: 'auto' });
  return findArticles(d.text, d.isHtml).articles;
}

const HEADLINES: [string, string][] = [
  ["163-1", "多地项目连环爆雷 狂奔的龙湖集团\"暗伤\"曝露？"],
  ["163-2", "5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！"],
  ["baijiahao-1", "英国美女在殡仪馆工作太痛苦，转行当美人鱼！每小时收入近千元"],
  ["banyuetan-1", "益阳：“数字”是优长"],
  ["cjn-1", "外媒眼中的武汉长假：蓬勃发展，欢声笑语"],
  ["cmse-1", "天宫一号与神舟九号载人交会对接任务第二场新闻发布会"],
  ["ednchina-1", "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU"],
  ["gov-1", "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"],
  ["guancha-1", "我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心"],
  ["gzggw-1", "1-10月德清县固定资产投资结构趋稳趋优"],
  ["hexun-1", "交通运输部：着力打造京津冀区域综合立体交通网络"],
  ["huanqiu-1", "补壹刀：别笑！18人的“新八国联军”今天成立了"],
  ["ifeng-1", "女童眼睛被塞几十片纸，“无法用科学解释”"],
  ["ifeng-2", "疫情防控常态化下，长春市的新经济之路"],
  ["mydrivers-1", "首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂"],
  ["people-1", "女儿出嫁，郑板桥画了几笔兰花当嫁妆"],
  ["qq-1", "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？"],
  ["qq-2", "棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等"],
  ["shanxi-1", "山西品牌丝路行（南美站）正式启动"],
  ["sina-1", "中国人习以为常的地方 为何老外却说“了不得”？"],
  ["sina-2", "苹果发布新iPhone 11：64GB售5499元 256GB售6799元"],
  ["stcn-1", "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目"],
  ["thepaper-1", "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性"],
  ["thepaper-2", "柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标，优于发烧咳嗽"],
  ["toutiao-1", "顺丰小哥汪勇连升3级，国家授予特别奖：时代永远在奖励解决问题的摆渡人"],
  ["wechat-1", "三星 Galaxy S20 系列手机正式发布"],
  ["xds-1", "【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向"],
  ["xinhuanet-1", "法国全国大罢工再次严重影响交通"],
  ["xinhuanet-2", "武汉的声音：有英勇的你，才有英雄的城！"],
  ["xinhuanet-3", "话剧《约定无期限》河北各市巡演结束"],
];

// furniture that no page's article text may contain
const FURNITURE = /版权所有|Copyright|ICP备|责任编辑|分享到|相关新闻|推荐阅读|热点推荐|新闻排行|网友评论|发表评论|关闭窗口|打印本稿|扫描二维码/;

describe('real news pages: one article, its headline, no furniture', () => {
  it.each(HEADLINES)('%s', (name, headline) => {
    const arts = articlesOf(name);
    expect(arts).toHaveLength(1);
    expect(arts[0].title).toBe(headline);
    expect(arts[0].text.length).toBeGreaterThan(100);
    for (const line of arts[0].text.split('\n')) expect(line).not.toMatch(FURNITURE);
  });
});

interface Expect {
  body: string[];
  not: string[];
  date?: string;
  source?: string;
  authors?: string[];
}

const PAGES: Record<string, Expect> = {
  'people-1': {
    body: ['父亲的教诲像一盏灯，为我们照亮前行的路', '他与普通父亲并没有差别，字里行间都是对儿子的爱。'],
    not: ['推荐阅读', '热点推荐', '分享到'],
    date: '2019-06-15',
  },
  'xinhuanet-1': {
    body: ['新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工', '总理菲利普将于11日宣布退休制度改革的总体架构。'],
    not: ['责任编辑', '新闻评论', '图集'],
    authors: ['唐霁'],
  },
  'sina-1': {
    // the pictures' captions (their alt text again, class img_descr): the one that states a figure is
    // article text, the one that shows the scene is not
    body: ['因为这里充满了活力，即使现在是早上9点半。', 'BBC称，不只是温哥华，伦敦、柏林等城市也都开始效仿中国，打造鼓励市民健身运动的公园。', '西班牙南部马拉加已经陆续修建了400多座'],
    not: ['阅读排行榜', '推荐新闻', '（视频截图）', '在八一公园晨练的老年人'],
  },
  '163-1': {
    body: ['2019年，龙湖集团即将迎来赴港上市10周年。', '这需要龙湖给投资者作一个交代。'],
    not: ['为您推荐', '分享至好友和朋友圈', '杨倩'],
    date: '2019-09-07',
    source: '证券市场红周刊',
  },
  'qq-1': {
    body: ['潘振声女儿马莉表示，改成这样，唱起来不觉得拗口吗？', '历时4年积累出《56个民族新儿歌》等作品。'],
    not: ['相关推荐', '扫描二维码'],
  },
  'qq-2': {
    // the 划重点 points above the story quote sentences of its body: a summary, no text of its own
    body: ['擅长清洗数据的第三方数据行业，这次轮到自己被“清洗”了。', '“行业人人自危。”她对《棱镜》表示。'],
    not: ['划重点', '一位接近监管的人士对《棱镜》表示，监管方从年初就在酝酿针对数据公司的整顿清理，“（这次）应该是大动作”。\n“打蛇打七寸!”'],
  },
  'thepaper-2': {
    body: ['此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状。', '因此加入新的症状，对疾控至关重要。'],
    not: ['澎湃评论', '艺术评论', '校对：刘威'],
    source: '澎湃新闻',
  },
  'shanxi-1': {
    body: ['山西品牌丝路行首次登陆巴西', '南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）'],
    not: ['热门搜索', '热门服务', '关于我们'],
    source: '山西日报',
    authors: ['张巨峰'],
  },
  'banyuetan-1': {
    body: ['益水之阳，是名益阳。', '才能书写益阳新的传奇。'],
    not: ['互联网举报中心', '版权声明', '孔德明', '李尕 摄'],
    date: '2020-01-02',
  },
  'cjn-1': {
    body: ['国庆中秋长假过半，但外媒关注武汉的热情不减', '今年中国经济增速将达2%。'],
    not: ['相关阅读', '武汉市民国庆中秋自觉避开热门景区'],
    source: '长江网',
    authors: ['陈智'],
  },
  'xinhuanet-3': {
    body: ['一个约定，信守15年，感人至深', '树立正确的世界观、人生观、价值观。'],
    not: ['关闭窗口', '发表评论'],
  },
  'ifeng-2': {
    body: ['2020年，因为疫情影响，各地政府的首要任务就是助力当地经济恢复', '一座城市，有历史，有文化，有美食，还有勇于创新的精神，它就是长春！'],
    not: ['网罗天下', '点击数', '用微信扫描二维码'],
    date: '2020-09-11',
  },
  'gov-1': {
    body: ['第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长金人庆'],
    not: ['相关稿件', '无障碍'],
  },
  '163-2': {
    // short lines above an image are the story's, not captions
    body: ['也是对无锡市民出行影响最大的一段。', '但是江阴往无锡方向不受影响。', '平安出行，安全到家。'],
    not: ['网易首页', '跟贴'],
    source: '无锡交警',
  },
  'cmse-1': {
    // the first sentence under the salutation is the lead, not a caption
    body: ['很高兴又一次和大家见面。', '下面，我愿意回答大家的提问。'],
    not: ['版权所有'],
    date: '2012-06-24',
  },
  'toutiao-1': {
    body: ['最近，武汉一个顺丰小哥汪勇直升3级', '汪勇决定继续扩张车队。', '“我一定要办成这一件事”。'],
    not: ['举报', '相关推荐'],
  },
  'huanqiu-1': {
    body: ['西方世界的一些反华分子正试图串联起来。', '美国方面是“中国人民的老对手”卢比奥和梅嫩德斯。', '刀哥想说，都9020年了', '这也能看出当前英国的底色。'],
    not: ['图片均来自网络'],
  },
  'gzggw-1': {
    body: ['1-10月，全县固定资产投资完成246.79亿元', '总体全县投资结构趋稳趋优。（德清县发改局）'],
    not: ['网站地图'],
    date: '2016-11-22',
  },
  'ifeng-1': {
    body: ['7岁小花（化名）“眼睛被塞纸”事件，仍有许多疑问。', '此外，学校还多次组织观看了校园欺凌教育片。'],
    not: ['小花家。', '禹州市人民医院。'],
    authors: ['段彦超', '廖艳'],
  },
  'stcn-1': {
    body: ['证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地', '伊戈尔：拟1079.6万元收购控股子公司日本伊戈尔少数股权。'],
    not: ['声明：证券时报力求信息真实'],
    source: '证券时报网',
  },
  'mydrivers-1': {
    body: ['这个月底，国内还有一次重要的航天发射任务——嫦娥五号', '探测器全重8.2吨，由轨道器、返回器、着陆器、上升器四部分组成。'],
    not: ['THE END', '转载请注明出处'],
    source: '快科技',
  },
  'xinhuanet-2': {
    body: ['“妈妈，为什么还不能出去？”', '正是有了英勇的你们，才有这座英雄的城！'],
    not: ['图集'],
    source: '半月谈',
  },
  'wechat-1': {
    body: ['今天凌晨，三星在美国旧金山举行发布会', '拥有黑、金、紫三色可选。'],
    not: ['信息来源于网络'],
  },
  'sina-2': {
    body: ['新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕', '256GB售6799元'],
    not: ['新浪众测'],
    authors: ['李楠'],
  },
};

describe('real news pages: body kept, boilerplate left out', () => {
  it.each(Object.entries(PAGES))('%s', (name, e) => {
    const [a] = articlesOf(name);
    for (const s of e.body) expect(a.text).toContain(s);
    for (const s of e.not) expect(a.text).not.toContain(s);
    if (e.date) expect(a.date).toBe(e.date);
    if (e.source) expect(a.source).toBe(e.source);
    if (e.authors) expect(a.authors).toEqual(expect.arrayContaining(e.authors));
  });

  it('decodes pages whose declared charset is wrong', () => {
    // people-1, 163-2 and qq-2 declare gb2312 but are UTF-8; xinhuanet-3 is GBK
    for (const name of ['people-1', '163-2', 'qq-2']) {
      const file = `fixtures/html/${name}.html`;
      expect(decodeInput({ id: name, origin: file, bytes: fs.readFileSync(file), kind: 'auto' }).encoding).toBe('utf-8');
    }
    const file = 'fixtures/html/xinhuanet-3.html';
    const d = decodeInput({ id: 'x', origin: file, bytes: fs.readFileSync(file), kind: 'auto' });
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('话剧《约定无期限》');
  });
});

// Pages of each kind that real sites publish and cleaning used to get wrong (fixtures/html-kinds).
function kindOf(name: string) {
  const file = `fixtures/html-kinds/${name}.html`;
  const d = decodeInput({ id: name, origin: file, bytes: fs.readFileSync(file), kind: 'auto' });
  return findArticles(d.text, d.isHtml);
}

describe('kinds of pages', () => {
  it('a WeChat-style post whose body is all short lines keeps every line and gives its claims', () => {
    const { articles } = kindOf('wechat-short-lines');
    expect(articles).toHaveLength(1);
    const lines = articles[0].text.split('\n');
    for (const l of ['2023年', '龙山县妇联深入学习贯彻党的二十大精神', '一起来看看这一年的亮点工作', '01 思想引领聚人心', '培训农村妇女3200余人次', '新建儿童之家12个', '奋力谱写龙山妇女事业新篇章']) expect(lines).toContain(l);
    expect(articles[0].text).not.toMatch(/阅读原文|微信扫一扫|编辑：|审核：|点击蓝字|往期推荐|执委会议|三八”维权周|长按识别|点个在看/);
    expect(lines[0]).toBe('2023年');
    expect(articles[0].shortLines).toBe(true);
    const doc = processPage({ id: 'w', origin: 'w', bytes: fs.readFileSync('fixtures/html-kinds/wechat-short-lines.html'), kind: 'html' });
    const values = doc.articles[0].claims.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining([126, 12000, 42, 3200, 28600000, 58, 137, 465000, 12]));
  });

  it('a document of numbered short articles (第七条 …) keeps them all', () => {
    const { articles } = kindOf('numbered-articles');
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('永善县“最美家庭”评选表彰办法（试行）');
    const lines = articles[0].text.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[6]).toBe('第七条 评选结果在县级媒体公示7个工作日');
    expect(articles[0].text).not.toMatch(/相关文章|昭通市妇联召开|ICP备/);
  });

  it('a lead that opens with a credit (本站讯（职工通讯员 …）) is body; the names are its authors', () => {
    const { articles } = kindOf('credit-lead');
    expect(articles[0].text.split('\n')[0]).toMatch(/^本站讯（职工通讯员 张三 李四）为深入推进“两节”送温暖活动/);
    expect(articles[0].authors).toEqual(['张三', '李四']);
    expect(articles[0].text).not.toMatch(/图片新闻|成都市劳模/);
  });

  it('a lead that opens 记者从…获悉 is body; a styled <div> headline wins over a <title> with an SEO prefix', () => {
    const { articles } = kindOf('reporter-lead');
    expect(articles[0].title).toBe('全县妇联系统去年培训妇女1.5万人次');
    expect(articles[0].text).toMatch(/^记者从县妇联获悉，2023年/);
    expect(articles[0].date).toBe('2024-02-20');
    expect(articles[0].source).toBe('镇赉县融媒体中心');
  });

  it('an <h5> headline wins over a <title> with ——site name; 本报讯 opens the body', () => {
    const { articles } = kindOf('dispatch-lead');
    expect(articles[0].title).toBe('诸城：“巾帼家政”培训助力妇女就业');
    expect(articles[0].text).toMatch(/^本报讯 今年以来，市妇联/);
    expect(articles[0].source).toBe('诸城日报');
  });

  it('an e-paper layout page gives its headlines, no junk article, and says so', () => {
    const { articles, warnings } = kindOf('epaper-layout');
    expect(warnings.join(' ')).toMatch(/layout page/);
    expect(articles.map((a) => a.title)).toEqual(['全国科技工作者日活动启动', '我国新型储能装机规模突破3000万千瓦', '科技创新引领现代化产业体系建设', '首届“科学家精神”宣讲团走进高校']);
    expect(articles.every((a) => a.text === '')).toBe(true);
    expect(articles.map((a) => a.title).join('')).not.toMatch(/浏览器|科技日报-/);
  });

  it('an interview keeps its questions: 记者：…？ is a sentence, not a meta line naming the reporter', () => {
    const { articles } = kindOf('interview');
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('访谈｜县妇联主席：让更多农村妇女在家门口就业');
    const lines = articles[0].text.split('\n');
    for (const l of ['记者：去年县妇联在促进妇女就业方面做了哪些工作？', '记者：巾帼创业贷款发放情况怎么样?', '记者：今年有什么打算？', '王丽：全年发放创业担保贷款4300万元，扶持女性创业带头人120名。', '主持人：感谢王主席接受采访！']) expect(lines).toContain(l);
    expect(articles[0].authors).toEqual(['赵晓燕']);
    expect(articles[0].text).not.toMatch(/责任编辑|版权所有/);
  });

  it('a WeChat post saved with its body hidden (js_content visibility:hidden, shown by script) keeps its body; hidden popups stay out', () => {
    const { articles } = kindOf('wechat-hidden-content');
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('县妇联“巾帼家政”培训班结业');
    const lines = articles[0].text.split('\n');
    expect(lines[0]).toMatch(/^6月10日，县妇联“巾帼家政”技能培训班在县职教中心结业/);
    expect(lines).toContain('县妇联负责人介绍，今年将再举办培训班6期，力争帮助300名妇女实现家门口就业。');
    expect(articles[0].text).not.toMatch(/扫一扫|预览时标签不可点|二维码/);
  });

  it('a hidden WeChat body written one short phrase a line (数读 posts, no full stops) is kept too', () => {
    const lines = ['2023年', '县总工会坚持以职工为中心', '办实事、解难题', '一起来看看这一年的成绩单', '走访慰问困难职工1260户', '发放慰问金380万元', '新建职工之家28个', '户外劳动者服务站15个'];
    const html = `<html><head><title></title><meta property="og:title" content="数读2023｜县总工会这一年"></head><body><div id="img-content"><h1 class="rich_media_title">数读2023｜县总工会这一年</h1><div class="rich_media_content" id="js_content" style="visibility: hidden;">${lines.map((l) => `<section>${l}</section>`).join('')}<section>编辑丨张小花</section></div><div style="display:none"><p>微信扫一扫关注该公众号</p></div></div></body></html>`;
    const [a] = findArticles(html, true).articles;
    expect(a.title).toBe('数读2023｜县总工会这一年');
    expect(a.text.split('\n')).toEqual(lines);
  });

  it('a hidden story body of another wording (display:none, hidden attribute) is kept; a hidden block of a sentence or two is not', () => {
    const story = '<p>今年以来，市总工会开展送温暖活动，走访慰问困难职工1260户。</p><p>发放慰问金和物资折合人民币380万元。</p><p>市总工会还为2100名环卫工人送去防暑降温用品。</p>';
    for (const wrap of [`<div class="article-content" style="display: none">${story}</div>`, `<div id="content" hidden>${story}</div>`, `<div class="txt" style="visibility:hidden">${story}</div>`]) {
      const [a] = findArticles(`<html><head><title>市总工会送温暖</title></head><body><h1>市总工会送温暖</h1>${wrap}<div style="display:none"><p>扫码关注我们。</p></div></body></html>`, true).articles;
      expect(a.text).toContain('发放慰问金和物资折合人民币380万元。');
      expect(a.text).not.toContain('扫码关注');
    }
    const [b] = findArticles(`<html><head><title>市总工会送温暖</title></head><body><h1>市总工会送温暖</h1><div class="content">${story}</div><div class="popup" style="display:none"><p>您的浏览器版本过低。请升级后访问！</p></div></body></html>`, true).articles;
    expect(b.text).not.toContain('浏览器');
  });

  it('a short story under its headline wins over longer teasers of other stories, each under its own linked title', () => {
    const { articles } = kindOf('short-story-long-teasers');
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('县残联为困难残疾人送去轮椅120辆');
    expect(articles[0].text.split('\n')).toEqual([
      '（本网讯）3月7日，县残联在县残疾人综合服务中心举行辅助器具发放仪式。',
      '此次共为困难残疾人发放轮椅120辆、助行器60副、助听器35台。',
      '县残联负责人说，今年还将为500名残疾人提供上门适配服务。',
    ]);
  });

  it('a short story wins over a whole recommended story under a headline of the same rank; a story’s own section headings change nothing', () => {
    const story = '<p>3月12日，市总工会举办“春风行动”专场招聘会，86家企业提供岗位2300余个。</p><p>当天共有1800余名求职者进场，初步达成就业意向620人。</p>';
    const other = '<p>近日，区妇联组织开展“巾帼心向党”主题宣讲活动，宣讲团成员深入社区、企业、学校开展宣讲。</p><p>宣讲团由12名基层妇女干部、劳动模范和巾帼志愿者组成，她们结合亲身经历讲述身边故事。</p><p>截至目前，宣讲团已开展宣讲46场，覆盖群众5000余人次，受到广泛好评。</p><p>区妇联表示，将持续开展形式多样的宣讲活动，把党的声音传递到千家万户。</p><p>下一步，宣讲团还将走进农村，为留守妇女送去政策和温暖。</p>';
    const page = (h: string) => `<html><head><title>市总工会春风行动招聘会提供岗位2300余个_某某网</title></head><body><div class="detail"><div class="main-story"><h1 class="article-title">市总工会春风行动招聘会提供岗位2300余个</h1><div class="text">${story}</div></div>${h}</div></body></html>`;
    for (const rec of [`<div class="more"><h1 class="article-title">区妇联开展“巾帼心向党”主题宣讲活动</h1><div class="text">${other}</div></div>`, `<section><h2><a href="/x.html">区妇联开展“巾帼心向党”主题宣讲活动</a></h2><div class="summary">${other}</div></section>`]) {
      const [a] = findArticles(page(rec), true).articles;
      expect(a.text).toContain('当天共有1800余名求职者进场，初步达成就业意向620人。');
      expect(a.text).not.toContain('宣讲团');
    }
    // sections of one story under h2 headings are all kept
    const sections = `<html><head><title>县妇联2023年工作总结_某某网</title></head><body><div class="content"><h1>县妇联2023年工作总结</h1><p>2023年，县妇联团结带领全县妇女建功立业。</p><h2>一、思想引领</h2><p>全年开展宣讲活动120场，覆盖妇女群众1.2万人次。举办培训班8期，培训骨干600人。</p><h2>二、建功立业</h2>${other}</div></body></html>`;
    const [b] = findArticles(sections, true).articles;
    expect(b.text).toContain('2023年，县妇联团结带领全县妇女建功立业。');
    expect(b.text).toContain('截至目前，宣讲团已开展宣讲46场，覆盖群众5000余人次，受到广泛好评。');
  });

  it('5,000 nested <div>: no stack overflow, no text lost', () => {
    const n = 5000;
    const html = `<html><head><title>深层嵌套</title></head><body>${'<div>'.repeat(n)}<p>县妇联全年培训农村妇女3200余人次，发放创业贷款2860万元。</p><p>新建儿童之家12个，<span>${'<b>'.repeat(n)}覆盖儿童5000余人次。${'</b>'.repeat(n)}</span></p>${'</div>'.repeat(n)}</body></html>`;
    const { articles } = findArticles(html, true);
    expect(articles).toHaveLength(1);
    expect(articles[0].text).toContain('县妇联全年培训农村妇女3200余人次，发放创业贷款2860万元。');
    expect(articles[0].text).toContain('新建儿童之家12个，覆盖儿童5000余人次。');
  });
});

describe('crawler records', () => {
  const page = (line: string) => {
    const r = parseRecord(line, 'dump.jsonl:1');
    if (!('page' in r)) throw new Error(r.reason);
    return processPage(r.page);
  };

  it('an html field of sibling <p> only gives its article and claims', () => {
    const doc = page(JSON.stringify({ id: 'a', html: '<p>近年来，镇赉县妇联团结带领全县妇女建功立业。</p><p>全年共培训农村妇女3200余人次，发放创业担保贷款860万元。</p>' }));
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0].text).toBe('近年来，镇赉县妇联团结带领全县妇女建功立业。\n全年共培训农村妇女3200余人次，发放创业担保贷款860万元。');
    expect(doc.articles[0].claims.map((c) => c.value)).toEqual([3200, 8600000]);
    expect(doc.articles[0].region?.code).toBe('220821');
  });

  it('a headline line and one sentence, and one line without 。, give their claims', () => {
    const a = page(JSON.stringify({ id: 'b', text: '某县妇联2023年工作总结\n全年共培训农村妇女3200余人次。' }));
    expect(a.articles[0].title).toBe('某县妇联2023年工作总结');
    expect(a.articles[0].claims.map((c) => [c.value, c.unit])).toEqual([[3200, '人次']]);
    const b = page(JSON.stringify({ id: 'c', text: '全年共培训农村妇女3200余人次' }));
    expect(b.articles[0].claims.map((c) => [c.value, c.unit])).toEqual([[3200, '人次']]);
  });

  it('the record’s title, date, url and source are used, and every claim record carries date, year and url', () => {
    const doc = page(JSON.stringify({ id: 'd', title: '镇赉县妇联：巾帼建功展风采', date: '2023-05-06 10:20:00', url: 'https://example.org/a/1.html', source: '镇赉县融媒体中心', text: '县妇联全年共培训农村妇女3200余人次，发放创业担保贷款860万元。' }));
    const a = doc.articles[0];
    expect([a.title, a.date, a.source, a.url]).toEqual(['镇赉县妇联：巾帼建功展风采', '2023-05-06', '镇赉县融媒体中心', 'https://example.org/a/1.html']);
    expect(a.region?.code).toBe('220821');
    const recs = claimRecords(doc);
    expect(recs).toHaveLength(2);
    for (const r of recs) expect([r.date, r.year, r.url]).toEqual(['2023-05-06', 2023, 'https://example.org/a/1.html']);
  });

  it('fields of another shape are ignored; an epoch date becomes a day', () => {
    const doc = page(JSON.stringify({ id: 'e', title: ['x'], date: 1700000000, url: { href: 'x' }, text: '县妇联全年发放创业贷款860万元。' }));
    expect([doc.articles[0].title, doc.articles[0].date, doc.articles[0].url]).toEqual([null, '2023-11-14', null]);
  });
});
