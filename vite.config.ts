import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// One source, two targets: Chrome (service worker) and Firefox (background scripts + gecko id).
const firefox = process.env.TARGET === 'firefox';
const firefoxManifest = {
  ...manifest,
  background: { scripts: [manifest.background.service_worker], type: 'module' },
  browser_specific_settings: {
    gecko: { id: 'gloss@gloss.example', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
  },
} as unknown as ManifestV3Export;

/** Where the heavy detectors go; `src/content/index.ts` imports them from this path (checked below). */
const HEAVY_CHUNK = 'assets/heavy-detectors.js';
const CONTENT_SCRIPT = 'src/content/index.js';

/**
 * The content script is built as one classic script (crxjs `standaloneFiles`): the browser runs it
 * as it injects it, where a module graph would first be fetched piece by piece (two round trips,
 * 100 ms and more on a busy machine, before any Gloss code runs). Its one lazy part, the heavy
 * detectors (Readability, franc), is emitted here as an ES module at a fixed path that the script
 * imports by URL on the pages that need it, and is listed as the one web-accessible resource.
 */
function heavyChunk(): Plugin {
  return {
    name: 'gloss:heavy-chunk',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: resolve(import.meta.dirname, 'src/core/article/heavy.ts'),
        fileName: HEAVY_CHUNK,
        preserveSignature: 'strict',
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = bundle['manifest.json'];
        if (!file || file.type !== 'asset') return;
        const script = bundle[CONTENT_SCRIPT];
        const code = script?.type === 'asset' ? String(script.source) : script?.type === 'chunk' ? script.code : '';
        if (!code.includes(HEAVY_CHUNK)) throw new Error(`${CONTENT_SCRIPT} does not import ${HEAVY_CHUNK}`);
        // The chunk and the shared chunks it imports (the bundler's runtime helpers).
        const files = new Set<string>();
        const add = (name: string) => {
          const chunk = bundle[name];
          if (files.has(name) || !chunk || chunk.type !== 'chunk') return;
          files.add(name);
          chunk.imports.forEach(add);
        };
        add(HEAVY_CHUNK);
        // The only web-accessible files: pages can see that Gloss is installed by fetching them, so
        // nothing else is (the knowledge base is read by the background).
        const m = JSON.parse(String(file.source)) as { web_accessible_resources?: { resources: string[]; matches: string[] }[] };
        if (m.web_accessible_resources?.length) throw new Error('manifest.json: web_accessible_resources is written here');
        m.web_accessible_resources = [{ resources: [...files], matches: ['http://*/*', 'https://*/*'] }];
        file.source = JSON.stringify(m, null, 2);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: firefox ? firefoxManifest : (manifest as ManifestV3Export),
      browser: firefox ? 'firefox' : 'chrome',
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    heavyChunk(),
  ],
  build: { outDir: firefox ? 'dist/firefox' : 'dist/chrome', emptyOutDir: true, target: 'es2022' },
  // Tests and the e2e server use their own ports; keep dev server off the loopback range they pick.
  server: { strictPort: true },
});
