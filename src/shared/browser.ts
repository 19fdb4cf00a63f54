/**
 * The extension API (`browser.*`, with promises) for every extension context: the browser's own
 * `browser` namespace where it has one (Firefox, and Chromium 156 here), else webextension-polyfill's
 * wrapper around `chrome`. Imported from here instead of `import browser from 'webextension-polyfill'`
 * in each module, for the cost of a content script's start on every page:
 *  - The polyfill is a CommonJS module, and the bundler's interop for an `import` of one
 *    (`__toESM`) copies every own property of its export onto a new object, asking each for its
 *    descriptor. Where the browser has a `browser` namespace the polyfill exports that object, and
 *    asking for the descriptor of each of its namespaces (`app`, `i18n`, `runtime`, `storage`...)
 *    makes the browser build them all, most of which Gloss never uses. `require` hands over the
 *    export untouched (the bundler resolves it like any import, and runs the module only when
 *    called).
 *  - The polyfill's own test for a native namespace (the same as below) first builds
 *    `chrome.runtime` too.
 * Measured on the seed page in Chromium 156 (time from the content script's first line to the API
 * being ready; three rounds of 20 loads, machine load 2-6): medians 6.0-8.3 ms with the default
 * import, 2.0-2.5 ms with this (fastest loads 3.0 vs 1.3 ms).
 */
import type Polyfill from 'webextension-polyfill';

type Api = typeof Polyfill;
declare const require: (id: 'webextension-polyfill') => Api;

const native = (globalThis as { browser?: Api }).browser;

export const browser: Api = native?.runtime?.id ? native : require('webextension-polyfill');
