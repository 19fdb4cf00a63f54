import { describe, expect, it } from 'vitest';
import { articleText, detectArticle } from '../../src/core/article/detect';
import { domFrom, seedDocument } from './helpers';

describe('detectArticle on the seed page', () => {
  const doc = seedDocument();
  const article = detectArticle(doc);
  const text = articleText(article).text;

  it('finds the <article>, its title, language and date', () => {
    expect(article.found).toBe(true);
    expect(article.root?.tagName).toBe('ARTICLE');
    expect(article.title).toBe('De Europese orde staat op het spel');
    expect(article.lang).toBe('nl');
    expect(article.published).toBe('2022-04-06T03:00:00+02:00');
  });

  it('takes the lead and body but no page furniture', () => {
    expect(text.startsWith('NAVO-chef Jens Stoltenberg waarschuwde')).toBe(true);
    expect(text).toContain('Zo blijft Poetin de motor achter westerse eensgezindheid.');
    for (const furniture of [
      'Binnenland',
      'Reacties',
      'Jan P.',
      'Marioepol',
      'Privacy',
      'Redactie Buitenland',
      'woensdag 6 april',
    ])
      expect(text).not.toContain(furniture);
  });
});

describe('detectArticle on pages that are not articles', () => {
  it('finds nothing on a listing of short teasers', () => {
    const teaser = (i: number) =>
      `<article><h2>Kop ${i}</h2><p>${'Korte samenvatting van een bericht. '.repeat(4)}</p></article>`;
    const doc = domFrom(`<html lang="nl"><body><main>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</main></body></html>`);
    expect(detectArticle(doc).found).toBe(false);
  });

  it('finds nothing on a page without prose', () => {
    expect(detectArticle(domFrom('<html><body><nav><a href="/">Home</a></nav><p>Kort.</p></body></html>')).found).toBe(false);
  });

  it('reads the date from the URL when the page gives none', () => {
    const doc = domFrom(
      `<html><body><article>${'<p>Tekst van een artikel met genoeg zinnen om te tellen.</p>'.repeat(12)}</article></body></html>`,
    );
    expect(detectArticle(doc, 'https://example.org/news/2023/05/17/kop').published).toBe('2023-05-17');
  });
});
