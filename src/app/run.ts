import { type Config, loadConfig, secretsOf } from './config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { CATALOGUES } from './catalogues.ts';
import { startLanguagePacks } from './language-packs.ts';
import { createShutdown, type Shutdown } from './shutdown.ts';
import { startupErrorLine } from './startup-errors.ts';

/** Hard deadline for SIGINT/SIGTERM: whatever is still open after this is abandoned. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ProcessContext {
  config: Config;
  logger: Logger;
  shutdown: Shutdown;
}

/**
 * Runs one role of the service: reads the configuration, starts the role, and owns the process's exit.
 * A start-up failure prints one readable line and exits 1 after closing whatever had started
 * (the private redis-server included). SIGINT/SIGTERM close everything and exit 0.
 */
export function runProcess(role: string, start: (context: ProcessContext) => Promise<void>): void {
  let config: Config;
  let languagePacks: ReturnType<typeof startLanguagePacks>;
  try {
    config = loadConfig();
    languagePacks = startLanguagePacks(config.localesDir, CATALOGUES);
  } catch (error) {
    process.stderr.write(`${startupErrorLine(error)}\n`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) }).child({ role });
  const shutdown = createShutdown(logger);
  if (languagePacks.length > 0)
    logger.info({ languagePacks }, 'language packs loaded (missing keys are said in Vietnamese)');

  let startup: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting anyway');
      process.exit(exitCode || 1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // A signal during start-up waits for the start to settle, so nothing it opens later is left running.
    void startup
      .catch(() => undefined)
      .then(() => shutdown.run(reason))
      .finally(() => {
        logger.flush();
        process.exit(exitCode);
      });
  };

  process.on('SIGINT', () => stop('SIGINT', 0));
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  process.on('unhandledRejection', (reason) => {
    // A bug somewhere, not a reason to drop everyone's work: log it and keep serving.
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; shutting down');
    stop('uncaught exception', 1);
  });

  const started = performance.now();
  startup = start({ config, logger, shutdown });
  startup.then(
    () => logger.info({ startupMs: Math.round(performance.now() - started) }, 'started'),
    async (error: unknown) => {
      if (stopping) return; // stopped on purpose while starting; the signal handler finishes the job
      process.stderr.write(`${startupErrorLine(error)}\n`);
      logger.debug({ err: error }, 'start-up failed');
      await shutdown.run('start-up failed');
      process.exit(1);
    },
  );
}
