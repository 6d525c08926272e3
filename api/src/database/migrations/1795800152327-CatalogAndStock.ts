import { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogAndStock1795800152327 implements MigrationInterface {
  name = 'CatalogAndStock1795800152327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attribute_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "name" character varying(200) NOT NULL, "type" character varying(10) NOT NULL, "unit" character varying(20), "filterable" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_61646231ed67b6bbac84af684e3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0c75ece04ddbd2296a2912aa78" ON "attribute_definition"  ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attribute_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "num" SERIAL NOT NULL, "attribute_id" uuid NOT NULL, "code" character varying(100), "label" character varying(200) NOT NULL, "value_num" numeric(18,6), "value_bool" boolean, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_dff76d9cc1db2684732acdb9ca7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b2b5632f031b56a46d78bb9cc4" ON "attribute_value"  ("num") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_10024f4427c50abaef0c2da51e" ON "attribute_value"  ("attribute_id", "value_bool") WHERE value_bool IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_82490ab4c192cf1a0a7f27aa84" ON "attribute_value"  ("attribute_id", "value_num") WHERE value_num IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_1ef7a2d68e7963af664153a63a" ON "attribute_value"  ("attribute_id", "code") WHERE code IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "brand" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "external_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5d20765ddd942eb5de4eee2d7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_65a97688ede8f5537c5889d89f" ON "brand"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "name" character varying(200) NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "path" uuid array NOT NULL, "external_id" character varying(100), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_b8b4e6f7134e4726c4b87f44c2" ON "category"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "IDX_796501d73886a653a279836c6a" ON "category"  ("parent_id", "position") ');
    await queryRunner.query(
      'CREATE TABLE "image" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sha256" character varying(64) NOT NULL, "thumb" bytea NOT NULL, "card" bytea NOT NULL, "content_type" character varying(40) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6db1ab4ee9ad9dbe86c64e4cc3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_aebcc8fb5723fca516c3b1785d" ON "image"  ("sha256") ');
    await queryRunner.query(
      'CREATE TABLE "unit" ("code" character varying(16) NOT NULL, "name" character varying(60) NOT NULL, "short_name" character varying(16) NOT NULL, "scale" smallint NOT NULL DEFAULT \'0\', "okei" character varying(4), CONSTRAINT "PK_dfb75cdb2a790fb84327e1d1b15" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" character varying(64) NOT NULL, "external_id" character varying(100), "name" character varying(500) NOT NULL, "summary" character varying(500) NOT NULL DEFAULT \'\', "category_id" uuid, "brand_id" uuid, "unit_code" character varying(16) NOT NULL, "vat_rate" numeric(5,2), "order_step" numeric(18,6) NOT NULL DEFAULT \'1\', "min_order_quantity" numeric(18,6) NOT NULL DEFAULT \'1\', "image_id" uuid, "active" boolean NOT NULL DEFAULT true, "facet_keys" integer array NOT NULL DEFAULT \'{}\', "search_text" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3673cd26e0383a7f462b082ca9" ON "product"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "IDX_2eb5ce4324613b4b457c364f4a" ON "product"  ("brand_id") ');
    await queryRunner.query('CREATE INDEX "IDX_c392c8046366745c4a8fc2b4dd" ON "product"  ("category_id", "name") ');
    await queryRunner.query(
      'CREATE TABLE "product_attribute" ("product_id" uuid NOT NULL, "attribute_id" uuid NOT NULL, "value_id" uuid, "value_text" character varying(1000), CONSTRAINT "PK_39c4b3c134a56de52742a2ba072" PRIMARY KEY ("product_id", "attribute_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3e2f6a0f059b619505f30b8e54" ON "product_attribute"  ("attribute_id") ');
    await queryRunner.query(
      'CREATE TABLE "product_packaging" ("product_id" uuid NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "factor" numeric(18,6) NOT NULL, "barcode" character varying(40), "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_321f739c1f8814aecd1bda27c90" PRIMARY KEY ("product_id", "code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "product_barcode" ("barcode" character varying(40) COLLATE "C" NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_6fdf9b356d88fd5d190629b76f5" PRIMARY KEY ("barcode"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f252cb007559479dd2630a795c" ON "product_barcode"  ("product_id") ');
    await queryRunner.query(
      'CREATE TABLE "product_analog" ("product_id" uuid NOT NULL, "analog_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "note" character varying(300), CONSTRAINT "PK_1cb0c98900e8aa222ff229374c3" PRIMARY KEY ("product_id", "analog_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_266b65e91c33abd2c3d15df00b" ON "product_analog"  ("analog_id") ');
    await queryRunner.query(
      'CREATE TABLE "product_word" ("word" text COLLATE "C" NOT NULL, "product_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_c6647c0492c539586d6b4b5c11a" PRIMARY KEY ("word", "product_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c6647c0492c539586d6b4b5c11" ON "product_word"  ("product_id", "word") ');
    await queryRunner.query(
      'CREATE TABLE "search_word" ("word" text COLLATE "C" NOT NULL, CONSTRAINT "PK_a5a05ae28eda68a7193f775ece9" PRIMARY KEY ("word"))',
    );
    await queryRunner.query(
      'CREATE TABLE "warehouse" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "city" character varying(100) NOT NULL, "region" character varying(100) NOT NULL DEFAULT \'\', "branch" character varying(100) NOT NULL DEFAULT \'\', "pickup_point" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT \'0\', "bit" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_965abf9f99ae8c5983ae74ebde8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_dcbf22551ec3827f234e532a08" ON "warehouse"  ("code") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ee7fcf556407b24a5746ed7fe2" ON "warehouse"  ("bit") ');
    await queryRunner.query(
      'CREATE TABLE "stock_level" ("product_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "on_hand" numeric(18,6) NOT NULL DEFAULT \'0\', "reserved" numeric(18,6) NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e4cae35a86203d972447f5591a" PRIMARY KEY ("product_id", "warehouse_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7a34d6f15a864d09d90c111235" ON "stock_level"  ("warehouse_id") ');
    await queryRunner.query(
      'CREATE TABLE "product_stock" ("product_id" uuid NOT NULL, "category_id" uuid, "brand_id" uuid, "facet_keys" integer array NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "facet_group" bigint NOT NULL DEFAULT \'0\', "available" numeric(18,6) NOT NULL DEFAULT \'0\', "in_stock_mask" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_62a8438c36b1a42790d3cd755a1" PRIMARY KEY ("product_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_83a818e70decc7e21e4471dd02" ON "product_stock"  ("category_id") ');
    await queryRunner.query(
      'CREATE TABLE "incoming_supply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" character varying(100), "product_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "quantity" numeric(18,6) NOT NULL, "expected_at" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'EXPECTED\', "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcb6dc0e76775a338ca31c69ab4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3ad4bc0e6e3b4979cccdf587a9" ON "incoming_supply"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "IDX_d5e83a6759e0177e66b3f89558" ON "incoming_supply"  ("warehouse_id") ');
    await queryRunner.query(
      'CREATE TABLE "reservation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "product_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "quantity" numeric(18,6) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'ACTIVE\', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "comment" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48b1f9922368359ab88e8bfa525" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_be30a8a5a8a517df626d885af2" ON "reservation"  ("company_id", "status", "expires_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "attribute_value" ADD CONSTRAINT "FK_50307466485c2940c063b62342a" FOREIGN KEY ("attribute_id") REFERENCES "attribute_definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product" ADD CONSTRAINT "FK_0dce9bc93c2d2c399982d04bef1" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product" ADD CONSTRAINT "FK_2eb5ce4324613b4b457c364f4a2" FOREIGN KEY ("brand_id") REFERENCES "brand"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product" ADD CONSTRAINT "FK_29eeb5c55fc12104db5137863ec" FOREIGN KEY ("unit_code") REFERENCES "unit"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product" ADD CONSTRAINT "FK_99d98a80f57857d51b5f63c8240" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_attribute" ADD CONSTRAINT "FK_c8f119684d209b55cf5e8b42532" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_attribute" ADD CONSTRAINT "FK_3e2f6a0f059b619505f30b8e54f" FOREIGN KEY ("attribute_id") REFERENCES "attribute_definition"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_attribute" ADD CONSTRAINT "FK_b95764a58737e9768a0a79ff1a6" FOREIGN KEY ("value_id") REFERENCES "attribute_value"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_packaging" ADD CONSTRAINT "FK_4e5ac0825f12add4a72deb80e10" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_barcode" ADD CONSTRAINT "FK_f252cb007559479dd2630a795ce" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_analog" ADD CONSTRAINT "FK_0c6a07d82fdb97b0e48050b3598" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_analog" ADD CONSTRAINT "FK_266b65e91c33abd2c3d15df00b7" FOREIGN KEY ("analog_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_word" ADD CONSTRAINT "FK_75609a26e4437ab063208d9965a" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_level" ADD CONSTRAINT "FK_dda0d2580ff55ca940846ca2428" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_level" ADD CONSTRAINT "FK_7a34d6f15a864d09d90c1112353" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "product_stock" ADD CONSTRAINT "FK_62a8438c36b1a42790d3cd755a1" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incoming_supply" ADD CONSTRAINT "FK_f39a929964df1e5f6a4cdb172e7" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incoming_supply" ADD CONSTRAINT "FK_d5e83a6759e0177e66b3f895586" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reservation" ADD CONSTRAINT "FK_8d50e21bc2ac13e92bddb624513" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reservation" ADD CONSTRAINT "FK_29be234ba7ee334a49d59788649" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Hand-written: what the entities cannot express (declared there with synchronize: false).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX "IDX_category_path" ON "category" USING gin ("path")');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_product_sku_key" ON "product" ((lower("sku") COLLATE "C"))');
    await queryRunner.query('CREATE INDEX "IDX_product_facet_keys" ON "product" USING gin ("facet_keys")');
    await queryRunner.query(
      'CREATE INDEX "IDX_product_search_trgm" ON "product" USING gin ("search_text" gin_trgm_ops)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_brand_name_lower" ON "brand" (lower("name"))');
    await queryRunner.query('CREATE INDEX "IDX_search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops)');
    await queryRunner.query(
      `CREATE INDEX "IDX_incoming_open" ON "incoming_supply" ("product_id", "warehouse_id", "expected_at") WHERE status IN ('EXPECTED', 'IN_TRANSIT')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reservation_active_expiry" ON "reservation" ("expires_at") WHERE status = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reservation_active_stock" ON "reservation" ("product_id", "warehouse_id") WHERE status = 'ACTIVE'`,
    );
    // Reference data: the units every catalog needs (more can be added by integrators).
    await queryRunner.query(
      `INSERT INTO "unit" ("code", "name", "short_name", "scale", "okei") VALUES
        ('pcs', 'Штука', 'шт', 0, '796'), ('m', 'Метр', 'м', 2, '006'), ('t', 'Тонна', 'т', 3, '168'),
        ('kg', 'Килограмм', 'кг', 3, '166'), ('l', 'Литр', 'л', 2, '112'), ('m2', 'Квадратный метр', 'м²', 2, '055'),
        ('m3', 'Кубический метр', 'м³', 3, '113'), ('pack', 'Упаковка', 'упак', 0, '778'), ('set', 'Комплект', 'компл', 0, '839'),
        ('roll', 'Рулон', 'рул', 0, '736')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reservation" DROP CONSTRAINT "FK_29be234ba7ee334a49d59788649"');
    await queryRunner.query('ALTER TABLE "reservation" DROP CONSTRAINT "FK_8d50e21bc2ac13e92bddb624513"');
    await queryRunner.query('ALTER TABLE "incoming_supply" DROP CONSTRAINT "FK_d5e83a6759e0177e66b3f895586"');
    await queryRunner.query('ALTER TABLE "incoming_supply" DROP CONSTRAINT "FK_f39a929964df1e5f6a4cdb172e7"');
    await queryRunner.query('ALTER TABLE "product_stock" DROP CONSTRAINT "FK_62a8438c36b1a42790d3cd755a1"');
    await queryRunner.query('ALTER TABLE "stock_level" DROP CONSTRAINT "FK_7a34d6f15a864d09d90c1112353"');
    await queryRunner.query('ALTER TABLE "stock_level" DROP CONSTRAINT "FK_dda0d2580ff55ca940846ca2428"');
    await queryRunner.query('ALTER TABLE "product_word" DROP CONSTRAINT "FK_75609a26e4437ab063208d9965a"');
    await queryRunner.query('ALTER TABLE "product_analog" DROP CONSTRAINT "FK_266b65e91c33abd2c3d15df00b7"');
    await queryRunner.query('ALTER TABLE "product_analog" DROP CONSTRAINT "FK_0c6a07d82fdb97b0e48050b3598"');
    await queryRunner.query('ALTER TABLE "product_barcode" DROP CONSTRAINT "FK_f252cb007559479dd2630a795ce"');
    await queryRunner.query('ALTER TABLE "product_packaging" DROP CONSTRAINT "FK_4e5ac0825f12add4a72deb80e10"');
    await queryRunner.query('ALTER TABLE "product_attribute" DROP CONSTRAINT "FK_b95764a58737e9768a0a79ff1a6"');
    await queryRunner.query('ALTER TABLE "product_attribute" DROP CONSTRAINT "FK_3e2f6a0f059b619505f30b8e54f"');
    await queryRunner.query('ALTER TABLE "product_attribute" DROP CONSTRAINT "FK_c8f119684d209b55cf5e8b42532"');
    await queryRunner.query('ALTER TABLE "product" DROP CONSTRAINT "FK_99d98a80f57857d51b5f63c8240"');
    await queryRunner.query('ALTER TABLE "product" DROP CONSTRAINT "FK_29eeb5c55fc12104db5137863ec"');
    await queryRunner.query('ALTER TABLE "product" DROP CONSTRAINT "FK_2eb5ce4324613b4b457c364f4a2"');
    await queryRunner.query('ALTER TABLE "product" DROP CONSTRAINT "FK_0dce9bc93c2d2c399982d04bef1"');
    await queryRunner.query('ALTER TABLE "attribute_value" DROP CONSTRAINT "FK_50307466485c2940c063b62342a"');
    await queryRunner.query('DROP INDEX "public"."IDX_be30a8a5a8a517df626d885af2"');
    await queryRunner.query('DROP TABLE "reservation"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5e83a6759e0177e66b3f89558"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ad4bc0e6e3b4979cccdf587a9"');
    await queryRunner.query('DROP TABLE "incoming_supply"');
    await queryRunner.query('DROP INDEX "public"."IDX_83a818e70decc7e21e4471dd02"');
    await queryRunner.query('DROP TABLE "product_stock"');
    await queryRunner.query('DROP INDEX "public"."IDX_7a34d6f15a864d09d90c111235"');
    await queryRunner.query('DROP TABLE "stock_level"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee7fcf556407b24a5746ed7fe2"');
    await queryRunner.query('DROP INDEX "public"."IDX_dcbf22551ec3827f234e532a08"');
    await queryRunner.query('DROP TABLE "warehouse"');
    await queryRunner.query('DROP TABLE "search_word"');
    await queryRunner.query('DROP INDEX "public"."IDX_c6647c0492c539586d6b4b5c11"');
    await queryRunner.query('DROP TABLE "product_word"');
    await queryRunner.query('DROP INDEX "public"."IDX_266b65e91c33abd2c3d15df00b"');
    await queryRunner.query('DROP TABLE "product_analog"');
    await queryRunner.query('DROP INDEX "public"."IDX_f252cb007559479dd2630a795c"');
    await queryRunner.query('DROP TABLE "product_barcode"');
    await queryRunner.query('DROP TABLE "product_packaging"');
    await queryRunner.query('DROP INDEX "public"."IDX_3e2f6a0f059b619505f30b8e54"');
    await queryRunner.query('DROP TABLE "product_attribute"');
    await queryRunner.query('DROP INDEX "public"."IDX_c392c8046366745c4a8fc2b4dd"');
    await queryRunner.query('DROP INDEX "public"."IDX_2eb5ce4324613b4b457c364f4a"');
    await queryRunner.query('DROP INDEX "public"."IDX_3673cd26e0383a7f462b082ca9"');
    await queryRunner.query('DROP TABLE "product"');
    await queryRunner.query('DROP TABLE "unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_aebcc8fb5723fca516c3b1785d"');
    await queryRunner.query('DROP TABLE "image"');
    await queryRunner.query('DROP INDEX "public"."IDX_796501d73886a653a279836c6a"');
    await queryRunner.query('DROP INDEX "public"."IDX_b8b4e6f7134e4726c4b87f44c2"');
    await queryRunner.query('DROP TABLE "category"');
    await queryRunner.query('DROP INDEX "public"."IDX_65a97688ede8f5537c5889d89f"');
    await queryRunner.query('DROP TABLE "brand"');
    await queryRunner.query('DROP INDEX "public"."IDX_1ef7a2d68e7963af664153a63a"');
    await queryRunner.query('DROP INDEX "public"."IDX_82490ab4c192cf1a0a7f27aa84"');
    await queryRunner.query('DROP INDEX "public"."IDX_10024f4427c50abaef0c2da51e"');
    await queryRunner.query('DROP INDEX "public"."IDX_b2b5632f031b56a46d78bb9cc4"');
    await queryRunner.query('DROP TABLE "attribute_value"');
    await queryRunner.query('DROP INDEX "public"."IDX_0c75ece04ddbd2296a2912aa78"');
    await queryRunner.query('DROP TABLE "attribute_definition"');
  }
}
