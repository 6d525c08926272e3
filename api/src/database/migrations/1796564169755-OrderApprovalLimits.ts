import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderApprovalLimits1796564169755 implements MigrationInterface {
  name = 'OrderApprovalLimits1796564169755';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "order_submission" ADD "approval_reasons" jsonb');
    await queryRunner.query(
      'CREATE INDEX "IDX_4c24fc3bb316bb548b19b970e5" ON "order_submission"  ("approval_status", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_4c24fc3bb316bb548b19b970e5"');
    await queryRunner.query('ALTER TABLE "order_submission" DROP COLUMN "approval_reasons"');
  }
}
