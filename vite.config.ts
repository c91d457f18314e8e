// The dashboard's build: web/ → dist/web/, served by `fineline serve`. One HTML entry per page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const PAGES = ['index', 'relations', 'model', 'scenario', 'data', '404'];

export default defineConfig({
  root: 'web',
  base: './',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: Object.fromEntries(
        PAGES.map((page) => [page, fileURLToPath(new URL(`./web/${page}.html`, import.meta.url))]),
      ),
    },
  },
});
