/**
 * Content-script entry: follows the reader's settings, starts a session on article pages and
 * ends it when Gloss is switched off. Nothing runs on pages that are not articles beyond a
 * cheap detection pass, and nothing here may throw into the page.
 */
import browser from 'webextension-polyfill';
import { detectArticleWith, NEEDS_HEAVY, type DetectedArticle } from '../core/article/detect-core';
import { runPipelineSliced } from '../core/pipeline-sliced';
import {
  isMessage,
  TO_CONTENT_TYPES,
  type Message,
  type PageStatus,
  type ToBackground,
  type ToContent,
} from '../shared/messages';
import { activeOn, type Settings } from '../shared/settings';
import { loadSettings, updateSettings, watchSettings } from '../shared/storage';
import { loadEntries, loadRecogniser } from './kb-loader';
import { announce } from './announce';
import { watchPageChanges, type ChangeReason, type PageChangeWatcher } from './page-changes';
import { articleText } from '../core/article/detect-core';
import { recogniseChanged } from '../core/recognise-changed';
import type { PipelineResult } from '../core/pipeline';
import type { Recogniser } from '../core/recognise/recogniser';
import { supportsHighlightApi } from './highlight/highlight-api-layer';
import type { LiveResult } from '../lib/wiki/types';
import { startSession, type Session } from './session';
import { translate } from '../shared/browser-i18n';

const t = translate;
let host = location.hostname;

let session: Session | null = null;
let isArticle = false;
/** Settings changes are applied one after another, never interleaved. */
let queue: Promise<void> = Promise.resolve();
/** When this script started, for `npm run bench:browser` (see reportTimings). */
const scriptStart = performance.now();

/** Detect the article; Readability and franc are fetched only for pages whose markup does not settle it. */
async function detect(): Promise<DetectedArticle> {
  const quick = detectArticleWith(document, location.href, null);
  if (quick !== NEEDS_HEAVY) return quick;
  const { HEAVY } = await import('../core/article/heavy');
  return detectArticleWith(document, location.href, HEAVY) as DetectedArticle;
}

/** Yield to the page: let it handle input and paint before the next piece of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sendBadge(count: number) {
  const message: Message<ToBackground, 'setBadge'> = { type: 'setBadge', count };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Whether Gloss was active under the previous settings (null before the first). */
let wasActive: boolean | null = null;

/** The settings in force, and the article root of the running session (for the change watcher). */
let current: Settings | null = null;
let articleRoot: Element | null = null;
let watcher: PageChangeWatcher | null = null;

async function apply(settings: Settings): Promise<void> {
  current = settings;
  const wanted = activeOn(settings, host);
  // Switching on or off (keyboard command, popup) is announced to screen readers; page loads are not.
  if (wasActive !== null && wasActive !== wanted && isArticle) announce(document, t(wanted ? 'announceOn' : 'announceOff'));
  wasActive = wanted;
  if (!wanted) {
    ownChanges(() => session?.destroy());
    session = null;
    lastRun = null;
    return;
  }
  if (session) return ownChanges(() => session!.update(settings));
  watcher ??= watchPageChanges(document, { root: () => articleRoot, onChange: rescan, signal: new AbortController().signal });
  const t0 = performance.now();
  const article = await detect();
  const t1 = performance.now();
  isArticle = article.found;
  articleRoot = article.root;
  if (!article.found) return;
  const recogniser = await loadRecogniser();
  // Index building, text collection and each slice of recognition run as separate tasks, so a
  // long article never blocks the page for long (see runPipelineSliced).
  await pause();
  recogniser.prepare(article.lang);
  await pause();
  const t2 = performance.now();
  const result = await runPipelineSliced(article, recogniser, {
    url: location.href,
    now: () => performance.now(),
    pause,
  });
  const t3 = performance.now();
  watcher?.suspend();
  session = startSession(
    {
      doc: document,
      host,
      article,
      result,
      recogniser,
      t,
      today: new Date().toISOString().slice(0, 10),
      onCount: sendBadge,
      changeSettings: (change) => void updateSettings(change).catch(() => undefined),
      loadEntries,
      collapsed: keepCollapsed,
      lookup: (request) => {
        const message: Message<ToBackground, 'lookup'> = { type: 'lookup', ...request };
        return browser.runtime.sendMessage(message) as Promise<LiveResult>;
      },
    },
    settings,
  );
  watcher?.resume();
  lastRun = { result, recogniser };
  const t4 = performance.now();
  // Busy time only: the pauses between slices are the page's, not ours.
  void reportTimings({
    detect: t1 - t0,
    loadKb: t2 - t1,
    recognise: result.timings.detect + result.timings.recognise,
    render: t4 - t3,
  });
}

