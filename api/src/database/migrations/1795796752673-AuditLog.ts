import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795796752673 implements MigrationInterface {
  name = 'AuditLog1795796752673';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(8) NOT NULL, "staff_user_id" uuid, "buyer_user_id" uuid, "api_key_id" uuid, "acting_staff_user_id" uuid, "company_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(80), "before" jsonb, "after" jsonb, "reason" character varying(1000), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event"  ("at") ');
    await queryRunner.query('CREATE INDEX "IDX_30c1d149af866606328cf0d88e" ON "audit_event"  ("staff_user_id") ');
    await queryRunner.query('CREATE INDEX "IDX_45452915f68f5a171bc4107b9e" ON "audit_event"  ("action") ');
    await queryRunner.query('CREATE INDEX "IDX_0e9d68d674556d414eff92dacd" ON "audit_event"  ("company_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_ff601d74280b2a387ae6963719" ON "audit_event"  ("entity_type", "entity_id", "at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
