/**
 * `npm run kb:build` (also the first step of `npm run build`): validate the knowledge-base sources
 * and write the compiled knowledge base the extension bundles: `public/kb/index.json` (recognition)
 * and `public/kb/entries.json` (cards).
 * A malformed entry fails here, with a message naming the file, entry and field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileFromSources } from '../src/node/kb-sources';
import { toIndex } from '../src/kb/compile';
import { encodeIndex, entriesJson, indexJson } from '../src/kb/kb-files';

try {
  const kb = compileFromSources(process.env.GLOSS_KB_DIR);
  mkdirSync('public/kb', { recursive: true });
  rmSync('public/kb/kb.json', { force: true });
  // Two files: what recognition needs at page load (in columns, see index-file.ts), and the full
  // entries cards load later.
  const outputs: [string, string][] = [
    ['public/kb/index.json', indexJson(encodeIndex(toIndex(kb)))],
    ['public/kb/entries.json', entriesJson({ format: 1, reviewed: kb.reviewed, entries: kb.entries })],
  ];
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  for (const [file, json] of outputs) {
    writeFileSync(file, json);
    console.log(`kb: ${file} (${kib(json.length)}, ${kib(gzipSync(json).length)} gzip)`);
  }
  console.log(`kb: ${kb.entries.length} entries, ${kb.forms.length} forms, ${kb.givenNames.length} given names`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
