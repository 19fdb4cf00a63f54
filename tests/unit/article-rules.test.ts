import { describe, expect, it } from 'vitest';
import { articleText, detectArticle } from '../../src/core/article/detect';
import { isFurniture } from '../../src/core/article/furniture';
import { domFrom } from './helpers';

const para = (s: string, n = 6) => `<p>${`${s} `.repeat(n).trim()}</p>`;
const body = [
  para('De ministers van Defensie spraken dinsdag in Brussel over de steun aan Oekraïne.'),
  para('Volgens de secretaris-generaal moet de productie van munitie snel omhoog.'),
  para('Critici vinden dat de afspraken te vaag blijven en vragen om een tijdpad.'),
].join('');

function textOf(html: string, url?: string): string {
  return articleText(detectArticle(domFrom(html, url), url)).text;
}

describe('furniture inside the article', () => {
  it('leaves out captions and pull quotes but keeps quotations in the text', () => {
    const text = textOf(`<html lang="nl"><body><article>
      <figure><img src="x.jpg"><figcaption>Foto: ANP, de ministers in Brussel</figcaption></figure>
      ${body}
      <div class="pullquote">De productie moet snel omhoog</div>
      <blockquote><p>We hebben geen tijd te verliezen.</p></blockquote>
      ${para('Een volgende bijeenkomst staat gepland voor juni in Vilnius.')}
    </article></body></html>`);
    expect(text).not.toContain('Foto: ANP');
    expect(text).not.toContain('De productie moet snel omhoog');
    expect(text).toContain('We hebben geen tijd te verliezen.');
    expect(text).toContain('Vilnius');
  });

  it('keeps the headline out of the body', () => {
    const text = textOf(`<html><body><article><h1>Munitie moet sneller</h1>${body}</article></body></html>`);
    expect(text).not.toContain('Munitie moet sneller');
    expect(text.startsWith('De ministers van Defensie')).toBe(true);
  });

  it('leaves out what the reader cannot see and lists of links', () => {
    const text = textOf(`<html><body><article>${body}
      <div class="sr-only">Skip to the comments</div>
      <div style="display: none">Verborgen promotie</div>
      <ul class="list"><li><a href="/1">Ander nieuws een</a></li><li><a href="/2">Ander nieuws twee</a></li></ul>
    </article></body></html>`);
    expect(text).not.toContain('Skip to the comments');
    expect(text).not.toContain('Verborgen promotie');
    expect(text).not.toContain('Ander nieuws');
  });

  it('keeps section headings but not a heading that repeats the title', () => {
    const text = textOf(`<html><head><title>Munitie moet sneller | De Krant</title></head><body><article>
      <h1>Een ander kopje bovenaan</h1>
      <h2>Munitie moet sneller</h2>
      ${body}
      <h1>Wat de critici zeggen</h1>
      ${para('Een volgende bijeenkomst staat gepland voor juni in Vilnius.')}
    </article></body></html>`);
    expect(text).not.toContain('Een ander kopje bovenaan'); // the page's first <h1>: the headline
    expect(text).not.toContain('Munitie moet sneller'); // an <h2> that repeats the title
    expect(text).toContain('Wat de critici zeggen'); // a section heading marked up as <h1>
  });

  it("keeps a list of links to other sites, not one to the site's own pages", () => {
    const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    const text = textOf(
      `<html><head><link rel="canonical" href="https://krant.example/nieuws/munitie"></head><body><article>${body}
      <p>Wie meer wil lezen:</p>
      ${list([
        '<a href="https://nato.example/verslag">Het verslag van de top in Vilnius</a>',
        'Jan Peeters: <a href="https://bugs.example/1">een fout in de telling hersteld</a>',
      ])}
      ${list(['<a href="/nieuws/een">Ander nieuws over defensie</a>', '<a href="https://krant.example/nieuws/twee">Nog meer nieuws</a>'])}
      ${list([
        '<a href="https://social.example/share?u=https%3A%2F%2Fwww.example%2Fp">Deel dit op sociale media</a>',
        '<a href="https://chat.example/send?text=http://www.example/p">Stuur dit naar een vriend</a>',
      ])}
      ${list(['<a href="https://social.example/krant">Volg</a>', '<a href="https://video.example/krant">Kijk</a>'])}
    </article></body></html>`,
      'http://www.example/p',
    );
    expect(text).toContain('Het verslag van de top in Vilnius');
    expect(text).toContain('Jan Peeters: een fout in de telling hersteld');
    expect(text).not.toContain('Ander nieuws'); // the site's own pages, relative or by its canonical host
    expect(text).not.toContain('Nog meer nieuws');
    expect(text).not.toContain('Deel dit'); // share links carry the page's own address
    expect(text).not.toMatch(/\bVolg\b/); // one-word buttons, not a list of sources
  });

  it('leaves out login prompts and like bars', () => {
    const text = textOf(`<html><body><article>${body}
      <div class="article-login">Log in om verder te lezen</div>
      <div class="sd-like"><h3>Vind je dit leuk?</h3><span>Laden...</span></div>
    </article></body></html>`);
    expect(text).not.toContain('Log in om verder te lezen');
    expect(text).not.toContain('Vind je dit leuk');
  });

  it('does not read class words too eagerly', () => {
    const doc = domFrom(`<html><body>
      <div id="a" class="field field-label-hidden">x</div>
      <div id="b" class="buzz_item no_caption">x</div>
      <article id="c" class="post author-jane tag-nato">x</article>
      <p>Een <a id="d" class="meta-loc" href="/soedan">Soedan</a> link.</p>
      <div id="e" class="article__byline">Door Jan</div>
    </body></html>`);
    const furniture = (id: string) => isFurniture(doc.getElementById(id)!);
    expect(furniture('a')).toBe(false);
    expect(furniture('b')).toBe(false);
    expect(furniture('c')).toBe(false);
    expect(furniture('d')).toBe(false);
    expect(furniture('e')).toBe(true);
  });

  it('leaves out a block holding only a web address (the URL of the page printed above the story)', () => {
    const doc = domFrom(`<html><body><article>
      <span id="a">https://www.chron.com/news/world/article/Esper-says-US-providing-Vietnam-14848382.php</span>
      <p id="b">See https://www.nato.int for the text.</p>
      <p id="c">Read it at <a id="d" href="https://www.nato.int">www.nato.int</a> today.</p>
    </article></body></html>`);
    const furniture = (id: string) => isFurniture(doc.getElementById(id)!);
    expect(furniture('a')).toBe(true);
    expect(furniture('b')).toBe(false);
    // A link inside a paragraph is part of its sentence.
    expect(furniture('d')).toBe(false);
  });
});

