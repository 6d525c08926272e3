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

/** from:price pairs of any length (the digit limits are checked apart). */
const TIERS_SHAPE = String.raw`^[0-9]+(\.[0-9]+)?:[0-9]+(\.[0-9]+)?(\|[0-9]+(\.[0-9]+)?:[0-9]+(\.[0-9]+)?)*$`;
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

  /**
   * Every bad row (unknown product, type or packaging; bad price or tiers; the same entry again), by row.
   * The number checks are shaped for a million rows: PostgreSQL's regular expressions with bounded
   * repeats ({1,15}) cost seconds there, so the shape is checked with unbounded ones and the digit
   * limits by length, the exact tier pattern only for the rare row with long numbers.
   */
  private async check(ctx: RequestContext): Promise<PriceImportError[]> {
    const rows = await this.db.query<{ row_no: string; field: string; code: string; message: string }>(
      ctx,
      `SELECT * FROM (
         SELECT row_no,
                CASE WHEN no_product THEN 'sku' WHEN no_type THEN 'price_type_code'
                     WHEN no_packaging THEN 'packaging_code' WHEN bad_price THEN 'price' ELSE 'tiers' END AS field,
                CASE WHEN no_product THEN 'UNKNOWN_PRODUCT' WHEN no_type THEN 'UNKNOWN_PRICE_TYPE'
                     WHEN no_packaging THEN 'UNKNOWN_PACKAGING' WHEN bad_price THEN 'INVALID_PRICE'
                     ELSE 'INVALID_TIERS' END AS code,
                CASE WHEN no_product THEN 'no product ' || coalesce(sku, '')
                     WHEN no_type THEN 'no price type ' || coalesce(price_type_code, '')
                     WHEN no_packaging THEN 'no packaging ' || packaging_code
                     WHEN bad_price THEN 'price: a number ≥ 0 with at most 4 decimals'
                     ELSE 'tiers: from:price pairs separated by |, e.g. 10:95.5|50:92' END AS message
           FROM (SELECT s.row_no, s.sku, s.price_type_code, s.packaging_code,
                        coalesce(s.sku, '') = '' OR p.id IS NULL AS no_product,
                        t.id IS NULL AS no_type,
                        coalesce(s.packaging_code, '') <> '' AND k.product_id IS NULL AS no_packaging,
                        coalesce(s.price, '') !~ '^[0-9]+([.][0-9]+)?$' OR length(split_part(s.price, '.', 1)) > 15
                          OR length(split_part(s.price, '.', 2)) > 4 AS bad_price,
                        coalesce(s.tiers, '') <> ''
                          AND (s.tiers !~ $1 OR length(s.tiers) - length(replace(s.tiers, '|', '')) > 19
                               OR ((s.tiers ~ '[0-9]{13}' OR s.tiers ~ '[.][0-9]{5}') AND s.tiers !~ $2)) AS bad_tiers
                   FROM price_import_staging s
                   LEFT JOIN product p ON lower(p.sku) COLLATE "C" = lower(s.sku)
                   LEFT JOIN price_type t ON t.code = s.price_type_code
                   LEFT JOIN product_packaging k ON k.product_id = p.id AND k.code = s.packaging_code) c
          WHERE no_product OR no_type OR no_packaging OR bad_price OR bad_tiers
         UNION ALL
         SELECT row_no, 'sku', 'DUPLICATE_KEY', 'the same entry again (' || sku || ', ' || price_type_code || ')'
           FROM (SELECT row_no, sku, price_type_code,
                        row_number() OVER (PARTITION BY lower(sku), price_type_code, coalesce(packaging_code, '') ORDER BY row_no) AS k
                   FROM price_import_staging
                  WHERE (lower(sku), price_type_code, coalesce(packaging_code, '')) IN (
                          SELECT lower(sku), price_type_code, coalesce(packaging_code, '') FROM price_import_staging
                           GROUP BY 1, 2, 3 HAVING count(*) > 1)) d
          WHERE k > 1) e
       ORDER BY row_no LIMIT 10000`,
      [TIERS_SHAPE, TIERS],
    );
    return rows.map((r) => ({ row: Number(r.row_no), field: r.field, errorCode: r.code, message: r.message }));
  }
}
