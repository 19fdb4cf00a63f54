/**
 * `npm run --silent eval:articles -- [--verbose] [--json] [--only SUBSTRING]`
 *
 * Measures article detection on the two shared corpora, Gloss and Mozilla Readability side by side:
 *
 * - `../shared/corpora/scrapinghub/`: 87 news pages with a human-checked `articleBody`;
 * - `../shared/corpora/readability/`: 65 pages with Readability's expected output and metadata.
 *
 * Gloss runs exactly as the `explain` CLI runs it (`detectArticle` + `articleText` on a JSDOM document);
 * Readability runs on a fresh JSDOM of the same page. Text quality is bag-of-words F1: lowercased word
 * tokens (letters, digits and marks; every Han/kana character is its own token), multiset overlap,
 * per page, averaged per corpus over the article pages. Pages whose metadata says they are not
 * articles (`readerable: false`) are scored on `found: false` instead. A page that fails is reported
 * and scored 0; the run goes on.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { articleText, detectArticle } from '../src/core/article/detect';
import { languageFromText } from '../src/core/article/language-guess';
import { normaliseLang } from '../src/core/article/metadata';

const { values: opts } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.error('usage: npm run --silent eval:articles -- [--verbose] [--json] [--only SUBSTRING]');
  process.exit(0);
}

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');

interface Page {
  corpus: 'scrapinghub' | 'readability';
  id: string;
  url: string;
  load: () => string;
  /** Reference article text; null when the page is not an article. */
  reference: () => string | null;
  isArticle: boolean;
  lang: string | null;
  date: string | null;
}

interface Result {
  corpus: Page['corpus'];
  id: string;
  isArticle: boolean;
  gloss: {
    found: boolean;
    f1: number;
    ms: number;
    lang: string | null;
    /** The language franc-min guesses from the extracted text alone (the fallback, measured on its own). */
    textLang: string | null;
    date: string | null;
    method: string | null;
    reason: string;
  } | null;
  readability: { found: boolean; f1: number; ms: number; lang: string | null; date: string | null } | null;
  expected: { lang: string | null; date: string | null };
  errors: string[];
}

function scrapinghubPages(): Page[] {
  const dir = resolve(CORPORA, 'scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    corpus: 'scrapinghub',
    id: id.slice(0, 12),
    url: t.url,
    load: () => gunzipSync(readFileSync(resolve(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    reference: () => t.articleBody,
    isArticle: true,
    lang: null,
    date: null,
  }));
}

function readabilityPages(): Page[] {
  const dir = resolve(CORPORA, 'readability');
  return readdirSync(dir)
    .filter((d) => existsSync(resolve(dir, d, 'source.html')))
    .sort()
    .map((d) => {
      const meta = JSON.parse(readFileSync(resolve(dir, d, 'expected-metadata.json'), 'utf8')) as {
        lang?: string | null;
        publishedTime?: string | null;
        readerable?: boolean;
      };
      return {
        corpus: 'readability' as const,
        id: d,
        url: 'http://fakehost/test/page.html',
        load: () => readFileSync(resolve(dir, d, 'source.html'), 'utf8'),
        reference: () => blockText(dom(readFileSync(resolve(dir, d, 'expected.html'), 'utf8'), 'http://fakehost/').body),
        isArticle: meta.readerable !== false,
        lang: normaliseLang(meta.lang ?? null),
        date: day(meta.publishedTime ?? null),
      };
    });
}

const dom = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

/** YYYY-MM-DD as written in the value (no time-zone shift), or null. */
const day = (v: string | null | undefined) => /^(\d{4}-\d{2}-\d{2})/.exec(v ?? '')?.[1] ?? null;

const BLOCKISH = /^(?:P|DIV|LI|H[1-6]|BR|TD|TH|TR|SECTION|ARTICLE|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|UL|OL|DL|DT|DD|TABLE)$/;

/** Text of a subtree with a space at block boundaries (textContent glues paragraphs together). */
function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1) {
      const block = BLOCKISH.test((n as Element).tagName);
      if (block) out.push(' ');
      n.childNodes.forEach(walk);
      if (block) out.push(' ');
    }
  };
  walk(root);
  return out.join('');
}

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.toLowerCase().match(TOKEN) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Bag-of-words F1 between two texts (1 when both are empty). */
export function tokenF1(predicted: string, reference: string): number {
  const p = bag(predicted);
  const r = bag(reference);
  let np = 0;
  let nr = 0;
  let tp = 0;
  for (const n of p.values()) np += n;
  for (const [t, n] of r) {
    nr += n;
    tp += Math.min(n, p.get(t) ?? 0);
  }
  if (np === 0 && nr === 0) return 1;
  if (tp === 0) return 0;
  const precision = tp / np;
  const recall = tp / nr;
  return (2 * precision * recall) / (precision + recall);
}

