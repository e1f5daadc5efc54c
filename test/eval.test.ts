import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGold, loadPredictions, rawPredictions, score, numKey, canonUnit, normTitle, normSubject } from '../src/eval/score.js';
import { resultJson, resultText } from '../src/eval/format.js';
import { pyFixed, pyRound, pySig, pyFloatRepr } from '../src/eval/py.js';
import { Chalk } from 'chalk';

// The port must agree with the reference scorer tools/score.py on every figure. Prediction files
// are made from the gold of the sample pages and of the dev corpus (which carries status, partOf
// and subject) with deterministic damage (dropped claims, changed values, flipped kinds, hedges,
// honor levels, statuses, breakdown links, subjects, extra docs …), then scored by both: ours
// with the two gold folders given apart, score.py with their files copied into one folder.

const ROOT = path.resolve(__dirname, '..');
const GOLDS = [path.join(ROOT, 'fixtures/gold'), path.join(ROOT, 'fixtures/dev/gold')];
let GOLD: string; // the two folders' files in one folder, for score.py
const SCORER = path.join(ROOT, 'tools/score.py');
const plain = new Chalk({ level: 0 });

type Rec = Record<string, any>;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gold claims as prediction records (what a perfect extractor would print): made-up spans, partOf as the parent's span. */
function goldAsPredictions(): Rec[] {
  const out: Rec[] = [];
  const span = (ci: number) => [ci * 10, ci * 10 + 4];
  for (const d of loadGold(GOLDS)) {
    d.articles.forEach((a: Rec, i: number) => {
      a.claims.forEach((c: Rec, ci: number) => {
        const rec: Rec = { doc: d.doc, article: i, title: a.title, region: a.region, ...c, span: span(ci) };
        if ('partOf' in c) rec.partOf = c.partOf === null ? null : span(c.partOf);
        out.push(rec);
      });
    });
  }
  return out;
}

const KINDS = ['count', 'people', 'money', 'honor', 'percent'];
const LEVELS = ['national', 'provincial', 'municipal', 'county', 'township', null];

