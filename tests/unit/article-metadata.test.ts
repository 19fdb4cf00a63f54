import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/article/detect';
import { languageFromText } from '../../src/core/article/language-guess';
import { normaliseLang, readMetadata } from '../../src/core/article/metadata';
import { publicationDate } from '../../src/core/article/published-date';
import { domFrom } from './helpers';

const prose = (s: string) => `<article>${`<p>${s}</p>`.repeat(8)}</article>`;
const NL = 'De regering wil dat de NAVO meer doet voor de veiligheid van de oostelijke lidstaten, zei de minister gisteren.';
const EN = 'The government wants the alliance to do more for the security of its eastern members, the minister said yesterday.';
const FR =
  "Le gouvernement veut que l'alliance en fasse davantage pour la sécurité de ses membres de l'Est, a déclaré le ministre.";
const DE =
  'Die Regierung will, dass das Bündnis mehr für die Sicherheit seiner östlichen Mitglieder tut, sagte der Minister gestern.';

describe('page metadata', () => {
  it('reads JSON-LD wrapped in CDATA, and Article subtypes', () => {
    const ld = (o: object) => `<script type="application/ld+json">\n<![CDATA[\n${JSON.stringify(o)}\n]]>\n</script>`;
    const md = readMetadata(domFrom(`<html><head>${ld({ '@type': 'TechArticle', datePublished: '2020-09-21' })}</head></html>`));
    expect(md.declaresArticle).toBe(true);
    expect(md.published).toBe('2020-09-21');
    expect(readMetadata(domFrom(`<head>${ld({ '@type': 'SocialMediaPosting' })}</head>`)).declaresArticle).toBe(true);
  });

  it('reads og:type in any case and microdata article types', () => {
    expect(readMetadata(domFrom('<head><meta property="og:type" content="Article"></head>')).declaresArticle).toBe(true);
    const micro = '<body><div itemscope itemtype="https://schema.org/NewsArticle"></div></body>';
    expect(readMetadata(domFrom(micro)).declaresArticle).toBe(true);
    expect(readMetadata(domFrom('<head><meta property="og:type" content="website"></head>')).declaresArticle).toBe(false);
  });

  it('reads the date from more meta tags, and leaves it null when there is none', () => {
    const md = readMetadata(domFrom('<head><meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z"></head>'));
    expect(md.published).toBe('2024-04-20T04:20:00.000Z');
    expect(detectArticle(domFrom(`<html><body>${prose(EN)}</body></html>`)).published).toBeNull();
  });

  it('skips a placeholder date for the next source, and reads dates written for people', () => {
    const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...o })}</script>`;
    // Gannett's unfilled JSON-LD, then the byline a reader sees.
    const gannett = `<head>${ld({ datePublished: '0001-01-01T00:00:00Z' })}</head><body><div class="publish-date">Published 11:34 PM EST Nov 19, 2019</div></body>`;
    expect(readMetadata(domFrom(gannett))).toMatchObject({ published: '2019-11-19', publishedSource: 'byline' });
    expect(readMetadata(domFrom(`<head>${ld({ datePublished: '19 Nov 2019 07:09 GMT' })}</head>`)).published).toBe('2019-11-19');
    const time = '<body><article><time class="pub-date" itemprop="published">November 18, 2019</time></article></body>';
    expect(readMetadata(domFrom(time))).toMatchObject({ published: '2019-11-18', publishedSource: 'time' });
    expect(readMetadata(domFrom(`<head>${ld({ datePublished: '0001-01-01T00:00:00Z' })}</head>`)).published).toBeNull();
    // Wikipedia's infobox marks a firm's founding date "published": that is no byline.
    const infobox =
      '<body><table class="infobox"><td><span class="bday dtstart published updated">1998-02-28</span></td></table></body>';
    expect(readMetadata(domFrom(infobox)).published).toBeNull();
  });

  it('reads dates in Dutch, French and German, and keeps an ISO date as written', () => {
    expect(publicationDate('6 april 2022')).toBe('2022-04-06');
    expect(publicationDate('1er mars 2022, 08:15')).toBe('2022-03-01');
    expect(publicationDate('19. Dezember 2023')).toBe('2023-12-19');
    expect(publicationDate('17 févr. 2024')).toBe('2024-02-17');
    expect(publicationDate('Tue, 19 Nov 2019 07:09:00 GMT')).toBe('2019-11-19');
    expect(publicationDate('2019/11/19')).toBe('2019-11-19');
    expect(publicationDate('2022-04-06T03:00:00+02:00')).toBe('2022-04-06T03:00:00+02:00');
    for (const bad of ['0001-01-01T00:00:00Z', '2022-13-01', 'yesterday', '31 Foo 2020', ''])
      expect(publicationDate(bad)).toBeNull();
  });

  it('takes articleBody from any article object on the page', () => {
    const ld = JSON.stringify([
      { '@type': 'NewsArticle', headline: 'x' },
      { '@type': 'Article', articleBody: 'Tekst.' },
    ]);
    expect(readMetadata(domFrom(`<head><script type="application/ld+json">${ld}</script></head>`)).articleBody).toBe('Tekst.');
  });
});

describe('language', () => {
  it('normalises codes and drops undetermined ones', () => {
    expect(normaliseLang('nl-BE')).toBe('nl');
    expect(normaliseLang('en_US')).toBe('en');
    expect(normaliseLang('und')).toBeNull();
    expect(normaliseLang('x-default')).toBeNull();
  });

  it('prefers the lang nearest the article, then <html lang>, og:locale and Content-Language', () => {
    const lang = (html: string) => detectArticle(domFrom(html)).lang;
    expect(lang(`<html lang="en"><body><div lang="nl">${prose(NL)}</div></body></html>`)).toBe('nl');
    expect(lang(`<html lang="fr-BE"><body>${prose(NL)}</body></html>`)).toBe('fr');
    expect(lang(`<html><head><meta property="og:locale" content="de_DE"></head><body>${prose(EN)}</body></html>`)).toBe('de');
    const cl = '<meta http-equiv="Content-Language" content="nl, en">';
    expect(lang(`<html><head>${cl}</head><body>${prose(EN)}</body></html>`)).toBe('nl');
  });

  it('guesses the language from the text when the page declares none', () => {
    const lang = (s: string) => detectArticle(domFrom(`<html><body>${prose(s)}</body></html>`)).lang;
    expect(lang(NL)).toBe('nl');
    expect(lang(EN)).toBe('en');
    expect(lang(FR)).toBe('fr');
    expect(lang(DE)).toBe('de');
    expect(languageFromText('NAVO')).toBeNull();
  });
});
