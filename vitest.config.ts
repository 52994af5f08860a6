import { defineConfig } from 'vitest/config';

export default defineConfig({
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
