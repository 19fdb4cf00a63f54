import { describe, expect, it } from 'vitest';
import { detectArticleWith, NEEDS_HEAVY } from '../../src/core/article/detect-core';
import { domFrom } from './helpers';

const para = 'Ministers of the alliance met in Brussels to discuss air defence and the supply of ammunition. ';

describe('quick detection (the content script, without Readability loaded)', () => {
  it('settles a bare <article> with plenty of text and no metadata, without asking Readability', () => {
    // Found by `npm run eval:robustness`: this shape used to throw in the quick pass, so Gloss did nothing.
    const doc = domFrom(
      `<!doctype html><html lang="en"><body><nav>Home</nav><article><h1>Title</h1>${`<p>${para.repeat(3)}</p>`.repeat(5)}</article></body></html>`,
    );
    const quick = detectArticleWith(doc, 'https://blog.example/post', null);
    expect(quick).not.toBe(NEEDS_HEAVY);
    expect(quick !== NEEDS_HEAVY && quick.found).toBe(true);
  });
  it('leaves a short undeclared page to the heavy detectors', () => {
    const doc = domFrom(`<!doctype html><html lang="en"><body><article><p>${para.repeat(4)}</p></article></body></html>`);
    expect(detectArticleWith(doc, 'https://blog.example/post', null)).toBe(NEEDS_HEAVY);
  });
});
