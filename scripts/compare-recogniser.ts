/**
 * Dev-only (not shipped): checks that a change to the recogniser's speed changes none of its output.
 * Runs an OLD copy of `src/core` (copied outside the repository before the change) and the current
 * one side by side over the same texts and compares every mention, field by field.
 *
 *   mkdir -p /tmp/old/src && cp -r src/core src/kb /tmp/old/src/                  # before the change
 *   npx tsx scripts/compare-recogniser.ts --old=/tmp/old/src/core            # compare output (exit 1 on a difference)
 *   npx tsx scripts/compare-recogniser.ts --old=/tmp/old/src/core --speed    # MB/s, old vs new, interleaved
 *   npx tsx scripts/compare-recogniser.ts --old=/tmp/old/src/core --all      # every difference, with its whole text
 *
 * The article text of the saved pages is cached in /tmp/gloss-compare-pages.json (JSDOM is slow,
 * and detection is not what such a change touches); delete it after changing the article code.
 *
 * Texts: every CoNLL-2002 Dutch document (ned.testa, ned.train, written as `npm run eval` writes
 * them), the seed article and the test pages (article text as the pipeline collects it), the
 * scrapinghub and readability corpora pages, the dstl-re3d news texts, and random strings built
 * from Dutch words, names, punctuation, soft hyphens, NBSP, quotes and digits. Each text is
 * recognised with lang nl, en and null, with and without a date, by the real knowledge base as
 * the extension loads it (`kb-files.ts` columns); the random strings also by the mini fixture one.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { articleText, detectArticle } from '../src/core/article/detect';
import { Recogniser } from '../src/core/recognise/recogniser';
import { findNames } from '../src/core/recognise/name-finder';
import { tokenizeText } from '../src/core/text/tokenize';
import { toIndex } from '../src/kb/compile';
import type { KbIndex } from '../src/kb/compiled';
import { decodeIndex, encodeIndex, indexJson, type KbIndexFile } from '../src/kb/kb-files';
import { compileFromSources, readGivenNames } from '../src/node/kb-sources';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const oldArg = process.argv.find((a) => a.startsWith('--old='))?.slice(6);
if (!oldArg) throw new Error('usage: --old=/path/to/old/src/core [--speed]');
const OLD = resolve(oldArg);
const speed = process.argv.includes('--speed');
/** Print every difference with its whole text (for reading each in context), not the first three of a set. */
const all = process.argv.includes('--all');
const shown = (n: number) => all || n <= 3;

type RecogniserClass = typeof Recogniser;
const oldModule = (await import(pathToFileURL(join(OLD, 'recognise/recogniser.ts')).href)) as { Recogniser: RecogniserClass };
const OldRecogniser = oldModule.Recogniser;

/** The index exactly as the content script gets it: columns written by the build, parsed, decoded. */
function shippedIndex(dir?: string): KbIndex {
  const json = indexJson(encodeIndex(toIndex(compileFromSources(dir))));
  return decodeIndex(JSON.parse(json) as KbIndexFile);
}

/** CoNLL documents as `scripts/eval.ts` writes them: tokens joined by spaces, one sentence per line. */
function conllTexts(path: string): string[] {
  const docs: string[] = [];
  let doc: string | null = null;
  let line = '';
  const flush = () => {
    if (doc !== null && line) doc += line + '\n';
    line = '';
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const parts = raw.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (doc) docs.push(doc);
      doc = '';
      continue;
    }
    if (!raw.trim()) {
      flush();
      continue;
    }
    line = line.length === 0 ? parts[0]! : `${line} ${parts[0]}`;
  }
  flush();
  if (doc) docs.push(doc);
  return docs;
}

