import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileFromSources } from '../../src/node/kb-sources';
import { toIndex } from '../../src/kb/compile';
import type { KbIndex } from '../../src/kb/compiled';
import { decodeIndex, encodeIndex, entriesJson, entryLine, indexJson, isIndexFile } from '../../src/kb/kb-files';
import { Recogniser } from '../../src/core/recognise/recogniser';
import { MINI_KB, seedDocument } from './helpers';
import { articleText, detectArticle } from '../../src/core/article/detect';

/** What JSON keeps of a value (undefined properties dropped): the index's shape before the column format. */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('kb/index.json in columns', () => {
  const real = toIndex(compileFromSources());

  it('decodes to exactly the index it encodes (real knowledge base and the test one)', () => {
    for (const index of [real, toIndex(compileFromSources(MINI_KB))]) {
      const file = JSON.parse(indexJson(encodeIndex(index))) as unknown;
      expect(isIndexFile(file)).toBe(true);
      expect(plain(decodeIndex(file as ReturnType<typeof encodeIndex>))).toEqual(plain(index));
    }
  });

  it('leaves aliases to entries.json: recognition has them as forms', () => {
    expect(real.entries.some((e) => e.aliases)).toBe(false);
    expect(real.forms.some((f) => f.key === 'poetin')).toBe(true);
  });

  it('is plain ASCII and well under half the size of the same index as plain JSON', () => {
    const json = indexJson(encodeIndex(real));
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(json.length).toBeLessThan(JSON.stringify(real).length * 0.5);
  });

  it('recognises the seed article exactly as the index it was made from', () => {
    const decoded = decodeIndex(JSON.parse(indexJson(encodeIndex(real))) as ReturnType<typeof encodeIndex>);
    const article = detectArticle(seedDocument());
    const text = articleText(article).text;
    const options = { lang: 'nl', date: '2022-04-06' };
    expect(new Recogniser(decoded).recognise(text, options)).toEqual(new Recogniser(real).recognise(text, options));
  });

  it('refuses what the columns cannot carry', () => {
    const entry = real.entries[0]!;
    const broken = (e: Partial<(typeof real.entries)[number]>): KbIndex => ({
      ...real,
      entries: [{ ...entry, ...e }, ...real.entries.slice(1)],
    });
    expect(() => encodeIndex(broken({ label: { nl: 'tab\there' } }))).toThrow(/cannot encode/);
    expect(() => encodeIndex(broken({ label: { nl: '^' } }))).toThrow(/cannot encode/);
    expect(() => encodeIndex(broken({ match: { context: { nl: ['a|b'] } } }))).toThrow(/cannot encode/);
    expect(() => encodeIndex(broken({ aliases: { nl: ['Alias'] } }))).toThrow(/no column/);
    expect(() => encodeIndex(broken({ related: ['no-such-entry'] }))).toThrow(/not an entry/);
    const form = real.forms[0]!;
    expect(() => encodeIndex({ ...real, forms: [{ ...form, entry: 5 }, form] })).toThrow(/grouped by entry/);
    expect(() => encodeIndex(broken({ description: { nl: 'x' } } as never))).toThrow(/no column/);
    expect(() => encodeIndex(broken({ facts: [{ type: 'role', role: { nl: 'minister' }, start: '2020' }] }))).toThrow(
      /entries.json/,
    );
  });
});

describe('kb/entries.json, one entry per line', () => {
  const kb = compileFromSources(resolve(MINI_KB));
  const file = { format: 1 as const, reviewed: kb.reviewed, entries: kb.entries };
  const json = entriesJson(file);

  it('is the same JSON for JSON.parse (popup, options page)', () => {
    expect(JSON.parse(json)).toEqual(plain(file));
  });

  it('parses line by line into the same entries', () => {
    const lines = json.split('\n');
    const parsed = lines.map((l, i) => entryLine(l, i === 0)).filter((e) => e !== null);
    expect(parsed).toEqual(plain(kb.entries));
    expect(() => entryLine('{"format":2,"entries":[', true)).toThrow(/unknown format/);
  });
});
