import { describe, expect, it } from 'vitest';
import { detectArticleSteps, type DetectedArticle } from '../../src/core/article/detect-core';
import { articleText, detectArticle } from '../../src/core/article/detect';
import { HEAVY } from '../../src/core/article/heavy';
import { watchChanges } from '../../src/core/change-log';
import { runSteps, runStepsSliced, slicer, type Slicer } from '../../src/core/steps';
import { collectText, collectTextSteps } from '../../src/core/text/text-model';
import { domFrom, miniRecogniser, seedDocument } from './helpers';

/** A slicer whose clock runs 1 ms per reading: with budget 0 it pauses at every pause point. */
function eager(budgetMs = 0): Slicer & { paused: number } {
  let t = 0;
  const s = slicer(
    () => t++,
    async () => {
      s.paused++;
    },
    budgetMs,
  ) as Slicer & { paused: number };
  s.paused = 0;
  return s;
}

function bigDocument(paragraphs: number): Document {
  const p = (i: number) =>
    `<p>Alinea ${i}: Jens Stoltenberg sprak in Brussel met <b>de NAVO</b>-ministers over Oekraïne en de steun van de bondgenoten.</p>`;
  return domFrom(
    `<html lang="nl"><head><meta property="og:type" content="article"><title>Groot</title></head><body><nav><a href="/">Home</a></nav><main><article><h1>Kop</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('')}</article></main></body></html>`,
  );
}

const sameArticle = (a: DetectedArticle, b: DetectedArticle) => {
  expect(a.root).toBe(b.root);
  expect([a.found, a.method, a.reason, a.lang, a.title, a.published]).toEqual([
    b.found,
    b.method,
    b.reason,
    b.lang,
    b.title,
    b.published,
  ]);
  expect(a.model?.text).toBe(articleText(b).text);
};

describe('work in slices', () => {
  it('collects the same text in slices as in one go', async () => {
    const doc = bigDocument(1500);
    const s = eager();
    const sliced = await runStepsSliced(collectTextSteps([doc.body]), s);
    const whole = collectText([doc.body]);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments).toEqual(whole.segments);
    expect(sliced.blocks).toEqual(whole.blocks);
    expect(s.paused).toBeGreaterThan(5);
  }, 60_000);

  it('detects the same article in slices as in one go (markup, JSON-LD and Readability pages)', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: bigDocument(40).querySelector('article')!.textContent });
    const pages = [
      seedDocument,
      () => bigDocument(800),
      () => {
        const d = bigDocument(40);
        d.head.insertAdjacentHTML('beforeend', `<script type="application/ld+json">${ld}</script>`);
        return d;
      },
      () =>
        domFrom(
          `<html lang="nl"><body><div><div class="story">${bigDocument(30).querySelector('article')!.innerHTML}</div></div></body></html>`,
        ),
    ];
    const methods: (string | null)[] = [];
    for (const page of pages) {
      const doc = page();
      const s = eager();
      const sliced = (await runStepsSliced(detectArticleSteps(doc, 'http://localhost/', HEAVY), s)) as DetectedArticle;
      sameArticle(sliced, detectArticle(doc, 'http://localhost/'));
      expect(runSteps(detectArticleSteps(doc, 'http://localhost/', HEAVY))).toMatchObject({ reason: sliced.reason });
      methods.push(sliced.method);
    }
    expect(methods).toEqual(['rules', 'rules', 'json-ld', 'readability']);
  }, 60_000);
});

describe('preparing the recogniser in slices', () => {
  it('pauses between its parts and recognises as the unsliced one does', async () => {
    const doc = seedDocument();
    const text = articleText(detectArticle(doc)).text;
    const plain = miniRecogniser();
    plain.prepare('nl');
    const sliced = miniRecogniser();
    const s = eager();
    await runStepsSliced(sliced.prepareSteps('nl'), s);
    expect(s.paused).toBeGreaterThanOrEqual(2);
    const options = { lang: 'nl', date: '2024-06-01' };
    expect(sliced.recognise(text, options)).toEqual(plain.recognise(text, options));
  });
});

describe('changes while the work is paused', () => {
  it('notices a change inside the article, not one outside it', () => {
    const doc = bigDocument(5);
    const root = doc.querySelector('article')!;
    const log = watchChanges(doc);
    doc.querySelector('nav a')!.textContent = 'Start';
    expect(log.changed(root)).toBe(false);
    root.querySelector('p b')!.firstChild!.textContent = 'het bondgenootschap';
    expect(log.changed(root)).toBe(true);
    log.stop();
  });

  it('notices the article leaving the page', () => {
    const doc = bigDocument(5);
    const root = doc.querySelector('article')!;
    const log = watchChanges(doc);
    root.remove();
    expect(log.changed(root)).toBe(true);
    log.stop();
  });
});
