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
import { readFileSync } from 'node:fs';
import { exactSpanScore, type GoldDoc, type SpanScore } from './span-score';

const DOC_TOKENS = 2000;
const SENTENCE_END = new Set(['.', '!', '?']);
const TRAILING = /[,.;:!?)\]»"']/;

/** "token TAG" lines -> documents (tokens joined by spaces, one sentence per line) with PER spans. */
export function readBio(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc = { text: '', gold: [] };
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

/** Exact-span PER scores of `explain --text --lang <lang>` on the given BIO files. */
export function europeanaScore(paths: string[], lang: string): SpanScore {
  return exactSpanScore(paths.flatMap(readBio), lang);
}
