import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalPrices1796553898154 implements MigrationInterface {
  name = 'PersonalPrices1796553898154';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "price_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(50) NOT NULL, "name" character varying(200) NOT NULL, "currency" character varying(3) NOT NULL DEFAULT \'RUB\', "vat_included" boolean NOT NULL DEFAULT true, "staff_only" boolean NOT NULL DEFAULT false, "is_default" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6dc725decde1602146929619d7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_3edf1fe2b3aecfa2d035cc35ae" ON "price_type"  ("code") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_price_type_default" ON "price_type"  ("is_default") WHERE is_default',
    );
    await queryRunner.query(
      'CREATE TABLE "price_entry" ("product_id" uuid NOT NULL, "price_type_id" uuid NOT NULL, "packaging_code" character varying(30) NOT NULL DEFAULT \'\', "price" numeric(19,4) NOT NULL, "tiers" jsonb NOT NULL DEFAULT \'[]\', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b80db49e66f7edbd4f74b994f24" PRIMARY KEY ("product_id", "price_type_id", "packaging_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6b1b773b665b554ed24e5564c4" ON "price_entry"  ("price_type_id", "product_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "price_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "public_label" character varying(200), "priority" integer NOT NULL DEFAULT \'0\', "policy" character varying(16) NOT NULL, "scope_kind" character varying(16) NOT NULL, "scope_id" uuid, "target_kind" character varying(16) NOT NULL, "target_id" uuid, "action_kind" character varying(24) NOT NULL, "value" numeric(19,4), "price_type_id" uuid, "currency" character varying(3), "tier_basis" character varying(16), "tiers" jsonb, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_to" TIMESTAMP WITH TIME ZONE, "warehouse_ids" uuid array, "payment_terms" character varying(16), "max_deferral_days" integer, "min_order_amount" numeric(19,2), "active" boolean NOT NULL DEFAULT true, "external_id" character varying(100), "special_price_request_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "price_rule_target" CHECK ((target_kind = \'ALL\') = (target_id IS NULL)), CONSTRAINT "price_rule_scope" CHECK ((scope_kind = \'EVERYONE\') = (scope_id IS NULL)), CONSTRAINT "PK_90db7c1255d7388d329842ab10b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c1359aa091eed071071dc43c8a" ON "price_rule"  ("price_type_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_092cf478769f0ea253d41da06c" ON "price_rule"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f1dd22b52b31554897a81f6e67" ON "price_rule"  ("special_price_request_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ac57a9c1d328c4b01122dc8afb" ON "price_rule"  ("target_kind", "target_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c05df1db517930528ae1bc789b" ON "price_rule"  ("scope_kind", "scope_id") ',
    );
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "base_price_type_id" uuid');
    await queryRunner.query('ALTER TABLE "company" ADD "base_price_type_id" uuid');
    await queryRunner.query('ALTER TABLE "contract" ADD "base_price_type_id" uuid');
    await queryRunner.query('CREATE INDEX "IDX_f78ff243c80d7bef2d7bea3778" ON "legal_entity"  ("base_price_type_id") ');
    await queryRunner.query('CREATE INDEX "IDX_2b9a9dcca436dd2c78f16dfc78" ON "company"  ("base_price_type_id") ');
    await queryRunner.query('CREATE INDEX "IDX_9e665538991191dd5678f90b76" ON "contract"  ("base_price_type_id") ');
    await queryRunner.query(
      'ALTER TABLE "legal_entity" ADD CONSTRAINT "FK_f78ff243c80d7bef2d7bea37788" FOREIGN KEY ("base_price_type_id") REFERENCES "price_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "company" ADD CONSTRAINT "FK_2b9a9dcca436dd2c78f16dfc786" FOREIGN KEY ("base_price_type_id") REFERENCES "price_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_9e665538991191dd5678f90b768" FOREIGN KEY ("base_price_type_id") REFERENCES "price_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "price_entry" ADD CONSTRAINT "FK_0825cd273dda35ead9f39255773" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "price_entry" ADD CONSTRAINT "FK_a39febd5d44fd649d24f30e057a" FOREIGN KEY ("price_type_id") REFERENCES "price_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "price_entry" DROP CONSTRAINT "FK_a39febd5d44fd649d24f30e057a"');
    await queryRunner.query('ALTER TABLE "price_entry" DROP CONSTRAINT "FK_0825cd273dda35ead9f39255773"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_9e665538991191dd5678f90b768"');
    await queryRunner.query('ALTER TABLE "company" DROP CONSTRAINT "FK_2b9a9dcca436dd2c78f16dfc786"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP CONSTRAINT "FK_f78ff243c80d7bef2d7bea37788"');
    await queryRunner.query('DROP INDEX "public"."IDX_9e665538991191dd5678f90b76"');
    await queryRunner.query('DROP INDEX "public"."IDX_2b9a9dcca436dd2c78f16dfc78"');
    await queryRunner.query('DROP INDEX "public"."IDX_f78ff243c80d7bef2d7bea3778"');
    await queryRunner.query('ALTER TABLE "contract" DROP COLUMN "base_price_type_id"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "base_price_type_id"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "base_price_type_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_c05df1db517930528ae1bc789b"');
    await queryRunner.query('DROP INDEX "public"."IDX_ac57a9c1d328c4b01122dc8afb"');
    await queryRunner.query('DROP INDEX "public"."IDX_f1dd22b52b31554897a81f6e67"');
    await queryRunner.query('DROP INDEX "public"."IDX_092cf478769f0ea253d41da06c"');
    await queryRunner.query('DROP INDEX "public"."IDX_c1359aa091eed071071dc43c8a"');
    await queryRunner.query('DROP TABLE "price_rule"');
    await queryRunner.query('DROP INDEX "public"."IDX_6b1b773b665b554ed24e5564c4"');
    await queryRunner.query('DROP TABLE "price_entry"');
    await queryRunner.query('DROP INDEX "public"."UQ_price_type_default"');
    await queryRunner.query('DROP INDEX "public"."IDX_3edf1fe2b3aecfa2d035cc35ae"');
    await queryRunner.query('DROP TABLE "price_type"');
  }
}
