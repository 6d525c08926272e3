import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API replica keeps contracts' pricing prepared (rules, price types, base type) and listens on the
 * `pricing_changed` channel; these triggers announce, at commit, any change that could alter a prepared
 * contract — whoever makes it (admin UI, an integrator, plain SQL).
 */
export class PricingChangeNotifications1796600000000 implements MigrationInterface {
  name = 'PricingChangeNotifications1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_pricing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Equal notifications of one transaction are delivered once, after it commits.
        PERFORM pg_notify('pricing_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['price_rule', 'price_type', 'company_contractor_group']) {
      await queryRunner.query(
        `CREATE TRIGGER pricing_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION notify_pricing_changed()`,
      );
    }
    // Only the columns a prepared contract is made of: ordinary edits of companies stay quiet.
    const columns: Record<string, string[]> = {
      contract: ['base_price_type_id', 'payment_terms', 'deferral_days', 'currency', 'legal_entity_id'],
      legal_entity: ['base_price_type_id', 'company_id'],
      company: ['base_price_type_id'],
    };
    for (const [table, cols] of Object.entries(columns)) {
      const changed = cols.map((c) => `OLD."${c}" IS DISTINCT FROM NEW."${c}"`).join(' OR ');
      await queryRunner.query(
        `CREATE TRIGGER pricing_changed AFTER UPDATE ON "${table}"
           FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION notify_pricing_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'price_rule',
      'price_type',
      'company_contractor_group',
      'contract',
      'legal_entity',
      'company',
    ]) {
      await queryRunner.query(`DROP TRIGGER pricing_changed ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_pricing_changed()`);
  }
}
