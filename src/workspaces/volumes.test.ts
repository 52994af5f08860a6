import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { validVolumes, validVolumeSettings, type VolumeMountInput } from './volumes.js';

const roots = ['/srv/enclave', '/data/home'];
const mount = (source: string, target = '/data', more: Partial<VolumeMountInput> = {}): VolumeMountInput => ({ source, target, ...more });

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

/** What is stored for a mount: the flags false unless given. */
const stored = (source: string, target = '/data', more: Partial<VolumeMountInput> = {}) => ({
  source,
  target,
  readOnly: false,
  requireAgent: false,
  ...more,
});

describe('validVolumes: accepted', () => {
  it.each([
    ['a named volume', mount('profile-{owner}'), stored('profile-{owner}')],
    ['both placeholders', mount('ws-{workspace}-{owner}'), stored('ws-{workspace}-{owner}')],
    ['a plain name', mount('shared.cache_1'), stored('shared.cache_1')],
    ['flags', mount('p{owner}', '/p', { readOnly: true, requireAgent: true }), stored('p{owner}', '/p', { readOnly: true, requireAgent: true })],
    ['null flags', mount('pv', '/p', { readOnly: null, requireAgent: null }), stored('pv', '/p')],
    ['a target normalized', mount('pv', '//home//user/./'), stored('pv', '/home/user')],
    ['a root itself', mount('/srv/enclave'), stored('/srv/enclave')],
    ['a path under a root', mount('/data/home/alice/'), stored('/data/home/alice')],
    ['a path normalized', mount('/srv//enclave/./x'), stored('/srv/enclave/x')],
  ])('%s', (_, input, expected) => expect(validVolumes([input], roots)).toEqual([expected]));

  it('takes 20 mounts and an empty list', () => {
    expect(validVolumes([], roots)).toEqual([]);
    expect(validVolumes(Array.from({ length: 20 }, (_, i) => mount(`v${i}`, `/m/${i}`)), roots)).toHaveLength(20);
  });
});

describe('validVolumes: refused, with field volumes and a message that says what to do', () => {
  it.each([
    ['21 mounts', Array.from({ length: 21 }, (_, i) => mount(`v${i}`, `/m/${i}`)), /at most 20/],
    ['a relative target', [mount('pv', 'data')], /absolute path in the container/],
    ['target /', [mount('pv', '/')], /other than "\/"/],
    ['target //', [mount('pv', '//')], /other than "\/"/],
    ['target with ..', [mount('pv', '/a/../b')], /without "\.\."/],
    ['target with a NUL', [mount('pv', '/a\u0000b')], /absolute path/],
    ['a duplicate target', [mount('a1', '/x'), mount('a2', '/x/')], /Two volumes mount at "\/x"/],
    ['an unknown placeholder', [mount('profile-{user}')], /has "\{user\}"; the only placeholders are \{owner\}/],
    ['an unclosed placeholder', [mount('profile-{owner')], /has "\{owner"/],
    ['a stray }', [mount('profile-owner}')], /has "\}"/],
    ['an empty placeholder', [mount('p{}')], /has "\{\}"/],
    ['nested braces', [mount('p{{owner}}')], /has "\{\}"/],
    ['a placeholder first', [mount('{owner}')], /starting with a letter or digit/],
    ['a leading dot', [mount('.profile')], /starting with a letter or digit/],
    ['a slash in a name', [mount('a/b')], /neither a named volume/],
    ['a space in a name', [mount('my profile')], /neither a named volume/],
    ['a one-character name', [mount('a')], /2 or more/],
    ['an empty source', [mount('')], /neither a named volume/],
    ['a Windows path', [mount('C:\\Users')], /neither a named volume/],
    ['a name too long once expanded', [mount(`p${'x'.repeat(60)}{owner}{workspace}`)], /too long/],
    ['a path outside the roots', [mount('/etc')], /not under ENCLAVE_BIND_ROOTS \(\/srv\/enclave, \/data\/home\)/],
    ['a sibling sharing a prefix', [mount('/srv/enclave2')], /not under ENCLAVE_BIND_ROOTS/],
    ['a parent of a root', [mount('/srv')], /not under ENCLAVE_BIND_ROOTS/],
    ['an escape with ..', [mount('/srv/enclave/../../etc')], /no "\.\."/],
    ['.. that stays inside', [mount('/srv/enclave/a/../b')], /no "\.\."/],
    ['a trailing ..', [mount('/srv/enclave/..')], /no "\.\."/],
    ['a control character in a path', [mount('/srv/enclave/a\nb')], /no control characters/],
    ['requireAgent on a host path', [mount('/srv/enclave/x', '/x', { requireAgent: true })], /requireAgent is for named volumes/],
  ])('%s', (_, input, message) => {
    const error = refusal(() => validVolumes(input, roots));
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe('volumes');
    expect(error.message).toMatch(message);
  });

  it('says host binds are off when ENCLAVE_BIND_ROOTS is empty', () => {
    const error = refusal(() => validVolumes([mount('/srv/enclave/x')], []));
    expect(error.message).toMatch(/host binds are off: ENCLAVE_BIND_ROOTS is empty/);
    expect(validVolumes([mount('profile-{owner}')], [])).toHaveLength(1);
  });
});

describe('validVolumeSettings', () => {
  it.each([
    [{}, {}],
    [{ volumes: null }, { volumes: [] }],
    [{ shmSizeMb: null }, { shmSizeMb: null }],
    [{ shmSizeMb: 1 }, { shmSizeMb: 1 }],
    [{ shmSizeMb: 65_536 }, { shmSizeMb: 65_536 }],
    [{ shmSizeMb: 2048, volumes: [mount('pv')] }, { shmSizeMb: 2048, volumes: [stored('pv')] }],
  ])('%j -> %j', (input, set) => expect(validVolumeSettings(input, roots)).toEqual(set));

  it.each([0, -1, 1.5, 65_537, Number.NaN])('refuses shmSizeMb %s', (shmSizeMb) => {
    const error = refusal(() => validVolumeSettings({ shmSizeMb }, roots));
    expect(error.extensions['field']).toBe('shmSizeMb');
    expect(error.message).toMatch(/whole number of MB from 1 to 65536.*or null for Docker's default/);
  });
});
