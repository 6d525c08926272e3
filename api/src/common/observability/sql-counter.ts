import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

const store = new AsyncLocalStorage<{ count: number }>();

/**
 * Counts SQL statements per HTTP request and reports them in the `x-sql-count` response header.
 * Only on when SQL_COUNT_HEADER is set (benchmarks, tests that pin query counts): N+1 shows up as a number.
 */
export function sqlCountMiddleware(req: Request, res: Response, next: NextFunction): void {
  const counter = { count: 0 };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent) res.setHeader('x-sql-count', String(counter.count));
    return writeHead(...args);
  }) as typeof res.writeHead;
  store.run(counter, next);
}

/** TypeORM logger that counts statements (always cheap) and prints only errors and warnings. */
export class CountingLogger extends AbstractLogger {
  constructor() {
    super(['error', 'warn']);
  }

  override logQuery(): void {
    const counter = store.getStore();
    if (counter) counter.count += 1;
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[], _runner?: QueryRunner): void {
    if (level !== 'error' && level !== 'warn') return;
    for (const m of Array.isArray(message) ? message : [message]) console.error(`[typeorm] ${String(m.message)}`);
  }
}
