/**
 * Watches for page changes that matter to Gloss: prose added to or removed from the article (lazy
 * loading, "read more" expanders, consent walls lifting), a page that only becomes an article later,
 * and single-page navigation (the URL changes without a reload). It calls `onChange` once the page
 * has settled, ignores changes outside the article (tickers, ads) and backs off on pages that keep
 * changing their article, so Gloss stays idle there instead of rescanning forever.
 */

export type ChangeReason = 'content' | 'navigation';

export interface PageChangeOptions {
  /** The current article root, or null when no article was found (yet). */
  root: () => Element | null;
  onChange: (reason: ChangeReason) => void;
  signal: AbortSignal;
  /** Quiet time before a change counts as settled. */
  settleMs?: number;
}

const OUR_ELEMENTS = new Set(['GLOSS-ROOT', 'GLOSS-MARK', 'GLOSS-ANNOUNCER']);
/** Text a page must add before it may have become an article. */
const MIN_NEW_TEXT = 200;
/** At most this many rescans per window; then Gloss stops following the page's changes. */
const MAX_RESCANS = 6;
const WINDOW_MS = 60_000;

/**
 * What identifies the page: its URL without an in-page anchor. Following a link to "#footnote-3"
 * is not a new article; hash routes of single-page apps ("#/world/123", "#!/...") are.
 */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  return /^#[!/]/.test(href.slice(hash)) ? href : href.slice(0, hash);
}

export interface PageChangeWatcher {
  /** Ignore what happens until `resume` (Gloss's own marking and unmarking). */
  suspend(): void;
  resume(): void;
}

export function watchPageChanges(doc: Document, opts: PageChangeOptions): PageChangeWatcher {
  const win = doc.defaultView!;
  let url = pageKey(doc.location.href);
  let timer = 0;
  let pending: ChangeReason | null = null;
  let suspended = false;
  const fired: number[] = [];

  const fire = () => {
    const reason = pending;
    pending = null;
    if (!reason || opts.signal.aborted) return;
    const now = Date.now();
    while (fired.length && now - fired[0]! > WINDOW_MS) fired.shift();
    if (reason === 'content' && fired.length >= MAX_RESCANS) return; // a page that never settles
    fired.push(now);
    opts.onChange(reason);
  };
  const schedule = (reason: ChangeReason) => {
    pending = pending === 'navigation' ? pending : reason;
    win.clearTimeout(timer);
    timer = win.setTimeout(fire, opts.settleMs ?? 500);
  };
  const checkUrl = () => {
    const key = pageKey(doc.location.href);
    if (key === url) return false;
    url = key;
    schedule('navigation');
    return true;
  };

  const ours = (n: Node) =>
    OUR_ELEMENTS.has(n.nodeName) || (n as Element).id === 'gloss-host' || Boolean((n as Element).closest?.('#gloss-host'));
  const observer = new win.MutationObserver((records) => {
    if (suspended || checkUrl()) return;
    const root = opts.root();
    let added = 0;
    for (const r of records) {
      if (ours(r.target)) continue;
      if (root) {
        // Inside the article, or the article itself was taken out of the page.
        if (root.contains(r.target) || !root.isConnected) return schedule('content');
      } else for (const n of Array.from(r.addedNodes)) if (!ours(n)) added += (n.textContent ?? '').length;
    }
    if (added >= MIN_NEW_TEXT) schedule('content');
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  for (const type of ['popstate', 'hashchange'] as const) win.addEventListener(type, checkUrl, { signal: opts.signal });
  opts.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.clearTimeout(timer);
    },
    { once: true },
  );
  return {
    suspend: () => void (suspended = true),
    resume: () => {
      observer.takeRecords();
      suspended = false;
    },
  };
}