/** Each variant damages a copy of the gold in its own way. */
const VARIANTS: Record<string, (recs: Rec[], r: () => number) => Rec[]> = {
  perfect: (recs) => recs,
  dropped: (recs, r) => recs.filter(() => r() > 0.2),
  values: (recs, r) => recs.map((c) => (c.value !== null && r() < 0.25 ? { ...c, value: c.value * 10 } : c)),
  kinds: (recs, r) => recs.map((c) => (r() < 0.2 ? { ...c, kind: KINDS[Math.floor(r() * 5)] } : c)),
  approx: (recs, r) => recs.map((c) => (r() < 0.3 ? { ...c, approx: c.approx ? (r() < 0.5 ? null : '') : 'over' } : c)),
  levels: (recs, r) =>
    recs.map((c) => (c.honor && r() < 0.4 ? { ...c, honor: { ...c.honor, level: LEVELS[Math.floor(r() * 6)] } } : c)),
  titles: (recs, r) =>
    recs.map((c) => {
      if (!c.honor || !c.honor.title || r() < 0.3) return c;
      const t = c.honor.title as string;
      const title = r() < 0.5 ? `第十二届“${t}”` : t.slice(0, Math.max(1, Math.floor(t.length / 2)));
      return { ...c, honor: { ...c.honor, title: r() < 0.1 ? null : title } };
    }),
  extraDocs: (recs, r) => [
    ...recs,
    ...recs.filter(() => r() < 0.1).map((c) => ({ ...c, doc: 'zz_unknown_page' })),
    ...recs.filter(() => r() < 0.05).map((c) => ({ ...c, doc: 'aa_other' })),
    { kind: 'count', value: 3, unit: '个', text: 'no doc at all' },
  ],
  units: (recs, r) =>
    recs.map((c) => {
      if (c.unit === '人' && r() < 0.5) return { ...c, unit: r() < 0.5 ? '名' : ' 位 ' };
      if (c.unit === '人次' && r() < 0.5) return { ...c, unit: '人(次)' };
      if (c.unit && r() < 0.1) return { ...c, unit: c.unit + '次' };
      return c;
    }),
  numbers: (recs, r) =>
    recs.map((c) => {
      if (c.value === null || r() < 0.5) return c;
      const x = r();
      if (x < 0.25) return { ...c, value: String(c.value) };
      if (x < 0.5) return { ...c, value: c.value * (1 + 1e-8) };
      if (x < 0.7) return { ...c, value: c.value * 1.0001 };
      if (x < 0.85) return { ...c, valueMax: c.value * 2 };
      return { ...c, value: [c.value] };
    }),
  textsAndDuplicates: (recs, r) =>
    recs.flatMap((c) => {
      const t = r() < 0.3 ? { ...c, text: r() < 0.5 ? null : '……' + c.text.slice(2) } : c;
      return r() < 0.15 ? [{ ...t, kind: 'count', text: 'duplicate' }, t] : [t];
    }),
  regions: (recs, r) =>
    recs.map((c) => {
      const x = r();
      if (x < 0.2) return { ...c, region: null };
      if (x < 0.3) return { ...c, region: { code: '000000', name: '某地', level: 'county', province: null, city: null, county: null, town: null } };
      if (x < 0.4 && c.region) return { ...c, region: { ...c.region, town: null, county: null } };
      return c;
    }),
  statuses: (recs, r) =>
    recs.map((c) => {
      const x = r();
      if (x < 0.15) return { ...c, status: c.status === 'target' ? 'result' : 'target' };
      if (x < 0.25) {
        const { status: _, ...rest } = c;
        return rest; // a missing status counts as result
      }
      return c;
    }),
  links: (recs, r) =>
    recs.map((c) => {
      const x = r();
      if (c.partOf && x < 0.2) return { ...c, partOf: null };
      if (c.partOf && x < 0.35) return { ...c, partOf: [c.partOf[0] + 10, c.partOf[1] + 10] };
      if (c.partOf && x < 0.45) return { ...c, article: c.article + 1 };
      if (!c.partOf && x < 0.1) return { ...c, partOf: [0, 4] };
      return c;
    }),
  subjects: (recs, r) =>
    recs.map((c) => {
      if (typeof c.subject !== 'string') return r() < 0.2 ? { ...c, subject: '妇女' } : c;
      const x = r();
      if (x < 0.15) return { ...c, subject: null };
      if (x < 0.3) return { ...c, subject: c.subject.slice(0, Math.max(1, c.subject.length - 2)) };
      if (x < 0.4) return { ...c, subject: `“${c.subject}” ` };
      if (x < 0.5) return { ...c, subject: '全市' + c.subject + '们' };
      if (x < 0.55) return { ...c, subject: '无关' };
      return c;
    }),
  everything: (recs, r) => {
    let out = recs;
    for (const k of ['dropped', 'values', 'kinds', 'approx', 'levels', 'titles', 'units', 'regions', 'statuses', 'links', 'subjects', 'extraDocs']) {
      out = VARIANTS[k](out, r);
    }
    return out.sort(() => 0).reverse();
  },
};

let dir: string;
const files: Record<string, string> = {};

