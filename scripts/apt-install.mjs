// Shared by ensure-chromium and ensure-firefox: install a Debian package with apt-get when running
// as root, otherwise stop with a message that says how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * @param pkg     the Debian package ("chromium", "firefox-esr")
 * @param what    what is missing, for the messages ("Chromium at /usr/bin/chromium")
 * @param manual  what to do without apt-get
 */
export function aptInstall(pkg, what, manual) {
  const root = process.getuid?.() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(
      `${what} was not found.\n${apt ? `Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}\n` : `${manual}\n`}`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian ${pkg} (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', pkg],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
      process.exit(1);
    }
  }
}
