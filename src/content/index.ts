/**
 * Content-script entry: follows the reader's settings, starts a session on article pages and
 * ends it when Gloss is switched off. Nothing runs on pages that are not articles beyond a
 * cheap detection pass, and nothing here may throw into the page.
 *
 * Start-up: the settings are requested first, and the cheap detection pass runs while they are
 * on their way (so it also runs, and then stops, on sites where Gloss is off); on an article its
 * text goes to the background, which recognises it only if Gloss is on at this site. Everything
 * else waits for the settings.
 * Recognition runs in the background (`background/kb-service.ts`), off the page's main thread;
 * here the page's DOM is read and marked. Detection is sliced (see `core/steps.ts`): a task gives
 * the page the main thread back once it has used `BUDGET_MS`.
 */
import { browser } from '../shared/browser';
import type { Runtime } from 'webextension-polyfill';
import { articleText, detectArticleSteps, NEEDS_HEAVY, type DetectedArticle } from '../core/article/detect-core';
import type { HeavyDetectors } from '../core/article/heavy';
import type * as HeavyModule from '../core/article/heavy';
import { watchChanges, type ChangeLog } from '../core/change-log';
import { resumed, runStepsSliced, slicer, timed, type Slicer } from '../core/steps';
import { isoDay } from '../kb/dates';
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
import { KbClient } from './kb-client';
import { announce } from './announce';
import { watchPageChanges, type ChangeReason, type PageChangeWatcher } from './page-changes';
import { recogniseChanged } from '../core/recognise-changed';
import { supportsHighlightApi } from './highlight/highlight-api-layer';
import type { LiveResult } from '../lib/wiki/types';
import { startSession, type PageResult, type Session } from './session';
import { fetchTemplates, translate } from '../shared/browser-i18n';
import { yieldToPage } from './yield-to-page';
import { reportTimings } from './bench-timings';

const t = translate;
let host = location.hostname;

let session: Session | null = null;
let isArticle = false;
/** Settings changes are applied one after another, never interleaved. */
let queue: Promise<void> = Promise.resolve();

/** When the content script started, for `npm run bench:browser` (see bench-timings.ts). */
const codeStart = performance.now();
let scriptStart = codeStart;
/**
 * A module loader (the dev server's; the build is one classic script) calls this with the time it
 * was injected: the script started then, before its modules were fetched.
 */
export function onExecute(info?: { perf?: { injectTime?: number } }): void {
  const injected = info?.perf?.injectTime;
  if (typeof injected === 'number' && injected < scriptStart) scriptStart = injected;
}

/**
 * Longest stretch of Gloss's work in one task, in milliseconds. Work is cut at pause points
 * (every few hundred nodes, paragraphs or a slice of text) once a task has used this much, so
 * with the largest unsliceable piece on top a task stays under the 50 ms of a "long task".
 */
const BUDGET_MS = 30;
/** After this many runs spoilt by the page changing its article meanwhile, run without slicing. */
const SLICED_TRIES = 2;

const newSlicer = (budgetMs = BUDGET_MS) => slicer(() => performance.now(), yieldToPage, budgetMs);

/** The knowledge base, in the background. */
const kb = new KbClient((message) => browser.runtime.sendMessage(message));

/**
 * Detect the article in slices; Readability and franc are fetched only for pages whose markup does
 * not settle it. The background readies the index as soon as the page's metadata declares an article.
 */
async function detect(s: Slicer, heavy: HeavyDetectors | null): Promise<DetectedArticle | typeof NEEDS_HEAVY> {
  return runStepsSliced(detectArticleSteps(document, location.href, heavy, startIndex), s);
}

/** Wakes the knowledge base, unless the settings already said Gloss is off here (detection may end after they came). */
let warmed = false;
const startIndex = () => {
  if (wasActive !== false && !warmed) {
    kb.warm();
    fetchTemplates();
  }
  warmed = true;
};

/**
 * The heavy detectors (Readability, franc) as the build emits them: an ES module of their own at a
 * fixed path, outside this script (see vite.config.ts, which checks the path is the same).
 */
const HEAVY_CHUNK = 'assets/heavy-detectors.js';

async function loadHeavy(s: Slicer): Promise<HeavyDetectors> {
  const url = browser.runtime.getURL(HEAVY_CHUNK);
  const { HEAVY } = (await import(/* @vite-ignore */ url)) as typeof HeavyModule;
  resumed(s);
  return HEAVY;
}

