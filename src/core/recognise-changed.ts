/**
 * Recognition after the article changed (lazy loading, "read more", a paragraph removed): only the
 * paragraphs whose text is new are recognised again. Paragraphs that are still there, unchanged,
 * keep their mentions (moved to their new offsets); mentions of paragraphs that are gone go with
 * them. Entities named in kept paragraphs carry over, so a bare surname in a new paragraph still
 * links to the person named earlier.
 *
 * Pure: text models in, mentions out; the content script applies the result to its session.
 */
import type { Mention } from './recognise/mention';

/** What recognition needs of a text model: its text and where its blocks (paragraphs) start. */
export interface BlockText {
  text: string;
  blocks: readonly number[];
}

export interface ChangedResult<M extends Mention = Mention> {
  mentions: M[];
  /** Old start offset -> new start offset, for every mention that was kept. */
  moved: Map<number, number>;
  /** Blocks recognised again, and blocks whose mentions were kept. */
  recognisedBlocks: number;
  keptBlocks: number;
}

/**
 * Recognise one run of text; `named` are entity ids named before it in the article. (The content
 * script asks the background, hence a promise.)
 */
export type RecogniseRun<M extends Mention = Mention> = (text: string, named: ReadonlySet<string>) => M[] | Promise<M[]>;

interface Block {
  from: number;
  to: number;
  text: string;
}

function blocksOf(model: BlockText): Block[] {
  const starts = model.blocks.length && model.blocks[0] === 0 ? model.blocks : [0, ...model.blocks];
  return starts.map((from, i) => {
    const to = starts[i + 1] ?? model.text.length;
    return { from, to, text: model.text.slice(from, to) };
  });
}

export async function recogniseChanged<M extends Mention>(
  before: BlockText & { mentions: readonly M[] },
  after: BlockText,
  recognise: RecogniseRun<M>,
): Promise<ChangedResult<M>> {
  const old = blocksOf(before);
  // Unchanged paragraphs are found by their text, in order (a paragraph may occur twice).
  const byText = new Map<string, number[]>();
  old.forEach((b, i) => byText.set(b.text, [...(byText.get(b.text) ?? []), i]));
  let lastKept = -1;
  const keptFrom = (text: string): Block | null => {
    const candidates = byText.get(text);
    const i = candidates?.find((c) => c > lastKept);
    if (i === undefined) return null;
    lastKept = i;
    return old[i]!;
  };

  const mentions: M[] = [];
  const moved = new Map<number, number>();
  const named = new Set<string>();
  const remember = (m: M) => {
    mentions.push(m);
    // Re-added so the set's order is the order of last mention: role nouns look for the latest.
    if (m.entityId && m.source === 'kb') {
      named.delete(m.entityId);
      named.add(m.entityId);
    }
  };
  let k = 0; // walks before.mentions, which are in text order
  let run: Block | null = null; // consecutive new blocks, recognised together
  let recognisedBlocks = 0;
  let keptBlocks = 0;
  const flush = async () => {
    if (!run) return;
    const { text, from } = run;
    run = null;
    for (const m of await recognise(text, named)) remember({ ...m, start: m.start + from, end: m.end + from });
  };

  for (const b of blocksOf(after)) {
    const kept = b.text ? keptFrom(b.text) : null;
    if (!kept) {
      recognisedBlocks++;
      run = run ? { from: run.from, to: b.to, text: run.text + b.text } : { ...b };
      continue;
    }
    await flush();
    keptBlocks++;
    const shift = b.from - kept.from;
    while (k < before.mentions.length && before.mentions[k]!.start < kept.from) k++;
    for (let j = k; j < before.mentions.length && before.mentions[j]!.start < kept.to; j++) {
      const m = before.mentions[j]!;
      moved.set(m.start, m.start + shift);
      remember({ ...m, start: m.start + shift, end: m.end + shift });
    }
  }
  await flush();
  return { mentions, moved, recognisedBlocks, keptBlocks };
}
