#!/usr/bin/env python3
"""Builds the HTML cleaning evaluation set (scratch/html-eval/, git-ignored) from public
extraction benchmarks mirrored on this machine (the `fetch` tool's /work/.mirror/<owner>+<name>/repo).

Only Chinese pages with a reference (snippets or main text) are taken; pages already in
fixtures/html are left out. Output: pages/<name>.html (bytes as published) and reference.json:
{name: {source, origin, url, headline|null, body: [paragraphs], with: [...], without: [...]}}.
`without` snippets of main-text references are page blocks outside the reference text
(generated, so read failures before trusting them). Usage: python3 scripts/html-eval-build.py
[MIRRORS] [OUT]."""
import html as htmlmod
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

MIRRORS = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror'
OUT = sys.argv[2] if len(sys.argv) > 2 else 'scratch/html-eval'
CJK = re.compile(r'[\u4e00-\u9fff]')
KANA = re.compile(r'[\u3040-\u30ff\uac00-\ud7af]')


def git(repo, *args, binary=False):
    out = subprocess.run(['git', '-C', f'{MIRRORS}/{repo}/repo', *args], capture_output=True, check=True).stdout
    return out if binary else out.decode('utf-8')


def show(repo, path, binary=False):
    return git(repo, 'show', f'HEAD:{path}', binary=binary)


def chinese(text):
    return len(CJK.findall(text)) > 0.2 * max(1, len(text)) and not KANA.search(text)


def decode(raw):
    m = re.search(rb'charset\s*=\s*["\']?([\w-]+)', raw[:4096], re.I)
    enc = m.group(1).decode().lower() if m else 'utf-8'
    if enc in ('gb2312', 'gbk'):
        enc = 'gb18030'
    try:
        return raw.decode(enc)
    except (UnicodeDecodeError, LookupError):
        try:
            return raw.decode('utf-8')
        except UnicodeDecodeError:
            return raw.decode('gb18030', 'replace')


BLOCK = set('p div br li h1 h2 h3 h4 h5 h6 tr td th table ul ol section article header footer nav dd dt dl '
            'blockquote pre form option title aside figure figcaption center'.split())
SKIP = {'script', 'style', 'noscript', 'template', 'head', 'select', 'textarea', 'svg'}