/** The toolbar badge follows the count a task later: sending a message is work the marks need not wait for. */
let badgeCount: number | null = null;
function sendBadge(count: number) {
  if (badgeCount === null)
    setTimeout(() => {
      const message: Message<ToBackground, 'setBadge'> = { type: 'setBadge', count: badgeCount ?? 0 };
      badgeCount = null;
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  badgeCount = count;
}

/** Whether Gloss was active under the previous settings (null before the first). */
let wasActive: boolean | null = null;

/** The settings in force, and the article root of the running session (for the change watcher). */
let current: Settings | null = null;
let articleRoot: Element | null = null;
let watcher: PageChangeWatcher | null = null;

/** Detection started at load, before the settings are read (they take a round trip to the browser). */
interface Early {
  s: Slicer;
  changes: ChangeLog;
  article: DetectedArticle | typeof NEEDS_HEAVY;
  /** The article's recognition, asked of the background before the settings came (see below), and the settings it sent. */
  recognised: ReturnType<KbClient['recogniseIfActive']> | null;
}

/** The settings are read first: the round trip to the browser overlaps everything below. */
let settingsAt = 0;
/** When the last recognition request left for the background (for `npm run bench:browser`). */
let askedAt = 0;
const settingsAtLoad = loadSettings();

/** The settings the page started with (see {@link startWith}). */
let started: Settings | null = null;

/**
 * Starts with the settings from the page's own read of them or from the background's answer to the
 * early recognition, whichever comes first (under load either may take 10-20 ms): the other, when
 * it comes, changes nothing unless it differs (a setting changed in between).
 */
function startWith(settings: Settings) {
  if (started) {
    if (JSON.stringify(started) !== JSON.stringify(settings)) schedule(settings);
    return;
  }
  started = settings;
  settingsAt = performance.now();
  schedule(settings);
}

/**
 * At load, the cheap detection pass runs while the settings are on their way, and on an article
 * the index starts loading at once. The article's text then goes to the background at once too,
 * which recognises it only if Gloss is on at this site (it knows the settings): reading the
 * settings here takes a round trip as long as the recognition's, and they no longer follow one
 * another. Readability (for pages the markup does not settle) waits for the settings. If Gloss
 * turns out to be off here, the work is dropped.
 */
let early: Promise<Early> | null = (async () => {
  // The task that compiled and started this script has already used much of a task's budget.
  await yieldToPage();
  const s = newSlicer();
  const changes = watchChanges(document);
  const article = await detect(s, null);
  let recognised: Early['recognised'] = null;
  if (article !== NEEDS_HEAVY && article.found && wasActive !== false) {
    article.model ??= timed(s, () => articleText(article));
    // The panel's messages first: the background answers them before it recognises.
    fetchTemplates();
    askedAt = performance.now();
    recognised = kb.recogniseIfActive(article.model.text, article.lang, isoDay(article.published));
    recognised.then(
      (answer) => answer?.settings && startWith(answer.settings),
      () => undefined,
    );
  }
  // Pages whose metadata declared no article have not woken the knowledge base yet (the request
  // above wakes it too).
  if (!recognised && article !== NEEDS_HEAVY && article.found) startIndex();
  return { s, changes, article, recognised };
})();
early.catch(() => undefined);

async function apply(settings: Settings): Promise<void> {
  current = settings;
  const wanted = activeOn(settings, host);
  // Switching on or off (keyboard command, popup) is announced to screen readers; page loads are not.
  if (wasActive !== null && wasActive !== wanted && isArticle) announce(document, t(wanted ? 'announceOn' : 'announceOff'));
  wasActive = wanted;
  const first = early;
  early = null;
  if (!wanted) {
    if (first)
      void first.then(
        (e) => e.changes.stop(),
        () => undefined,
      );
    ownChanges(() => session?.destroy());
    session = null;
    lastRun = null;
    return;
  }
  if (session) {
    void first?.then(
      (e) => e.changes.stop(),
      () => undefined,
    );
    return ownChanges(() => session!.update(settings));
  }
  watcher ??= watchPageChanges(document, { root: () => articleRoot, onChange: rescan, signal: new AbortController().signal });
  for (let attempt = 0; attempt <= SLICED_TRIES; attempt++) {
    const sliced = attempt < SLICED_TRIES;
    const outcome = await run(settings, attempt === 0 ? first : null, sliced);
    if (outcome !== 'stale') return;
  }
  // The page kept changing its article under every run: the change watcher rescans once it settles.
}

/**
 * One run from detection to the session. Returns 'stale' when the page changed the article while
 * the work was paused, so the text's offsets no longer fit the page: nothing is shown then.
 * Unsliced, detection, text and recognition run in one task and nothing can change in between.
 */
async function run(settings: Settings, first: Promise<Early> | null, sliced: boolean): Promise<'done' | 'stale'> {
  const pre = await first?.catch(() => null);
  const s = pre?.s ?? newSlicer(sliced ? BUDGET_MS : Infinity);
  if (pre) resumed(s);
  const changes = pre?.changes ?? watchChanges(document);
  try {
    let found = pre?.article ?? (await detect(s, null));
    if (found === NEEDS_HEAVY) found = await detect(s, await loadHeavy(s));
    const article = found as DetectedArticle;
    const detectMs = s.busy;
    isArticle = article.found;
    articleRoot = article.root;
    if (!article.found) return 'done';

    // The text collected during detection, unless this run's article came from elsewhere.
    const t1 = s.busy;
    const model = article.model ?? timed(s, () => articleText(article));
    const textMs = s.busy - t1;
    const lang = article.lang;
    const date = isoDay(article.published);
    const waitStart = performance.now();
    // The answer to the request sent before the settings came, else (declined, failed, or none
    // sent) a request now.
    let mentions = (await pre?.recognised?.catch(() => null))?.mentions;
    if (!mentions) {
      askedAt = performance.now();
      mentions = (await kb.recognise([{ text: model.text, named: [] }], lang, date, yieldToPage))[0] ?? [];
    }
    const recogniseMs = performance.now() - waitStart;
    // Reading a long answer took this task a while: marking and drawing get a task of their own.
    if (mentions.length > 1000) await yieldToPage();
    resumed(s);
    const result: PageResult = {
      article,
      model,
      lang,
      date,
      mentions,
      timings: { detect: detectMs, recognise: recogniseMs },
    };
    // From here to the end of startSession is one task: the page cannot change anything in between.
    if (changes.changed(article.root!)) return 'stale';
    const t4 = performance.now();
    watcher?.suspend();
    session = startSession(
      {
        doc: document,
        host,
        article,
        result,
        kb,
        t,
        today: new Date().toISOString().slice(0, 10),
        onCount: sendBadge,
        changeSettings: (change) => void updateSettings(change).catch(() => undefined),
        collapsed: keepCollapsed,
        lookup: (request) => {
          const message: Message<ToBackground, 'lookup'> = { type: 'lookup', ...request };
          return browser.runtime.sendMessage(message) as Promise<LiveResult>;
        },
      },
      settings,
    );
    watcher?.resume();
    lastRun = result;
    const renderMs = performance.now() - t4;
    reportTimings(
      { script: scriptStart, code: codeStart, settings: settingsAt, asked: askedAt },
      {
        detect: detectMs,
        text: textMs,
        recognise: recogniseMs,
        background: kb.lastTook,
        render: renderMs,
        pauses: s.pauses,
      },
    );
    return 'done';
  } finally {
    changes.stop();
  }
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
let lastRun: PageResult | null = null;

/**
 * The article changed: recognise only its new paragraphs and update the session in place (marks,
 * panel and an open card stay). False when that is not possible and Gloss must start over.
 */
async function updateInPlace(): Promise<boolean> {
  const result = lastRun;
  const root = articleRoot;
  // Fallback wrapper marks split the page's text nodes: collecting text under them would give
  // stale positions, so those browsers start over.
  if (!session || !result || !root?.isConnected || !supportsHighlightApi(window)) return false;
  const model = articleText(result.article);
  if (model.text === result.model.text) return true;
  // The page may change again while the background recognises: then the offsets would not fit.
  const changes = watchChanges(document);
  try {
    const changed = await recogniseChanged({ ...result.model, mentions: result.mentions }, model, (text, named) =>
      kb.recognise([{ text, named: [...named] }], result.lang, result.date, yieldToPage).then((runs) => runs[0]!),
    );
    if (changes.changed(root) || lastRun !== result || !session) return false;
    const next: PageResult = { ...result, model, mentions: changed.mentions };
    ownChanges(() => session!.replace(next, changed.moved));
    lastRun = next;
    return true;
  } finally {
    changes.stop();
  }
}

/** The article changed or the page navigated: update in place, or start over with the same settings. */
function rescan(reason: ChangeReason) {
  queue = queue
    .then(async () => {
      if (reason === 'content' && (await updateInPlace().catch(() => false))) return;
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

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage<ToContent>(message, TO_CONTENT_TYPES)) return undefined;
  if (message.type === 'pageStatus') {
    const status: PageStatus = { active: session !== null, article: isArticle, count: session?.count() ?? 0, host };
    return Promise.resolve(status);
  }
  if (message.type === 'explainSelection')
    return session && typeof message.text === 'string' ? session.explain(message.text) : Promise.resolve(false);
  if (message.type === 'step') {
    session?.step(message.direction === -1 ? -1 : 1);
    return Promise.resolve(true);
  }
  return undefined;
});

watchSettings(schedule);
settingsAtLoad.then(startWith, (err: unknown) => console.debug('[gloss]', err));