describe('choosing the root', () => {
  it('trusts an <article> that holds the prose, without Readability', () => {
    const article = detectArticle(domFrom(`<html><body><nav><a href="/">Home</a></nav><article>${body}</article></body></html>`));
    expect(article.found).toBe(true);
    expect(article.method).toBe('rules');
    expect(article.root?.tagName).toBe('ARTICLE');
  });

  it('falls back to Readability when the markup names no body', () => {
    const article = detectArticle(
      domFrom(
        `<html><body><div class="wrap"><div class="menu"><a href="/">Home</a></div><div class="story">${body}</div></div></body></html>`,
      ),
    );
    expect(article.found).toBe(true);
    expect(article.method).toBe('readability');
    expect(article.root?.className).toBe('story');
  });

  it('takes JSON-LD articleBody as confirmation of a <main>', () => {
    const copy = domFrom(`<body>${body}</body>`).body.textContent!.trim();
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Munitie', articleBody: copy });
    const article = detectArticle(
      domFrom(`<html><head><script type="application/ld+json">${ld}</script></head><body><main>${body}</main></body></html>`),
    );
    expect(article.method).toBe('json-ld');
    expect(article.root?.tagName).toBe('MAIN');
  });

  it('never changes the live document, also when Readability runs', () => {
    const doc = domFrom(`<html><body><div><div class="story">${body}<span class="share">Deel</span></div></div></body></html>`);
    const before = doc.documentElement.outerHTML;
    const article = detectArticle(doc);
    articleText(article);
    expect(article.method).toBe('readability');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article.root?.ownerDocument).toBe(doc);
  });

  it('finds nothing on a page whose only text is too short', () => {
    const article = detectArticle(
      domFrom('<html><body><div><p>Lorem ipsum dolor sit amet, consectetur.</p></div></body></html>'),
    );
    expect(article.found).toBe(false);
  });
});
