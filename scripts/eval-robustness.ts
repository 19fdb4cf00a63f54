/**
 * `npm run --silent eval:robustness -- [--sample N | --all] [--json] [--verbose] [--no-build] [--no-browser] [--only SUBSTRING]`
 *
 * Robustness run (issue #8) over every saved HTML page in `../shared/corpora/` (all sub-corpora,
 * `*.html`, `*.htm`, `*.html.gz`) and `../shared/fixtures/`:
 *
 * 1. **explain**: the `explain` command's HTML path in-process (JSDOM + `runPipeline` + the CLI's JSON
 *    mapping, exactly as `src/cli/explain.ts` does it) on every page. A page that throws is reported
 *    with its path and error and the run goes on. Every output is also checked against the CLI contract
 *    (`text == article.text.slice(start, end)`, known categories, no mentions when `found: false`).
 * 2. **browser**: the built extension (dist/chrome, always rebuilt first unless `--no-build`) in Debian's
 *    Chromium on a deterministic sample of those pages (default 40, spread over the corpora in
 *    proportion to their size, Readability's `expected.html` outputs left out; `--all` for every page).
 *    Only the HTML is served, from 127.0.0.1; every other request is aborted (Playwright routes; a page
 *    navigating elsewhere gets a 204 so it stays put; WebSockets closed, DNS mapped to nothing, a dead
 *    proxy), so nothing leaves the machine. Each page is loaded with Gloss until the content script's
 *    marks and panel are painted (its `gloss:` performance mark, the `bench:browser` flag) or it says
 *    "no article"; pages that raised errors in their own world are loaded again in a second Chromium
 *    without the extension (the baseline). A page that sends itself elsewhere before Gloss settles
 *    (two scrapinghub pages upgrade themselves to https) is listed and not counted.
 *
 * Telling Gloss's errors from the page's own: a CDP session sees exceptions and console calls from
 * every JavaScript world. An error is Gloss's when it comes from an execution context whose origin is
 * `chrome-extension://` (the content script's isolated world), when a frame of its stack or its URL is
 * a `chrome-extension://` URL, when it is a `[gloss]` line (the content script swallows its failures
 * and logs them with `console.debug('[gloss]', err)`), or when the extension's service worker logs an
 * error. Everything else happened in the page's own world; such an error counts as the page's own when
 * the page also raises it without the extension. One that appears only with Gloss is checked again
 * (one more run without, one more with) and blamed on Gloss only if it repeats with Gloss and never
 * appears without.
 *
 * Exit status 1 if any explain crash or contract violation, any Gloss error, any page error caused by
 * Gloss, or any page where Gloss found an article but never painted within the time-out.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { relative, resolve, join, basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { Recogniser } from '../src/core/recognise/recogniser';
import { compileFromSources } from '../src/node/kb-sources';
import { explainHtml, type ExplainContext, type ExplainOutput } from '../src/cli/explain-output';
// @ts-expect-error: plain .mjs helper shared with the tests
import { ensureChromium, CHROMIUM } from './ensure-chromium.mjs';
// @ts-expect-error: plain .mjs helper shared with the tests
import { launchWithExtension } from '../tests/e2e/browser.mjs';

const { values: opts } = parseArgs({
  options: {
    sample: { type: 'string', default: '40' },
    all: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.error(
    'usage: npm run --silent eval:robustness -- [--sample N | --all] [--json] [--verbose] [--no-build] [--no-browser] [--only SUBSTRING]',
  );
  process.exit(0);
}
const SAMPLE = Number(opts.sample);
if (!opts.all && !(Number.isInteger(SAMPLE) && SAMPLE > 0)) {
  console.error(`--sample must be a positive whole number, got ${opts.sample}`);
  process.exit(2);
}
/** Progress goes to stderr so that `--json` leaves stdout to the one result object. */
const progress = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The pages

const SHARED = resolve(import.meta.dirname, '../../shared');
const HTML_FILE = /\.(?:html?|html?\.gz)$/i;

interface SavedPage {
  /** Path relative to ../shared, e.g. `corpora/readability/bbc-1/source.html`. */
  name: string;
  file: string;
  /** `scrapinghub`, `readability`, `readability/expected` (Readability's output pages), `fixtures`. */
  group: string;
  /** The page's original address when the corpus gives it (passed as `explain --url` would be). */
  url: string | undefined;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : HTML_FILE.test(d.name) ? [join(dir, d.name)] : []));
}

function originalUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const truth = resolve(SHARED, 'corpora/scrapinghub/ground-truth.json');
  if (existsSync(truth))
    for (const [id, t] of Object.entries(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { url?: string }>))
      if (t.url) urls.set(`${id}.html.gz`, t.url);
  return urls;
}

function savedPages(): SavedPage[] {
  const urls = originalUrls();
  return [...walk(resolve(SHARED, 'corpora')), ...walk(resolve(SHARED, 'fixtures'))]
    .map((file) => {
      const name = relative(SHARED, file);
      const parts = name.split('/');
      const group = parts[0] === 'corpora' ? parts[1]! + (basename(file) === 'expected.html' ? '/expected' : '') : parts[0]!;
      return { name, file, group, url: urls.get(basename(file)) };
    })
    .filter((p) => !opts.only || p.name.includes(opts.only));
}

const readPage = (p: SavedPage) => {
  const buf = readFileSync(p.file);
  return (p.file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

// ---------------------------------------------------------------------------------------------
// Statistics

const round = (ms: number) => Math.round(ms * 10) / 10;
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
  return { n: s.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1] ?? 0) };
}
const fmtStats = (s: ReturnType<typeof stats>) =>
  s.n ? `median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms (n=${s.n})` : 'n/a (n=0)';
const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

// ---------------------------------------------------------------------------------------------
// Part 1: explain on every page

interface ExplainResult {
  name: string;
  group: string;
  ms: number;
  /** JSDOM parse, article detection + text, recognition. */
  parts?: { parse: number; detect: number; recognise: number };
  found?: boolean;
  mentions?: number;
  error?: { message: string; stack: string };
  invalid?: string[];
}

const CATEGORIES = new Set(['person', 'term', 'history', 'place', 'org']);

function runExplain(pages: SavedPage[]) {
  const t0 = performance.now();
  const compiled = compileFromSources(process.env.GLOSS_KB_DIR);
  const ctx: ExplainContext = { recogniser: new Recogniser(compiled), entries: new Map(compiled.entries.map((e) => [e.id, e])) };
  const kbMs = performance.now() - t0;

  /** Contract checks on one output object (../shared/design/explain-cli.md). */
  function violations(out: ExplainOutput) {
    const bad: string[] = [];
    const { text, found } = out.article;
    if (!found && out.mentions.length > 0) bad.push(`found: false but ${out.mentions.length} mention(s)`);
    for (const m of out.mentions) {
      if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start < m.end && m.end <= text.length))
        bad.push(`mention "${m.text}" has offsets ${m.start}-${m.end} outside the text (${text.length})`);
      else if (text.slice(m.start, m.end) !== m.text)
        bad.push(`mention "${m.text}" at ${m.start}-${m.end} but the text there is "${text.slice(m.start, m.end)}"`);
      if (!CATEGORIES.has(m.category)) bad.push(`mention "${m.text}" has category ${m.category}`);
    }
    return bad.slice(0, 5);
  }

  // A failure that escapes the synchronous call (a timer or promise inside JSDOM) is pinned on the page
  // being explained when it surfaces.
  let current: ExplainResult | null = null;
  const late: ExplainResult[] = [];
  const onLate = (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    late.push({
      name: current?.name ?? '(between pages)',
      group: current?.group ?? '',
      ms: 0,
      error: { message: e.message, stack: e.stack ?? '' },
    });
  };
  process.on('uncaughtException', onLate);
  process.on('unhandledRejection', onLate);

  const results: ExplainResult[] = [];
  for (const [i, p] of pages.entries()) {
    const r: ExplainResult = { name: p.name, group: p.group, ms: 0 };
    current = r;
    let html: string;
    try {
      html = readPage(p);
    } catch (err) {
      r.error = { message: `cannot read: ${(err as Error).message}`, stack: (err as Error).stack ?? '' };
      results.push(r);
      continue;
    }
    const start = performance.now();
    try {
      // Exactly what `explain` prints for the page (plus `--url` where the corpus knows the address).
      const out = explainHtml(ctx, p.file, html, { url: p.url });
      JSON.stringify(out);
      r.parts = { parse: out.timings_ms.parse!, detect: out.timings_ms.detect, recognise: out.timings_ms.recognise };
      r.found = out.article.found;
      r.mentions = out.mentions.length;
      const bad = violations(out);
      if (bad.length) r.invalid = bad;
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      r.error = { message: e.message, stack: e.stack ?? '' };
    }
    r.ms = performance.now() - start;
    results.push(r);
    if (!opts.json && (i + 1) % 25 === 0) progress(`  explain: ${i + 1}/${pages.length}`);
  }
  current = null;
  process.off('uncaughtException', onLate);
  process.off('unhandledRejection', onLate);

  const ok = results.filter((r) => !r.error);
  const crashes = [...results.filter((r) => r.error), ...late];
  const groups = [...new Set(pages.map((p) => p.group))];
  return {
    pages: results.length,
    kbLoadMs: round(kbMs),
    crashes: crashes.map((r) => ({ page: r.name, error: r.error!.message, stack: r.error!.stack })),
    invalid: results.filter((r) => r.invalid).map((r) => ({ page: r.name, problems: r.invalid! })),
    found: ok.filter((r) => r.found).length,
    mentions: ok.reduce((n, r) => n + (r.mentions ?? 0), 0),
    time: stats(ok.map((r) => r.ms)),
    parts: {
      parse: stats(ok.map((r) => r.parts?.parse ?? 0)),
      detect: stats(ok.map((r) => r.parts?.detect ?? 0)),
      recognise: stats(ok.map((r) => r.parts?.recognise ?? 0)),
    },
    byCorpus: groups.map((g) => {
      const rs = results.filter((r) => r.group === g);
      return {
        corpus: g,
        pages: rs.length,
        crashes: rs.filter((r) => r.error).length,
        found: rs.filter((r) => r.found).length,
        time: stats(rs.filter((r) => !r.error).map((r) => r.ms)),
      };
    }),
    slowest: [...ok]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((r) => ({
        page: r.name,
        ms: round(r.ms),
        parse: round(r.parts?.parse ?? 0),
        detect: round(r.parts?.detect ?? 0),
        recognise: round(r.parts?.recognise ?? 0),
      })),
    foundByPage: new Map(results.map((r) => [r.name, r.found])),
  };
}

