import type { Logger } from 'pino';
import { ConfigError } from '../config.js';
import type { SecretBox } from '../secrets.js';
import type { RegistriesRepository } from './registries.repository.js';

/**
 * A start-up step, as for agents' TLS keys: seals the registry passwords stored in the clear when ENCLAVE_SECRET_KEY is
 * set, and refuses to start (ConfigError) when a sealed one does not open (no key, or another one), since pulls from
 * that registry would fail.
 */
export async function checkStoredPasswords(deps: { registries: RegistriesRepository; secrets: SecretBox; log: Logger }): Promise<void> {
  const { registries, secrets, log } = deps;
  const problems: string[] = [];
  let sealed = 0;
  let clear = 0;
  for (const { id, registry, password } of await registries.withPasswords()) {
    if (secrets.isSealed(password)) {
      try {
        secrets.open(password);
      } catch (error) {
        problems.push(`registry credential for "${registry}": its password cannot be read: ${(error as Error).message}`);
      }
    } else if (secrets.sealing) {
      await registries.replacePassword(id, password, secrets.seal(password));
      sealed++;
    } else clear++;
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  if (sealed > 0) log.info({ credentials: sealed }, 'encrypted the registry passwords that were stored in the clear');
  if (clear > 0) log.warn({ credentials: clear }, 'registry passwords are stored unencrypted: set ENCLAVE_SECRET_KEY to encrypt them');
}
