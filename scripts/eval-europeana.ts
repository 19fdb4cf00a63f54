/**
 * French and German (and historical Dutch) person names: the Europeana Newspapers NER corpora
 * (CC0; digitised newspapers from 1710 to the 1940s, OCR text with its errors), each fed as plain
 * text through `explain --text --lang fr|de|nl`, scored like CoNLL: exact-span PER precision,
 * recall and F1. The texts are old and noisy ("M. Clemenceau", "Mall" for "Mal"), so the figures
 * are a floor for French and German, not comparable with CoNLL-2002's modern Dutch news; they
 * exist to show that the French and German rules hold up and to catch a change that breaks them.
 *
 * The files are one token and one tag per line ("Grevy B-PER"), with no sentence or document
 * breaks; the French file has only I- tags (a run of PER tokens is one name). Texts are cut into
 * documents of about {@link DOC_TOKENS} tokens at a sentence end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOC_TOKENS = 2000;
const SENTENCE_END = new Set(['.', '!', '?']);
const TRAILING = /[,.;:!?)\]»"']/;

interface Doc {
  text: string;
  gold: [number, number][];
}

/** "token TAG" lines -> documents (tokens joined by spaces, one sentence per line) with PER spans. */
export function readBio(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = { text: '', gold: [] };
  let tokens = 0;
  let open: number | null = null;
  let lineStart = true;
  const close = () => {
    // Some files keep punctuation on the token ("Mussolini,"): the name ends before it.
    let end = doc.text.length;
    while (open !== null && end > open && TRAILING.test(doc.text[end - 1]!)) end--;
    if (open !== null && end > open) doc.gold.push([open, end]);
    open = null;
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const cut = raw.lastIndexOf(' ');
    if (cut <= 0) continue;
    const word = raw.slice(0, cut).trim();
    const tag = raw.slice(cut + 1).trim();
    if (!word) continue;
    const per = tag.endsWith('-PER');
    if (!per || tag.startsWith('B-')) close();
    if (!lineStart) doc.text += ' ';
    if (per && open === null) open = doc.text.length;
    doc.text += word;
    lineStart = false;
    tokens++;
    if (SENTENCE_END.has(word)) {
      close();
      doc.text += '\n';
      lineStart = true;
      if (tokens >= DOC_TOKENS) {
        docs.push(doc);
        doc = { text: '', gold: [] };
        tokens = 0;
      }
    }
  }
  close();
  if (doc.text) docs.push(doc);
  return docs;
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

/** Exact-span PER scores of `explain --text --lang <lang>` on the given BIO files. */
export function europeanaScore(paths: string[], lang: string): SpanScore {
  const docs = paths.flatMap(readBio);
  const dir = mkdtempSync(join(tmpdir(), 'gloss-europeana-'));
  const files = docs.map((d, i) => {
    const f = join(dir, `doc-${i}.txt`);
    writeFileSync(f, d.text);
    return f;
  });
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', 'src/cli/explain.ts', '--json', '--text', '--lang', lang, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`explain failed: ${run.stderr}`);
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  run.stdout
    .trim()
    .split('\n')
    .forEach((line, i) => {
      const doc = docs[i]!;
      const out = JSON.parse(line) as { mentions: { start: number; end: number; category: string }[] };
      const want = new Set(doc.gold.map(([s, e]) => `${s}:${e}`));
      const got = new Set(out.mentions.filter((m) => m.category === 'person').map((m) => `${m.start}:${m.end}`));
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
    seconds: (Date.now() - started) / 1000,
    misses,
    falses,
  };
}
