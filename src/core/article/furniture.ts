/**
 * Page furniture that sits inside an article's root element but is not its prose: bylines and
 * datelines, share and like bars, login prompts, newsletter boxes, related links, comments, ads,
 * captions and credits, tables of contents, the headline, and things the reader cannot see.
 *
 * Decisions a reader may question (measured in docs/quality.md, "Article detection"):
 * - Captions stay out. They would let Gloss mark the people in a photo, but on news pages they
 *   mostly repeat the body's names, carry photo credits, and come in copies (galleries repeat
 *   each caption per slide). The human-checked reference leaves them out: taking them in (without
 *   their credits and copies) made 27 of its 87 pages worse and none better. Readability keeps
 *   them, so Gloss scores lower against Readability's own output on pages with many photos.
 * - Pull quotes stay out (`pullquote`, `pull-quote`, `<aside>`): they repeat a sentence of the
 *   body in large type, so marking them would mark the same mention twice. A `<blockquote>` in
 *   the running text is a real quotation and stays.
 * - Only the headline is left out of the headings: the page's first `<h1>`, or an `<h1>`/`<h2>`
 *   that repeats the page's title (the panel shows the title already). Other `<h1>`s are section
 *   headings of pages that use `<h1>` for every section, and stay.
 * - A block that is mostly links is left out when its links go to the site's own pages (related
 *   stories, most read, sections, tags, in-page contents) and kept when they lead to other sites:
 *   a blog post's list of bug reports, sources or apps is what the author points the reader to.
 */

const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'MENU', 'DIALOG']);

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert']);

/** Class or id words that mark furniture. Matched against whole words of class/id. */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:byline|bylines|dateline|meta|metadata|author|authors|share|sharing|social|related|recommended|newsletter|subscribe|subscription|promo|advert|advertisement|ad|ads|sponsor|sponsored|comment|comments|reactions|caption|credit|credits|copyright|tags|breadcrumb|breadcrumbs|toolbar|cookie|consent|readmore|read-more|more-on|teaser|outbrain|taboola|pullquote|pull-quote|gallery-overlay|login|like|likes|toc)(?:$|[\s_-])/i;

/** Class words that negate the word after them ("no_caption", "has-comments"): not furniture. */
const NEGATED = /(?:^|\s)(?:no|has|with|without)[_-]/gi;

/** Elements that only ever hold phrasing: inside a paragraph their class never makes them furniture. */
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'I', 'EM', 'U', 'SMALL', 'MARK', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'TIME']);

/** Whole class names that hide an element from sight (a word inside "field-label-hidden" does not). */
const INVISIBLE_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'd-none',
]);

const INVISIBLE_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Share of an element's text that sits in links. */
export function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

const CONTAINERS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** Blocks that may be lists of links (related stories, most read, tag clouds). */
const LINK_LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'TABLE', 'DL']);

/** Word sets of the page's titles (`<title>`, og:title), per document, renewed when `<title>` changes. */
const titles = new WeakMap<Document, { title: string; words: Set<string>[] }>();

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function titleWords(doc: Document): Set<string>[] {
  const cached = titles.get(doc);
  if (cached && cached.title === doc.title) return cached.words;
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content') ?? '';
  const words = [doc.title, og].map(wordSet).filter((w) => w.size > 0);
  titles.set(doc, { title: doc.title, words });
  return words;
}

/** True when most of the heading's words are in one of the page's titles (Readability's test too). */
function repeatsTitle(el: Element): boolean {
  const heading = wordSet(el.textContent ?? '');
  if (heading.size === 0) return false;
  return titleWords(el.ownerDocument).some((title) => {
    let shared = 0;
    for (const w of heading) if (title.has(w)) shared++;
    return shared / heading.size >= 0.75;
  });
}

/** The headline: the page's first `<h1>`, or an `<h1>`/`<h2>` that repeats the page's title. */
function isHeadline(el: Element, tag: string): boolean {
  if (tag === 'H1' && el.ownerDocument.querySelector('h1') === el) return true;
  return (tag === 'H1' || tag === 'H2') && repeatsTitle(el);
}

const hostOf = (href: string, base: string) => {
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

/** Least links in a block of outbound links kept as content: one link is a badge or an embed, not a list. */
const MIN_LINKS = 2;

/** Least mean words per link for a block of outbound links to read as content (not "Twitter Facebook"). */
const MIN_LINK_WORDS = 2;

/**
 * A block of several links that mostly lead to other sites, with link texts longer than a button's:
 * what a post points its reader to (sources, bug reports, apps), not the site's own related stories
 * or a single badge (a social-network page embed, a sister site's "explore further" link).
 * Share links (which carry the page's own address) count as the site's own.
 */
function linksLeadElsewhere(el: Element): boolean {
  const doc = el.ownerDocument;
  const base = doc.baseURI;
  const own = ownHosts(doc);
  if (own.size === 0) return false;
  const page = doc.URL.replace(/[?#].*$/, '');
  let outbound = 0;
  let linked = 0;
  let words = 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const text = (a.textContent ?? '').trim();
    if (!text) continue;
    links++;
    linked += text.length;
    words += wordSet(text).size;
    const href = a.getAttribute('href') ?? '';
    const host = hostOf(href, base);
    const share = href.includes(page) || href.includes(encodeURIComponent(page));
    if (host && !own.has(host) && !share) outbound += text.length;
  }
  return links >= MIN_LINKS && outbound / linked > 0.5 && words / links >= MIN_LINK_WORDS;
}

/**
 * The site's own hosts: the page's, and the publisher's from its canonical address and og:url
 * (a page read through a mirror, cache or archive links to the publisher's host).
 */
function ownHosts(doc: Document): Set<string> {
  const hosts = new Set<string>();
  for (const href of [
    doc.URL,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]) {
    const host = href ? hostOf(href, doc.baseURI) : null;
    if (host) hosts.add(host);
  }
  return hosts;
}

/** A text that is one web address and nothing else. */
const ONLY_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && INVISIBLE_STYLE.test(style)) return true;
  for (const c of Array.from(el.classList)) if (INVISIBLE_CLASSES.has(c.toLowerCase())) return true;
  if (/^H[12]$/.test(tag) && isHeadline(el, tag)) return true;
  if (INLINE.has(tag) && el.parentElement?.closest('p')) return false;
  // Nothing but a web address: the page's own URL printed above the story, a share line. (Checked
  // on one text child only, so it costs nothing on the other elements.)
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3 && ONLY_ADDRESS.test(only.nodeValue ?? '')) return true;
  // Containers of the article itself: their class names describe the post ("author-jane", "tag-nato").
  if (CONTAINERS.has(tag)) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.replace(NEGATED, ' x');
  if (words.trim() !== '' && FURNITURE_WORDS.test(words)) return true;
  // A short block that is mostly links: a list of other stories, tags or sections, unless it
  // points the reader to other sites.
  if (LINK_LIST_TAGS.has(tag) && el.querySelector('a') && (el.textContent ?? '').length < 3000)
    return linkDensity(el) > 0.5 && !linksLeadElsewhere(el);
  return false;
}