class Blocks(HTMLParser):
    """Visible text of a page, one string per block (a naive reading: no CSS, no hidden test)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.cur)).strip()
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def blocks_of(text):
    p = Blocks()
    try:
        p.feed(text)
        p.close()
    except Exception:
        pass
    p.flush()
    return p.blocks


def norm(s):
    return re.sub(r'[\s\u3000\xa0]+', '', htmlmod.unescape(s))


def boilerplate(page_text, body, headline, limit=12, truncated=False):
    """Blocks of the page outside the reference text: the `without` snippets. Blocks between the
    first and last block of the reference text are left out (a paragraph the reference skipped, more
    often than furniture), and all after it when the reference is known to stop early."""
    joined = norm('\n'.join(body))
    heads = norm(headline or '')
    blocks = blocks_of(page_text)
    keys = [norm(line) for line in body if len(norm(line)) >= 10]
    inside = [i for i, b in enumerate(blocks) if any(k in norm(b) or norm(b) in k for k in keys if len(norm(b)) >= 10)]
    lo, hi = (inside[0], inside[-1]) if inside else (-1, -1)
    if truncated and inside:
        hi = len(blocks)
    out, seen = [], set()
    for i, b in enumerate(blocks):
        if lo < i < hi:
            continue
        n = norm(b)
        if len(CJK.findall(n)) < 4 or n in seen or len(n) > 200:
            continue
        seen.add(n)
        if n in joined or (heads and (n in heads or heads in n)):
            continue
        if any(len(norm(line)) >= 6 and norm(line) in n for line in body):
            continue
        out.append(b)
    # spread the picks over the page: top, middle and bottom furniture alike
    if len(out) > limit:
        step = len(out) / limit
        out = [out[int(i * step)] for i in range(limit)]
    return out


def paragraphs(text):
    return [line.strip() for line in text.split('\n') if line.strip()]


class ExpectedParas(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur = [], []

    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.cur)).strip()
        if t:
            self.paras.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.cur.append(data)


# hand-checked: references that stop before the page's story does (name TAB kind TAB headline TAB note)
TRUNCATED = set()
_hp = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'html-eval-headlines.tsv')
if os.path.exists(_hp):
    for _line in open(_hp, encoding='utf-8'):
        _cols = _line.rstrip('\n').split('\t')
        if len(_cols) >= 4 and _cols[3] == 'ref-truncated':
            TRUNCATED.add(_cols[0])


def main():
    os.makedirs(f'{OUT}/pages', exist_ok=True)
    ref = {}

    def add(name, raw, **kw):
        with open(f'{OUT}/pages/{name}.html', 'wb') as f:
            f.write(raw)
        kw.setdefault('with', [])
        kw.setdefault('without', [])
        kw.setdefault('body', [])
        if kw['body'] and not kw['without']:
            kw['without'] = boilerplate(decode(raw), kw['body'], kw.get('headline'), truncated=name in TRUNCATED)
            kw['generated_without'] = True
        ref[name] = kw

    # trafilatura: snippet lists per page
    have = {'xinhuanet.com.c_1125597921.html', 'banyuetan.org.1000200033136171577956287380194268_1.html',
            'archive.org.he.xinhuanet.com.25340717.html'}
    ev = json.loads(show('adbar+trafilatura', 'tests/evaldata.json'))
    for url, v in ev.items():
        s = ' '.join(v.get('with', []) + v.get('without', []))
        if not CJK.search(s) or KANA.search(s) or v['file'] in have or not chinese(s):
            continue
        raw = show('adbar+trafilatura', f"tests/eval/{v['file']}", binary=True)
        add('traf-' + re.sub(r'\.html?$', '', v['file'])[:40], raw, source='trafilatura',
            origin=f"adbar/trafilatura tests/eval/{v['file']}", url=url, headline=v.get('title'),
            **{'with': v['with'], 'without': v['without']})

    # magic-html article benchmark: main text per page
    base = json.loads(show('opendatalab+magic-html', 'benchmark/data/article/base.json'))
    for h, v in base.items():
        if not chinese(v['content']):
            continue
        raw = show('opendatalab+magic-html', f'benchmark/data/article/htmls/{h}.html', binary=True)
        add('mh-' + h[:10], raw, source='magic-html', origin=f'opendatalab/magic-html benchmark/data/article/htmls/{h}.html',
            url=v['url'], headline=None, body=paragraphs(v['content']))

    # newspaper4k: expected text and title
    for n in ('chinese_article', 'chinese_article_001', 'chinese_article_002'):
        raw = show('AndyTheFactory+newspaper4k', f'tests/data/html/{n}.html', binary=True)
        try:
            meta = json.loads(show('AndyTheFactory+newspaper4k', f'tests/data/metadata/{n}.json'))
        except subprocess.CalledProcessError:
            meta = {}
        add('n4k-' + n.replace('_', '-'), raw, source='newspaper4k', origin=f'AndyTheFactory/newspaper4k tests/data/html/{n}.html',
            url=meta.get('url'), headline=meta.get('title'),
            body=paragraphs(show('AndyTheFactory+newspaper4k', f'tests/data/txt/{n}.txt')))

    # Readability.js test pages: expected article HTML
    for n in ('gmw', 'qq', 'youth', 'pixnet'):
        raw = show('mozilla+readability', f'test/test-pages/{n}/source.html', binary=True)
        p = ExpectedParas()
        p.feed(show('mozilla+readability', f'test/test-pages/{n}/expected.html'))
        p.flush()
        add('rdb-' + n, raw, source='readability', origin=f'mozilla/readability test/test-pages/{n}/source.html',
            url=None, headline=None, body=p.paras)

    # Chinese-Web-Content-Extraction-Dataset: hand-copied main text
    repo = 'immortal-autumn+Chinese-Web-Content-Extraction-Dataset'
    for path in git(repo, 'ls-tree', '--name-only', 'HEAD', 'cleaned/').split():
        stem = os.path.basename(path)[:-4]
        try:
            raw = show(repo, f'original/{stem}.html', binary=True)
        except subprocess.CalledProcessError:
            continue
        text = show(repo, path).replace('\r', '')
        body = [''.join(l.strip() for l in para.split('\n')) for para in re.split(r'\n\s*\n', text)]
        add('cwce-' + stem[:8], raw, source='cwce', origin=f'immortal-autumn/Chinese-Web-Content-Extraction-Dataset original/{stem}.html',
            url=None, headline=None, body=[b for b in body if b])

    # Zyte article-extraction-benchmark: Chinese pages only
    gt = json.loads(show('scrapinghub+article-extraction-benchmark', 'ground-truth.json'))
    import gzip
    for h, v in gt.items():
        if not chinese(v.get('articleBody', '')):
            continue
        raw = gzip.decompress(show('scrapinghub+article-extraction-benchmark', f'html/{h}.html.gz', binary=True))
        add('zyte-' + h[:10], raw, source='zyte', origin=f'scrapinghub/article-extraction-benchmark html/{h}.html.gz',
            url=v.get('url'), headline=v.get('headline'), body=paragraphs(v['articleBody']))

    # hand-checked kind and on-page headline (scripts/html-eval-headlines.tsv: name TAB news|other TAB headline)
    hp = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'html-eval-headlines.tsv')
    if os.path.exists(hp):
        for line in open(hp, encoding='utf-8'):
            if '\t' in line and not line.startswith('#'):
                name, kind, head = (line.rstrip('\n').split('\t') + ['', '', ''])[:3]
                if name in ref:
                    ref[name]['kind'] = kind
                    if head:
                        ref[name]['headline'] = head
    with open(f'{OUT}/reference.json', 'w', encoding='utf-8') as f:
        json.dump(ref, f, ensure_ascii=False, indent=1)
    print(len(ref), 'pages;', {s: sum(1 for v in ref.values() if v['source'] == s) for s in {v['source'] for v in ref.values()}})


def fixtures_reference(out=f'{OUT}-fixtures'):
    """fixtures/html as an evaluation set: headlines and snippets from test/html-pages.test.ts,
    plus trafilatura's snippets for the three pages taken from it."""
    test = open('test/html-pages.test.ts', encoding='utf-8').read()
    ref = {}
    for name, head in re.findall(r'^\s*\["([\w-]+)", "((?:[^"\\]|\\.)*)"\],$', test, re.M):
        ref[name] = {'source': 'fixtures', 'kind': 'news', 'headline': head.replace('\\"', '"'), 'with': [], 'without': [], 'body': []}
    strs = lambda arr: re.findall(r"'((?:[^'\\]|\\.)*)'", arr)
    for name, block in re.findall(r"^  '([\w-]+)': \{(.*?)^  \},", test, re.M | re.S):
        m = re.search(r'body: \[(.*?)\]', block, re.S)
        n = re.search(r'not: \[(.*?)\]', block, re.S)
        ref[name]['with'] += strs(m.group(1)) if m else []
        ref[name]['without'] += strs(n.group(1)) if n else []
    ev = json.loads(show('adbar+trafilatura', 'tests/evaldata.json'))
    readme = open('fixtures/html/README.md', encoding='utf-8').read()
    for name, path in re.findall(r'^- ([\w-]+)\.html: adbar/trafilatura, (\S+)', readme, re.M):
        v = next(v for v in ev.values() if f"tests/eval/{v['file']}" == path)
        ref[name]['with'] += v['with']
        ref[name]['without'] += v['without']
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/reference.json', 'w', encoding='utf-8') as f:
        json.dump(ref, f, ensure_ascii=False, indent=1)
    print(len(ref), 'fixture pages')


if __name__ == '__main__':
    main()
    fixtures_reference()
