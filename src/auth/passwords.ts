// Password hashing and the password policy, after OWASP's Password Storage and Authentication cheat sheets and NIST
// SP 800-63B: scrypt with a per-password salt, stored as a PHC string; length and a deny list, no composition rules.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError, ErrorCode } from '../errors.js';

interface ScryptParameters {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation: N=2^17 (128 MiB), r=8, p=1. Raising them makes needsRehash() true for older hashes. */
const current: ScryptParameters = { ln: 17, r: 8, p: 1 };
const saltBytes = 16;
const keyBytes = 32;
/** What a stored string may ask for: above these it is not ours, and would cost seconds or gigabytes to check. */
const ceiling: ScryptParameters = { ln: 20, r: 16, p: 4 };
/** 1 GiB: N=2^20 with r=8, or N=2^19 with r=16. */
const maxMemory = 2 ** 30;

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

/**
 * The form a password is hashed and checked in: NFKC, so that the same characters typed on another keyboard or system
 * (composed or decomposed accents, full-width forms) are the same password (NIST SP 800-63B 5.1.1.2).
 */
export const normalizePassword = (password: string): string => password.normalize('NFKC');

/** A new salted hash of `password`, as `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (unpadded base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, current, keyBytes);
  return format(current, salt, key);
}

/**
 * Whether `password` is the one `stored` was made from. Without a usable hash (unknown user, no password, a string
 * that is not ours) it hashes anyway, against a dummy, and answers false: the same answer in the same time as for a
 * wrong password, so that the answer does not tell which usernames exist.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored === null ? undefined : parse(stored);
  if (!parsed) {
    const dummy = parse(dummyHash())!;
    await derive(password, dummy.salt, dummy.parameters, dummy.key.length);
    return false;
  }
  const key = await derive(password, parsed.salt, parsed.parameters, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** Whether `stored` was made with weaker parameters than hashPassword() uses now: rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const { ln, r, p } = parsed.parameters;
  return ln < current.ln || r < current.r || p < current.p;
}

/**
 * Refuses a password that is too short, too long, contains the username or is among the most common ones (NIST SP
 * 800-63B 5.1.1.2: length and a deny list, no rules about character classes).
 */
export function checkPasswordPolicy(password: string, username: string): void {
  const normalized = normalizePassword(password);
  // Code points, not UTF-16 units: an emoji is one character to the person typing it.
  const length = [...normalized].length;
  if (length < minPasswordLength) {
    refuse(`Choose a password of at least ${minPasswordLength} characters (this one has ${length}): a few unrelated words make a long password that is easy to remember.`);
  }
  if (length > maxPasswordLength) {
    refuse(`Choose a password of at most ${maxPasswordLength} characters (this one has ${length}).`);
  }
  const lower = normalized.toLowerCase();
  const name = normalizePassword(username).toLowerCase();
  if (name && lower.includes(name)) {
    refuse('Choose a password that does not contain your username: it is the first thing an attacker tries.');
  }
  if (commonPasswords.has(lower)) {
    refuse('This password is one of the most common ones, which attackers try first: choose another, e.g. a few unrelated words.');
  }
}

function refuse(message: string): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'password' });
}

/** Common passwords that pass the length rule (from published breach top lists); shorter ones are refused anyway. */
const commonPasswords = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '123123123123', '111111111111', '000000000000',
  '987654321098', 'password1234', 'password12345', 'password123!', 'passw0rd1234', 'p@ssw0rd1234', 'passwordpassword',
  'qwertyuiopas', 'qwertyuiop12', 'qwerty123456', 'qwertyqwerty', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3',
  'asdfghjkl123', 'abcdefghijkl', 'abc123abc123', 'iloveyou1234', 'letmein12345', 'welcome12345', 'admin1234567',
  'administrator', 'changeme1234', 'football1234', 'baseball1234', 'sunshine1234', 'princess1234', 'aaaaaaaaaaaa',
]);

interface Parsed {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

// At least a 16-byte salt (22 characters) and a 32-byte key (43): scrypt's shorter outputs are prefixes of its longer
// ones, so a truncated key would otherwise still match.
const phc = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{22,88})\$([A-Za-z0-9+/]{43,88})$/;

/** The parts of a PHC string, or undefined when it is malformed, too short or asks for more than the ceiling. */
function parse(stored: string): Parsed | undefined {
  const match = phc.exec(stored);
  if (!match) return undefined;
  const [ln, r, p] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (ln < 1 || ln > ceiling.ln || r < 1 || r > ceiling.r || p < 1 || p > ceiling.p) return undefined;
  if (128 * r * 2 ** ln > maxMemory) return undefined;
  return { parameters: { ln, r, p }, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

// OpenSSL's scrypt needs 128·r·(N + p + 2) bytes; Node refuses more than `maxmem`.
const memoryNeeded = ({ ln, r, p }: ScryptParameters) => 128 * r * (2 ** ln + p + 2);

/** The async scrypt: it runs on libuv's thread pool, leaving the event loop free for the half second or so it takes. */
function derive(password: string, salt: Buffer, parameters: ScryptParameters, length: number): Promise<Buffer> {
  const { ln, r, p } = parameters;
  const options: ScryptOptions = { N: 2 ** ln, r, p, maxmem: memoryNeeded(parameters) + 2 ** 20 };
  return new Promise((resolve, reject) =>
    scrypt(normalizePassword(password), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

let dummy: string | undefined;
/**
 * A PHC string with the current parameters that no password matches: random salt and key, so that making it costs no
 * hash of its own (the first unknown user's sign-in takes no longer than the next one).
 */
const dummyHash = () => (dummy ??= format(current, randomBytes(saltBytes), randomBytes(keyBytes)));

/** The PHC string format (https://github.com/P-H-C/phc-string-format): base64 without padding. */
const format = ({ ln, r, p }: ScryptParameters, salt: Buffer, key: Buffer) => `$scrypt$ln=${ln},r=${r},p=${p}$${unpadded(salt)}$${unpadded(key)}`;
const unpadded = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
