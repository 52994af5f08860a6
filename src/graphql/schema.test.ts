import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

describe('generated resolver types', () => {
  it('match schema.graphql (run `npm run codegen` after editing the schema)', async () => {
    const [output] = await generate({ ...config, silent: true }, false);
    const committed = readFileSync(new URL('../__generated__/resolvers-types.ts', import.meta.url), 'utf8');
    expect(output.content).toBe(committed);
  });
});
