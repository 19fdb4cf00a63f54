/**
 * `npm run --silent explain -- [--json] [--text] [--lang xx] [--date YYYY-MM-DD] [--url URL] FILE...`
 *
 * Runs the same recognition core as the content script on saved pages or plain text and reports
 * what Gloss would mark. The JSON output is a contract (`../shared/design/explain-cli.md`): change
 * it only by adding fields.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Recogniser } from '../core/recognise/recogniser';
import { compileFromSources } from '../node/kb-sources';
import { explainHtml, explainText, type ExplainContext, type ExplainOutput } from './explain-output';

const { values: opts, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    text: { type: 'boolean', default: false },
    lang: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help || files.length === 0) {
  console.error(
    'usage: npm run --silent explain -- [--json] [--text] [--lang nl|en|fr|de] [--date YYYY-MM-DD] [--url URL] FILE [FILE ...]',
  );
  process.exit(files.length === 0 && !opts.help ? 2 : 0);
}
if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
  console.error(`--date must be YYYY-MM-DD, got ${opts.date}`);
  process.exit(2);
}

// GLOSS_KB_DIR points tests at a small fixture knowledge base.
const compiled = compileFromSources(process.env.GLOSS_KB_DIR);
const ctx: ExplainContext = { recogniser: new Recogniser(compiled), entries: new Map(compiled.entries.map((e) => [e.id, e])) };
const input = { url: opts.url, lang: opts.lang, date: opts.date };

async function readInput(file: string): Promise<string> {
  const buf = file === '-' ? await readStdin() : await readFile(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

let failed = false;
for (const file of files) {
  try {
    const text = await readInput(file);
    const out = opts.text ? explainText(ctx, file, text, input) : explainHtml(ctx, file, text, input);
    if (opts.json) console.log(JSON.stringify(out));
    else printTable(out);
  } catch (err) {
    failed = true;
    const error = (err as Error).message;
    if (opts.json) console.log(JSON.stringify({ file, error }));
    else console.error(`${file}: ${error}`);
  }
}
process.exit(failed ? 1 : 0);

function printTable(out: ExplainOutput) {
  const a = out.article;
  console.log(
    `${out.file}\n  article: ${a.found ? 'found' : 'not found'}  lang: ${a.lang ?? '?'}  published: ${a.published ?? '?'}`,
  );
  if (a.title) console.log(`  title: ${a.title}`);
  for (const m of out.mentions)
    console.log(`  ${String(m.start).padStart(6)}  ${m.category.padEnd(8)} ${m.text.padEnd(28)} -> ${m.entity?.name ?? '?'}`);
  console.log(
    `  ${out.mentions.length} mention(s); detect ${out.timings_ms.detect} ms, recognise ${out.timings_ms.recognise} ms`,
  );
}
