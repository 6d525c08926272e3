import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpecialPriceRequests1796555381783 implements MigrationInterface {
  name = 'SpecialPriceRequests1796555381783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "special_price_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "company_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "comment" character varying(2000) NOT NULL DEFAULT \'\', "manager_comment" character varying(2000), "reject_reason" character varying(2000), "decline_comment" character varying(2000), "valid_until" TIMESTAMP WITH TIME ZONE, "decided_by_staff_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c14e279837b733f730d3e66c0ef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_82fe08442a5331d791ab6cfdc0" ON "special_price_request"  ("number") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e6f276130a51733b60da631ddf" ON "special_price_request"  ("contract_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9664677d763b8290a45033db68" ON "special_price_request"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_344675998ae0e7339b4affc76f" ON "special_price_request"  ("company_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special_price_request_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "product_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "quantity" numeric(18,6) NOT NULL, "target_price" numeric(19,4) NOT NULL, "current_price" numeric(19,4), "offered_price" numeric(19,4), "approved_price" numeric(19,4), CONSTRAINT "PK_184746e808ffddacd43441c2df5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6214610852a7f66d9403ff009d" ON "special_price_request_line"  ("request_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "special_price_request" ADD CONSTRAINT "FK_ad3d3d30bf88f4507c4887138cc" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "special_price_request" ADD CONSTRAINT "FK_e6f276130a51733b60da631ddfc" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "special_price_request_line" ADD CONSTRAINT "FK_b67f1f46db46c18a10fccec1c78" FOREIGN KEY ("request_id") REFERENCES "special_price_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "special_price_request_line" ADD CONSTRAINT "FK_4dabb9c87099fcb2b061d718aed" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "special_price_request_line" DROP CONSTRAINT "FK_4dabb9c87099fcb2b061d718aed"',
    );
    await queryRunner.query(
      'ALTER TABLE "special_price_request_line" DROP CONSTRAINT "FK_b67f1f46db46c18a10fccec1c78"',
    );
    await queryRunner.query('ALTER TABLE "special_price_request" DROP CONSTRAINT "FK_e6f276130a51733b60da631ddfc"');
    await queryRunner.query('ALTER TABLE "special_price_request" DROP CONSTRAINT "FK_ad3d3d30bf88f4507c4887138cc"');
    await queryRunner.query('DROP INDEX "public"."IDX_6214610852a7f66d9403ff009d"');
    await queryRunner.query('DROP TABLE "special_price_request_line"');
    await queryRunner.query('DROP INDEX "public"."IDX_344675998ae0e7339b4affc76f"');
    await queryRunner.query('DROP INDEX "public"."IDX_9664677d763b8290a45033db68"');
    await queryRunner.query('DROP INDEX "public"."IDX_e6f276130a51733b60da631ddf"');
    await queryRunner.query('DROP INDEX "public"."IDX_82fe08442a5331d791ab6cfdc0"');
    await queryRunner.query('DROP TABLE "special_price_request"');
  }
}
