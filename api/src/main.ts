import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts the API on the configured port. Used by `pnpm start` (scripts/start.mjs) and Docker. */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = loadConfig(env);
  const app = await createApp(config, { logger: ['error', 'warn'] });
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  return { url, close: () => app.close() };
}

if (require.main === module) {
  const started = Date.now();
  startServer().then(
    (server) => {
      Logger.log(`Wholesail API ready at ${server.url} in ${Date.now() - started} ms`, 'Bootstrap');
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Bootstrap');
      process.exit(1);
    },
  );
}
