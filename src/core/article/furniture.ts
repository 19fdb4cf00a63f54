/**
 * Page furniture that sits inside an article's root element but is not its prose: bylines and
 * datelines, share bars, newsletter boxes, related links, comments, ads, captions and credits,
 * and things the reader cannot see.
 *
 * Captions are left out on purpose: they describe a picture the reader sees next to them, they
 * often repeat the body's names, they carry photo credits, and the human-checked reference
 * (the article-extraction benchmark's `articleBody`) leaves them out. Readability keeps them, so
 * Gloss scores a little lower against Readability's own expected output on pages with many photos.
 *
 * Pull quotes are left out too (`pullquote`, `pull-quote`, `<aside>`): they repeat a sentence of
 * the body in large type, so marking them would mark the same mention twice, and references leave
 * them out. A `<blockquote>` in the running text is a real quotation and stays.
 */

const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'MENU', 'DIALOG', 'H1']);

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert']);

/** Class or id words that mark furniture. Matched against whole words of class/id. */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:byline|bylines|dateline|meta|metadata|author|authors|share|sharing|social|related|recommended|newsletter|subscribe|subscription|promo|advert|advertisement|ad|ads|sponsor|sponsored|comment|comments|reactions|caption|credit|credits|tags|breadcrumb|breadcrumbs|toolbar|cookie|consent|readmore|read-more|more-on|teaser|outbrain|taboola|pullquote|pull-quote|gallery-overlay)(?:$|[\s_-])/i;

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

export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && INVISIBLE_STYLE.test(style)) return true;
  for (const c of Array.from(el.classList)) if (INVISIBLE_CLASSES.has(c.toLowerCase())) return true;
  if (INLINE.has(tag) && el.parentElement?.closest('p')) return false;
  // Containers of the article itself: their class names describe the post ("author-jane", "tag-nato").
  if (CONTAINERS.has(tag)) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.replace(NEGATED, ' x');
  if (words.trim() !== '' && FURNITURE_WORDS.test(words)) return true;
  // A short block that is mostly links: a list of other stories, tags or sections.
  if (LINK_LIST_TAGS.has(tag) && el.querySelector('a') && (el.textContent ?? '').length < 3000) return linkDensity(el) > 0.5;
  return false;
}
