/**
 * Page furniture that sits inside an article's root element but is not its prose: bylines and
 * datelines, share bars, newsletter boxes, related links, comments, ads, captions and credits.
 *
 * Captions are left out on purpose: they describe a picture the reader sees next to them, they
 * often repeat the body's names, and reference extractions (Readability, article-extraction
 * benchmarks) leave them out too.
 */

const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGCAPTION', 'MENU', 'DIALOG']);

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert']);

/** Class or id words that mark furniture. Matched against whole words of class/id. */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:byline|bylines|dateline|meta|metadata|author|authors|share|sharing|social|related|recommended|newsletter|subscribe|subscription|promo|advert|advertisement|ad|ads|sponsor|sponsored|comment|comments|reactions|caption|credit|credits|tags|breadcrumb|breadcrumbs|toolbar|cookie|consent|readmore|read-more|more-on|teaser|outbrain|taboola)(?:$|[\s_-])/i;

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return words.trim() !== '' && FURNITURE_WORDS.test(words);
}