// ---------------------------------------------------------------------------------------------
// Part 2: the content script in Chromium

/** Deterministic sample: each corpus gets its share (at least one page), pages evenly spaced within it. */
function samplePages(pages: SavedPage[], n: number): SavedPage[] {
  if (n >= pages.length) return pages;
  const groups = [...new Set(pages.map((p) => p.group))].map((g) => pages.filter((p) => p.group === g));
  const quota = groups.map((g) => Math.max(1, Math.round((n * g.length) / pages.length)));
  for (let total = quota.reduce((a, b) => a + b, 0); total !== n; total = quota.reduce((a, b) => a + b, 0)) {
    const i = quota.indexOf(Math.max(...quota));
    if (total > n && quota[i]! > 1) quota[i]!--;
    else if (total < n) quota[quota.findIndex((q, j) => q < groups[j]!.length)]!++;
    else break;
  }
  return groups.flatMap((g, j) =>
    Array.from({ length: quota[j]! }, (_, k) => g[Math.floor(((k + 0.5) * g.length) / quota[j]!)]!),
  );
}

/** Serves each page's HTML (decoded as explain decodes it) at its path; anything else is a 404. */
async function startPageServer(pages: SavedPage[]) {
  const byPath = new Map(pages.map((p) => [`/${p.name.replace(/\.gz$/, '')}`, p]));
  const server = createServer((req, res) => {
    const page = byPath.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readPage(page));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p: SavedPage) => `${origin}/${encodeURI(p.name.replace(/\.gz$/, ''))}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Nothing leaves the machine: unresolvable DNS, a dead proxy (loopback bypasses it), no WebRTC. */
const OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let blockedRequests = 0;
/** Runs without the extension (baselines), for the report. */
let baselines = 0;
async function offline(ctx: BrowserContext, origin: string) {
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    const web = u.protocol === 'http:' || u.protocol === 'https:';
    // A page that sends itself elsewhere (a consent check, a redirect or https-upgrade script) gets
    // "204 No Content": the navigation is cancelled and the saved page stays, instead of an error page.
    if (web && u.origin !== origin && route.request().isNavigationRequest()) {
      blockedRequests++;
      return route.fulfill({ status: 204 });
    }
    if (web && u.hostname !== '127.0.0.1') {
      blockedRequests++;
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await ctx.routeWebSocket(/.*/, (ws) => ws.close());
}

interface Observed {
  gloss: string[];
  page: string[];
  pageErrorEvents: number;
  pageConsoleErrors: string[];
  crashed: boolean;
}

/** A page with a CDP session recording exceptions and console errors from every world, attributed. */
async function observedPage(ctx: BrowserContext) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const obs: Observed = { gloss: [], page: [], pageErrorEvents: 0, pageConsoleErrors: [], crashed: false };
  const extensionContexts = new Set<number>();
  const isExt = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');
  type Frame = { url: string; functionName: string; lineNumber: number; columnNumber: number };
  const stackOf = (st: { callFrames: Frame[] } | undefined) =>
    (st?.callFrames ?? []).map(
      (f) => `    at ${f.functionName || '(anonymous)'} (${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1})`,
    );
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (isExt(context.origin)) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames ?? [];
    const gloss = extensionContexts.has(d.executionContextId ?? -1) || isExt(d.url) || frames.some((f) => isExt(f.url));
    const message = firstLine(d.exception?.description ?? d.text);
    if (gloss) obs.gloss.push([`exception: ${d.exception?.description ?? d.text}`, ...stackOf(d.stackTrace)].join('\n'));
    else obs.page.push(`${message}${d.url ? ` (${d.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}:${d.lineNumber + 1})` : ''}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    const text = args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' ');
    const fromGloss = extensionContexts.has(executionContextId) || (stackTrace?.callFrames ?? []).some((f) => isExt(f.url));
    if (text.includes('[gloss]') || (fromGloss && (type === 'error' || type === 'warning' || type === 'assert')))
      obs.gloss.push([`console.${type}: ${text}`, ...stackOf(stackTrace)].join('\n'));
    else if (type === 'error' || type === 'assert') obs.pageConsoleErrors.push(firstLine(text));
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error') return;
    if (isExt(entry.url) || entry.text.includes('chrome-extension://'))
      obs.gloss.push(`log (${entry.source}): ${entry.text} ${entry.url ?? ''}`);
    // Failed loads are the requests this run blocks on purpose (counted as blocked requests).
    else if (entry.source !== 'network') obs.pageConsoleErrors.push(firstLine(`${entry.source}: ${entry.text}`));
  });
  page.on('pageerror', () => obs.pageErrorEvents++);
  page.on('crash', () => (obs.crashed = true));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return { page, cdp, obs };
}

