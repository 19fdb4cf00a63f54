/**
 * What the evaluations share: plain texts fed through `explain --text --lang <lang>` in one
 * process, and exact-span person scores against gold spans (CoNLL style: a mention counts only
 * when its start and end both match a gold span).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExplainedMention {
  start: number;
  end: number;
  category: string;
  text: string;
}

/** One text with its gold person spans ([start, end) character offsets). */
export interface GoldDoc {
  text: string;
  gold: [number, number][];
}

export interface SpanScore {
  documents: number;
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
  seconds: number;
  misses: string[];
  falses: string[];
}

/** The mentions `explain` gives for each text, in order, and how long the run took. */
export function explainTexts(texts: string[], lang: string): { mentions: ExplainedMention[][]; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-eval-'));
  const files = texts.map((text, i) => {
    const f = join(dir, `doc-${i}.txt`);
    writeFileSync(f, text);
    return f;
  });
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', 'src/cli/explain.ts', '--json', '--text', '--lang', lang, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`explain failed: ${run.stderr}`);
  const mentions = run.stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { mentions: ExplainedMention[] }).mentions);
  return { mentions, seconds: (Date.now() - started) / 1000 };
}

/** Exact-span precision, recall and F1 of the person mentions `explain` gives on `docs`. */
export function exactSpanScore(docs: GoldDoc[], lang: string): SpanScore {
  const { mentions, seconds } = explainTexts(
    docs.map((d) => d.text),
    lang,
  );
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  mentions.forEach((found, i) => {
    const doc = docs[i]!;
    const want = new Set(doc.gold.map(([s, e]) => `${s}:${e}`));
    const got = new Set(found.filter((m) => m.category === 'person').map((m) => `${m.start}:${m.end}`));
    const slice = (key: string) => {
      const [s, e] = key.split(':').map(Number);
      return doc.text.slice(s, e);
    };
    predicted += got.size;
    gold += want.size;
    for (const k of got)
      if (want.has(k)) tp++;
      else falses.push(slice(k));
    for (const k of want) if (!got.has(k)) misses.push(slice(k));
  });
  const precision = tp / (predicted || 1);
  const recall = tp / (gold || 1);
  return {
    documents: docs.length,
    gold,
    predicted,
    tp,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
    seconds,
    misses,
    falses,
  };
}
