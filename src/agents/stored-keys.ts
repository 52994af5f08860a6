import type { Logger } from 'pino';
import { ConfigError } from '../config.js';
import type { SecretBox } from '../secrets.js';
import type { AgentsRepository } from './agents.repository.js';

/**
 * A start-up step: seals the agents' TLS keys stored in the clear when ENCLAVE_SECRET_KEY is set, and refuses to
 * start (ConfigError) when a sealed key does not open (no key, or another one), since those agents could not be reached.
 */
export async function checkStoredKeys({ agents, secrets, log }: { agents: AgentsRepository; secrets: SecretBox; log: Logger }): Promise<void> {
  const problems: string[] = [];
  let sealed = 0;
  let clear = 0;
  for (const { id, name, tlsKey } of await agents.withTlsKeys()) {
    if (secrets.isSealed(tlsKey)) {
      try {
        secrets.open(tlsKey);
      } catch (error) {
        problems.push(`agent "${name}": its TLS key cannot be read: ${(error as Error).message}`);
      }
    } else if (secrets.sealing) {
      await agents.replaceTlsKey(id, tlsKey, secrets.seal(tlsKey));
      sealed++;
    } else clear++;
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  if (sealed > 0) log.info({ agents: sealed }, 'encrypted the TLS keys that were stored in the clear');
  if (clear > 0) log.warn({ agents: clear }, "agents' TLS private keys are stored unencrypted: set ENCLAVE_SECRET_KEY to encrypt them");
}
