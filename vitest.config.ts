import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx plugin stays out of unit tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    // Core tests build their own DOMs with JSDOM; component tests opt into a DOM environment per file.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
