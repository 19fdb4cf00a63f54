import { compileFromSources } from '../src/node/kb-sources';
import { toIndex } from '../src/kb/compile';
import { encodeIndex, decodeIndex, indexJson } from '../src/kb/kb-files';
const idx = toIndex(compileFromSources());
const json = indexJson(encodeIndex(idx));
const plain = JSON.stringify(idx);
const cpu = (fn: () => unknown) => { const c = process.cpuUsage(); fn(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
for (let r = 0; r < 6; r++) {
  const f = JSON.parse(json);
  console.log('parse2', cpu(() => JSON.parse(json)).toFixed(1), 'decode', cpu(() => decodeIndex(f)).toFixed(1), 'plain parse', cpu(() => JSON.parse(plain)).toFixed(1));
}
