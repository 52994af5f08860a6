import type { Logger } from 'pino';
import { registryOf, serverAddressOf } from '../docker/image-registry.js';
import type { RegistryAuth } from '../docker/images.js';
import { AppError, ErrorCode } from '../errors.js';
import { assertId } from '../ids.js';
import type { SecretBox } from '../secrets.js';
import type { RegistriesRepository, RegistryCredential } from './registries.repository.js';
import { validCredential, type RegistryCredentialInput } from './registries.validation.js';
import { checkStoredPasswords } from './stored-passwords.js';

export interface RegistriesServiceDeps {
  repository: RegistriesRepository;
  /** Seals passwords under ENCLAVE_SECRET_KEY, as agents' TLS keys are. */
  secrets: SecretBox;
  log: Logger;
}

export type RegistriesService = ReturnType<typeof createRegistriesService>;

/** Credentials for private registries: stored sealed, never shown, handed to the daemon for pulls from their registry. */
export function createRegistriesService({ repository, secrets, log }: RegistriesServiceDeps) {
  return {
    /** A start-up step: seals passwords stored in the clear; ConfigError when a sealed one does not open. */
    checkStoredPasswords: () => checkStoredPasswords({ registries: repository, secrets, log }),

    list: (): Promise<RegistryCredential[]> => repository.list(),

    /** Stores the credential of its registry, replacing the one it had. */
    async create(input: RegistryCredentialInput): Promise<RegistryCredential> {
      const { registry, username, password } = validCredential(input);
      return repository.upsert({ registry, username, password: secrets.seal(password) });
    },

    async delete(id: string): Promise<string> {
      assertId(id, 'registry credential');
      if (!(await repository.delete(id)))
        throw new AppError(ErrorCode.NOT_FOUND, `No registry credential with id "${id}". List them with the \`registryCredentials\` query.`);
      return id;
    },

    /** The credentials for pulling `image`, if its registry has some; the password opened for the daemon. */
    async pullAuth(image: string): Promise<RegistryAuth | undefined> {
      const registry = registryOf(image);
      const stored = await repository.forRegistry(registry);
      return stored && { username: stored.username, password: secrets.open(stored.password), serveraddress: serverAddressOf(registry) };
    },
  };
}
