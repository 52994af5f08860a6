import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Three pages built into dist/web, which src/http/web.ts serves: `/` (index.html, the GraphiQL playground), `/launch`
// (launch.html) and `/fleet` (fleet.html). Everything the pages load is bundled here, so they work offline, in an
// air-gapped enclave.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  // Nothing in web/public: the pages need no static copies.
  publicDir: false,
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // The polyfill is for browsers without <link rel=modulepreload>; the pages target current ones.
    modulePreload: { polyfill: false },
    // Monaco (GraphiQL's editor) is large by nature; it is one chunk loaded by the playground only.
    chunkSizeWarningLimit: 5000,
    // Monaco's icon font is inlined (the CSP allows data: fonts), so no asset type the server does not know is emitted.
    assetsInlineLimit: (file) => (file.endsWith('.ttf') ? true : undefined),
    rolldownOptions: {
      input: { index: here('index.html'), launch: here('launch.html'), fleet: here('fleet.html') },
      // React libraries mark modules "use client", which means nothing outside a server-components framework.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // Module workers: Monaco's editor, JSON and GraphQL language workers, each a file under /assets.
  worker: { format: 'es' },
});
