/**
 * The pipeline as the content script runs it on a live page: the article is already detected
 * (so this module does not pull in Readability or franc), and the work runs in slices that give
 * the page the main thread back whenever a task has used its budget (see `steps.ts`). Small
 * articles finish in one task; on huge pages no task blocks the page for long.
 *
 * Slicing means the page runs between slices and may change the article meanwhile: offsets into
 * text collected before a change would point at the wrong characters. {@link watchChanges}
 * records every change from the start of the work, and the caller checks it in the same task that
 * applies the result.
 */
import { isoDay } from '../kb/dates';
import { articleText, type DetectedArticle } from './article/detect-core';
import type { PipelineOptions, PipelineResult } from './pipeline';
import type { Mention } from './recognise/mention';
import type { Recogniser } from './recognise/recogniser';
import { checkpoint, type Slicer } from './steps';

/** Characters recognised in the first slice of a long article, before its speed is known. */
const FIRST_SLICE_CHARS = 6_000;
/** A slice aims at this share of the task budget. */
const SLICE_SHARE = 0.5;
/**
 * Most characters in one slice, whatever the measured speed promises: speed varies from slice to
 * slice (garbage collection, code the engine optimises or gives up on, a busy machine), and a
 * slice sized by a fast one ran 50-120 ms on the 1 MB page. At ~10 MB/s this is a few ms; a
 * task still runs several slices until it has used its budget.
 */
const MAX_SLICE_CHARS = 40_000;

/**
 * Recognition in slices cut at paragraph boundaries. Entities named in earlier slices carry over
 * to later ones. An article that fits the budget is recognised in one piece.
 */
export async function runPipelineSliced(
  article: DetectedArticle,
  recogniser: Recogniser,
  options: Omit<PipelineOptions, 'article' | 'now'> & { slicer: Slicer },
): Promise<PipelineResult> {
  const s = options.slicer;
  const t0 = s.now();
  // The text collected during detection, unless this run's article came from elsewhere.
  const model = article.model ?? articleText(article);
  const t1 = s.now();
  s.busy += t1 - t0;
  const lang = options.lang ?? article.lang;
  const date = options.date ?? isoDay(article.published);
  const mentions: Mention[] = [];
  const named = new Set<string>();
  let busy = 0;
  const { text, blocks } = model;
  /** Milliseconds per character, once measured. */
  let rate = 0;
  let from = 0;
  let b = 0;
  while (article.found && from < text.length) {
    await checkpoint(s);
    const room = Math.max(s.budgetMs * SLICE_SHARE, s.budgetMs - (s.now() - s.taskStart));
    const want = Math.min(MAX_SLICE_CHARS, rate > 0 ? room / rate : FIRST_SLICE_CHARS);
    // Cut at the last block start that keeps the slice within `want` (at least one block).
    let to = text.length;
    if (text.length - from > want) {
      while (b < blocks.length && blocks[b]! <= from) b++;
      let cut = -1;
      for (let k = b; k < blocks.length && blocks[k]! - from <= want; k++) cut = blocks[k]!;
      if (cut < 0) cut = b < blocks.length ? blocks[b]! : text.length;
      to = cut;
    }
    const started = s.now();
    for (const m of recogniser.recognise(text.slice(from, to), { lang, date, named })) {
      mentions.push(from === 0 ? m : { ...m, start: m.start + from, end: m.end + from });
      // Re-added so the set's order is the order of last mention: role nouns look for the latest.
      if (m.entityId && m.source === 'kb') {
        named.delete(m.entityId);
        named.add(m.entityId);
      }
    }
    const took = s.now() - started;
    busy += took;
    s.busy += took;
    rate = Math.max(rate * 0.5, took / Math.max(1, to - from));
    from = to;
  }
  return { article, model, lang, date, mentions, timings: { detect: t1 - t0, recognise: busy } };
}

export interface ChangeLog {
  /** Whether anything under `root` changed (or `root` left the document) since the log began. */
  changed(root: Element): boolean;
  stop(): void;
}

/** Starts recording changes to the document's text and structure. */
export function watchChanges(doc: Document): ChangeLog {
  const targets: Node[] = [];
  const keep = (records: MutationRecord[]) => {
    for (const r of records) targets.push(r.target);
  };
  const observer = new doc.defaultView!.MutationObserver(keep);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return {
    changed(root) {
      keep(observer.takeRecords());
      return !root.isConnected || targets.some((t) => root.contains(t));
    },
    stop: () => observer.disconnect(),
  };
}
