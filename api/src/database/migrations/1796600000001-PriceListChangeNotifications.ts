import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Built price lists are kept per contract until what they are made of changes: besides the rules and
 * terms (`pricing_changed`), price entries, products and the category tree announce changes on
 * `price_list_changed`, at commit, once per statement.
 */
export class PriceListChangeNotifications1796600000001 implements MigrationInterface {
  name = 'PriceListChangeNotifications1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_price_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('price_list_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['price_entry', 'product', 'category']) {
      await queryRunner.query(
        `CREATE TRIGGER price_list_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION notify_price_list_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['price_entry', 'product', 'category']) {
      await queryRunner.query(`DROP TRIGGER price_list_changed ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_price_list_changed()`);
  }
}