/**
 * For the browser benchmark only: when `storage.local.glossBench` is set, leave the timings as a
 * performance mark the benchmark can read (`gloss:<total>:<detect>:<loadKb>:<recognise>:<render>`,
 * milliseconds, total measured after the next frame is painted). Off by default, so pages never see it.
 */
async function reportTimings(t: { detect: number; loadKb: number; recognise: number; render: number }) {
  if (!(await browser.storage.local.get('glossBench')).glossBench) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const parts = [performance.now() - scriptStart, t.detect, t.loadKb, t.recognise, t.render].map((n) => n.toFixed(2));
      performance.mark(`gloss:${parts.join(':')}`);
    }),
  );
}

/** Gloss's own DOM work (fallback marks, the panel host) must not look like a page change. */
function ownChanges(work: () => void) {
  watcher?.suspend();
  try {
    work();
  } finally {
    watcher?.resume();
  }
}

/** Panel state carried over a rescan of the same page. */
let keepCollapsed: boolean | undefined;

/** What the running session was built from, for updating it when the article changes. */
let lastRun: { result: PipelineResult; recogniser: Recogniser } | null = null;

/**
 * The article changed: recognise only its new paragraphs and update the session in place (marks,
 * panel and an open card stay). False when that is not possible and Gloss must start over.
 */
function updateInPlace(): boolean {
  const run = lastRun;
  // Fallback wrapper marks split the page's text nodes: collecting text under them would give
  // stale positions, so those browsers start over.
  if (!session || !run || !articleRoot?.isConnected || !supportsHighlightApi(window)) return false;
  const { result, recogniser } = run;
  const model = articleText(result.article);
  if (model.text === result.model.text) return true;
  const changed = recogniseChanged({ ...result.model, mentions: result.mentions }, model, (text, named) =>
    recogniser.recognise(text, { lang: result.lang, date: result.date, named }),
  );
  const next: PipelineResult = { ...result, model, mentions: changed.mentions };
  ownChanges(() => session!.replace(next, changed.moved));
  lastRun = { result: next, recogniser };
  return true;
}

/** The article changed or the page navigated: update in place, or start over with the same settings. */
function rescan(reason: ChangeReason) {
  queue = queue
    .then(() => {
      if (reason === 'content' && updateInPlace()) return;
      keepCollapsed = session?.isCollapsed();
      ownChanges(() => session?.destroy());
      session = null;
      lastRun = null;
      articleRoot = null;
      host = location.hostname;
      return current ? apply(current) : undefined;
    })
    .catch((err: unknown) => console.debug('[gloss]', err));
}

function schedule(settings: Settings) {
  queue = queue.then(() => apply(settings)).catch((err: unknown) => console.debug('[gloss]', err));
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage<ToContent>(message, TO_CONTENT_TYPES)) return undefined;
  if (message.type === 'pageStatus') {
    const status: PageStatus = { active: session !== null, article: isArticle, count: session?.count() ?? 0, host };
    return Promise.resolve(status);
  }
  if (message.type === 'explainSelection') return Promise.resolve(session?.explain(message.text) ?? false);
  if (message.type === 'step') {
    session?.step(message.direction === -1 ? -1 : 1);
    return Promise.resolve(true);
  }
  return undefined;
});

watchSettings(schedule);
loadSettings().then(schedule, (err: unknown) => console.debug('[gloss]', err));
