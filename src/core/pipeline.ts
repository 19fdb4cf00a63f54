/**
 * The whole recognition pipeline on one document: article -> text -> recognise.
 * Shared verbatim by the content script and the `explain` CLI.
 */
import { isoDay } from '../kb/dates';
import { articleText, detectArticle, type DetectedArticle } from './article/detect';
import type { Mention } from './recognise/mention';
import type { Recogniser } from './recognise/recogniser';
import type { TextModel } from './text/text-model';

export interface PipelineOptions {
  url?: string;
  /** Force the language (CLI `--lang`). */
  lang?: string;
  /** Force the publication date (CLI `--date`), YYYY-MM-DD. */
  date?: string;
  /** Clock for timings; the content script passes `performance.now`. */
  now?: () => number;
  /** An article already detected (the content script detects first, then loads the knowledge base). */
  article?: DetectedArticle;
}

export interface PipelineResult {
  article: DetectedArticle;
  model: TextModel;
  lang: string | null;
  /** Article date used for recognition and cards (YYYY-MM-DD), or null if unknown. */
  date: string | null;
  mentions: Mention[];
  timings: { detect: number; recognise: number };
}

export function runPipeline(doc: Document, recogniser: Recogniser, options: PipelineOptions = {}): PipelineResult {
  const now = options.now ?? (() => Date.now());
  const t0 = now();
  const article = options.article ?? detectArticle(doc, options.url);
  const model = articleText(article);
  const t1 = now();
  const lang = options.lang ?? article.lang;
  const date = options.date ?? isoDay(article.published);
  const mentions = article.found ? recogniser.recognise(model.text, { lang, date }) : [];
  const t2 = now();
  return { article, model, lang, date, mentions, timings: { detect: t1 - t0, recognise: t2 - t1 } };
}
