/**
 * Finds the article on a page: the live element(s) holding its prose, and what the page says
 * about it (title, language, date). Pure: DOM in, data out; the content script and the `explain`
 * CLI both call it, and it never changes the document it is handed.
 *
 * Signals, cheapest first:
 * 1. page metadata (JSON-LD, Open Graph, microdata) and a listing check;
 * 2. the markup's own names for the body (`[itemprop=articleBody]`, `<article>`, `<main>`), trusted
 *    when they agree with the page's prose (see `cheapRoot`) or with JSON-LD `articleBody`;
 * 3. otherwise Mozilla Readability's scoring, run on a clone and mapped back to the live nodes.
 * Inside the chosen root, furniture rules (`furniture.ts`) leave out what is not prose.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { collectText, type TextModel } from '../text/text-model';
import { cheapRoot, type CheapRoot } from './cheap-root';
import { isFurniture } from './furniture';
import { languageOf } from './language';
import { readMetadata, type ArticleMetadata } from './metadata';
import { readabilityRoot } from './readability-root';
import { looksLikeListing } from './rules';

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
  /** How the root was chosen: page metadata, markup rules, Readability, or none. */
  method: 'json-ld' | 'rules' | 'readability' | null;
  /** Why this decision was made, for debugging and the CLI's table. */
  reason: string;
}

/** Least article text (characters) for a page to count as an article. */
const MIN_TEXT = 250;
/** ... when neither the page's metadata nor Readability's quick check says it is one. */
const MIN_TEXT_UNDECLARED = 1000;

const hasText = (el: Element) => /\S/.test(el.textContent ?? '');

export function detectArticle(doc: Document, url?: string): DetectedArticle {
  const metadata = readMetadata(doc, url);
  const none = (reason: string): DetectedArticle => ({
    found: false,
    root: null,
    title: metadata.title,
    lang: languageOf(doc, metadata, null, null).lang,
    published: metadata.published,
    metadata,
    skip: () => true,
    method: null,
    reason,
  });
  if (!doc.body) return none('no body');
  if (!metadata.declaresArticle && looksLikeListing(doc)) return none('listing: many short <article> elements');

  const chosen = cheapRoot(doc, metadata) ?? fromReadability(doc);
  if (!chosen) return none('Readability found no article');
  const { root, skip, method, reason, text } = chosen;
  const declared = metadata.declaresArticle || isProbablyReaderable(doc);
  if (text.length < (declared ? MIN_TEXT : MIN_TEXT_UNDECLARED))
    return none(`too little article text (${text.length} characters)`);
  return {
    found: true,
    root,
    title: metadata.title,
    lang: languageOf(doc, metadata, root, text).lang,
    published: metadata.published,
    metadata,
    skip,
    method,
    reason,
  };
}

function fromReadability(doc: Document): CheapRoot | (Omit<CheapRoot, 'method'> & { method: 'readability' }) | null {
  const found = readabilityRoot(doc);
  if (!found) return null;
  const { root, keep } = found;
  const skip = (el: Element) => isFurniture(el) || (!keep.has(el) && hasText(el));
  return { root, skip, method: 'readability', reason: 'Readability on a clone', text: collectText([root], { skip }).text };
}

/** The article's text model (empty when no article was found). */
export function articleText(article: DetectedArticle): TextModel {
  return article.root ? collectText([article.root], { skip: article.skip }) : { text: '', segments: [], blocks: [] };
}
