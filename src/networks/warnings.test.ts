import { describe, it, expect } from 'vitest';
import { networkWarnings } from './warnings.js';

describe.each([
  {
    defaultNetwork: 'enclave_default',
    quiet: [
      ['z_enclave_2', 'the seed’s z_-prefixed name'],
      ['enclave_default', 'the default network itself'],
      ['enclave_default2', 'the default name plus a suffix'],
      ['enclave_default_x', 'the default name plus an underscore suffix'],
      ['enclave_e', 'a later byte after a shared prefix'],
      ['f', 'a single later letter'],
      ['z_abc', 'the suggested rename of "abc"'],
    ],
    warned: [
      ['abc', 'a lowercase name earlier in the alphabet'],
      ['Z_upper', 'uppercase sorts before lowercase bytewise'],
      ['ZZZ', 'even "ZZZ" is before "e" bytewise'],
      ['enclave', 'a prefix of the default name'],
      ['enclave_a', 'an earlier byte after a shared prefix'],
      ['enclave-net', '"-" (0x2d) sorts before "_" (0x5f)'],
      ['0net', 'digits sort before letters'],
      ['_net', '"_" (0x5f) sorts before lowercase'],
    ],
  },
  {
    defaultNetwork: 'kasm_default_network',
    quiet: [
      ['z_enclave_2', 'the seed’s z_-prefixed name'],
      ['kasm_default_network', 'the default network itself'],
      ['kasm_default_network_2', 'the default name plus a suffix'],
      ['z_abc', 'the suggested rename of "abc"'],
    ],
    warned: [
      ['enclave_default', 'another project’s default network'],
      ['abc', 'a name earlier in the alphabet'],
      ['kasm', 'a prefix of the default name'],
      ['Z_upper', 'uppercase sorts before lowercase bytewise'],
    ],
  },
])('networkWarnings with default network "$defaultNetwork"', ({ defaultNetwork, quiet, warned }) => {
  it.each(quiet)('"%s" (%s): no warning', (name) => {
    expect(networkWarnings(name, defaultNetwork)).toEqual([]);
  });

  it.each(warned)('"%s" (%s): one warning naming both networks and suggesting a z_ prefix', (name) => {
    const warnings = networkWarnings(name, defaultNetwork);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning).toContain(`"${name}"`);
    expect(warning).toContain(`"${defaultNetwork}"`);
    expect(warning).toContain(`"z_${name}"`);
    expect(warning).toMatch(/sorts before/);
    // the suggested rename is itself quiet
    expect(networkWarnings(`z_${name}`, defaultNetwork)).toEqual([]);
  });
});
