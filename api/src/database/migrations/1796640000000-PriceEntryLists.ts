import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `price_entry_list`: per product, its base-unit price entries (packaging_code = '') of every price type
 * as one short text, `list_key␠price[␠from:price|from:price…]` joined by `;` in list_key order (NULL:
 * none); `price_type.list_key` is a small number the database gives each type. A whole price
 * list reads it with the products in SKU order — one index lookup per product, streamed from the first
 * row — instead of aggregating a million entries and sorting before the first row can leave.
 *
 * Kept by statement-level triggers on price_entry, in the writer's transaction: every writer (the API,
 * an import, plain SQL) keeps it true. The products' list rows are locked (in id order) before their
 * lists are computed by a later statement, which in READ COMMITTED sees every change committed by the
 * writer that held the lock before: two writers of one product's entries never lose each other's change.
 */
export class PriceEntryLists1796640000000 implements MigrationInterface {
  name = 'PriceEntryLists1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "price_type" ADD "list_key" smallint GENERATED ALWAYS AS IDENTITY NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "price_entry_list" (
         "product_id" uuid PRIMARY KEY REFERENCES "product" ("id") ON DELETE CASCADE,
         "list" text)`,
    );
    // One entry: `list_key␠price[␠from:price|from:price…]`, the tiers as stored (ascending, keys "from"
    // and "price") with their JSON punctuation taken out. A plain expression: inlined where it is used.
    await queryRunner.query(`
      CREATE FUNCTION price_entry_list_item(key smallint, price numeric, tiers jsonb) RETURNS text
        LANGUAGE sql IMMUTABLE AS $fn$
        SELECT key::text || ' ' || price::text || CASE WHEN tiers = '[]' THEN '' ELSE ' ' ||
                 replace(replace(replace(translate(tiers::text, '[]{}" ', ''), ',price:', ':'), ',from:', '|'), 'from:', '')
               END
      $fn$`);
    // The lists of these products made again. Planned for the actual array each time (one product from
    // the admin grid, or every product from an import), with memory for an import's aggregate.
    await queryRunner.query(`
      CREATE FUNCTION price_entry_list_refresh(products uuid[]) RETURNS void LANGUAGE plpgsql
        SET work_mem = '64MB' AS $fn$
      BEGIN
        IF products IS NULL OR cardinality(products) = 0 THEN RETURN; END IF;
        -- Products deleted by this statement (a cascade) are gone: their rows go with them.
        INSERT INTO price_entry_list (product_id)
        SELECT p.id FROM product p WHERE p.id = ANY(products) ORDER BY p.id
        ON CONFLICT (product_id) DO NOTHING;
        PERFORM 1 FROM price_entry_list WHERE product_id = ANY(products) ORDER BY product_id FOR UPDATE;
        EXECUTE $q$
          UPDATE price_entry_list l SET list = x.list
            FROM (SELECT u.id, a.list FROM unnest($1) AS u(id) LEFT JOIN (
                    SELECT e.product_id,
                           string_agg(price_entry_list_item(t.list_key, e.price, e.tiers), ';' ORDER BY t.list_key) AS list
                      FROM price_entry e JOIN price_type t ON t.id = e.price_type_id
                     WHERE e.product_id = ANY($1) AND e.packaging_code = ''
                     GROUP BY e.product_id) a ON a.product_id = u.id) x
           WHERE l.product_id = x.id AND l.list IS DISTINCT FROM x.list$q$
          USING products;
      END
      $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION price_entry_list_track() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      DECLARE
        products uuid[];
      BEGIN
        -- The touched products, deduplicated by hashing (an import touches a million rows).
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(product_id) INTO products
            FROM (SELECT DISTINCT product_id FROM new_rows WHERE packaging_code = '') x;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(product_id) INTO products
            FROM (SELECT DISTINCT product_id FROM old_rows WHERE packaging_code = '') x;
        ELSE
          SELECT array_agg(product_id) INTO products FROM (
            SELECT product_id FROM new_rows WHERE packaging_code = ''
            UNION SELECT product_id FROM old_rows WHERE packaging_code = '') x;
        END IF;
        PERFORM price_entry_list_refresh(products);
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER price_entry_list_insert AFTER INSERT ON price_entry REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION price_entry_list_track()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER price_entry_list_update AFTER UPDATE ON price_entry
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION price_entry_list_track()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER price_entry_list_delete AFTER DELETE ON price_entry REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION price_entry_list_track()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION price_entry_list_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE price_entry_list SET list = NULL WHERE list IS NOT NULL;
        RETURN NULL;
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER price_entry_list_truncate AFTER TRUNCATE ON price_entry
         FOR EACH STATEMENT EXECUTE FUNCTION price_entry_list_clear()`,
    );
    await queryRunner.query(`SELECT price_entry_list_refresh(ARRAY(SELECT DISTINCT product_id FROM price_entry))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER price_entry_list_${t} ON price_entry`);
    }
    await queryRunner.query(`DROP FUNCTION price_entry_list_clear()`);
    await queryRunner.query(`DROP FUNCTION price_entry_list_track()`);
    await queryRunner.query(`DROP FUNCTION price_entry_list_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION price_entry_list_item(smallint, numeric, jsonb)`);
    await queryRunner.query(`DROP TABLE "price_entry_list"`);
    await queryRunner.query(`ALTER TABLE "price_type" DROP COLUMN "list_key"`);
  }
}
