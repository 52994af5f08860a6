import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const log = createLogger(config.LOG_LEVEL);

// postgres.js 3.4 writes a batched query after its socket has closed when Postgres restarts, and the TypeError is
// thrown from a setImmediate no caller can catch (porsager/postgres#1208; the fix upstream is a null check). The
// query itself has already failed with CONNECTION_CLOSED and is retried by its caller, so that one error is only
// logged; anything else ends the process as Node would.
process.on('uncaughtException', (error) => {
  const driverBug =
    error instanceof TypeError && error.message.includes("reading 'write'") && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '');
  if (driverBug) return log.warn({ err: error }, 'ignored a write on a closed Postgres connection (postgres.js#1208)');
  log.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});

const app = await buildApp(config, log);

// Installed before start so that a signal during start-up also stops what has started.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Keeps the process alive until stop() ends, and bounds how long that may take.
    const force = setTimeout(() => {
      log.error('shutdown took more than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    app.stop().then(
      () => {
        clearTimeout(force);
        log.info('stopped');
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

let started;
try {
  started = await app.start();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  await app.stop().catch(() => {});
  process.exit(1);
}
const { url, bootstrapToken } = started;
log.info({ url, database: config.DATABASE_URL ? 'postgres' : `pglite:${config.ENCLAVE_DATA_DIR}` }, 'Enclave is listening');
if (bootstrapToken) {
  // Printed once, to the terminal rather than the log stream: only its hash is stored.
  process.stderr.write(
    `\nBootstrap admin token (shown once, store it now):\n\n  ${bootstrapToken}\n\n` +
      `Use it as "Authorization: Bearer <token>", or set ENCLAVE_ADMIN_TOKEN yourself.\n\n`,
  );
}
