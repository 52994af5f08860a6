import { createHash } from 'node:crypto';

/**
 * Docker's rule for volume names (moby daemon/names: RestrictedNamePattern, so at least two characters). The local
 * driver makes a directory of that name under /var/lib/docker/volumes, so a name is also at most 255 bytes.
 */
export const volumeNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
export const maxVolumeNameLength = 255;

/** The longest that volumeNamePart returns. */
export const maxVolumeNamePart = 160;

const kept = /^[a-z0-9]$/;

/**
 * Any text as part of a volume name, injectively (two texts never give the same part): lower-case letters, digits and
 * (not first) "." and "-" are kept, every other character, "_" and upper case among them, becomes "_" and the hex of
 * its UTF-8 bytes ("alice@example.com" -> "alice_40example.com", "Bob" -> "_42ob"). So "_" is always followed by two
 * hex digits, and "__" never appears: past maxVolumeNamePart characters, the part is cut and ends with "__" and a
 * hash of the whole, which no uncut part can equal.
 */
export function volumeNamePart(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    out += kept.test(char) || (out !== '' && (char === '.' || char === '-')) ? char : escaped(codePoint);
  }
  if (out === '') return '_'; // nothing else encodes to a lone "_"
  if (out.length <= maxVolumeNamePart) return out;
  const hash = createHash('sha256').update(out).digest('hex').slice(0, 32);
  let cut = maxVolumeNamePart - 2 - hash.length;
  // Not inside an escape, for readability (the "__" marker keeps it unambiguous either way).
  if (out[cut - 1] === '_') cut -= 1;
  else if (out[cut - 2] === '_') cut -= 2;
  return `${out.slice(0, cut)}__${hash}`;
}

/**
 * "_" and two hex digits per UTF-8 byte. Lone surrogates are encoded as their own code points (WTF-8) rather than as
 * U+FFFD, as Buffer would: "\ud800" and "\udfff" must not share a name.
 */
function escaped(codePoint: number): string {
  const bytes =
    codePoint < 0x80
      ? [codePoint]
      : codePoint < 0x800
        ? [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)]
        : codePoint < 0x10000
          ? [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)]
          : [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  return bytes.map((b) => `_${b.toString(16).padStart(2, '0')}`).join('');
}
