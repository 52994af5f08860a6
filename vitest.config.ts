import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node loads its CommonJS build, Vite would pick its "module" build. One copy only,
    // as in production, or graphql's instanceof checks reject objects made by the other ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'server', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/browser/**'] } },
      // Chromium drops its connections when the host's interfaces change (ERR_NETWORK_CHANGED), and the other files
      // make interfaces all the time (each dockerd its bridges, networks, veth pairs): the pages are tested after them,
      // one file at a time.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Integration files start their own dockerd agents; two at a time fits these 2-core machines.
    maxWorkers: 2,
    outputFile: { junit: 'test-output/junit.xml' },
    reporters: ['default', 'junit'],
  },
});
