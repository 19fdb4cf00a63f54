/**
 * `npm run eval`: recognition quality, measured the way the issues ask.
 *  1. the seed article against its gold file (../shared/tools/score-gold.py, unchanged);
 *  2. CoNLL-2002 Dutch (ned.testa): exact-span PER precision, recall and F1, feeding each document
 *     as plain text through `explain --text --lang nl` (the CoNLL data is research-only: it is read
 *     here to measure and nothing derived from it is written into the project);
 *  3. English person names on defence and security news (dstl re3d, overlap figures: see eval-re3d.ts);
 *  4. French and German person names in digitised old newspapers (Europeana, OCR text, exact span:
 *     see eval-europeana.ts), a floor for those languages.
 * `--json` prints one JSON object with the figures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { europeanaScore } from './eval-europeana';
import { exactSpanScore, type GoldDoc } from './span-score';
import { re3dScore } from './eval-re3d';

const SHARED = resolve(import.meta.dirname, '../../shared');
const json = process.argv.includes('--json');
const corpus = process.argv.find((a) => a.startsWith('--conll='))?.slice(8) ?? join(SHARED, 'corpora/conll2002-nl/ned.testa');

/** CoNLL lines "word POS tag" -> documents as text (tokens joined by spaces, one sentence per line) with PER spans. */
function readConll(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc | null = null;
  let line = '';

  let open: number | null = null;
  const closePer = () => {
    if (open !== null && doc) doc.gold.push([open, doc.text.length + line.length]);
    open = null;
  };
  const flushSentence = () => {
    closePer();
    if (doc && line) doc.text += line + '\n';
    line = '';
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const parts = raw.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      flushSentence();
      doc = { text: '', gold: [] };
      docs.push(doc);
      continue;
    }
    if (!raw.trim()) {
      flushSentence();
      continue;
    }
    const [word, , tag] = parts as [string, string, string];
    if (!tag.endsWith('-PER') || tag.startsWith('B-')) closePer();
    const start = line.length === 0 ? 0 : line.length + 1;
    line = line.length === 0 ? word : `${line} ${word}`;
    if (tag === 'B-PER' || (tag === 'I-PER' && open === null)) open = (doc?.text.length ?? 0) + start;
  }
  flushSentence();
  return docs.filter((d) => d.text);
}

function conllScore() {
  return exactSpanScore(readConll(corpus), 'nl');
}

function seedScore() {
  const r = spawnSync('python3', [join(SHARED, 'tools/score-gold.py'), join(SHARED, 'eval/seed-article-nl.gold.json')], {
    encoding: 'utf8',
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const m = /required (\d+)\/(\d+) recall=([\d.]+) mentions (\d+)\/(\d+) precision=([\d.]+) \(n=(\d+)\)/.exec(last);
  return {
    output: r.stdout.trim(),
    required: m ? Number(m[1]) : null,
    requiredOf: m ? Number(m[2]) : null,
    precision: m ? Number(m[6]) : null,
    mentions: m ? `${m[4]}/${m[5]}` : null,
  };
}

const seed = seedScore();
const conll = conllScore();
const re3d = re3dScore(join(SHARED, 'corpora/ner-other/dstl-re3d'));
const EUROPEANA = join(SHARED, 'corpora/ner-other/europeana-newspapers-ner');
const europeana = {
  fr: europeanaScore([join(EUROPEANA, 'enp_FR.bnf.bio/enp_FR.bnf.bio')], 'fr'),
  de: europeanaScore(
    ['sbb', 'onb', 'lft'].map((f) => join(EUROPEANA, `enp_DE.${f}.bio/enp_DE.${f}.bio`)),
    'de',
  ),
};
const pct = (x: number) => (x * 100).toFixed(1);
if (json) {
  const { misses, falses, ...figures } = conll;
  console.log(
    JSON.stringify({
      seed: { required: seed.required, of: seed.requiredOf, precision: seed.precision, mentions: seed.mentions },
      conllPer: figures,
      re3dPerEn: {
        documents: re3d.documents,
        predicted: re3d.predicted,
        precision: re3d.precision,
        names: re3d.names,
        recall: re3d.recall,
      },
      europeanaPer: Object.fromEntries(
        Object.entries(europeana).map(([lang, e]) => [
          lang,
          {
            documents: e.documents,
            gold: e.gold,
            predicted: e.predicted,
            tp: e.tp,
            precision: e.precision,
            recall: e.recall,
            f1: e.f1,
          },
        ]),
      ),
      sample: { misses: misses.slice(0, 20), falses: falses.slice(0, 20) },
    }),
  );
} else {
  console.log('Seed article (score-gold.py):');
  console.log(seed.output.replace(/^/gm, '  '));
  console.log(`\nCoNLL-2002 ned.testa, PER, exact span (${conll.documents} documents, ${conll.seconds.toFixed(1)} s):`);
  console.log(
    `  precision ${pct(conll.precision)}%  recall ${pct(conll.recall)}%  F1 ${pct(conll.f1)}%  (tp ${conll.tp}, predicted ${conll.predicted}, gold ${conll.gold})`,
  );
  if (process.argv.includes('--verbose')) {
    console.log(`  missed (first 60): ${conll.misses.slice(0, 60).join(' | ')}`);
    console.log(`  wrong (first 60): ${conll.falses.slice(0, 60).join(' | ')}`);
  }
  console.log(
    `\ndstl re3d (English defence and security news), people, overlap (${re3d.documents} documents, ${re3d.seconds.toFixed(1)} s):`,
  );
  console.log(
    `  precision ${pct(re3d.precision)}% of ${re3d.predicted} person mentions  recall ${pct(re3d.recall)}% of ${re3d.names} annotated names`,
  );
  if (process.argv.includes('--verbose')) {
    console.log(`  missed (first 60): ${re3d.misses.slice(0, 60).join(' | ')}`);
    console.log(`  wrong: ${re3d.falses.join(' | ')}`);
  }
  for (const [lang, e] of Object.entries(europeana)) {
    const name = lang === 'fr' ? "French (L'Ouest-Éclair, 1906)" : 'German (Berlin, Vienna and South Tyrol papers, 1710-1930s)';
    console.log(
      `\nEuropeana old newspapers, ${name}, PER, exact span (OCR text; ${e.documents} documents, ${e.seconds.toFixed(1)} s):`,
    );
    console.log(
      `  precision ${pct(e.precision)}%  recall ${pct(e.recall)}%  F1 ${pct(e.f1)}%  (tp ${e.tp}, predicted ${e.predicted}, gold ${e.gold})`,
    );
    if (process.argv.includes('--verbose')) {
      console.log(`  missed (first 40): ${e.misses.slice(0, 40).join(' | ')}`);
      console.log(`  wrong (first 40): ${e.falses.slice(0, 40).join(' | ')}`);
    }
  }
}
