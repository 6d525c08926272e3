import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Typed or uploaded barcodes are looked up among packaging barcodes too: an index, not a scan of every package. */
export class PackagingBarcodeIndex1796620000001 implements MigrationInterface {
  name = 'PackagingBarcodeIndex1796620000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_product_packaging_barcode" ON "product_packaging" ("barcode") WHERE "barcode" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_product_packaging_barcode"`);
  }
}
