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
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../core/pipeline';
import { Recogniser } from '../core/recognise/recogniser';
import { compileFromSources } from '../node/kb-sources';
import { mentionJson } from './entity-ref';

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
const recogniser = new Recogniser(compiled);
const fullEntries = new Map(compiled.entries.map((e) => [e.id, e]));

async function readInput(file: string): Promise<string> {
  const buf = file === '-' ? await readStdin() : await readFile(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function explainText(file: string, text: string) {
  const t0 = performance.now();
  const clean = text.replace(/\r\n?/g, '\n');
  const mentions = recogniser.recognise(clean, { lang: opts.lang ?? null, date: opts.date ?? null });
  return {
    file,
    article: { found: true, title: null, lang: opts.lang ?? null, published: opts.date ?? null, text: clean },
    mentions: mentions.map((m) => mentionJson(m, fullEntries)),
    timings_ms: { detect: 0, recognise: round(performance.now() - t0) },
  };
}

function explainHtml(file: string, html: string) {
  // Page scripts never run; a quiet console keeps CSS parse noise off stderr.
  const dom = new JSDOM(html, { url: opts.url ?? 'http://localhost/', virtualConsole: new VirtualConsole() });
  const result = runPipeline(dom.window.document, recogniser, {
    url: opts.url,
    lang: opts.lang,
    date: opts.date,
    now: () => performance.now(),
  });
  dom.window.close();
  return {
    file,
    article: {
      found: result.article.found,
      title: result.article.title,
      lang: result.lang,
      published: opts.date ?? result.article.published,
      text: result.model.text,
    },
    mentions: result.mentions.map((m) => mentionJson(m, fullEntries)),
    timings_ms: { detect: round(result.timings.detect), recognise: round(result.timings.recognise) },
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

let failed = false;
for (const file of files) {
  try {
    const input = await readInput(file);
    const out = opts.text ? explainText(file, input) : explainHtml(file, input);
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

function printTable(out: ReturnType<typeof explainHtml>) {
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
