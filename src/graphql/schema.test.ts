import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const root = new URL('../../', import.meta.url).pathname;

describe('generated code', () => {
  it('matches schema.graphql and the operations of web/, test/ and bench/ (run `npm run codegen` after editing them)', async () => {
    const outputs = await generate({ ...config, silent: true, cwd: root }, false);
    expect(outputs.length).toBeGreaterThan(3);
    for (const output of outputs) expect(output.content, output.filename).toBe(readFileSync(resolve(root, output.filename), 'utf8'));
  });
});
