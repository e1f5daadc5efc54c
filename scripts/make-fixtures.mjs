#!/usr/bin/env node
// Generates derived fixtures from fixtures/seeds/*.txt (run: node scripts/make-fixtures.mjs):
//   fixtures/portal/<id>.html       each seed wrapped the way a news portal serves it: header navigation,
//                                    breadcrumb, headline + meta line, the page text as <p> blocks (image
//                                    gaps as <img>), a sidebar of link lists, comments teaser and footer;
//   fixtures/portal/navigation.html a page of navigation only (no article);
//   fixtures/encodings/<id>.<enc>.txt the seed saved as GB18030, GBK, Big5 (traditional, via OpenCC
//                                    cn → tw) and UTF-16 (little-endian with BOM, big-endian without).
// The headline in <h1>/<title> is the gold headline of the page's first story: what a portal's CMS
// would print. Output is deterministic; commit it together with this script.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'fixtures/seeds');
const portal = path.join(root, 'fixtures/portal');
const encodings = path.join(root, 'fixtures/encodings');
fs.mkdirSync(portal, { recursive: true });
fs.mkdirSync(encodings, { recursive: true });

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NAV = ['首页', '新闻', '时政', '要闻', '本地', '妇女儿童', '乡村振兴', '图片', '视频', '专题', '评论', '数字报'];
const HOT = [
  '全市妇联系统开展“巾帼心向党”主题宣讲300余场',
  '我县举办农村妇女技能培训班12期 培训1200人次',
  '2023年全市发放创业担保贷款1.5亿元，扶持女性创业5000余人',
  '“最美家庭”揭晓：全省评出最美家庭100户',
  '第十三届全国妇女代表大会胜利闭幕',
  '两癌筛查惠及农村妇女3.2万人',
];
const RELATED = [
  '县妇联召开2024年工作会议',
  '巾帼志愿者走进社区开展关爱活动',
  '全县新建妇女之家25个',
  '女企业家协会第三次会员大会召开',
];

function paragraphs(text) {
  // lines → <p>; three or more blank lines (where a dump lost a picture) → an image block
  const out = [];
  let blank = 0;
  let pic = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      blank++;
      continue;
    }
    if (blank >= 3 && out.length > 0) out.push(`<p class="pic"><img src="/images/photo${++pic}.jpg" alt=""></p>`);
    blank = 0;
    out.push(`<p>${esc(line)}</p>`);
  }
  return out.join('\n');
}

function wrap(id, title, text, date) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}_本地新闻_巾帼网</title>
<meta name="keywords" content="妇联,妇女,儿童,巾帼">
<link rel="stylesheet" href="/css/main.css">
<script>var pageId = "${id}"; var hits = 12345; function share(){ return "分享到微信 1234 次"; }</script>
</head>
<body>
<div class="top-bar"><a href="/login">登录</a> | <a href="/register">注册</a> | <a href="/m">手机版</a></div>
<div class="header">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="巾帼网"></a></div>
  <ul class="nav">
${NAV.map((n, i) => `    <li><a href="/channel/${i}.html">${n}</a></li>`).join('\n')}
  </ul>
</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; <a href="/news/local/">本地</a></div>
<div class="main clearfix">
  <div class="left">
    <div class="article">
      <h1 class="article-title">${esc(title)}</h1>
      <div class="article-info"><span class="time">${date}</span> <span class="source">来源：巾帼网</span> <span class="views">阅读：1024</span></div>
      <div class="article-content" id="content">
${paragraphs(text)}
      </div>
      <div class="editor">（责任编辑：张三）</div>
      <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
      <div class="related">
        <h3>相关新闻</h3>
        <ul>
${RELATED.map((r, i) => `          <li><a href="/news/r${i}.html">${esc(r)}</a><span>2024-03-0${i + 1}</span></li>`).join('\n')}
        </ul>
      </div>
      <div class="comment">
        <h3>网友评论</h3>
        <p>已有3条评论，共12人参与。<a href="/comment">查看全部评论</a></p>
        <div class="comment-item">网友“巾帼”：妇联工作做得好，为全县1200名妇女办了实事！</div>
      </div>
    </div>
  </div>
  <div class="right sidebar">
    <div class="box hot">
      <h3>热点新闻</h3>
      <ol>
${HOT.map((h, i) => `        <li><em>${i + 1}</em><a href="/news/h${i}.html">${esc(h)}</a></li>`).join('\n')}
      </ol>
    </div>
    <div class="box follow">
      <h3>关注我们</h3>
      <p><img src="/images/qrcode.png" alt="二维码">扫码关注巾帼网微信公众号</p>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a> | <a href="/ads">广告服务</a></p>
  <p>版权所有 © 2015-2024 巾帼网 未经授权禁止转载</p>
  <p>备案号：鲁ICP备2021025553号-1 联系电话：0536-6060000 地址：和平街173号 邮编：262200</p>
</div>
</body>
</html>
`;
}

const NAVIGATION_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>本地新闻_巾帼网</title></head>
<body>
<div class="header"><ul class="nav">
${NAV.map((n, i) => `  <li><a href="/channel/${i}.html">${n}</a></li>`).join('\n')}
</ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a></div>
<div class="list">
  <ul>
${[...HOT, ...RELATED].map((h, i) => `    <li><a href="/news/n${i}.html">${esc(h)}</a> <span>2024-03-${String(10 + i).padStart(2, '0')}</span></li>`).join('\n')}
  </ul>
  <div class="pager"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a> 共30页</div>
</div>
<div class="footer">
  <p>版权所有 © 2015-2024 巾帼网 未经授权禁止转载</p>
  <p>备案号：鲁ICP备2021025553号-1 联系电话：0536-6060000</p>
</div>
</body>
</html>
`;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Characters the legacy encoding lacks (NBSP, •, ©) become spaces, as such a site would print them. */
const encodable = (text, enc) => [...text].map((ch) => (iconv.decode(iconv.encode(ch, enc), enc) === ch ? ch : ' ')).join('');
const written = [];
const write = (file, data) => {
  fs.writeFileSync(file, data);
  written.push(path.relative(root, file));
};

for (const name of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const id = name.replace(/\.txt$/, '');
  const text = fs.readFileSync(path.join(seeds, name), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/gold', `${id}.jsonl`), 'utf8').split('\n')[0]);
  const title = gold.articles[0].title ?? '本地新闻';
  const date = (/(20\d\d)[-年 ]+(\d\d?)[-月 ]+(\d\d?)/.exec(text) ?? [null, '2024', '1', '1']).slice(1).map((x, i) => (i ? x.padStart(2, '0') : x)).join('-');
  write(path.join(portal, `${id}.html`), wrap(id, title, text, date));

  write(path.join(encodings, `${id}.gb18030.txt`), iconv.encode(text, 'gb18030'));
  write(path.join(encodings, `${id}.gbk.txt`), iconv.encode(encodable(text, 'gbk'), 'gbk'));
  write(path.join(encodings, `${id}.big5.txt`), iconv.encode(encodable(toTraditional(text), 'big5'), 'big5'));
  write(path.join(encodings, `${id}.utf16le.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
  write(path.join(encodings, `${id}.utf16be.txt`), iconv.encode(text, 'utf-16be'));
}
write(path.join(portal, 'navigation.html'), NAVIGATION_PAGE);
console.log(`wrote ${written.length} files`);