function python(args: string[]): string {
  return execFileSync('python3', [SCORER, ...args], { encoding: 'utf8' });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-eval-'));
  GOLD = path.join(dir, 'gold');
  fs.mkdirSync(GOLD);
  for (const g of GOLDS) for (const f of fs.readdirSync(g)) fs.copyFileSync(path.join(g, f), path.join(GOLD, f));
  const base = goldAsPredictions();
  let seed = 1;
  for (const [name, damage] of Object.entries(VARIANTS)) {
    const recs = damage(structuredClone(base), rng(seed++));
    const f = path.join(dir, `${name}.jsonl`);
    fs.writeFileSync(f, recs.map((x) => JSON.stringify(x)).join('\n') + '\n');
    files[name] = f;
  }
  // Ratios that land on exact decimal ties (odd/16, odd/32), where JS's toFixed and Python's
  // rounding differ: 1 match among 16 predictions gives P = 0.0625 ('%.3f' → 0.062 in Python).
  const one = base.find((c) => c.doc === '004_61643169e90de49d')!;
  const junk = Array.from({ length: 15 }, (_, i) => ({ ...one, value: 1000 + i, text: 'x' }));
  fs.writeFileSync(path.join(dir, 'ties.jsonl'), [one, ...junk].map((x) => JSON.stringify(x)).join('\n') + '\n');
  files.ties = path.join(dir, 'ties.jsonl');
  fs.writeFileSync(path.join(dir, 'empty.jsonl'), '\n');
  files.empty = path.join(dir, 'empty.jsonl');
  // what the CLI accepts: every record a claim record with a doc (the library scores anything)
  cliFile = path.join(dir, 'cli.jsonl');
  const valid = fs.readFileSync(files.everything, 'utf8').split('\n').filter((l) => l && typeof JSON.parse(l).doc === 'string');
  fs.writeFileSync(cliFile, valid.join('\n') + '\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let cliFile: string;

/** score.py's text with its Python values written as JSON, as `zhclaims eval` prints them. */
function pyTextAsJson(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      const none = l.replace(/(?<!')\bNone\b(?!')/g, 'null');
      return /^(MISS|FP|strict F1) /.test(l) ? none : none.replace(/'/g, '"');
    })
    .join('\n');
}

describe('eval agrees with tools/score.py', () => {
  it('on every figure of every constructed prediction file (to 1e-3, and in fact exactly)', () => {
    const seen = new Set<number>();
    for (const [name, f] of Object.entries(files)) {
      const py = JSON.parse(python([GOLD, f, '--json']));
      const ours = score(loadGold(GOLDS), rawPredictions(f)).result as Rec;
      expect(Object.keys(ours), name).toEqual(Object.keys(py));
      for (const k of Object.keys(py)) {
        if (typeof py[k] === 'number') {
          expect(Math.abs(ours[k] - py[k]), `${name} ${k}`).toBeLessThan(1e-3);
          expect(ours[k], `${name} ${k}`).toBe(py[k]);
        } else expect(ours[k], `${name} ${k}`).toEqual(py[k]);
      }
      seen.add(py.strict_f1);
    }
    // the variants really differ from each other (the comparison is not of one trivial case)
    expect(seen.size).toBeGreaterThan(8);
  });

  it('prints the same JSON, and the same text with values as JSON, misses and headline included', () => {
    for (const [name, f] of Object.entries(files)) {
      const scored = score(loadGold(GOLDS), rawPredictions(f));
      expect(resultJson(scored.result), name).toBe(python([GOLD, f, '--json']));
      const text = resultText(scored, 7, plain);
      expect(text, name).toBe(pyTextAsJson(python([GOLD, f, '--misses', '7'])));
      expect(text, name).not.toMatch(/(?<!")\bNone\b|\{'/);
    }
  });

  it('the figures of status, targets, subjects and breakdown links', () => {
    const get = (n: string) => score(loadGold(GOLDS), rawPredictions(files[n])).result;
    const perfect = get('perfect');
    for (const k of ['status_acc', 'target_precision', 'target_recall', 'subject_exact', 'subject_overlap', 'partof_precision', 'partof_recall'] as const) {
      expect(perfect[k], k).toBe(1);
    }
    expect(get('statuses').status_acc).toBeLessThan(0.95);
    expect(get('statuses').target_precision).toBeLessThan(1);
    expect(get('statuses').strict_f1).toBe(1); // status is outside the F1 figures
    expect(get('links').partof_recall).toBeLessThan(0.9);
    expect(get('links').partof_precision).toBeLessThan(0.9);
    const subj = get('subjects');
    expect(subj.subject_exact).toBeLessThan(0.8);
    expect(subj.subject_overlap).toBeGreaterThan(subj.subject_exact!);
    // the sample pages' gold carries status and partOf (../shared/gold) but no subject: null there
    const seedsOnly = score(loadGold(GOLDS[0]), rawPredictions(files.perfect)).result;
    expect(seedsOnly.status_acc).toBe(1);
    expect(seedsOnly.subject_exact).toBe(null);
  });

  it('subjects are compared without quotes and spaces', () => {
    expect(normSubject('“巾帼 文明岗” ')).toBe('巾帼文明岗');
    expect(normSubject(null)).toBe('');
  });

  it('takes a single gold file as well as a folder', () => {
    const g = path.join(GOLD, '001_511957d7e6d4a40f.jsonl');
    const scored = score(loadGold(g), rawPredictions(files.everything));
    expect(resultJson(scored.result)).toBe(python([g, files.everything, '--json']));
    expect(scored.result.docs).toBe(1);
    expect(scored.result.docs_without_gold.length).toBeGreaterThan(3);
  });

  it('damaged predictions score lower where the damage is', () => {
    const get = (n: string) => score(loadGold(GOLDS), rawPredictions(files[n])).result;
    expect(get('perfect').strict_f1).toBe(1);
    expect(get('dropped').recall).toBeLessThan(0.9);
    expect(get('dropped').precision).toBe(1);
    expect(get('kinds').kind_acc).toBeLessThan(0.95);
    expect(get('kinds').f1).toBeGreaterThan(get('kinds').strict_f1); // only uncounted honors stop matching
    expect(get('approx').approx_acc).toBeLessThan(0.95);
    expect(get('levels').honor_level_acc).toBeLessThan(0.9);
    expect(get('levels').strict_f1).toBeLessThan(get('levels').f1);
    expect(get('extraDocs').docs_without_gold).toEqual(['None', 'aa_other', 'zz_unknown_page']);
    expect(get('ties').precision).toBe(0.0625);
  });
});

describe('scorer pieces', () => {
  it('num_key rounds to 6 significant digits with ties to even, as Python', () => {
    expect(numKey(1234565)).toBe(1234560);
    expect(numKey(1234575)).toBe(1234580);
    expect(numKey(676000.0000001)).toBe(676000);
    expect(numKey('4.9e4')).toBe(49000);
    expect(numKey(' 12 ')).toBe(12);
    expect(numKey('1,500')).toBe('bad');
    expect(numKey([1])).toBe('bad');
    expect(numKey(true)).toBe(1);
    expect(numKey(null)).toBe(null);
  });

  it('canonical units fold person classifiers only', () => {
    expect(canonUnit('名')).toBe('人');
    expect(canonUnit(' 人(次) ')).toBe('人次');
    expect(canonUnit('人·次')).toBe('人次');
    expect(canonUnit('户')).toBe('户');
    expect(canonUnit(null)).toBe(null);
  });

  it('titles lose quotes, spaces and a leading 第N届', () => {
    expect(normTitle('第十二届“全国 家庭工作先进集体”')).toBe('全国家庭工作先进集体');
    expect(normTitle('《最美家庭》')).toBe('最美家庭');
    expect(normTitle(null)).toBe('');
  });

  it('Python number formatting: %.3f, round(x, 4), %.6g and repr on tricky values', () => {
    const xs = [0.0625, 0.1875, 0.03125, 0.09375, 0.5, 2.5, 1 / 3, 2 / 3, 0.9995, 0.99995, 1, 0, 0.00001, 123.456, 1e16, 1234565, 12345650];
    const py = JSON.parse(
      execFileSync('python3', ['-c', `import json,sys
xs=json.loads(sys.argv[1])
print(json.dumps([['%.3f'%x, round(x,4), float('%.6g'%x), repr(float(x))] for x in xs]))`, JSON.stringify(xs)], { encoding: 'utf8' }),
    );
    xs.forEach((x, i) => {
      expect(pyFixed(x, 3), `${x}`).toBe(py[i][0]);
      expect(pyRound(x, 4), `${x}`).toBe(py[i][1]);
      expect(pySig(x, 6), `${x}`).toBe(py[i][2]);
      expect(pyFloatRepr(x), `${x}`).toBe(py[i][3]);
    });
  });
});

describe('zhclaims eval (CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('node', [path.join(ROOT, 'bin/zhclaims.js'), 'eval', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('prints what score.py prints (values as JSON), ending with the headline', () => {
    const r = cli(['--gold', GOLD, cliFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(pyTextAsJson(python([GOLD, cliFile])));
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^strict F1 0\.\d{3} \| F1 0\.\d{3} P 0\.\d{3} R 0\.\d{3} \| region_recall /);
  });

  it('reads predictions from standard input with -', () => {
    const r = spawnSync('node', [path.join(ROOT, 'bin/zhclaims.js'), 'eval', '--gold', GOLD, '-', '--json'], {
      encoding: 'utf8',
      input: fs.readFileSync(files.levels, 'utf8'),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(python([GOLD, files.levels, '--json']));
  });

  it('no color codes when not a terminal, even when FORCE_COLOR is unset', () => {
    const r = cli(['--gold', GOLD, files.dropped, '--misses', '3']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const colored = cli(['--gold', GOLD, files.dropped, '--misses', '3'], { FORCE_COLOR: '1' });
    expect(colored.stdout).toMatch(/\x1b\[/);
    const off = cli(['--gold', GOLD, files.dropped], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(off.stdout).not.toMatch(/\x1b\[/);
  });

  it('takes several gold paths, repeated or as a comma list, as one gold set', () => {
    const py = python([GOLD, cliFile, '--json']);
    expect(cli(['--gold', GOLDS[0], '--gold', GOLDS[1], cliFile, '--json']).stdout).toBe(py);
    expect(cli(['--gold', GOLDS.join(','), cliFile, '--json']).stdout).toBe(py);
    const one = cli(['--gold', GOLDS[0], cliFile, '--json']);
    expect(JSON.parse(one.stdout).docs).toBe(5);
    expect(JSON.parse(py).docs).toBeGreaterThan(20);
  });

  it('a pages file instead of predictions: one line saying so, exit 1', () => {
    const pages = path.join(dir, 'pages.jsonl');
    fs.writeFileSync(pages, JSON.stringify({ id: 'p1', html: '<p>培训妇女400人</p>' }) + '\n');
    const r = cli(['--gold', GOLD, pages]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${pages}:1: a page record, not a claim record`);
    const gold = cli(['--gold', GOLD, path.join(GOLDS[0], '001_511957d7e6d4a40f.jsonl')]);
    expect(gold.status).toBe(1);
    expect(gold.stderr).toMatch(/001_511957d7e6d4a40f\.jsonl:1: not a claim record \(kind/);
  });

  it('--min-f1 gates on strict F1', () => {
    const f1 = score(loadGold(GOLDS), loadPredictions(files.kinds)).result.strict_f1;
    expect(cli(['--gold', GOLD, files.kinds, '--min-f1', String(f1)]).status).toBe(0);
    const low = cli(['--gold', GOLD, files.kinds, '--min-f1', String(Math.min(1, f1 + 0.01))]);
    expect(low.status).toBe(1);
    expect(low.stderr).toMatch(/below --min-f1/);
    expect(cli(['--gold', GOLD, files.perfect, '--min-f1', '1']).status).toBe(0);
  });

  it('bad input: one line naming the file and line; usage errors exit 2', () => {
    const bad = path.join(ROOT, 'fixtures/eval/bad-line.jsonl');
    const r = cli(['--gold', GOLD, bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}:3: not valid JSON`);
    const missing = cli(['--gold', GOLD, path.join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.jsonl: no such file/);
    const badGold = cli(['--gold', path.join(ROOT, 'fixtures/eval/not-gold.jsonl'), files.perfect]);
    expect(badGold.status).toBe(1);
    expect(badGold.stderr).toMatch(/not-gold\.jsonl:1: not a gold record \(articles/);
    expect(cli([files.perfect]).status).toBe(2); // --gold missing
    expect(cli(['--gold', GOLD, files.perfect, '--min-f1', 'high']).status).toBe(2);
  });
});
