/**
 * What `explain` writes for one input, as the CLI contract spells it
 * (`../shared/design/explain-cli.md`): the article found and the mentions in it. Shared by the
 * `explain` command and the robustness run, so the run checks exactly what the command prints.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../core/pipeline';
import type { Recogniser } from '../core/recognise/recogniser';
import type { Entry } from '../kb/schema';
import { mentionJson } from './entity-ref';

export interface ExplainContext {
  recogniser: Recogniser;
  /** Full entries by id: the contract's `entity` needs names and sources the index leaves out. */
  entries: ReadonlyMap<string, Entry>;
}

export interface ExplainInput {
  url?: string;
  lang?: string;
  date?: string;
}

export interface ExplainOutput {
  file: string;
  article: { found: boolean; title: string | null; lang: string | null; published: string | null; text: string };
  mentions: ReturnType<typeof mentionJson>[];
  /** `parse`: reading the saved page into a DOM (HTML input only; a field added to the contract). */
  timings_ms: { detect: number; recognise: number; parse?: number };
}

/** Plain text (`--text`): every character is the article. */
export function explainText(ctx: ExplainContext, file: string, text: string, input: ExplainInput = {}): ExplainOutput {
  const t0 = performance.now();
  const clean = text.replace(/\r\n?/g, '\n');
  const mentions = ctx.recogniser.recognise(clean, { lang: input.lang ?? null, date: input.date ?? null });
  return {
    file,
    article: { found: true, title: null, lang: input.lang ?? null, published: input.date ?? null, text: clean },
    mentions: mentions.map((m) => mentionJson(m, ctx.entries)),
    timings_ms: { detect: 0, recognise: round(performance.now() - t0) },
  };
}

/** A saved page: parsed without running its scripts, then the content script's pipeline. */
export function explainHtml(ctx: ExplainContext, file: string, html: string, input: ExplainInput = {}): ExplainOutput {
  const t0 = performance.now();
  // Page scripts never run; a quiet console keeps CSS parse noise off stderr.
  const dom = new JSDOM(html, { url: input.url ?? 'http://localhost/', virtualConsole: new VirtualConsole() });
  const parseMs = performance.now() - t0;
  try {
    const result = runPipeline(dom.window.document, ctx.recogniser, { ...input, now: () => performance.now() });
    return {
      file,
      article: {
        found: result.article.found,
        title: result.article.title,
        lang: result.lang,
        published: input.date ?? result.article.published,
        text: result.model.text,
      },
      mentions: result.mentions.map((m) => mentionJson(m, ctx.entries)),
      timings_ms: { detect: round(result.timings.detect), recognise: round(result.timings.recognise), parse: round(parseMs) },
    };
  } finally {
    dom.window.close();
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
