// The 1 MB test page of `bench:browser` and `trace-tasks`: 20,000 elements, ~1 MB of article
// prose with names to mark, generated the same every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A big page: 20,000 elements, ~1 MB of article prose with names to mark.
export function bigPage() {
  const names = [
    'Jens Stoltenberg',
    'Vladimir Poetin',
    'Volodymyr Zelensky',
    'de NAVO',
    'Joe Biden',
    'Srebrenica',
    'Boetsja',
    'Emmanuel Macron',
  ];
  const words = 'de het een oorlog land regering steun wapens sancties overleg minister leger front stad burgers hulp plan'.split(
    ' ',
  );
  let seed = 1;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const paras = [];
  let size = 0;
  while (size < 1_000_000 || paras.length < 6000) {
    const sentence = Array.from({ length: 24 }, (_, i) => (i === 7 ? names[rnd(names.length)] : words[rnd(words.length)])).join(
      ' ',
    );
    const p = `<p>${sentence}. <span>${sentence}</span>. <em>${words[rnd(words.length)]}</em></p>`;
    paras.push(p);
    size += sentence.length * 2;
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Groot artikel</title><meta property="og:type" content="article"></head><body><main><article><h1>Groot artikel</h1>${paras.join('\n')}</article></main></body></html>`;
}

/** Writes the page where the test server serves it (`/fixtures/generated/big-article.html`). */
export function writeBigPage() {
  mkdirSync(resolve('tests/fixtures/generated'), { recursive: true });
  writeFileSync(resolve('tests/fixtures/generated/big-article.html'), bigPage());
}