/** Evaluates `expression` in a fresh isolated world (the page cannot break it); null if it fails. */
async function inWorld(cdp: CDPSession, expression: string): Promise<unknown> {
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'gloss-robustness',
    });
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    return result.value ?? null;
  } catch {
    return null;
  }
}

const STATE = `(() => {
  const mark = performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'));
  const host = document.getElementById('gloss-host');
  const ui = host?.shadowRoot?.querySelector('[data-testid="gloss-panel"], [data-testid="gloss-tab"]');
  let marks = 0;
  for (const c of ['person', 'term', 'history', 'place', 'org']) marks += CSS.highlights?.get('gloss-' + c)?.size ?? 0;
  marks += document.querySelectorAll('gloss-mark').length;
  return { mark: mark ? mark.name : null, paintedAt: mark ? mark.startTime : null, ui: ui ? ui.dataset.testid : null, marks };
})()`;

interface GlossState {
  mark: string | null;
  paintedAt: number | null;
  ui: string | null;
  marks: number;
}

/** What the content script says about the page (the popup's `pageStatus` message). */
async function pageStatus(sw: Worker): Promise<{ active: boolean; article: boolean; count: number } | null> {
  return sw
    .evaluate(
      `(async () => {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const s = await chrome.tabs.sendMessage(tab.id, { type: 'pageStatus' });
          if (s) return s;
        } catch {}
      }
      return null;
    })()`,
    )
    .catch(() => null) as Promise<{ active: boolean; article: boolean; count: number } | null>;
}

const LOAD_TIMEOUT = 30_000;
/** How long a page must say "no article" after load before it counts as settled with found: false. */
const NO_ARTICLE_GRACE = 2_500;
/** Longest wait for the panel once the content script has found an article. */
const SETTLE_TIMEOUT = 30_000;
/** After settling, listen this much longer for late errors (scroll spy, observers, page timers). */
const TAIL = 500;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

interface OnRun {
  obs: Observed;
  observedMs: number;
  found: boolean | null;
  marks: number;
  ui: string | null;
  /** Navigation start -> marks and panel painted (the content script's own performance mark). */
  settleMs: number | null;
  /** Content-script start -> marks and panel painted. */
  glossMs: number | null;
  timedOut: boolean;
  loadFailed: string | null;
  /** Where the page sent itself before Gloss settled, if it did. */
  navigatedAway: string | null;
}

