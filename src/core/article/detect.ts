/**
 * Finds the article on a page: the live element(s) holding its prose, and what the page says
 * about it (title, language, date). Pure: DOM in, data out; the content script and the `explain`
 * CLI both call it.
 */
import { collectText, type TextModel } from '../text/text-model';
import { isFurniture } from './furniture';
import { readMetadata, type ArticleMetadata } from './metadata';

export interface DetectedArticle {
  found: boolean;
  /** The element holding the article's prose (null when not found). */
  root: Element | null;
  title: string | null;
  lang: string | null;
  /** ISO date (or date-time) of publication; null when the page gives none. */
  published: string | null;
  metadata: ArticleMetadata;
  /** Subtrees inside `root` to leave out of the text. */
  skip: (el: Element) => boolean;
  /** Why this decision was made, for debugging and the CLI's table. */
  reason: string;
}

/** Minimum prose (characters in paragraphs) for an element to count as an article body. */
const MIN_PROSE = 400;

const paragraphText = (el: Element): number => {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p')))
    if (!p.closest('nav, aside, footer, form')) n += (p.textContent ?? '').trim().length;
  return n;
};

/** Candidate roots, most specific first. */
function candidates(doc: Document): Element[] {
  const found = new Set<Element>();
  const add = (sel: string) => doc.querySelectorAll(sel).forEach((el) => found.add(el));
  add('[itemprop="articleBody"]');
  add('article');
  add('[role="article"]');
  add('main, [role="main"]');
  return [...found];
}

export function detectArticle(doc: Document, url?: string): DetectedArticle {
  const metadata = readMetadata(doc, url);
  const title = metadata.title;
  const headlineSkip = (el: Element) => /^H1$/i.test(el.tagName) && !!title && (el.textContent ?? '').trim() === title;
  const skip = (el: Element) => isFurniture(el) || headlineSkip(el);
  const base = { title, lang: metadata.lang, published: metadata.published, metadata, skip };

  const articles = Array.from(doc.querySelectorAll('article'));
  const scored = candidates(doc)
    .map((el) => ({ el, prose: paragraphText(el) }))
    .filter((c) => c.prose >= MIN_PROSE);
  if (scored.length === 0) return { ...base, found: false, root: null, reason: 'no element with enough prose' };

  // A listing page has several <article> teasers, none of them long.
  const longArticles = articles.filter((a) => paragraphText(a) >= MIN_PROSE * 2);
  if (!metadata.declaresArticle && articles.length >= 3 && longArticles.length === 0)
    return { ...base, found: false, root: null, reason: 'listing: many short <article> elements' };

  // Prefer the smallest candidate that still holds most of the best candidate's prose.
  const best = scored.reduce((a, b) => (b.prose > a.prose ? b : a));
  const root = scored
    .filter((c) => c.prose >= best.prose * 0.8 && (c.el === best.el || best.el.contains(c.el)))
    .reduce((a, b) => (a.el.contains(b.el) ? b : a)).el;
  return { ...base, found: true, root, reason: metadata.declaresArticle ? 'metadata + body element' : 'body element' };
}

/** The article's text model (empty when no article was found). */
export function articleText(article: DetectedArticle): TextModel {
  return article.root ? collectText([article.root], { skip: article.skip }) : { text: '', segments: [], blocks: [] };
}
