import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on every page of the two tables stock writers update in bulk: with pages filled to 80 %, the
 * new version of an updated row (new on-hand quantity, new summary) fits on the row's own page, so
 * the update is HOT — no new entries in the tables' indexes, and the row stays where it was.
 *
 * Only pages written from now on are filled to 80 %; this migration rewrites nothing (a rewrite
 * would lock the tables for as long as it takes). An existing row gets the room at its first update,
 * whose new version lands on a page written after this (not HOT, as before); its updates after that
 * are HOT. `VACUUM FULL stock_level, product_stock` in a maintenance window gives every page the
 * room at once (see docs/architecture.md, Stock).
 */
export class StockFillFactor1796630000001 implements MigrationInterface {
  name = 'StockFillFactor1796630000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_level" SET (fillfactor = 80)`);
    await queryRunner.query(`ALTER TABLE "product_stock" SET (fillfactor = 80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_stock" RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE "stock_level" RESET (fillfactor)`);
  }
}
