// Makes sure Debian's Chromium is there for the end-to-end tests and the demo: installs it with
// apt-get when running as root, otherwise stops with a message that says how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = process.getuid?.() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(
      `Chromium was not found at ${CHROMIUM}.\n` +
        (apt
          ? 'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n'
          : 'Install Chromium and set CHROMIUM_PATH to its executable.\n'),
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
      process.exit(1);
    }
  }
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
