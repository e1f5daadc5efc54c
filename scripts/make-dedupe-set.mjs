#!/usr/bin/env node
// The repost test set (node scripts/make-dedupe-set.mjs DIR): 120 pages made from the 24 dev pages
// (fixtures/dev/docs), written to DIR with DIR/truth.json. For each dev page dNN:
//   dNN-0.txt   the page as stored (the original);
//   dNN-1.html  reposted on a news portal (巾帼网-style template: navigation, breadcrumb, headline with
//               the portal's prefix, meta line with 来源/转载, hot-news sidebar, comments, footer), UTF-8;
//   dNN-2.html  reposted on a government site (table layout, 文章来源/发布时间 line, print/close links,
//               site map footer), GBK with <meta charset="gbk">;
//   dNN-3.txt   a lightly edited copy: another headline, the last body paragraph trimmed, GB18030;
//   dNN-4.html  the article on a federation's own site, with the lead and closing paragraphs that
//               site puts in every article of the month (the same for the two pages of a pair).
// All five are one story (10 duplicate pairs per dev page). The -4 pages come in pairs (d01/d02,
// d03/d04, …) that share the federation, template, month and boilerplate paragraphs but are
// different articles: they must not be found as duplicates of each other.
// File names sort like their ids, so a folder run's output order is the order of ids.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devDocs = path.join(root, 'fixtures/dev/docs');
const devGold = path.join(root, 'fixtures/dev/gold');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (lines) => lines.map((l) => `<p>${esc(l)}</p>`).join('\n');
const linesOf = (text) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

function portal(title, lines, date) {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}_地方新闻_巾帼网</title></head>
<body>
<div class="top-bar"><a href="/login">登录</a> | <a href="/register">注册</a> | <a href="/m">手机版</a></div>
<ul class="nav">${['首页', '新闻', '要闻', '本地', '妇女儿童', '乡村振兴', '图片', '视频'].map((n, i) => `<li><a href="/c/${i}.html">${n}</a></li>`).join('')}</ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 地方</div>
<div class="main"><div class="left"><div class="article">
<h1>【地方】${esc(title)}</h1>
<div class="info">${date} 来源：巾帼网 转载 阅读：2048</div>
<div class="content">
${paras(lines)}
</div>
<div class="editor">（责任编辑：李四）</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/n/1.html">全省妇联系统开展“巾帼心向党”主题宣讲300余场</a></li>
<li><a href="/n/2.html">我县举办农村妇女技能培训班12期 培训1200人次</a></li>
<li><a href="/n/3.html">两癌筛查惠及农村妇女3.2万人</a></li></ul></div>
</div></div>
<div class="right"><h3>热点新闻</h3><ol>
<li><a href="/h/1.html">“最美家庭”揭晓：全省评出最美家庭100户</a></li>
<li><a href="/h/2.html">2023年全市发放创业担保贷款1.5亿元</a></li></ol></div></div>
<div class="footer"><p>版权所有 © 2015-2024 巾帼网 未经授权禁止转载</p><p>备案号：鲁ICP备2021025553号-1</p></div>
</body></html>
`;
}

function government(title, lines, date) {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>${esc(title)}</title></head>
<body>
<table width="100%"><tr><td class="banner"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="980" align="center"><tr><td>
<div class="position">您现在的位置：首页 &gt;&gt; 工作动态</div>
<div class="title">${esc(title)}</div>
<div class="attr">文章来源：转载　发布时间：${date}　浏览次数：312</div>
<div id="zoom">
${paras(lines)}
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</td></tr></table>
<div class="foot"><a href="/map">网站地图</a> | <a href="/contact">联系我们</a><br>主办单位：人民政府办公室　技术支持：信息中心　ICP备05001234号</div>
</body></html>
`;
}

