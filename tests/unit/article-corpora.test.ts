/**
 * Article detection on saved real pages from ../shared/corpora (read at test time, never copied):
 * a varied set of news pages against their human-checked article body, pages from Readability's
 * test suite for language, date and non-article pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText, detectArticle } from '../../src/core/article/detect';
import { wordF1, words } from '../../src/core/article/text-match';
import { SHARED } from './helpers';

const CORPORA = resolve(SHARED, 'corpora');
const load = (html: string, url = 'http://fakehost/test/page.html') =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

const truth = JSON.parse(readFileSync(resolve(CORPORA, 'scrapinghub/ground-truth.json'), 'utf8')) as Record<
  string,
  { url: string; articleBody: string }
>;

function newsPage(prefix: string) {
  const id = Object.keys(truth).find((k) => k.startsWith(prefix))!;
  const html = gunzipSync(readFileSync(resolve(CORPORA, 'scrapinghub/html', `${id}.html.gz`))).toString('utf8');
  const { url, articleBody } = truth[id]!;
  const article = detectArticle(load(html, url), url);
  return { article, f1: wordF1(words(articleText(article).text), words(articleBody)) };
}

function readabilityPage(name: string) {
  const dir = resolve(CORPORA, 'readability', name);
  return detectArticle(load(readFileSync(resolve(dir, 'source.html'), 'utf8')));
}

describe('news pages against their human-checked article body', () => {
  it.each([
    ['098bb3e96c0a', 'json-ld'], // JSON-LD articleBody confirms the <article>
    ['521118842884', 'rules'], // WordPress <article class="post author-… tag-…">
    ['f8ff621a0b9b', 'readability'], // WSJ: the body sits in div.paywall, captions and byline around it
    ['9ebb3af65694', 'rules'], // Hearst: ads, gallery overlays and "most popular" lists inside <article>
    ['e372e42c0a3d', 'readability'], // no <p> at all, og:type "Article"
    ['0ec95c7261d1', 'readability'], // Korean, no markup names the body
  ])('%s (%s)', (prefix, method) => {
    const { article, f1 } = newsPage(prefix);
    expect(article.found).toBe(true);
    expect(article.method).toBe(method);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe("pages from Readability's test suite", () => {
  it('reads language and date from real pages', () => {
    expect(readabilityPage('lemonde-1').lang).toBe('fr');
    expect(readabilityPage('heise').lang).toBe('de');
    expect(readabilityPage('gitlab-blog').published?.slice(0, 10)).toBe('2024-06-25'); // JSON-LD in CDATA
    expect(readabilityPage('tumblr').published?.slice(0, 10)).toBe('2014-09-02'); // SocialMediaPosting
  });

  it('guesses the language of a page that declares none', () => {
    expect(readabilityPage('la-nacion').lang).toBe('es');
  });

  it("keeps a blog post's lists of links to other sites, not its comments", () => {
    const text = articleText(readabilityPage('firefox-nightly-blog')).text;
    expect(text).toContain('Ankush Dua fixed an issue with revoked devtools_page permissions'); // links to the bug tracker
    expect(text).toContain('Neil has patches up to improve the behaviour of the tab unloader');
    expect(text).not.toContain('Post a comment');
  });

  it('keeps section headings marked up as <h1>, but not the headline', () => {
    const text = articleText(readabilityPage('google-sre-book-1')).text;
    expect(text).toContain('The Four Golden Signals');
    expect(text).not.toContain('Monitoring Distributed Systems');
  });

  it.each(['005-unescape-html-entities', 'invalid-attributes', 'remove-aria-hidden', 'mathjax'])(
    'finds no article on %s (readerable: false)',
    (name) => expect(readabilityPage(name).found).toBe(false),
  );
});
