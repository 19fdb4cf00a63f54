// `npm run zip`: builds both targets and writes store-ready packages into artifacts/:
//   gloss-<version>-chrome.zip   dist/chrome's files at the zip root (Chrome Web Store)
//   gloss-<version>-firefox.zip  dist/firefox's files at the zip root (addons.mozilla.org)
// web-ext's build command only zips (pure Node, no network, no signing), so it serves both.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { cmd } from 'web-ext';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const TARGETS = [
  { name: 'chrome', script: 'build', dist: 'dist/chrome' },
  { name: 'firefox', script: 'build:firefox', dist: 'dist/firefox' },
];

for (const { name, script, dist } of TARGETS) {
  console.log(`\n== ${name}: npm run ${script}`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm run ${script} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  const { extensionPath } = await cmd.build(
    {
      sourceDir: resolve(ROOT, dist),
      artifactsDir: ARTIFACTS,
      overwriteDest: true,
      filename: `gloss-{version}-${name}.zip`,
    },
    { showReadyMessage: false },
  );
  console.log(`✓ ${relative(ROOT, extensionPath)} (${(statSync(extensionPath).size / 1024).toFixed(0)} KiB)`);
}