function federation(name, title, lines, month) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)} - ${name}</title></head>
<body>
<div class="head"><a href="/">${name}</a> <a href="/gzdt/">工作动态</a> <a href="/tzgg/">通知公告</a> <a href="/flwq/">维权服务</a></div>
<div class="art"><h2>${esc(title)}</h2>
<div class="meta">发布日期：${month}-28　来源：${name}</div>
<div class="body">
<p>为深入学习贯彻党的二十大精神，进一步发挥妇联组织联系服务妇女的桥梁纽带作用，${name}围绕中心、服务大局，团结引领广大妇女在新时代建功立业。本月工作动态如下。</p>
${paras(lines)}
<p>下一步，${name}将继续坚持以妇女为中心，聚焦主责主业，创新工作方法，推动各项工作任务落地见效，为加快建设现代化强市贡献巾帼力量。</p>
</div></div>
<div class="foot">${name}主办　地址：人民路88号　电话：0536-8212345</div>
</body></html>
`;
}

/**
 * The last body paragraph (the last line with a full stop) trimmed, lightly: dropped when it is
 * at most a third of the body, else its second half of sentences cut.
 */
function trimLast(lines) {
  const body = lines.map((l, i) => [l, i]).filter(([l]) => l.length >= 40 && l.includes('。'));
  const [last, at] = body[body.length - 1];
  const total = body.reduce((n, [l]) => n + l.length, 0);
  const out = [...lines];
  if (body.length >= 2 && last.length * 3 <= total) out.splice(at, 1);
  else {
    const sentences = last.split(/(?<=[。！？])/);
    out[at] = sentences.length > 1 ? sentences.slice(0, Math.ceil(sentences.length / 2)).join('') : last.slice(0, Math.ceil(last.length * 0.6));
  }
  return out;
}

const FEDERATIONS = ['潍坊市妇联', '昭通市妇联', '定西市妇联', '诸城市妇联', '白城市妇联', '日照市妇联', '常德市妇联', '益阳市妇联', '郴州市妇联', '兰州市妇联', '青岛市妇联', '枣庄市妇联'];

export function makeDedupeSet(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const group = {};
  const negatives = [];
  const names = fs.readdirSync(devDocs).filter((f) => f.endsWith('.txt')).sort();
  names.forEach((name, n) => {
    const id = name.replace(/\.txt$/, '');
    const text = fs.readFileSync(path.join(devDocs, name), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(devGold, `${id}.jsonl`), 'utf8').split('\n')[0]);
    const title = gold.articles[0].title ?? '工作动态';
    const lines = linesOf(text);
    const date = (/(20\d\d|19\d\d)[-年/](\d\d?)[-月/](\d\d?)/.exec(text) ?? [null, '2021', '3', '8']).slice(1).map((x, i) => (i ? x.padStart(2, '0') : x)).join('-');
    const put = (file, data) => fs.writeFileSync(path.join(dir, file), data);
    put(`${id}-0.txt`, text);
    put(`${id}-1.html`, portal(title, lines, date));
    put(`${id}-2.html`, iconv.encode(government(title, lines, date), 'gbk'));
    // another headline: the portal's rewording, in place of the original line where it stands
    const headline = `转载：${title.replace(/[“”"]/g, '')}（记者手记）`;
    const edited = trimLast(lines).map((l) => (l === title ? headline : l));
    if (!edited.includes(headline)) edited.unshift(headline);
    put(`${id}-3.txt`, iconv.encode(edited.join('\n') + '\n', 'gb18030'));
    const fed = FEDERATIONS[Math.floor(n / 2)];
    const month = `2023-${String(1 + Math.floor(n / 2)).padStart(2, '0')}`;
    put(`${id}-4.html`, federation(fed, title, lines, month));
    for (let k = 0; k < 5; k++) group[`${id}-${k}`] = id;
    if (n % 2 === 1) negatives.push([`${names[n - 1].replace(/\.txt$/, '')}-4`, `${id}-4`]);
  });
  const truth = { group, negatives };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
  return truth;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/make-dedupe-set.mjs DIR');
    process.exit(2);
  }
  const t = makeDedupeSet(dir);
  console.log(`wrote ${Object.keys(t.group).length} pages and truth.json to ${dir}`);
}
