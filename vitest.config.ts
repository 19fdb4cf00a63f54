import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx plugin stays out of unit tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
