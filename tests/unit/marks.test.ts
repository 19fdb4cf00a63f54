import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARK_CATEGORIES } from '../../src/content/highlight/mark-styles';
import { articleText, detectArticle } from '../../src/core/article/detect';
import { createWrapperLayer } from '../../src/content/highlight/wrapper-layer';
import { markedMentions, panelItems } from '../../src/content/select-marks';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { miniRecogniser, seedDocument } from './helpers';

describe('wrapper marks (browsers without the Highlight API)', () => {
  it('wrap the right words and unwrap to the exact original DOM', () => {
    const doc = seedDocument();
    const before = doc.body.innerHTML;
    const article = detectArticle(doc);
    const model = articleText(article);
    const mentions = miniRecogniser().recognise(model.text, { lang: 'nl', date: '2022-04-06' });
    const layer = createWrapperLayer(doc, model, mentions);
    const marks = Array.from(doc.querySelectorAll('gloss-mark'));
    expect(marks.length).toBeGreaterThanOrEqual(mentions.length);
    expect(marks.every((m) => m.closest('article'))).toBe(true);
    expect(marks.map((m) => m.textContent)).toContain('Poetins');
    // The article's text is unchanged while marked.
    expect(articleText(detectArticle(doc)).text).toBe(model.text);
    layer.destroy();
    expect(doc.querySelectorAll('gloss-mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('which mentions are marked', () => {
  const mentions = miniRecogniser().recognise('Jens Stoltenberg en Poetin. Stoltenberg in Rusland. Poetin.', {
    lang: 'nl',
    date: null,
  });

  it('marks the first mention per entity by default, never low-salience places', () => {
    expect(markedMentions(mentions, DEFAULT_SETTINGS).map((m) => m.text)).toEqual(['Jens Stoltenberg', 'Poetin']);
    expect(markedMentions(mentions, { ...DEFAULT_SETTINGS, density: 'all' }).map((m) => m.text)).toEqual([
      'Jens Stoltenberg',
      'Poetin',
      'Stoltenberg',
      'Poetin',
    ]);
    expect(markedMentions(mentions, { ...DEFAULT_SETTINGS, density: 'none' })).toEqual([]);
  });

  it('lists entities with counts, honouring categories and muted entries', () => {
    const items = panelItems(mentions, { ...DEFAULT_SETTINGS, muted: ['vladimir-putin'] });
    expect(items.map((i) => [i.entityId, i.count])).toEqual([
      ['jens-stoltenberg', 2],
      ['russia', 1],
    ]);
    expect(
      panelItems(mentions, { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, person: false } }).length,
    ).toBe(1);
  });
});

describe('mark styles (marks.css, added to pages by the manifest)', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/content/highlight/marks.css'), 'utf8');
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; css?: string[] }[];
  };

  it('are listed with the content script, so the browser adds them before the page is styled', () => {
    expect(manifest.content_scripts[0]!.css).toEqual(['src/content/highlight/marks.css']);
  });

  it('style every mark category and the active mark', () => {
    for (const name of [...MARK_CATEGORIES, 'active']) expect(css).toContain(`::highlight(gloss-${name})`);
  });

  it('declare nothing every page element would inherit or match', () => {
    // Outside comments, every rule is for a Gloss highlight or a Gloss element.
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(5);
    for (const s of selectors) expect(s).toMatch(/^(::highlight\(gloss-[a-z]+\)|gloss-mark\b)/);
  });
});
