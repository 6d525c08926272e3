import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['product', 'category', 'brand', 'attribute_value'];

/**
 * What catalog filters match and in which order (KeptMatches) depends on products, the category tree,
 * brand names and attribute values: each announces a change on `catalog_changed`, at commit, once per
 * statement (the payload is the table's name).
 */
export class CatalogChangeNotifications1796620000000 implements MigrationInterface {
  name = 'CatalogChangeNotifications1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('catalog_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER catalog_changed ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_catalog_changed()`);
  }
}
