import { compileFromSources } from '../src/node/kb-sources';
import { toIndex } from '../src/kb/compile';
import { encodeIndex, decodeIndex, indexJson } from '../src/kb/kb-files';
import { isDeepStrictEqual } from 'node:util';
const kb = compileFromSources();
const idx = toIndex(kb);
const file = encodeIndex(idx);
const json = indexJson(file);
const plain = JSON.parse(JSON.stringify(idx));
const back = decodeIndex(JSON.parse(json));
console.log('size', json.length, 'plain', JSON.stringify(idx).length, 'equal', isDeepStrictEqual(JSON.parse(JSON.stringify(back)), plain));
for (const [k, v] of Object.entries(file)) console.log(k, JSON.stringify(v).length);
let t = performance.now(); for (let i = 0; i < 20; i++) decodeIndex(JSON.parse(json)); console.log('parse+decode ms', (performance.now() - t) / 20);
t = performance.now(); for (let i = 0; i < 20; i++) JSON.parse(JSON.stringify(idx)); 
const s = JSON.stringify(idx); t = performance.now(); for (let i = 0; i < 20; i++) JSON.parse(s); console.log('plain parse ms', (performance.now() - t) / 20);
{
  const f = JSON.parse(json);
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); JSON.parse(json); const a = performance.now() - t;
    t = performance.now(); decodeIndex(f); const b = performance.now() - t;
    console.log('parse', a.toFixed(2), 'decode', b.toFixed(2));
  }
}
