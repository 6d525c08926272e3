import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RequestContext } from '../../common/context/request-context';
import { Db } from '../../common/database/db.service';
import { UserInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';

export interface PriceImportError {
  /** 1-based data row (the header is row 0). */
  row: number;
  field: string;
  errorCode: string;
  message: string;
}

export interface PriceImportResult {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** All-or-nothing: when not empty, nothing was changed. The first 100. */
  errors: PriceImportError[];
  errorCount: number;
  ms: number;
}

/** The CSV header, checked by COPY (HEADER MATCH). Tiers: `from:price` pairs separated by `|` ("10:95.5|50:92"). */
export const PRICE_IMPORT_COLUMNS = ['sku', 'price_type_code', 'packaging_code', 'price', 'tiers'];

const PRICE = String.raw`^\d{1,15}(\.\d{1,4})?$`;
const TIERS = String.raw`^\d{1,12}(\.\d{1,6})?:\d{1,15}(\.\d{1,4})?(\|\d{1,12}(\.\d{1,6})?:\d{1,15}(\.\d{1,4})?){0,19}$`;

/**
 * The fast path for very large price loads (a million entries): the CSV body is streamed with COPY into
 * a temporary staging table, checked in a few set-based statements (all or nothing, row numbers in the
 * report) and merged into price_entry with one INSERT … ON CONFLICT DO UPDATE that skips unchanged rows.
 * Everything runs in one transaction: readers keep seeing the old prices (MVCC, no table locks beyond
 * row locks) until the commit, then all the new ones at once. One summary audit event per load.
 */
@Injectable()
export class PriceImportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async importCsv(ctx: RequestContext, body: Readable): Promise<PriceImportResult> {
    const started = Date.now();
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('READ COMMITTED');
      const tctx = ctx.withTransaction(runner.manager);
      await runner.query(`SET LOCAL work_mem = '256MB'`);
      await runner.query(
        `CREATE TEMP TABLE price_import_staging (
           row_no bigint GENERATED ALWAYS AS IDENTITY, sku text, price_type_code text, packaging_code text, price text, tiers text
         ) ON COMMIT DROP`,
      );
      const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
      try {
        await pipeline(
          body,
          client.query(
            copyFrom(
              `COPY price_import_staging (${PRICE_IMPORT_COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER MATCH)`,
            ),
          ),
        );
      } catch (error) {
        throw new UserInputError('file', `file: not a price CSV (${(error as Error).message})`);
      }
      const [{ n }] = await this.db.query<{ n: string }>(tctx, `SELECT count(*) AS n FROM price_import_staging`);
      const rows = Number(n);
      await runner.query(`ANALYZE price_import_staging`);
      const errors = await this.check(tctx);
      if (errors.length) {
        await runner.rollbackTransaction();
        return {
          rows,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          errors: errors.slice(0, 100),
          errorCount: errors.length,
          ms: Date.now() - started,
        };
      }
      const [merged] = await this.db.query<{ inserted: string; updated: string }>(
        tctx,
        `WITH src AS (
           SELECT p.id AS product_id, t.id AS price_type_id, coalesce(s.packaging_code, '') AS packaging_code,
                  s.price::numeric AS price,
                  CASE WHEN coalesce(s.tiers, '') = '' THEN '[]'::jsonb ELSE
                    (SELECT jsonb_agg(jsonb_build_object('from', trim_scale(split_part(x, ':', 1)::numeric)::text,
                                                         'price', trim_scale(split_part(x, ':', 2)::numeric)::text)
                                      ORDER BY split_part(x, ':', 1)::numeric)
                       FROM unnest(string_to_array(s.tiers, '|')) x) END AS tiers
             FROM price_import_staging s
             JOIN product p ON lower(p.sku) COLLATE "C" = lower(s.sku)
             JOIN price_type t ON t.code = s.price_type_code),
         up AS (
           INSERT INTO price_entry (product_id, price_type_id, packaging_code, price, tiers)
           SELECT product_id, price_type_id, packaging_code, price, tiers FROM src
           ON CONFLICT (product_id, price_type_id, packaging_code) DO UPDATE
              SET price = EXCLUDED.price, tiers = EXCLUDED.tiers, updated_at = now()
            WHERE (price_entry.price, price_entry.tiers) IS DISTINCT FROM (EXCLUDED.price, EXCLUDED.tiers)
           RETURNING (xmax = 0) AS inserted)
         SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up`,
      );
      const inserted = Number(merged.inserted);
      const updated = Number(merged.updated);
      const result = { rows, inserted, updated, unchanged: rows - inserted - updated, errors: [], errorCount: 0 };
      await this.audit.record(tctx, { action: 'priceEntry.import', entityType: 'PriceEntry', after: result });
      await runner.commitTransaction();
      return { ...result, ms: Date.now() - started };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Every bad row (unknown product, type or packaging; bad price or tiers; the same entry twice), by row. */
  private async check(ctx: RequestContext): Promise<PriceImportError[]> {
    const rows = await this.db.query<{ row_no: string; field: string; code: string; message: string }>(
      ctx,
      `SELECT * FROM (
         SELECT s.row_no,
                CASE WHEN coalesce(s.sku, '') = '' OR p.id IS NULL THEN 'sku'
                     WHEN t.id IS NULL THEN 'price_type_code'
                     WHEN coalesce(s.packaging_code, '') <> '' AND k.product_id IS NULL THEN 'packaging_code'
                     WHEN coalesce(s.price, '') !~ $1 THEN 'price'
                     ELSE 'tiers' END AS field,
                CASE WHEN coalesce(s.sku, '') = '' OR p.id IS NULL THEN 'UNKNOWN_PRODUCT'
                     WHEN t.id IS NULL THEN 'UNKNOWN_PRICE_TYPE'
                     WHEN coalesce(s.packaging_code, '') <> '' AND k.product_id IS NULL THEN 'UNKNOWN_PACKAGING'
                     WHEN coalesce(s.price, '') !~ $1 THEN 'INVALID_PRICE'
                     ELSE 'INVALID_TIERS' END AS code,
                CASE WHEN coalesce(s.sku, '') = '' OR p.id IS NULL THEN 'no product ' || coalesce(s.sku, '')
                     WHEN t.id IS NULL THEN 'no price type ' || coalesce(s.price_type_code, '')
                     WHEN coalesce(s.packaging_code, '') <> '' AND k.product_id IS NULL THEN 'no packaging ' || s.packaging_code
                     WHEN coalesce(s.price, '') !~ $1 THEN 'price: a number ≥ 0 with at most 4 decimals'
                     ELSE 'tiers: from:price pairs separated by |, e.g. 10:95.5|50:92' END AS message
           FROM price_import_staging s
           LEFT JOIN product p ON lower(p.sku) COLLATE "C" = lower(s.sku)
           LEFT JOIN price_type t ON t.code = s.price_type_code
           LEFT JOIN product_packaging k ON k.product_id = p.id AND k.code = s.packaging_code
          WHERE p.id IS NULL OR t.id IS NULL OR (coalesce(s.packaging_code, '') <> '' AND k.product_id IS NULL)
             OR coalesce(s.price, '') !~ $1 OR (coalesce(s.tiers, '') <> '' AND s.tiers !~ $2)
         UNION ALL
         SELECT row_no, 'sku', 'DUPLICATE_KEY', 'the same entry again (' || sku || ', ' || price_type_code || ')'
           FROM (SELECT row_no, sku, price_type_code,
                        row_number() OVER (PARTITION BY lower(sku), price_type_code, coalesce(packaging_code, '') ORDER BY row_no) AS k
                   FROM price_import_staging) d
          WHERE k > 1) e
       ORDER BY row_no LIMIT 10000`,
      [PRICE, TIERS],
    );
    return rows.map((r) => ({ row: Number(r.row_no), field: r.field, errorCode: r.code, message: r.message }));
  }
}
