import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on the pages of the two tables stock writers update in bulk, so that the new version of an
 * updated row (new on-hand quantity, new summary) fits on the row's own page: the update is HOT — no
 * new entries in the table's indexes, and the row stays where it was.
 *
 * `stock_level` keeps half of each page free: an integrator's upload rewrites every row of a product
 * (one per warehouse), and neighbouring products in the same statement, so most rows of a page get
 * their new version in the same transaction; with less room only some of them fit and the others
 * move. `product_stock` (scanned whole by facets and stock filters, so kept denser) keeps 20 %.
 *
 * Only pages written from now on are filled that far; this migration rewrites nothing (a rewrite
 * would lock the tables for as long as it takes, and would not help much: it keeps a page's rows
 * together). An existing row gets the room at its first update after this, whose new version goes to
 * a page written after it (not HOT, as before); from its next update on it is HOT.
 */
export class StockFillFactor1796630000001 implements MigrationInterface {
  name = 'StockFillFactor1796630000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_level" SET (fillfactor = 50)`);
    await queryRunner.query(`ALTER TABLE "product_stock" SET (fillfactor = 80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_stock" RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE "stock_level" RESET (fillfactor)`);
  }
}
