import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; TLS private keys and tokens are never logged, whatever object carries them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'enclave' },
    redact: { paths: ['*.tlsKey', '*.tls.key', '*.token', '*.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
