import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/article/detect';
import { articleText } from '../../src/core/article/detect-core';
import { recogniseChanged, type BlockText } from '../../src/core/recognise-changed';
import type { Mention } from '../../src/core/recognise/mention';
import { realRecogniser, seedDocument } from './helpers';

const recogniser = realRecogniser();
const opts = { lang: 'nl', date: '2022-04-06' };
const all = (text: string) => recogniser.recognise(text, opts);
const spans = (ms: Mention[]) => ms.map((m) => `${m.start}:${m.text}->${m.entityId ?? m.name}`);

/** The seed article's text model, and the same text cut down to some of its blocks. */
const seed = (() => {
  const doc = seedDocument();
  const model = articleText(detectArticle(doc, 'https://example.org/'));
  return { text: model.text, blocks: model.blocks };
})();
function onlyBlocks(model: BlockText, keep: (i: number) => boolean): BlockText {
  let text = '';
  const blocks: number[] = [];
  model.blocks.forEach((from, i) => {
    if (!keep(i)) return;
    blocks.push(text.length);
    text += model.text.slice(from, model.blocks[i + 1] ?? model.text.length);
  });
  return { text, blocks };
}

describe('recogniseChanged: after the article changed, only new paragraphs are recognised', async () => {
  it('paragraphs arriving later (lazy loading): kept ones are not recognised again, the result is what a full pass gives', async () => {
    const n = seed.blocks.length;
    const first = onlyBlocks(seed, (i) => i < n / 2);
    const before = { ...first, mentions: all(first.text) };
    const asked: string[] = [];
    const result = await recogniseChanged(before, seed, (text, named) => {
      asked.push(text);
      return recogniser.recognise(text, { ...opts, named });
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBe(seed.text.slice(first.text.length));
    expect(result.keptBlocks).toBe(first.blocks.length);
    expect(result.recognisedBlocks).toBe(n - first.blocks.length);
    // Same marks as recognising the whole article at once.
    expect(spans(result.mentions)).toEqual(spans(all(seed.text)));
  });

  it('a paragraph taken out: its mentions go, later ones move to their new offsets', async () => {
    const full = { ...seed, mentions: all(seed.text) };
    const gone = 2;
    const after = onlyBlocks(seed, (i) => i !== gone);
    const result = await recogniseChanged(full, after, () => {
      throw new Error('nothing is new: nothing to recognise');
    });
    const cut = [seed.blocks[gone]!, seed.blocks[gone + 1]!];
    const expected = full.mentions
      .filter((m) => m.start < cut[0]! || m.start >= cut[1]!)
      .map((m) => (m.start >= cut[1]! ? { ...m, start: m.start - (cut[1]! - cut[0]!), end: m.end - (cut[1]! - cut[0]!) } : m));
    expect(spans(result.mentions)).toEqual(spans(expected));
    for (const m of result.mentions) expect(after.text.slice(m.start, m.end)).toBe(m.text);
    expect(result.recognisedBlocks).toBe(0);
    const firstAfterCut = full.mentions.find((m) => m.start >= cut[1]!)!;
    expect(result.moved.get(firstAfterCut.start)).toBe(firstAfterCut.start - (cut[1]! - cut[0]!));
  });

  it('a bare surname in a new paragraph links to the person named in a kept one', async () => {
    const before = { text: 'Jens Stoltenberg sprak dinsdag in Brussel.\n\n', blocks: [0], mentions: [] as Mention[] };
    before.mentions = all(before.text);
    const added = 'Stoltenberg waarschuwde voor een lange oorlog.\n\n';
    const after = { text: before.text + added, blocks: [0, before.text.length] };
    const result = await recogniseChanged(before, after, (text, named) => recogniser.recognise(text, { ...opts, named }));
    const surname = result.mentions.find((m) => m.start === before.text.length);
    expect(surname?.entityId).toBe('jens-stoltenberg');
  });

  it('an edited paragraph is recognised again', async () => {
    const before = { text: 'Joe Biden sprak.\n\nEen tweede alinea.\n\n', blocks: [0, 18], mentions: [] as Mention[] };
    before.mentions = all(before.text);
    const after = { text: 'Joe Biden sprak.\n\nVladimir Poetin zweeg.\n\n', blocks: [0, 18] };
    const result = await recogniseChanged(before, after, (text, named) => recogniser.recognise(text, { ...opts, named }));
    expect(result.mentions.map((m) => m.entityId)).toEqual(['joe-biden', 'vladimir-putin']);
    expect(result.keptBlocks).toBe(1);
  });
});