async function runWithGloss(ctx: BrowserContext, sw: Worker, url: string): Promise<OnRun> {
  const { page, cdp, obs } = await observedPage(ctx);
  let readyAt: number | null = null;
  let loadedAt: number | null = null;
  page.on('domcontentloaded', () => (readyAt ??= Date.now()));
  page.on('load', () => (loadedAt ??= Date.now()));
  // Some saved pages send themselves elsewhere (a redirect or https-upgrade script). The route answers
  // such navigations with a 204, so the page stays, but Chromium has already stopped parsing it: the
  // DOM may never be complete. A page that asked to leave and has not settled 3 s later is reported as
  // "sent itself away" and not counted; so is one that did leave (a cross-document commit).
  let navigatedTo: string | null = null;
  let leaveAsked: { url: string; at: number } | null = null;
  await cdp.send('Page.enable');
  const mainFrameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  cdp.on('Page.frameNavigated', ({ frame }) => {
    if (!frame.parentId && frame.url !== url) navigatedTo ??= frame.unreachableUrl ?? frame.url;
  });
  cdp.on('Page.frameRequestedNavigation', (e) => {
    if (e.frameId === mainFrameId && e.url !== url) leaveAsked ??= { url: e.url, at: Date.now() };
  });
  const t0 = Date.now();
  let loadFailed: string | null = null;
  // The content script runs at document_idle, which may come before the load event: wait for the DOM only.
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT }).catch((e: Error) => (loadFailed = firstLine(e.message)));
  const committed = Date.now();
  let state: GlossState | null = null;
  let found: boolean | null = null;
  let timedOut = false;
  /** When the content script first said "no article" (it says so until detection is done, too). */
  let noArticleSince: number | null = null;
  for (;;) {
    if (obs.crashed || navigatedTo || loadFailed) break;
    state = (await inWorld(cdp, STATE)) as GlossState | null;
    if (state?.mark && state.ui) {
      found = true;
      break;
    }
    const now = Date.now();
    const left = leaveAsked as { url: string; at: number } | null;
    if (left && now - left.at >= 3000) {
      navigatedTo = left.url;
      break;
    }
    if (
      !state?.ui &&
      readyAt !== null &&
      loadedAt !== null &&
      now - readyAt >= NO_ARTICLE_GRACE &&
      now - loadedAt >= NO_ARTICLE_GRACE / 2
    ) {
      const status = await pageStatus(sw);
      if (status && !status.article) {
        noArticleSince ??= now;
        // Two answers at least a second apart, so that a detection still running is not taken for "no article".
        if (now - noArticleSince >= 1000) {
          found = false;
          break;
        }
      } else noArticleSince = null;
    }
    if (now - committed >= SETTLE_TIMEOUT) {
      timedOut = true;
      found = (await pageStatus(sw))?.article ?? null;
      break;
    }
    await sleep(100);
  }
  const sentAway = navigatedTo;
  await sleep(TAIL);
  const end = (await inWorld(cdp, STATE)) as GlossState | null;
  const observedMs = Date.now() - t0;
  await page.close().catch(() => undefined);
  const total = state?.mark ? markTotal(state.mark) : null;
  return {
    obs,
    observedMs,
    found,
    marks: end?.marks ?? state?.marks ?? 0,
    ui: end?.ui ?? state?.ui ?? null,
    settleMs: state?.paintedAt ?? null,
    glossMs: total,
    timedOut,
    loadFailed,
    navigatedAway: sentAway,
  };
}

/**
 * The same page without the extension, watched as long as the run with Gloss was (or until every error
 * in `expected` has been seen).
 */
/** `total` of the content script's `gloss:{...}` timing mark (see `reportTimings` in src/content/index.ts). */
function markTotal(mark: string): number | null {
  try {
    const total = (JSON.parse(mark.slice(mark.indexOf(':') + 1)) as { total?: unknown }).total;
    return typeof total === 'number' && Number.isFinite(total) ? total : null;
  } catch {
    return null;
  }
}

async function runWithout(ctx: BrowserContext, url: string, observeMs: number, expected: string[]): Promise<Observed> {
  const { page, obs } = await observedPage(ctx);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT }).catch(() => undefined);
  while (Date.now() - t0 < observeMs && !obs.crashed && !expected.every((e) => obs.page.includes(e))) await sleep(100);
  await page.close().catch(() => undefined);
  return obs;
}

