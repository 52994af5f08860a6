import { describe, expect, it } from 'vitest';
import { maxVolumeNamePart, volumeNamePart, volumeNamePattern } from './volume-names.js';

describe('volumeNamePart', () => {
  it.each([
    ['alice', 'alice'],
    ['alice@example.com', 'alice_40example.com'],
    ['Bob', '_42ob'],
    ['a_b', 'a_5fb'],
    ['a b', 'a_20b'],
    ['a/b', 'a_2fb'],
    ['../etc', '_2e._2fetc'],
    ['-x', '_2dx'],
    ['x-y.z', 'x-y.z'],
    ['zoé', 'zo_c3_a9'],
    ['😀', '_f0_9f_98_80'],
    ['', '_'],
  ])('%j -> %j', (owner, part) => expect(volumeNamePart(owner)).toBe(part));

  // Pairs that a careless encoding would merge.
  it.each([
    ['a_b', 'a b'],
    ['a_20b', 'a b'],
    ['a_5fb', 'a_b'],
    ['Alice', 'alice'],
    ['_41lice', 'Alice'],
    ['.x', '_2ex'],
    ['-x', 'x'],
    ['a.b', 'a_2eb'],
    ['a/b', 'a-b'],
    ['a/b', 'a_b'],
    ['é', 'e\u0301'],
    ['\ud800', '\udfff'],
    ['\ud800', '\ufffd'],
    ['', '_'],
    ['x'.repeat(300), `${'x'.repeat(299)}y`],
    ['x'.repeat(300), 'x'.repeat(301)],
    ['x'.repeat(161), 'x'.repeat(160)],
  ])('%j and %j get different parts', (a, b) => expect(volumeNamePart(a)).not.toBe(volumeNamePart(b)));

  it('is injective over a crowd of tricky names', () => {
    const names = ['', ' ', '_', '__', '.', '-', '..', 'a', 'A', 'a.', 'a-', 'a_', '_a', 'a__', '_5f', '_5F', 'a@b', 'a%40b', 'root', 'ROOT'];
    const more = [...names, ...names.map((n) => `${n}x`), ...names.map((n) => `x${n}`), '\u0000', '\n', 'a\u0000b', 'ß', 'ss', 'İ', 'i̇'];
    const long = Array.from({ length: 50 }, (_, i) => `${'y'.repeat(150 + i)}@${i}`);
    const all = [...new Set([...more, ...long])];
    expect(new Set(all.map(volumeNamePart)).size).toBe(all.length);
  });

  it('keeps to the characters and length of a Docker volume name', () => {
    for (const owner of ['alice', '.hidden', '-dash', 'Ünïcödé user/with spaces', '😀'.repeat(100), 'x'.repeat(1000), '_'.repeat(80)]) {
      const part = volumeNamePart(owner);
      expect(part.length).toBeLessThanOrEqual(maxVolumeNamePart);
      expect(`profile-${part}`).toMatch(volumeNamePattern);
      expect(part).not.toMatch(/^[.-]/);
    }
  });

  it('cuts a long name to a prefix and a hash, and no short name can look like that', () => {
    const cut = volumeNamePart('z'.repeat(500));
    expect(cut).toMatch(/^z{126}__[0-9a-f]{32}$/);
    expect(volumeNamePart('z'.repeat(160))).toBe('z'.repeat(160));
    // "__" never appears uncut: "_" is always followed by two hex digits.
    expect(volumeNamePart(`${'z'.repeat(126)}__`)).toBe(`${'z'.repeat(126)}_5f_5f`);
  });
});
