import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  build: {
    // The API serves this folder (WEB_ROOT defaults to dist/apps/web).
    outDir: `${repoRoot}dist/apps/web`,
    emptyOutDir: true,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:3000' },
  },
});
