import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed facet counts: `facet_count` holds, per category and facet group (facet keys + brand),
 * how many active products there are (`n`), how many are in stock anywhere (`n_stock`) and how many
 * are in stock at each warehouse (`n_wh[bit + 1]`). Statement-level triggers on product_stock add a
 * delta row per touched group in the writer's own transaction, so the counts are exactly those of
 * the committed summary rows. Writers only ever insert (no counter row is shared, so they never wait
 * for or deadlock on each other); the writer holding the compaction lock (taken with try, never
 * waited for) folds the groups it touched back into one row each.
 */
export class FacetCounts1796610000000 implements MigrationInterface {
  name = 'FacetCounts1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "facet_count" ("category_id" uuid, "facet_group" bigint NOT NULL, "brand_id" uuid,
        "facet_keys" integer array NOT NULL, "n" integer NOT NULL, "n_stock" integer NOT NULL, "n_wh" integer array NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_facet_count_category" ON "facet_count" ("category_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_facet_count_group" ON "facet_count" ("facet_group")`);

    // `ARRAY[term(0), …, term(width − 1)]` as SQL text; term has one %s for the bit number.
    await queryRunner.query(`
      CREATE FUNCTION facet_count_array_sql(width integer, term text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT CASE WHEN width = 0 THEN '''{}''::integer[]'
                    ELSE 'ARRAY[' || string_agg(format(term, b), ', ' ORDER BY b) || ']::integer[]' END
          FROM generate_series(0, width - 1) AS b
      $fn$`);

    // Sums the rows of the given groups (all rows when NULL) into one row per group. Rows written
    // meanwhile with wider arrays than seen here are left for the next time.
    await queryRunner.query(`
      CREATE FUNCTION facet_count_compact(groups bigint[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        width integer;
        wh text;
      BEGIN
        SELECT coalesce(max(cardinality(n_wh)), 0) INTO width
          FROM facet_count WHERE groups IS NULL OR facet_group = ANY(groups);
        wh := facet_count_array_sql(width, 'coalesce(sum(n_wh[%s + 1]), 0)');
        EXECUTE format(
          'WITH gone AS (DELETE FROM facet_count WHERE ($1 IS NULL OR facet_group = ANY($1)) AND cardinality(n_wh) <= %s
                         RETURNING *)
           INSERT INTO facet_count (category_id, facet_group, brand_id, facet_keys, n, n_stock, n_wh)
           SELECT category_id, facet_group, brand_id, facet_keys, sum(n), sum(n_stock), %s
             FROM gone GROUP BY category_id, facet_group, brand_id, facet_keys
           HAVING sum(n) <> 0 OR sum(n_stock) <> 0 OR %s <> array_fill(0, ARRAY[%s])',
          width, wh, wh, width)
          USING groups;
      END
      $fn$`);

