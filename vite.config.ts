import { defineConfig } from 'vite';
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

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: firefox ? firefoxManifest : (manifest as ManifestV3Export), browser: firefox ? 'firefox' : 'chrome' }),
  ],
  build: { outDir: firefox ? 'dist/firefox' : 'dist/chrome', emptyOutDir: true, target: 'es2022' },
  // Tests and the e2e server use their own ports; keep dev server off the loopback range they pick.
  server: { strictPort: true },
});
