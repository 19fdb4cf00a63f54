// Makes sure Debian's Firefox ESR is there for the Firefox end-to-end test: installs it with
// apt-get when running as root, otherwise stops with a message that says how. The Firefox build
// needs Firefox 142 or newer (manifest strict_min_version); bookworm-security ships 153 ESR.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { aptInstall } from './apt-install.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MIN_MAJOR = 142;

/** The major version `FIREFOX --version` reports, and what it printed. */
function version() {
  const out = spawnSync(FIREFOX, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return { major: Number(/(\d+)\.\d/.exec(out)?.[1]), out };
}

function checkVersion() {
  if (!existsSync(FIREFOX)) {
    console.error(`Firefox is still not at ${FIREFOX} (FIREFOX_PATH); apt-get installs it as /usr/bin/firefox-esr.`);
    process.exit(1);
  }
  const { major, out } = version();
  if (!(major >= MIN_MAJOR)) {
    console.error(
      `${FIREFOX} reports "${out.trim()}"; Gloss needs Firefox ${MIN_MAJOR} or newer.\n` +
        'On Debian 12 the newer ESR comes from bookworm-security: make sure it is in the apt sources, then\n' +
        'apt-get update && apt-get install -y firefox-esr (or set FIREFOX_PATH to a newer Firefox).\n',
    );
    process.exit(1);
  }
  return FIREFOX;
}

export function ensureFirefox() {
  const install = (what) =>
    aptInstall('firefox-esr', what, `Install Firefox ${MIN_MAJOR} or newer and set FIREFOX_PATH to its executable.`);
  if (!existsSync(FIREFOX)) install(`Firefox at ${FIREFOX}`);
  // Debian's own firefox-esr installed from package lists older than bookworm-security's 153 ESR
  // (seen on a new machine: 140, from lists read before the security suite's) is upgraded the
  // same way: apt-get update, then install. A Firefox named by FIREFOX_PATH is left as it is.
  else if (!process.env.FIREFOX_PATH && !(version().major >= MIN_MAJOR)) install(`Firefox ${MIN_MAJOR} or newer at ${FIREFOX}`);
  return checkVersion();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureFirefox());
