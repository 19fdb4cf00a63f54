// Makes sure Debian's Chromium is there for the end-to-end tests and the demo: installs it with
// apt-get when running as root, otherwise stops with a message that says how.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (!existsSync(CHROMIUM))
    aptInstall('chromium', `Chromium at ${CHROMIUM}`, 'Install Chromium and set CHROMIUM_PATH to its executable.');
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
