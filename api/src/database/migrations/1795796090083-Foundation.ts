import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795796090083 implements MigrationInterface {
  name = 'Foundation1795796090083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "staff_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "full_name" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "password_hash" character varying(200) NOT NULL, "phone" character varying(40), "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_41a4f42a05b7aee26f9d3a0bb6" ON "staff_user"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "scopes" character varying(40) array NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b227edd98d489363d65e908e60" ON "api_key"  ("secret_hash") ');
    await queryRunner.query(
      'CREATE TABLE "buyer_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "full_name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "phone" character varying(40), "active" boolean NOT NULL DEFAULT true, "last_legal_entity_id" uuid, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d4d944e5a8775150aee51c2de0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ef1605fd2062a2e6a1b435d2d7" ON "buyer_user"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(8) NOT NULL, "buyer_user_id" uuid, "staff_user_id" uuid, "company_id" uuid, "legal_entity_id" uuid, "acting_staff_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" character varying(40), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "auth_session_principal" CHECK ((kind = \'buyer\' AND buyer_user_id IS NOT NULL) OR (kind = \'staff\' AND staff_user_id IS NOT NULL)), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_cd808e7c25ef8054d5af0c1d6b" ON "auth_session"  ("buyer_user_id") ');
    await queryRunner.query('CREATE INDEX "IDX_733de5ebddbd6db64021cc7229" ON "auth_session"  ("staff_user_id") ');
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("key" character varying(300) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_2b7decd11c28ffdfdde28e05382" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token"  ("session_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "legal_entity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "name" character varying(300) NOT NULL, "inn" character varying(12) NOT NULL, "kpp" character varying(9) NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34a297096a2395e25cafb2a8878" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_bc4e3c86ff5a5f95a2411e637b" ON "legal_entity"  ("company_id") ');
    await queryRunner.query('CREATE INDEX "IDX_577d783cf7755cd929fab5bec3" ON "legal_entity"  ("inn") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_4debada2407e8646ebc5a2f2fc" ON "legal_entity"  ("inn", "kpp") ');
    await queryRunner.query(
      'CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'active\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a76c5cd486f7779bd9c319afd2" ON "company"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "company_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "buyer_user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50735265431b38042b357626756" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_28477a7198f5d4023944c88c4f" ON "company_member"  ("buyer_user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_59526d5da78d55ea9f2b312905" ON "company_member"  ("company_id", "buyer_user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "api_key" ADD CONSTRAINT "FK_1799b360b8b068fa98feb7bef75" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_session" ADD CONSTRAINT "FK_cd808e7c25ef8054d5af0c1d6be" FOREIGN KEY ("buyer_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_session" ADD CONSTRAINT "FK_733de5ebddbd6db64021cc72291" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "legal_entity" ADD CONSTRAINT "FK_bc4e3c86ff5a5f95a2411e637bf" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "company_member" ADD CONSTRAINT "FK_d1e54984ccc83a08feb48c614ce" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "company_member" ADD CONSTRAINT "FK_28477a7198f5d4023944c88c4f5" FOREIGN KEY ("buyer_user_id") REFERENCES "buyer_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "company_member" DROP CONSTRAINT "FK_28477a7198f5d4023944c88c4f5"');
    await queryRunner.query('ALTER TABLE "company_member" DROP CONSTRAINT "FK_d1e54984ccc83a08feb48c614ce"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP CONSTRAINT "FK_bc4e3c86ff5a5f95a2411e637bf"');
    await queryRunner.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"');
    await queryRunner.query('ALTER TABLE "auth_session" DROP CONSTRAINT "FK_733de5ebddbd6db64021cc72291"');
    await queryRunner.query('ALTER TABLE "auth_session" DROP CONSTRAINT "FK_cd808e7c25ef8054d5af0c1d6be"');
    await queryRunner.query('ALTER TABLE "api_key" DROP CONSTRAINT "FK_1799b360b8b068fa98feb7bef75"');
    await queryRunner.query('DROP INDEX "public"."IDX_59526d5da78d55ea9f2b312905"');
    await queryRunner.query('DROP INDEX "public"."IDX_28477a7198f5d4023944c88c4f"');
    await queryRunner.query('DROP TABLE "company_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_a76c5cd486f7779bd9c319afd2"');
    await queryRunner.query('DROP TABLE "company"');
    await queryRunner.query('DROP INDEX "public"."IDX_4debada2407e8646ebc5a2f2fc"');
    await queryRunner.query('DROP INDEX "public"."IDX_577d783cf7755cd929fab5bec3"');
    await queryRunner.query('DROP INDEX "public"."IDX_bc4e3c86ff5a5f95a2411e637b"');
    await queryRunner.query('DROP TABLE "legal_entity"');
    await queryRunner.query('DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_7643a722ca45fb721be1c63dc0"');
    await queryRunner.query('DROP TABLE "refresh_token"');
    await queryRunner.query('DROP TABLE "login_attempt"');
    await queryRunner.query('DROP INDEX "public"."IDX_733de5ebddbd6db64021cc7229"');
    await queryRunner.query('DROP INDEX "public"."IDX_cd808e7c25ef8054d5af0c1d6b"');
    await queryRunner.query('DROP TABLE "auth_session"');
    await queryRunner.query('DROP INDEX "public"."IDX_ef1605fd2062a2e6a1b435d2d7"');
    await queryRunner.query('DROP TABLE "buyer_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_b227edd98d489363d65e908e60"');
    await queryRunner.query('DROP TABLE "api_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_41a4f42a05b7aee26f9d3a0bb6"');
    await queryRunner.query('DROP TABLE "staff_user"');
  }
}