function evaluate(page: Page): Result {
  const result: Result = {
    corpus: page.corpus,
    id: page.id,
    isArticle: page.isArticle,
    gloss: null,
    readability: null,
    expected: { lang: page.lang, date: page.date },
    errors: [],
  };
  let html: string;
  let reference: string | null;
  try {
    html = page.load();
    reference = page.reference();
  } catch (err) {
    result.errors.push(`load: ${(err as Error).message}`);
    return result;
  }
  const score = (text: string) => (page.isArticle && reference !== null ? tokenF1(text, reference) : 0);
  try {
    const doc = dom(html, page.url);
    const t0 = performance.now();
    const article = detectArticle(doc, page.corpus === 'scrapinghub' ? page.url : undefined);
    const text = articleText(article).text;
    const ms = performance.now() - t0;
    result.gloss = {
      found: article.found,
      f1: score(text),
      ms,
      lang: article.lang,
      textLang: languageFromText(text),
      date: day(article.published),
      method: article.method,
      reason: article.reason,
    };
    doc.defaultView?.close();
  } catch (err) {
    result.errors.push(`gloss: ${(err as Error).stack?.split('\n').slice(0, 2).join(' ') ?? err}`);
  }
  try {
    const doc = dom(html, page.url);
    const t0 = performance.now();
    const readerable = isProbablyReaderable(doc);
    const parsed = new Readability(doc, { serializer: (el) => el as Element }).parse();
    const ms = performance.now() - t0;
    const text = parsed?.content ? blockText(parsed.content) : '';
    result.readability = {
      found: readerable && !!parsed,
      f1: score(text),
      ms,
      lang: normaliseLang(parsed?.lang ?? null),
      date: day(parsed?.publishedTime ?? null),
    };
    doc.defaultView?.close();
  } catch (err) {
    result.errors.push(`readability: ${(err as Error).message}`);
  }
  return result;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;

type Tool = 'gloss' | 'readability';

function summarise(results: Result[]) {
  const per = (tool: Tool) => {
    const articles = results.filter((r) => r.isArticle);
    const nonArticles = results.filter((r) => !r.isArticle);
    const withLang = results.filter((r) => r.expected.lang);
    const withDate = results.filter((r) => r.expected.date);
    const ms = results.map((r) => r[tool]?.ms).filter((x): x is number => x !== undefined);
    return {
      meanF1: r3(mean(articles.map((r) => r[tool]?.f1 ?? 0))),
      medianF1: r3(
        quantile(
          articles.map((r) => r[tool]?.f1 ?? 0),
          0.5,
        ),
      ),
      pagesBelow90: articles.filter((r) => (r[tool]?.f1 ?? 0) < 0.9).length,
      articlesFound: articles.filter((r) => r[tool]?.found).length,
      nonArticlesNotFound: nonArticles.filter((r) => r[tool] && !r[tool]!.found).length,
      lang: {
        correct: withLang.filter((r) => r[tool]?.lang === r.expected.lang).length,
        of: withLang.length,
      },
      langFromText: {
        correct: withLang.filter((r) => tool === 'gloss' && r.gloss?.textLang === r.expected.lang).length,
        of: withLang.length,
      },
      date: {
        present: withDate.filter((r) => r[tool]?.date).length,
        correct: withDate.filter((r) => r[tool]?.date === r.expected.date).length,
        of: withDate.length,
      },
      ms: { mean: r1(mean(ms)), p50: r1(quantile(ms, 0.5)), p95: r1(quantile(ms, 0.95)), max: r1(Math.max(...ms)) },
      errors: results.filter((r) => !r[tool]).length,
    };
  };
  const methods: Record<string, number> = {};
  for (const r of results) if (r.gloss) methods[r.gloss.method ?? 'none'] = (methods[r.gloss.method ?? 'none'] ?? 0) + 1;
  return {
    pages: results.length,
    articles: results.filter((r) => r.isArticle).length,
    nonArticles: results.filter((r) => !r.isArticle).length,
    gloss: { ...per('gloss'), methods },
    readability: per('readability'),
  };
}

const pages = [...scrapinghubPages(), ...readabilityPages()].filter((p) => !opts.only || p.id.includes(opts.only));
const results: Result[] = [];
for (const page of pages) {
  const r = evaluate(page);
  results.push(r);
  for (const e of r.errors) console.error(`ERROR ${page.corpus}/${page.id}: ${e}`);
  if (opts.verbose && !opts.json) {
    const g = r.gloss;
    const rd = r.readability;
    const f = (x: number | undefined) => (x === undefined ? '  -  ' : x.toFixed(3));
    console.log(
      `${page.corpus.padEnd(11)} ${page.id.padEnd(30)} ${r.isArticle ? 'art' : 'non'} ` +
        `gloss ${f(g?.f1)} ${g?.found ? 'F' : '-'} ${String(g ? Math.round(g.ms) : '-').padStart(4)}ms ` +
        `read ${f(rd?.f1)} ${rd?.found ? 'F' : '-'} ${String(rd ? Math.round(rd.ms) : '-').padStart(4)}ms ` +
        `lang ${g?.lang ?? '?'}/${r.expected.lang ?? '?'} date ${g?.date ?? '?'}/${r.expected.date ?? '?'}  ${g?.reason ?? ''}`,
    );
  }
}

const corpora = (['scrapinghub', 'readability'] as const)
  .map((c) => [c, results.filter((r) => r.corpus === c)] as const)
  .filter(([, rs]) => rs.length > 0);
const summary = Object.fromEntries(corpora.map(([c, rs]) => [c, summarise(rs)]));

if (opts.json) {
  console.log(JSON.stringify({ summary, pages: results }));
} else {
  const rows: [string, (s: ReturnType<typeof summarise>, t: Tool) => string][] = [
    ['mean token F1 (article pages)', (s, t) => s[t].meanF1.toFixed(3)],
    ['median token F1', (s, t) => s[t].medianF1.toFixed(3)],
    ['article pages with F1 < 0.90', (s, t) => `${s[t].pagesBelow90}/${s.articles}`],
    ['article pages found', (s, t) => `${s[t].articlesFound}/${s.articles}`],
    ['non-article pages found: false', (s, t) => (s.nonArticles ? `${s[t].nonArticlesNotFound}/${s.nonArticles}` : '-')],
    ['language correct', (s, t) => (s[t].lang.of ? `${s[t].lang.correct}/${s[t].lang.of}` : '-')],
    [
      'language from text alone (franc-min)',
      (s, t) => (t === 'gloss' && s.gloss.langFromText.of ? `${s.gloss.langFromText.correct}/${s.gloss.langFromText.of}` : '-'),
    ],
    ['date present', (s, t) => (s[t].date.of ? `${s[t].date.present}/${s[t].date.of}` : '-')],
    ['date correct (day)', (s, t) => (s[t].date.of ? `${s[t].date.correct}/${s[t].date.of}` : '-')],
    ['time per page, mean ms (JSDOM)', (s, t) => String(s[t].ms.mean)],
    ['time per page, p95 ms (JSDOM)', (s, t) => String(s[t].ms.p95)],
    ['pages that failed', (s, t) => String(s[t].errors)],
    [
      'root chosen by json-ld/rules/Readability',
      (s, t) => (t === 'gloss' ? ['json-ld', 'rules', 'readability'].map((m) => s.gloss.methods[m] ?? 0).join('/') : '-'),
    ],
  ];
  const head = ['', ...corpora.flatMap(([c]) => [`${c} Gloss`, `${c} Readability`])];
  const body = rows.map(([name, f]) => [
    name,
    ...corpora.flatMap(([c]) => [f(summary[c]!, 'gloss'), f(summary[c]!, 'readability')]),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}
