/**
 * Which entities are mentioned in the paragraphs on screen, so the panel can emphasise them as
 * the reader scrolls. One IntersectionObserver over the blocks that hold marks.
 */
import type { Mention } from '../core/recognise/mention';

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, td, figcaption, div';

export function watchInView(
  blocksOf: (m: Mention) => Element | null,
  mentions: Mention[],
  onChange: (ids: Set<string>) => void,
  signal: AbortSignal,
): void {
  const byBlock = new Map<Element, Set<string>>();
  for (const m of mentions) {
    const block = blocksOf(m)?.closest(BLOCK);
    if (block && m.entityId) byBlock.set(block, (byBlock.get(block) ?? new Set()).add(m.entityId));
  }
  if (byBlock.size === 0 || typeof IntersectionObserver === 'undefined') return;
  const visible = new Set<Element>();
  const observer = new IntersectionObserver((records) => {
    for (const r of records) {
      if (r.isIntersecting) visible.add(r.target);
      else visible.delete(r.target);
    }
    onChange(new Set([...visible].flatMap((b) => [...(byBlock.get(b) ?? [])])));
  });
  for (const block of byBlock.keys()) observer.observe(block);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