/** Article text of saved pages, as the pipeline collects it (cached: detection is slow under JSDOM and not what changes). */
function pageTexts(): { name: string; text: string }[] {
  const cache = '/tmp/gloss-compare-pages.json';
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as { name: string; text: string }[];
  const files: string[] = [join(SHARED, 'fixtures/seed-article-nl.html')];
  const pages = join(ROOT, 'tests/fixtures/pages');
  for (const f of readdirSync(pages)) if (f.endsWith('.html')) files.push(join(pages, f));
  const sh = join(SHARED, 'corpora/scrapinghub/html');
  for (const f of readdirSync(sh)) files.push(join(sh, f));
  const rd = join(SHARED, 'corpora/readability');
  for (const d of readdirSync(rd)) if (existsSync(join(rd, d, 'source.html'))) files.push(join(rd, d, 'source.html'));
  const out: { name: string; text: string }[] = [];
  const quiet = new VirtualConsole();
  for (const f of files) {
    const html = f.endsWith('.gz') ? gunzipSync(readFileSync(f)).toString('utf8') : readFileSync(f, 'utf8');
    try {
      const doc = new JSDOM(html, { url: 'http://localhost/', virtualConsole: quiet }).window.document;
      const article = detectArticle(doc);
      out.push({ name: f, text: articleText(article).text });
    } catch (err) {
      console.error(`skipped ${f}: ${(err as Error).message}`);
    }
  }
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

function dstlTexts(): string[] {
  const dir = join(SHARED, 'corpora/ner-other/dstl-re3d');
  const out: string[] = [];
  for (const d of readdirSync(dir)) {
    const f = join(dir, d, 'documents.json');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

/** A seeded generator, so that a difference can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTexts(count: number, kb: KbIndex): string[] {
  const rand = rng(20261128);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const given = readGivenNames().slice(0, 4000);
  const labels = kb.entries.flatMap((e) => Object.values(e.label ?? {}) as string[]);
  const dutch = (
    'de het een en van in op te dat die is was niet met voor zijn er aan ook als bij maar om dan zo nog ' +
    'zegt zei premier minister president burgemeester woordvoerder zijn vrouw zoon de Brit manager ' +
    'NAVO-landen NAVO-chef Sovjettanks bank partij straat Amerikaanse Vlaamse kamervoorzitter volgens ' +
    'gisteren Daarna Maar Het De Van van der den ter Le La Di O Mr Dr Prof mevr. dhr. Rusland Oekraïne'
  ).split(' ');
  const surnames =
    'Janssens Peeters Vermeersch Maes Claeys Goossens De Paepe Van Rompuy Mertens Smith Müller Łukasz Ørsted Đukanović Milošević'.split(
      ' ',
    );
  const punct = [
    ' ',
    ' ',
    ' ',
    ' ',
    ', ',
    '. ',
    '.\n',
    '\n\n',
    '\n',
    ' - ',
    '-',
    '\u2010',
    '\u2011',
    '\u00ad',
    '\u00a0',
    "'",
    '\u2019',
    '"',
    '\u201c',
    '\u201d',
    '\u00ab',
    '\u00bb',
    '(',
    ')',
    ' (34)',
    ' (7)',
    '!',
    '? ',
    ': ',
    '; ',
    '\u2026 ',
    '/',
    '&',
    '%',
    ' 2% ',
    '\u200b',
    '. J. ',
    ' J.P. ',
    ' H. ',
    ' W. ',
    ' II ',
    "O'",
    "d'",
    "'s ",
  ];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const len = 1 + Math.floor(rand() * 60);
    let s = '';
    for (let k = 0; k < len; k++) {
      const r = rand();
      if (r < 0.3) s += pick(dutch);
      else if (r < 0.45) s += pick(given);
      else if (r < 0.55) s += pick(surnames);
      else if (r < 0.62) s += pick(labels);
      else if (r < 0.66) s += String(Math.floor(rand() * 3000));
      else if (r < 0.7) s += pick(given).toUpperCase();
      s += pick(punct);
    }
    out.push(s);
  }
  return out;
}

/**
 * Every text is recognised with each: Dutch and English with and without a date, no language, and
 * French and German (rules of one language must not leak into another: French "de" is "of").
 */
const OPTIONS = [
  { lang: 'nl', date: '2022-04-06' },
  { lang: 'nl', date: null },
  { lang: 'en', date: '2022-04-06' },
  { lang: 'en', date: null },
  { lang: null, date: '2022-04-06' },
  { lang: null, date: null },
  { lang: 'fr', date: '2022-04-06' },
  { lang: 'de', date: '2022-04-06' },
];

if (speed) {
  // Side by side, interleaved, on the bench's text (~1 MB of CoNLL sentences).
  const words: string[] = [];
  let text = '';
  for (const line of readFileSync(join(SHARED, 'corpora/conll2002-nl/ned.train'), 'utf8').split('\n')) {
    const w = line.split(' ')[0];
    if (!w || w === '-DOCSTART-') {
      if (words.length) text += words.join(' ') + '\n';
      words.length = 0;
    } else words.push(w);
    if (text.length > 1_000_000) break;
  }
  text = text.slice(0, 1_000_000);
  const oldFinder = (await import(pathToFileURL(join(OLD, 'recognise/name-finder.ts')).href)) as { findNames: typeof findNames };
  const oldTok = (await import(pathToFileURL(join(OLD, 'text/tokenize.ts')).href)) as { tokenizeText: typeof tokenizeText };
  const kb = shippedIndex();
  const oldR = new OldRecogniser(kb);
  const newR = new Recogniser(kb);
  const opts = { lang: 'nl', date: '2022-04-06' };
  const lex = (r: Recogniser) => (r as unknown as { names(): Parameters<typeof findNames>[3] }).names();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const t = { old: [] as number[], new: [] as number[], oldNames: [] as number[], newNames: [] as number[] };
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
  for (let i = 0; i < runs + 2; i++) {
    let t0 = performance.now();
    oldR.recognise(text, opts);
    const a = performance.now() - t0;
    t0 = performance.now();
    newR.recognise(text, opts);
    const b = performance.now() - t0;
    // The name finder alone, over the whole text (nothing covered), on each tree's own tokens.
    const ot = oldTok.tokenizeText(text);
    t0 = performance.now();
    oldFinder.findNames(ot, text, new Uint8Array(ot.length), lex(oldR));
    const c = performance.now() - t0;
    const nt = tokenizeText(text);
    t0 = performance.now();
    findNames(nt, text, new Uint8Array(nt.length), lex(newR));
    const d = performance.now() - t0;
    if (i < 2) continue; // warm-up
    t.old.push(a);
    t.new.push(b);
    t.oldNames.push(c);
    t.newNames.push(d);
  }
  const mbps = (ms: number) => (text.length / 1e6 / (ms / 1000)).toFixed(1);
  const [mo, mn, fo, fn] = [median(t.old), median(t.new), median(t.oldNames), median(t.newNames)];
  console.log(`recognise, ${(text.length / 1e6).toFixed(2)} MB, median of ${runs}, interleaved:`);
  console.log(
    `  old ${mbps(mo)} MB/s (${mo.toFixed(0)} ms)   new ${mbps(mn)} MB/s (${mn.toFixed(0)} ms)   x${(mo / mn).toFixed(2)}`,
  );
  console.log(`  name finder alone: old ${fo.toFixed(0)} ms, new ${fn.toFixed(0)} ms`);
  console.log(`  without the name finder (recognise minus it): old ${mbps(mo - fo)} MB/s, new ${mbps(mn - fn)} MB/s`);
  process.exit(0);
}

const real = shippedIndex();
const mini = shippedIndex(join(ROOT, 'tests/fixtures/kb-mini'));
const sets: { name: string; texts: string[]; kbs: KbIndex[] }[] = [
  { name: 'conll ned.testa', texts: conllTexts(join(SHARED, 'corpora/conll2002-nl/ned.testa')), kbs: [real] },
  { name: 'conll ned.train', texts: conllTexts(join(SHARED, 'corpora/conll2002-nl/ned.train')), kbs: [real] },
  { name: 'fixtures and corpora pages', texts: pageTexts().map((p) => p.text), kbs: [real] },
  { name: 'shared seed text', texts: [readFileSync(join(SHARED, 'fixtures/seed-article-nl.txt'), 'utf8')], kbs: [real] },
  { name: 'dstl-re3d', texts: dstlTexts(), kbs: [real] },
  { name: 'random strings', texts: randomTexts(5000, real), kbs: [real, mini] },
];

let documents = 0;
let calls = 0;
let differences = 0;
let mentions = 0;
for (const set of sets) {
  let setDiffs = 0;
  for (const kb of set.kbs) {
    // One recogniser per tree for the whole set: state carried from one text to the next is compared too.
    const oldR = new OldRecogniser(kb);
    const newR = new Recogniser(kb);
    for (const text of set.texts)
      for (const o of OPTIONS) {
        const a = JSON.stringify(oldR.recognise(text, o));
        const b = JSON.stringify(newR.recognise(text, o));
        calls++;
        mentions += (a.match(/"start":/g) ?? []).length;
        if (a !== b) {
          setDiffs++;
          if (shown(setDiffs))
            console.log(
              `DIFF in ${set.name} (${JSON.stringify(o)}):\n  text ${JSON.stringify(all ? text : text.slice(0, 300))}\n  old ${a}\n  new ${b}`,
            );
        }
      }
    // Slices of a long article name entities seen before (`named`): once per text, Dutch.
    for (const text of set.texts) {
      const ids = new Set(oldR.recognise(text, OPTIONS[0]!).flatMap((m) => (m.entityId ? [m.entityId] : [])));
      const half = text.slice(text.length >> 1);
      const a = JSON.stringify(oldR.recognise(half, { ...OPTIONS[0]!, named: ids }));
      const b = JSON.stringify(newR.recognise(half, { ...OPTIONS[0]!, named: ids }));
      calls++;
      if (a !== b) {
        setDiffs++;
        if (shown(setDiffs)) console.log(`DIFF in ${set.name} (named):\n  old ${a}\n  new ${b}`);
      }
    }
  }
  documents += set.texts.length;
  differences += setDiffs;
  console.log(`${set.name}: ${set.texts.length} texts x ${set.kbs.length} knowledge base(s), ${setDiffs} differences`);
}
console.log(`${documents} texts, ${calls} recognise calls per tree, ${mentions} mentions (old), ${differences} differences`);
process.exit(differences ? 1 : 0);