interface BrowserPageResult {
  page: string;
  group: string;
  found: boolean | null;
  explainFound: boolean | undefined;
  marks: number;
  ui: string | null;
  settleMs: number | null;
  glossMs: number | null;
  timedOut: boolean;
  loadFailed: string | null;
  navigatedAway: string | null;
  pageErrorEvents: number;
  glossErrors: string[];
  /** Page-world errors that appear only with Gloss, confirmed by a second pair of runs. */
  glossInducedPageErrors: string[];
  crashedOnlyWithGloss: boolean;
  pageOwnErrors: string[];
  pageOwnConsoleErrors: number;
}

async function runBrowser(all: SavedPage[], explainFound: Map<string, boolean | undefined>) {
  // Readability's expected outputs (script-free extracts of source pages already in the pool) are
  // explained above; in the browser they are loaded only with --all.
  const pages = opts.all
    ? all
    : samplePages(
        all.filter((p) => !p.group.endsWith('/expected')),
        SAMPLE,
      );
  if (!opts['no-build']) {
    progress('building dist/chrome (npm run build)…');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) {
      console.error('build failed');
      process.exit(1);
    }
  }
  ensureChromium();
  const server = await startPageServer(pages);
  const withGloss = (await launchWithExtension({ args: OFFLINE_ARGS })) as { ctx: BrowserContext; sw: Worker };
  const swErrors: string[] = [];
  withGloss.sw.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || m.text().includes('[gloss]')) swErrors.push(`${m.type()}: ${m.text()}`);
  });
  // The content script leaves its timings as a performance mark when this flag is set (bench:browser's).
  await withGloss.sw.evaluate('chrome.storage.local.set({ glossBench: true })');
  const plain: Browser = await chromium.launch({ executablePath: CHROMIUM as string, headless: true, args: OFFLINE_ARGS });
  const without = await plain.newContext({ viewport: { width: 1360, height: 900 } });
  await offline(withGloss.ctx, server.origin);
  await offline(without, server.origin);

  const results: BrowserPageResult[] = [];
  const started = Date.now();
  for (const [i, p] of pages.entries()) {
    const url = server.url(p);
    const swBefore = swErrors.length;
    const on = await runWithGloss(withGloss.ctx, withGloss.sw, url);
    // The baseline is needed only to place errors raised in the page's own world.
    const needBaseline = on.obs.page.length > 0 || on.obs.crashed;
    const off = needBaseline ? await runWithout(without, url, on.observedMs, on.obs.page) : null;
    baselines += off ? 1 : 0;
    const seenOff = new Set(off?.page ?? []);
    let onlyWith = [...new Set(on.obs.page.filter((e) => !seenOff.has(e)))];
    let crashedOnlyWithGloss = on.obs.crashed && !off?.crashed;
    if (onlyWith.length || crashedOnlyWithGloss) {
      // Page scripts are not always deterministic: check again before blaming Gloss.
      baselines++;
      const off2 = await runWithout(without, url, on.observedMs + 2000, onlyWith);
      const on2 = await runWithGloss(withGloss.ctx, withGloss.sw, url);
      const again = new Set(on2.obs.page);
      const off2Seen = new Set(off2.page);
      onlyWith = onlyWith.filter((e) => again.has(e) && !off2Seen.has(e));
      crashedOnlyWithGloss &&= on2.obs.crashed && !off2.crashed;
      on.obs.gloss.push(...on2.obs.gloss.filter((g) => !on.obs.gloss.includes(g)));
    }
    const onlySet = new Set(onlyWith);
    const r: BrowserPageResult = {
      page: p.name,
      group: p.group,
      found: on.found,
      explainFound: explainFound.get(p.name),
      marks: on.marks,
      ui: on.ui,
      settleMs: on.settleMs,
      glossMs: on.glossMs,
      timedOut: on.timedOut && on.found !== false,
      loadFailed: on.loadFailed,
      navigatedAway: on.navigatedAway,
      pageErrorEvents: on.obs.pageErrorEvents,
      glossErrors: [...on.obs.gloss, ...swErrors.slice(swBefore).map((e) => `service worker ${e}`)],
      glossInducedPageErrors: onlyWith,
      crashedOnlyWithGloss,
      pageOwnErrors: [...new Set(on.obs.page.filter((e) => !onlySet.has(e)))],
      pageOwnConsoleErrors: on.obs.pageConsoleErrors.length,
    };
    results.push(r);
    if (!opts.json) {
      const bad = r.glossErrors.length + r.glossInducedPageErrors.length + (r.timedOut ? 1 : 0) + (crashedOnlyWithGloss ? 1 : 0);
      const line = `  browser ${String(i + 1).padStart(3)}/${pages.length} ${bad ? 'FAIL' : 'ok  '} ${r.page}: ${
        r.found === true
          ? `${r.marks} marks, ${r.ui}, ${r.settleMs?.toFixed(0)} ms`
          : r.found === false
            ? 'found: false'
            : r.navigatedAway
              ? 'sent itself away'
              : 'did not settle'
      }; page errors ${r.pageOwnErrors.length}`;
      if (opts.verbose || bad) progress(line);
      else if ((i + 1) % 10 === 0) progress(`  browser: ${i + 1}/${pages.length}`);
    }
  }
  await withGloss.ctx.close();
  await plain.close();
  await server.close();

  const settled = results.filter((r) => r.settleMs !== null);
  return {
    pages: results.length,
    sample: opts.all ? 'all' : SAMPLE,
    byCorpus: [...new Set(pages.map((p) => p.group))].map((g) => ({
      corpus: g,
      pages: pages.filter((p) => p.group === g).length,
    })),
    glossRan: results.filter((r) => r.found === true).length,
    foundFalse: results.filter((r) => r.found === false).length,
    timedOut: results.filter((r) => r.timedOut).map((r) => r.page),
    marks: stats(results.filter((r) => r.found).map((r) => r.marks)),
    glossErrors: results.flatMap((r) => r.glossErrors.map((error) => ({ page: r.page, error }))),
    glossInducedPageErrors: results.flatMap((r) => r.glossInducedPageErrors.map((error) => ({ page: r.page, error }))),
    crashesOnlyWithGloss: results.filter((r) => r.crashedOnlyWithGloss).map((r) => r.page),
    pageErrorEvents: results.reduce((n, r) => n + r.pageErrorEvents, 0),
    pageOwnErrors: results.reduce((n, r) => n + r.pageOwnErrors.length, 0),
    pagesWithOwnErrors: results.filter((r) => r.pageOwnErrors.length).length,
    pageOwnConsoleErrors: results.reduce((n, r) => n + r.pageOwnConsoleErrors, 0),
    blockedRequests,
    baselineRuns: baselines,
    loadFailures: results.filter((r) => r.loadFailed).map((r) => ({ page: r.page, error: r.loadFailed })),
    navigatedAway: results.filter((r) => r.navigatedAway).map((r) => ({ page: r.page, to: r.navigatedAway })),
    foundDisagreesWithExplain: results
      .filter((r) => r.found !== null && r.explainFound !== undefined && r.found !== r.explainFound)
      .map((r) => ({ page: r.page, browser: r.found, explain: r.explainFound })),
    settle: stats(settled.map((r) => r.settleMs!)),
    glossTime: stats(settled.filter((r) => r.glossMs !== null).map((r) => r.glossMs!)),
    slowest: [...settled]
      .sort((a, b) => b.settleMs! - a.settleMs!)
      .slice(0, 5)
      .map((r) => ({ page: r.page, ms: round(r.settleMs!) })),
    wallSeconds: Math.round((Date.now() - started) / 1000),
    perPage: opts.verbose ? results : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Run and report

const pages = savedPages();
if (pages.length === 0) {
  console.error(`no saved HTML pages under ${SHARED}/corpora or ${SHARED}/fixtures`);
  process.exit(2);
}
progress(`explain: ${pages.length} pages`);
const explainStarted = Date.now();
const { foundByPage, ...explain } = runExplain(pages);
const explainSeconds = Math.round((Date.now() - explainStarted) / 1000);
const browser = opts['no-browser'] ? null : await runBrowser(pages, foundByPage);

const failed =
  explain.crashes.length > 0 ||
  explain.invalid.length > 0 ||
  (browser !== null &&
    (browser.glossErrors.length > 0 ||
      browser.glossInducedPageErrors.length > 0 ||
      browser.crashesOnlyWithGloss.length > 0 ||
      browser.timedOut.length > 0));

if (opts.json) {
  console.log(JSON.stringify({ ok: !failed, explain: { ...explain, wallSeconds: explainSeconds }, browser }));
} else {
  const e = explain;
  const out: string[] = [];
  out.push(
    '',
    `Robustness run: ${failed ? 'FAILED' : 'passed'}`,
    '',
    `explain (in-process, JSDOM), ${e.pages} pages in ${explainSeconds} s`,
  );
  out.push(`  knowledge base load + index: ${e.kbLoadMs} ms (once)`);
  out.push(
    `  crashes: ${e.crashes.length}   contract violations: ${e.invalid.length}   found: ${e.found}/${e.pages}   mentions: ${e.mentions}`,
  );
  out.push(`  time per page (parse + pipeline + JSON): ${fmtStats(e.time)}`);
  out.push(
    `    of which JSDOM parse median ${e.parts.parse.median} / p95 ${e.parts.parse.p95}, detect + text ${e.parts.detect.median} / ${e.parts.detect.p95}, recognise ${e.parts.recognise.median} / ${e.parts.recognise.p95} ms`,
  );
  out.push(
    '',
    '  | corpus | pages | crashes | found | median ms | p95 ms | max ms |',
    '  | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const c of e.byCorpus)
    out.push(`  | ${c.corpus} | ${c.pages} | ${c.crashes} | ${c.found} | ${c.time.median} | ${c.time.p95} | ${c.time.max} |`);
  out.push(
    '',
    '  slowest (parse / detect + text / recognise):',
    ...e.slowest.map((s) => `    ${String(s.ms).padStart(8)} ms  ${s.page}  (${s.parse} / ${s.detect} / ${s.recognise})`),
  );
  for (const c of e.crashes) out.push(`  CRASH ${c.page}: ${c.error}\n${c.stack.split('\n').slice(1, 8).join('\n')}`);
  for (const v of e.invalid) out.push(`  CONTRACT ${v.page}: ${v.problems.join('; ')}`);
  if (browser) {
    const b = browser;
    out.push(
      '',
      `browser (Chromium + dist/chrome), ${b.pages} pages (${b.sample === 'all' || b.pages < Number(b.sample) ? 'all' : 'sample'}: ${b.byCorpus
        .map((c) => `${c.corpus} ${c.pages}`)
        .join(', ')}) in ${b.wallSeconds} s`,
    );
    out.push(
      `  Gloss ran (marks + panel): ${b.glossRan}   found: false: ${b.foundFalse}   did not settle: ${b.timedOut.length}   marks per page: median ${b.marks.median}, max ${b.marks.max}`,
    );
    out.push(
      `  Gloss errors: ${b.glossErrors.length}   page errors caused by Gloss: ${b.glossInducedPageErrors.length}   renderer crashes only with Gloss: ${b.crashesOnlyWithGloss.length}`,
    );
    out.push(
      `  page-own errors (distinct per page): ${b.pageOwnErrors} on ${b.pagesWithOwnErrors} pages (pageerror events: ${b.pageErrorEvents})   page-own console errors: ${b.pageOwnConsoleErrors}   blocked requests: ${b.blockedRequests}   baseline runs without Gloss: ${b.baselineRuns}`,
    );
    out.push(`  time to settle (navigation start -> marks and panel painted): ${fmtStats(b.settle)}`);
    out.push(`  of which Gloss (content-script start -> painted): ${fmtStats(b.glossTime)}`);
    if (b.slowest.length) out.push('  slowest:', ...b.slowest.map((s) => `    ${String(s.ms).padStart(8)} ms  ${s.page}`));
    if (b.foundDisagreesWithExplain.length)
      out.push(
        `  found differs from explain: ${b.foundDisagreesWithExplain.map((d) => `${d.page} (browser ${d.browser}, explain ${d.explain})`).join(', ')}`,
      );
    for (const n of b.navigatedAway) out.push(`  page sent itself away before Gloss settled (not counted): ${n.page} -> ${n.to}`);
    for (const l of b.loadFailures) out.push(`  load did not finish: ${l.page}: ${l.error}`);
    for (const t of b.timedOut) out.push(`  DID NOT SETTLE ${t}`);
    for (const g of b.glossErrors) out.push(`  GLOSS ERROR ${g.page}: ${g.error}`);
    for (const g of b.glossInducedPageErrors) out.push(`  PAGE ERROR ONLY WITH GLOSS ${g.page}: ${g.error}`);
    for (const c of b.crashesOnlyWithGloss) out.push(`  RENDERER CRASH ONLY WITH GLOSS ${c}`);
  }
  console.log(out.join('\n'));
}
process.exit(failed ? 1 : 0);
