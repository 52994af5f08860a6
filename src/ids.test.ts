import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { validLabels } from './ids.js';

describe('validLabels', () => {
  it.each([
    ['sorted', ['site=lab-2', 'gpu=a100'], ['gpu=a100', 'site=lab-2']],
    ['trimmed, the same label kept once', [' gpu=a100 ', 'gpu=a100'], ['gpu=a100']],
    ['an empty value', ['ssd='], ['ssd=']],
    ['a prefixed key', ['example.com/gpu=A100_80GB'], ['example.com/gpu=A100_80GB']],
    ['a one-character key', ['x=1'], ['x=1']],
    ['a 63-character key and value', [`${'k'.repeat(63)}=${'v'.repeat(63)}`], [`${'k'.repeat(63)}=${'v'.repeat(63)}`]],
    ['none', [], []],
    ['64 labels', Array.from({ length: 64 }, (_, i) => `k${i}=v`), Array.from({ length: 64 }, (_, i) => `k${i}=v`).sort()],
  ])('accepts %s', (_, raw, stored) => {
    expect(validLabels(raw, 'labels')).toEqual(stored);
  });

  it.each([
    ['no "="', ['gpu'], /is not a label: write key=value/],
    ['an empty key', ['=a100'], /is not a label/],
    ['a key starting with "-"', ['-gpu=a100'], /is not a label/],
    ['a key ending with "/"', ['example.com/=x'], /is not a label/],
    ['a 64-character key', [`${'k'.repeat(64)}=v`], /is not a label/],
    ['a 64-character value', [`k=${'v'.repeat(64)}`], /is not a label/],
    ['a space in the value', ['gpu=a 100'], /is not a label/],
    ['a second "=" in the value', ['a=b=c'], /is not a label/],
    ['NUL', ['gpu=a\u0000'], /is not a label/],
    ['a key twice', ['gpu=a100', 'gpu=h100'], /gives key "gpu" twice \(gpu=a100, gpu=h100\)/],
    ['65 labels', Array.from({ length: 65 }, (_, i) => `k${i}=v`), /has 65 labels; give at most 64/],
  ])('refuses %s', (_, raw, message) => {
    let error: unknown;
    try {
      validLabels(raw, 'agentSelector');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    expect((error as AppError).message).toMatch(message);
  });
});
