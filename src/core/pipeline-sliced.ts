/**
 * The pipeline as the content script runs it on a live page: the article is already detected
 * (so this module does not pull in Readability or franc), and recognition runs in slices.
 */
import { isoDay } from '../kb/dates';
import { articleText, type DetectedArticle } from './article/detect-core';
import type { PipelineOptions, PipelineResult } from './pipeline';
import type { Mention } from './recognise/mention';
import type { Recogniser } from './recognise/recogniser';

/** Slice size for long articles: small enough that one slice stays well under a 50 ms task. */
const SLICE_CHARS = 12_000;

/**
 * The same pipeline for the content script on long articles: recognition runs in slices cut at
 * paragraph boundaries, yielding to the page between slices (`pause`), so no single task blocks
 * the main thread for long. Entities named in earlier slices carry over to later ones.
 */
export async function runPipelineSliced(
  article: DetectedArticle,
  recogniser: Recogniser,
  options: Omit<PipelineOptions, 'article'> & { pause: () => Promise<void> },
): Promise<PipelineResult> {
  const now = options.now ?? (() => Date.now());
  const t0 = now();
  const model = articleText(article);
  const t1 = now();
  const lang = options.lang ?? article.lang;
  const date = options.date ?? isoDay(article.published);
  const mentions: Mention[] = [];
  const named = new Set<string>();
  let busy = 0;
  if (article.found)
    for (const [from, to] of slices(model.blocks, model.text.length)) {
      const started = now();
      for (const m of recogniser.recognise(model.text.slice(from, to), { lang, date, named })) {
        mentions.push({ ...m, start: m.start + from, end: m.end + from });
        if (m.entityId && m.source === 'kb') named.add(m.entityId);
      }
      busy += now() - started;
      if (to < model.text.length) await options.pause();
    }
  return { article, model, lang, date, mentions, timings: { detect: t1 - t0, recognise: busy } };
}

/** [from, to) ranges of about SLICE_CHARS, cut at block starts (never inside a paragraph). */
function slices(blocks: number[], length: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const b of blocks) {
    if (b - from >= SLICE_CHARS) {
      out.push([from, b]);
      from = b;
    }
  }
  out.push([from, length]);
  return out;
}
