import { MigrationInterface, QueryRunner } from 'typeorm';

export class CartAndOrders1796553928441 implements MigrationInterface {
  name = 'CartAndOrders1796553928441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cart" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buyer_user_id" uuid NOT NULL, "company_id" uuid NOT NULL, "legal_entity_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c524ec48751b9b5bcfbf6e59be7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b7538a115c4fa70a8529cd9527" ON "cart"  ("company_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3ef445dbdda79392a07b97274b" ON "cart"  ("buyer_user_id", "legal_entity_id", "contract_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cart_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cart_id" uuid NOT NULL, "line_key" character varying(120) NOT NULL, "product_id" uuid NOT NULL, "packaging_code" character varying(30), "quantity" numeric(18,6) NOT NULL, "base_quantity" numeric(18,6) NOT NULL, "warehouse_id" uuid, "position" integer NOT NULL, "price" numeric(19,4), "vat_included" boolean NOT NULL DEFAULT true, "vat_rate" numeric(5,2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b3414ce0b103b3ff0743ebd3a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_043bdd50ec195bb63df9f84a35" ON "cart_line"  ("product_id") ');
    await queryRunner.query('CREATE INDEX "IDX_0aca1ab061824d238cd4c34cbc" ON "cart_line"  ("cart_id", "position") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_2d07a9ff190d727e3e4d5fd5b2" ON "cart_line"  ("cart_id", "line_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "short_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "owner_user_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "shared" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95fa15e1cabd9bde78b3c1179b9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e1eef01ffe2a28ed2872f901ac" ON "short_list"  ("company_id", "owner_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "short_list_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "short_list_id" uuid NOT NULL, "product_id" uuid NOT NULL, "packaging_code" character varying(30) NOT NULL DEFAULT \'\', "quantity" numeric(18,6), "position" integer NOT NULL, CONSTRAINT "PK_81bec47850153fd2ceb5dc8388d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4d12f35424abf799511dd1463e" ON "short_list_item"  ("short_list_id", "product_id", "packaging_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "order_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "owner_user_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "shared" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b8244719f7c02c904f3e674be0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_595e7a10d2a9f6027777f75013" ON "order_template"  ("company_id", "owner_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "order_template_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "product_id" uuid NOT NULL, "packaging_code" character varying(30), "quantity" numeric(18,6) NOT NULL, "warehouse_id" uuid, "position" integer NOT NULL, CONSTRAINT "PK_669ce3cde73d5d226a90e875e35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_876d71e311e43c953738d61b17" ON "order_template_line"  ("template_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "seller_legal_entity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "inn" character varying(12), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b061fb095e0695c2d26bf5c7212" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "seller_division" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "seller_legal_entity_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3aecf3f17f09cc1885567fbdf0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "split_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL DEFAULT \'\', "warehouse_ids" uuid array, "category_ids" uuid array, "division_ids" uuid array, "division_id" uuid, "seller_legal_entity_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a06e5ab76dfad9a7d755231661" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "order_number_sequence" ("year" integer NOT NULL, "last" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4395b409387a3049fa8d41b3af5" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "order_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "company_id" uuid NOT NULL, "legal_entity_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "idempotency_key" character varying(100) NOT NULL, "delivery_address_id" uuid, "delivery_address_text" character varying(500), "pickup_warehouse_id" uuid, "desired_date" date, "comment" character varying(1000), "po_number" character varying(100), "currency" character varying(3) NOT NULL DEFAULT \'RUB\', "total" numeric(19,2) NOT NULL, "vat_total" numeric(19,2) NOT NULL, "approval_status" character varying(16) NOT NULL DEFAULT \'NOT_REQUIRED\', "approved_by_user_id" uuid, "approval_comment" character varying(1000), "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30eb37a2714398fbb0d77422eb5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_bbce5d4c4968f3845b6accf59b" ON "order_submission"  ("number") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_76b0973cd3b19e0d25ad8f78aa" ON "order_submission"  ("company_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e36e636c0007f93a2e5e9224a1" ON "order_submission"  ("buyer_user_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(24) NOT NULL, "submission_id" uuid NOT NULL, "index" integer NOT NULL, "company_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "warehouse_id" uuid, "division_id" uuid, "seller_legal_entity_id" uuid, "stock_reserved" boolean NOT NULL DEFAULT true, "total" numeric(19,2) NOT NULL, "vat_total" numeric(19,2) NOT NULL, "line_count" integer NOT NULL, "external_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1631a193003bfc4297c61ba38ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_51ab5c9d08c7e89ffb38e00ee4" ON "sales_order"  ("number") ');
    await queryRunner.query('CREATE INDEX "IDX_2a19da9bb02a404d1b065c06e7" ON "sales_order"  ("submission_id") ');
    await queryRunner.query('CREATE INDEX "IDX_2015cd009f80e66b5228336c2a" ON "sales_order"  ("updated_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_42d8574287bdaf47cf5794cc3b" ON "sales_order"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fe17df63a0e2c7b8cffe3972d5" ON "sales_order"  ("company_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "position" integer NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(64) NOT NULL, "name" character varying(500) NOT NULL, "unit_code" character varying(16) NOT NULL, "packaging_code" character varying(30), "quantity" numeric(18,6) NOT NULL, "base_quantity" numeric(18,6) NOT NULL, "warehouse_id" uuid, "price" numeric(19,4) NOT NULL, "vat_rate" numeric(5,2), "amount" numeric(19,2) NOT NULL, "vat_amount" numeric(19,2) NOT NULL, CONSTRAINT "PK_93a8b0b44d265759958587aecc5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a19ccd4926c1867c0a00e7dd91" ON "sales_order_line"  ("product_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_6fa3a6470341c910e109d5e7f2" ON "sales_order_line"  ("order_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_order_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_kind" character varying(12) NOT NULL, "actor_id" uuid, "actor_name" character varying(300) NOT NULL DEFAULT \'\', "comment" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21ac891c463ed506df7ea938b8a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7ffa1be4c42b67ff5583d33caf" ON "sales_order_event"  ("order_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "buyer_notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "text" character varying(500) NOT NULL, "submission_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1fecd3441426dd31c2625aa21c3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fb4caa0a8a2d98227688e67205" ON "buyer_notification"  ("buyer_user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "cart" ADD CONSTRAINT "FK_fa8354202b9dd20553467f9008a" FOREIGN KEY ("buyer_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cart" ADD CONSTRAINT "FK_b245f6f0b0658fc43899453b501" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cart_line" ADD CONSTRAINT "FK_5455c0c2b993b0c06a1c0df4626" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cart_line" ADD CONSTRAINT "FK_043bdd50ec195bb63df9f84a35d" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cart_line" ADD CONSTRAINT "FK_435398e0bab5daa5cdfbacfc9e4" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "short_list" ADD CONSTRAINT "FK_3ed4e1e5826c69f514927daf37b" FOREIGN KEY ("owner_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "short_list_item" ADD CONSTRAINT "FK_6c74ce456c388f3b17ce54e96e1" FOREIGN KEY ("short_list_id") REFERENCES "short_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "short_list_item" ADD CONSTRAINT "FK_ec25e7f001528c6610a0638babd" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_template" ADD CONSTRAINT "FK_e749adb963c7b778310c24602cd" FOREIGN KEY ("owner_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_template_line" ADD CONSTRAINT "FK_72b54205e94c663767fc675ecb8" FOREIGN KEY ("template_id") REFERENCES "order_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_template_line" ADD CONSTRAINT "FK_5911cf3f7ce4ed2b6157cd66569" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seller_division" ADD CONSTRAINT "FK_86dd6d54fef1f10cca4949a7a3d" FOREIGN KEY ("seller_legal_entity_id") REFERENCES "seller_legal_entity"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "split_rule" ADD CONSTRAINT "FK_f668c47d0b3e3dac95775c80d43" FOREIGN KEY ("division_id") REFERENCES "seller_division"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "split_rule" ADD CONSTRAINT "FK_bd3cb463f3eabd0bafeb7861096" FOREIGN KEY ("seller_legal_entity_id") REFERENCES "seller_legal_entity"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_submission" ADD CONSTRAINT "FK_9789d0fd3175183420e6ab07568" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_submission" ADD CONSTRAINT "FK_596f1f89e5e8f2a208abe0524fd" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_submission" ADD CONSTRAINT "FK_a59e75acf2cbad220e191facafc" FOREIGN KEY ("buyer_user_id") REFERENCES "buyer_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order" ADD CONSTRAINT "FK_2a19da9bb02a404d1b065c06e75" FOREIGN KEY ("submission_id") REFERENCES "order_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order" ADD CONSTRAINT "FK_078241dc48b3a2d5a7b12c37d14" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_line" ADD CONSTRAINT "FK_2e999c74dac2c1ddcc3f310a52c" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_line" ADD CONSTRAINT "FK_a19ccd4926c1867c0a00e7dd91a" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_event" ADD CONSTRAINT "FK_8c8dab1de5346b1edc4b9143536" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "buyer_notification" ADD CONSTRAINT "FK_ca77a2fdf5fa380d470f6db8d1b" FOREIGN KEY ("buyer_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "buyer_notification" DROP CONSTRAINT "FK_ca77a2fdf5fa380d470f6db8d1b"');
    await queryRunner.query('ALTER TABLE "sales_order_event" DROP CONSTRAINT "FK_8c8dab1de5346b1edc4b9143536"');
    await queryRunner.query('ALTER TABLE "sales_order_line" DROP CONSTRAINT "FK_a19ccd4926c1867c0a00e7dd91a"');
    await queryRunner.query('ALTER TABLE "sales_order_line" DROP CONSTRAINT "FK_2e999c74dac2c1ddcc3f310a52c"');
    await queryRunner.query('ALTER TABLE "sales_order" DROP CONSTRAINT "FK_078241dc48b3a2d5a7b12c37d14"');
    await queryRunner.query('ALTER TABLE "sales_order" DROP CONSTRAINT "FK_2a19da9bb02a404d1b065c06e75"');
    await queryRunner.query('ALTER TABLE "order_submission" DROP CONSTRAINT "FK_a59e75acf2cbad220e191facafc"');
    await queryRunner.query('ALTER TABLE "order_submission" DROP CONSTRAINT "FK_596f1f89e5e8f2a208abe0524fd"');
    await queryRunner.query('ALTER TABLE "order_submission" DROP CONSTRAINT "FK_9789d0fd3175183420e6ab07568"');
    await queryRunner.query('ALTER TABLE "split_rule" DROP CONSTRAINT "FK_bd3cb463f3eabd0bafeb7861096"');
    await queryRunner.query('ALTER TABLE "split_rule" DROP CONSTRAINT "FK_f668c47d0b3e3dac95775c80d43"');
    await queryRunner.query('ALTER TABLE "seller_division" DROP CONSTRAINT "FK_86dd6d54fef1f10cca4949a7a3d"');
    await queryRunner.query('ALTER TABLE "order_template_line" DROP CONSTRAINT "FK_5911cf3f7ce4ed2b6157cd66569"');
    await queryRunner.query('ALTER TABLE "order_template_line" DROP CONSTRAINT "FK_72b54205e94c663767fc675ecb8"');
    await queryRunner.query('ALTER TABLE "order_template" DROP CONSTRAINT "FK_e749adb963c7b778310c24602cd"');
    await queryRunner.query('ALTER TABLE "short_list_item" DROP CONSTRAINT "FK_ec25e7f001528c6610a0638babd"');
    await queryRunner.query('ALTER TABLE "short_list_item" DROP CONSTRAINT "FK_6c74ce456c388f3b17ce54e96e1"');
    await queryRunner.query('ALTER TABLE "short_list" DROP CONSTRAINT "FK_3ed4e1e5826c69f514927daf37b"');
    await queryRunner.query('ALTER TABLE "cart_line" DROP CONSTRAINT "FK_435398e0bab5daa5cdfbacfc9e4"');
    await queryRunner.query('ALTER TABLE "cart_line" DROP CONSTRAINT "FK_043bdd50ec195bb63df9f84a35d"');
    await queryRunner.query('ALTER TABLE "cart_line" DROP CONSTRAINT "FK_5455c0c2b993b0c06a1c0df4626"');
    await queryRunner.query('ALTER TABLE "cart" DROP CONSTRAINT "FK_b245f6f0b0658fc43899453b501"');
    await queryRunner.query('ALTER TABLE "cart" DROP CONSTRAINT "FK_fa8354202b9dd20553467f9008a"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb4caa0a8a2d98227688e67205"');
    await queryRunner.query('DROP TABLE "buyer_notification"');
    await queryRunner.query('DROP INDEX "public"."IDX_7ffa1be4c42b67ff5583d33caf"');
    await queryRunner.query('DROP TABLE "sales_order_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_6fa3a6470341c910e109d5e7f2"');
    await queryRunner.query('DROP INDEX "public"."IDX_a19ccd4926c1867c0a00e7dd91"');
    await queryRunner.query('DROP TABLE "sales_order_line"');
    await queryRunner.query('DROP INDEX "public"."IDX_fe17df63a0e2c7b8cffe3972d5"');
    await queryRunner.query('DROP INDEX "public"."IDX_42d8574287bdaf47cf5794cc3b"');
    await queryRunner.query('DROP INDEX "public"."IDX_2015cd009f80e66b5228336c2a"');
    await queryRunner.query('DROP INDEX "public"."IDX_2a19da9bb02a404d1b065c06e7"');
    await queryRunner.query('DROP INDEX "public"."IDX_51ab5c9d08c7e89ffb38e00ee4"');
    await queryRunner.query('DROP TABLE "sales_order"');
    await queryRunner.query('DROP INDEX "public"."IDX_e36e636c0007f93a2e5e9224a1"');
    await queryRunner.query('DROP INDEX "public"."IDX_76b0973cd3b19e0d25ad8f78aa"');
    await queryRunner.query('DROP INDEX "public"."IDX_bbce5d4c4968f3845b6accf59b"');
    await queryRunner.query('DROP TABLE "order_submission"');
    await queryRunner.query('DROP TABLE "order_number_sequence"');
    await queryRunner.query('DROP TABLE "split_rule"');
    await queryRunner.query('DROP TABLE "seller_division"');
    await queryRunner.query('DROP TABLE "seller_legal_entity"');
    await queryRunner.query('DROP INDEX "public"."IDX_876d71e311e43c953738d61b17"');
    await queryRunner.query('DROP TABLE "order_template_line"');
    await queryRunner.query('DROP INDEX "public"."IDX_595e7a10d2a9f6027777f75013"');
    await queryRunner.query('DROP TABLE "order_template"');
    await queryRunner.query('DROP INDEX "public"."IDX_4d12f35424abf799511dd1463e"');
    await queryRunner.query('DROP TABLE "short_list_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_e1eef01ffe2a28ed2872f901ac"');
    await queryRunner.query('DROP TABLE "short_list"');
    await queryRunner.query('DROP INDEX "public"."IDX_2d07a9ff190d727e3e4d5fd5b2"');
    await queryRunner.query('DROP INDEX "public"."IDX_0aca1ab061824d238cd4c34cbc"');
    await queryRunner.query('DROP INDEX "public"."IDX_043bdd50ec195bb63df9f84a35"');
    await queryRunner.query('DROP TABLE "cart_line"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ef445dbdda79392a07b97274b"');
    await queryRunner.query('DROP INDEX "public"."IDX_b7538a115c4fa70a8529cd9527"');
    await queryRunner.query('DROP TABLE "cart"');
  }
}