    // The statement's changes as (group, mask, ±1) rows of active products; an update that changes
    // nothing counted (stock quantities, the writers' lock) adds nothing.
    await queryRunner.query(`
      CREATE FUNCTION facet_count_track() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changes text;
        bits bigint;
        width integer;
        wh text;
        groups bigint[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          changes := 'SELECT category_id, facet_group, brand_id, facet_keys, in_stock_mask AS mask, 1 AS s
                        FROM new_rows WHERE active';
        ELSIF TG_OP = 'DELETE' THEN
          changes := 'SELECT category_id, facet_group, brand_id, facet_keys, in_stock_mask AS mask, -1 AS s
                        FROM old_rows WHERE active';
        ELSE
          changes := 'SELECT x.category_id, x.facet_group, x.brand_id, x.facet_keys, x.mask, x.s
                        FROM old_rows o JOIN new_rows n ON n.product_id = o.product_id,
                             LATERAL (VALUES (o.category_id, o.facet_group, o.brand_id, o.facet_keys, o.in_stock_mask, -1, o.active),
                                             (n.category_id, n.facet_group, n.brand_id, n.facet_keys, n.in_stock_mask, 1, n.active))
                               AS x(category_id, facet_group, brand_id, facet_keys, mask, s, active)
                       WHERE x.active
                         AND (o.category_id, o.facet_group, o.brand_id, o.facet_keys, o.active, o.in_stock_mask)
                             IS DISTINCT FROM (n.category_id, n.facet_group, n.brand_id, n.facet_keys, n.active, n.in_stock_mask)';
        END IF;
        EXECUTE format('SELECT bit_or(mask) FROM (%s) d', changes) INTO bits;
        IF bits IS NULL THEN
          RETURN NULL;
        END IF;
        width := CASE WHEN bits = 0 THEN 0 ELSE length(ltrim(bits::bit(64)::text, '0')) END;
        wh := facet_count_array_sql(width, 'coalesce(sum(s) FILTER (WHERE mask & (1::bigint << %s) <> 0), 0)');
        EXECUTE format(
          'WITH added AS (
             INSERT INTO facet_count (category_id, facet_group, brand_id, facet_keys, n, n_stock, n_wh)
             SELECT category_id, facet_group, brand_id, facet_keys, sum(s), coalesce(sum(s) FILTER (WHERE mask <> 0), 0), %s
               FROM (%s) d GROUP BY category_id, facet_group, brand_id, facet_keys
             HAVING sum(s) <> 0 OR coalesce(sum(s) FILTER (WHERE mask <> 0), 0) <> 0 OR %s <> array_fill(0, ARRAY[%s])
             RETURNING facet_group)
           SELECT array_agg(DISTINCT facet_group) FROM added',
          wh, changes, wh, width)
          INTO groups;
        -- Compaction deletes rows other writers may have counted in: only one writer at a time, and
        -- only under READ COMMITTED (a snapshot older than the last compaction would fail to delete).
        IF groups IS NOT NULL AND current_setting('transaction_isolation') = 'read committed'
           AND pg_try_advisory_xact_lock(7340033) THEN -- FACET_COUNT_COMPACTION_LOCK
          PERFORM facet_count_compact(groups);
        END IF;
        RETURN NULL;
      END
      $fn$`);

    for (const [event, tables] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER "facet_count_${event.toLowerCase()}" AFTER ${event} ON "product_stock"
           REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION facet_count_track()`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION facet_count_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        TRUNCATE facet_count;
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER "facet_count_truncate" AFTER TRUNCATE ON "product_stock" FOR EACH STATEMENT EXECUTE FUNCTION facet_count_clear()`,
    );

    // Recounts everything from the summary rows (writers wait meanwhile): the fill below, and the way
    // back should product_stock ever be written with the triggers off (e.g. a data-only restore).
    await queryRunner.query(`
      CREATE FUNCTION facet_count_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        bits bigint;
        width integer;
      BEGIN
        LOCK TABLE product_stock IN SHARE MODE;
        DELETE FROM facet_count;
        SELECT coalesce(bit_or(in_stock_mask), 0) INTO bits FROM product_stock WHERE active;
        width := CASE WHEN bits = 0 THEN 0 ELSE length(ltrim(bits::bit(64)::text, '0')) END;
        EXECUTE format(
          'INSERT INTO facet_count (category_id, facet_group, brand_id, facet_keys, n, n_stock, n_wh)
           SELECT category_id, facet_group, brand_id, facet_keys, count(*), count(*) FILTER (WHERE mask <> 0), %s
             FROM (SELECT category_id, facet_group, brand_id, facet_keys, in_stock_mask AS mask, 1 AS s
                     FROM product_stock WHERE active) d
            GROUP BY category_id, facet_group, brand_id, facet_keys',
          facet_count_array_sql(width, 'coalesce(sum(s) FILTER (WHERE mask & (1::bigint << %s) <> 0), 0)'));
      END
      $fn$`);
    await queryRunner.query(`SELECT facet_count_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "facet_count_${event}" ON "product_stock"`);
    }
    await queryRunner.query(`DROP FUNCTION facet_count_rebuild()`);
    await queryRunner.query(`DROP FUNCTION facet_count_clear()`);
    await queryRunner.query(`DROP FUNCTION facet_count_track()`);
    await queryRunner.query(`DROP FUNCTION facet_count_compact(bigint[])`);
    await queryRunner.query(`DROP FUNCTION facet_count_array_sql(integer, text)`);
    await queryRunner.query(`DROP TABLE "facet_count"`);
  }
}
