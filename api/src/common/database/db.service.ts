import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Query, type PoolClient, type QueryArrayConfig, type QueryResultRow } from 'pg';
import { DataSource, EntityManager, ObjectLiteral, EntityTarget, Repository } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { RequestContext } from '../context/request-context';

/**
 * The one way to reach the database from a service: `db.manager(ctx)` is the transaction's
 * manager when the use case runs in one, the pool otherwise; `db.transaction(ctx, fn)` opens a
 * transaction (or joins the current one) and hands `fn` a context bound to it.
 */
@Injectable()
export class Db {
  constructor(readonly dataSource: DataSource) {}

  manager(ctx: RequestContext): EntityManager {
    return ctx.tx ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  async transaction<T>(
    ctx: RequestContext,
    fn: (tctx: RequestContext, manager: EntityManager) => Promise<T>,
    isolation: IsolationLevel = 'READ COMMITTED',
  ): Promise<T> {
    if (ctx.tx) return fn(ctx, ctx.tx);
    let tctx: RequestContext | null = null;
    const result = await this.dataSource.transaction(isolation, (manager) => {
      tctx = ctx.withTransaction(manager);
      return fn(tctx, manager);
    });
    for (const hook of (tctx as RequestContext | null)?.afterCommit ?? []) hook();
    return result;
  }

  /**
   * Runs `hook` after the context's transaction commits (never when it rolls back), or right away
   * when there is no transaction. For side effects outside the database: sending e-mail, events.
   */
  afterCommit(ctx: RequestContext, hook: () => void): void {
    if (ctx.tx) ctx.afterCommit.push(hook);
    else hook();
  }

  /**
   * Independent reads: in parallel on the pool, one after another inside a transaction (whose
   * single connection would only queue them, and pg deprecates overlapping queries on a client).
   */
  async all<T extends readonly unknown[]>(
    ctx: RequestContext,
    reads: { [K in keyof T]: () => Promise<T[K]> },
  ): Promise<T> {
    if (!ctx.tx) return Promise.all(reads.map((read) => read())) as unknown as Promise<T>;
    const results: unknown[] = [];
    for (const read of reads) results.push(await read());
    return results as unknown as T;
  }

  /**
   * Raw SQL with positional parameters, in the context's transaction when there is one.
   * Always returns the rows (also for UPDATE … RETURNING, which TypeORM otherwise wraps).
   */
  async query<R = Record<string, unknown>>(ctx: RequestContext, sql: string, params: unknown[] = []): Promise<R[]> {
    const { records } = await this.run(ctx, sql, params);
    return records as R[];
  }

  /**
   * Like `query`, as a named prepared statement: each connection parses and plans the statement once
   * (PostgreSQL switches to a generic plan after five runs) instead of on every call. For large
   * statements of a fixed text run on most requests, whose planning costs more than their execution
   * (the catalog's product rows). Only the values may vary: every distinct text is another statement
   * kept on every connection. When a migration has changed the type of one of its result columns,
   * PostgreSQL refuses the old statement: it is prepared again under a new name and run once more.
   */
  async prepared<R = Record<string, unknown>>(ctx: RequestContext, sql: string, params: unknown[] = []): Promise<R[]> {
    const manager = this.manager(ctx);
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(sql, params, runner);
      const run = () => client.query<R & QueryResultRow>({ name: this.statementName(sql), text: sql, values: params });
      try {
        return (await run()).rows;
      } catch (error) {
        // "cached plan must not change result type" (feature_not_supported), outside a transaction only:
        // inside one, the transaction is already aborted.
        if ((error as { code?: string }).code !== '0A000' || manager.queryRunner) throw error;
        this.statementNames.set(sql, `${this.statementName(sql)}_${++this.statementGeneration}`);
        return (await run()).rows;
      }
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }

  private statementName(sql: string): string {
    let name = this.statementNames.get(sql);
    if (name === undefined) {
      name = `s_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }

  private statementGeneration = 0;
  private readonly statementNames = new Map<string, string>();

  /**
   * Raw SQL whose rows come back as arrays (the columns in SELECT order): no object per row, for
   * reads of many thousands of rows (exports). In the context's transaction when there is one.
   */
  async arrays<R extends unknown[]>(ctx: RequestContext, sql: string, params: unknown[] = []): Promise<R[]> {
    const manager = this.manager(ctx);
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(sql, params, runner);
      return (await client.query<R>({ text: sql, values: params, rowMode: 'array' })).rows;
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }

  /**
   * Like `arrays`, but each row goes to `onRow` as it arrives and is not collected: a large read
   * turned into a compact form at once leaves nothing behind for the garbage collector to promote.
   * An exception in `onRow` fails the read (after the statement has finished).
   */
  async eachRow<R extends unknown[]>(
    ctx: RequestContext,
    sql: string,
    params: unknown[],
    onRow: (row: R) => void,
  ): Promise<void> {
    const manager = this.manager(ctx);
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      this.dataSource.logger.logQuery(sql, params, runner);
      await new Promise<void>((resolve, reject) => {
        // A 'row' listener and no callback: pg hands each row over and keeps none.
        const config: QueryArrayConfig = { text: sql, values: params, rowMode: 'array' };
        const query = new Query(config);
        let failed: unknown = null;
        query.on('row', (row: unknown) => {
          if (failed !== null) return;
          try {
            onRow(row as R);
          } catch (e) {
            failed = e;
          }
        });
        query.on('error', reject);
        query.on('end', () => (failed !== null ? reject(failed as Error) : resolve()));
        void client.query(query);
      });
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }

  /** Like query, and also the number of rows an INSERT/UPDATE/DELETE touched. */
  async run(
    ctx: RequestContext,
    sql: string,
    params: unknown[] = [],
  ): Promise<{ records: unknown[]; affected: number }> {
    const manager = this.manager(ctx);
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, params, true);
      return { records: (result.records ?? []) as unknown[], affected: result.affected ?? 0 };
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }
}
