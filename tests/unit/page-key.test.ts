import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/content/page-changes';

describe('pageKey: which URL changes are a new page', () => {
  it('ignores in-page anchors (footnotes, "jump to" links)', () => {
    expect(pageKey('https://news.example/a/1#footnote-3')).toBe(pageKey('https://news.example/a/1'));
    expect(pageKey('https://news.example/a/1#')).toBe('https://news.example/a/1');
  });
  it('keeps paths, queries and hash routes of single-page apps', () => {
    expect(pageKey('https://news.example/a/2')).not.toBe(pageKey('https://news.example/a/1'));
    expect(pageKey('https://news.example/a?id=2')).not.toBe(pageKey('https://news.example/a?id=1'));
    expect(pageKey('https://app.example/#/world/2')).not.toBe(pageKey('https://app.example/#/world/1'));
    expect(pageKey('https://app.example/#!/story/9')).toBe('https://app.example/#!/story/9');
  });
});
