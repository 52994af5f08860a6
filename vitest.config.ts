import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node loads its CommonJS build, Vite would pick its "module" build. One copy only,
    // as in production, or graphql's instanceof checks reject objects made by the other ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Integration files start their own dockerd agents; two at a time fits these 2-core machines.
    maxWorkers: 2,
    outputFile: { junit: 'test-output/junit.xml' },
    reporters: ['default', 'junit'],
  },
});
