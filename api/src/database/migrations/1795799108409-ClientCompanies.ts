import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientCompanies1795799108409 implements MigrationInterface {
  name = 'ClientCompanies1795799108409';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "legal_entity_id" uuid NOT NULL, "number" character varying(100) NOT NULL, "date" date NOT NULL, "currency" character varying(3) NOT NULL DEFAULT \'RUB\', "payment_terms" character varying(16) NOT NULL DEFAULT \'PREPAYMENT\', "deferral_days" integer, "credit_limit" numeric(19,2) NOT NULL DEFAULT \'0\', "valid_from" date, "valid_to" date, "status" character varying(16) NOT NULL DEFAULT \'active\', "is_default" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contract_deferral" CHECK ((payment_terms = \'DEFERRAL\') = (deferral_days IS NOT NULL)), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ab4d2f5625577379b993d51694" ON "contract"  ("legal_entity_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2e68297452b1e813bb1ed85176" ON "contract"  ("external_id") ');
    await queryRunner.query('CREATE INDEX "IDX_0db88a9b828754e05dcc3aa267" ON "contract"  ("updated_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "contract_one_default" ON "contract"  ("legal_entity_id") WHERE is_default',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_85147dc4562d2121faeef331d6" ON "contract"  ("legal_entity_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contractor_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(50) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6055ed05f03df37846c1095908" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f47c21e717d7a548864337e485" ON "contractor_group"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "company_contractor_group" ("company_id" uuid NOT NULL, "contractor_group_id" uuid NOT NULL, CONSTRAINT "PK_e53bca398e7c5456ebbd15666d6" PRIMARY KEY ("company_id", "contractor_group_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_64deea763abfae9eb329f76e86" ON "company_contractor_group"  ("contractor_group_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "delivery_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "label" character varying(200) NOT NULL, "address" character varying(500) NOT NULL, "contact_name" character varying(200), "contact_phone" character varying(40), "comment" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00581098daef1f881bb3d17a0cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f3258adfedc43a58b3f7061525" ON "delivery_address"  ("company_id") ');
    await queryRunner.query(
      'CREATE TABLE "registration_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(8) NOT NULL, "status" character varying(12) NOT NULL, "company_name" character varying(300), "inn" character varying(12) NOT NULL, "kpp" character varying(9), "contract_number" character varying(100), "contact_name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(40) NOT NULL, "region" character varying(200), "business_kind" character varying(200), "comment" character varying(2000), "locale" character varying(5) NOT NULL DEFAULT \'ru\', "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "email_verified_at" TIMESTAMP WITH TIME ZONE, "status_token_hash" character varying(64) NOT NULL, "matched_company_id" uuid, "matched_legal_entity_id" uuid, "matched_contract_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_staff_user_id" uuid, "rejection_reason" character varying(1000), "result_company_id" uuid, "result_buyer_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4cdc69e7b9197ae3360cdbb50e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9c83ba04d13cdbd39c7a0ae085" ON "registration_request"  ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_93e129597f9a684afd2ec4d48b" ON "registration_request"  ("inn") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_161857a8d5a4bd4b3dd1fde5a5" ON "registration_request"  ("status_token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_8804e592a9c75e4d4969f65350" ON "registration_request"  ("created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "registration_one_open_per_inn_email" ON "registration_request"  ("inn", "email") WHERE status IN (\'UNVERIFIED\', \'PENDING\')',
    );
    await queryRunner.query(
      'CREATE TABLE "action_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" character varying(24) NOT NULL, "token_hash" character varying(64) NOT NULL, "user_kind" character varying(8), "user_id" uuid, "payload" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7dccd93e1b3cc165049f2991729" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_7be49005308e87d612f0b8585b" ON "action_token"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "IDX_ea64624c1b6177a2b0e4c9092f" ON "action_token"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(254) NOT NULL, "to_name" character varying(200), "template" character varying(60) NOT NULL, "locale" character varying(5) NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "company_id" uuid, "status" character varying(8) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(1000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_606b1d45575c7fba8f30e8c8fc" ON "email_outbox"  ("company_id") ');
    await queryRunner.query('CREATE INDEX "IDX_6495bafbfe9a7d29dfe5571328" ON "email_outbox"  ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_73ff4b3243a90042028e1e47f5" ON "email_outbox"  ("created_at") ');
    await queryRunner.query(
      'CREATE INDEX "email_outbox_due" ON "email_outbox"  ("next_attempt_at") WHERE status = \'pending\'',
    );
    await queryRunner.query('ALTER TABLE "staff_user" ADD "photo_url" character varying(500)');
    await queryRunner.query('ALTER TABLE "staff_user" ADD "locale" character varying(5) NOT NULL DEFAULT \'ru\'');
    await queryRunner.query('ALTER TABLE "buyer_user" ADD "locale" character varying(5) NOT NULL DEFAULT \'ru\'');
    await queryRunner.query('ALTER TABLE "auth_session" ADD "contract_id" uuid');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "full_name" character varying(500)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "ogrn" character varying(15)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "legal_address" character varying(500)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "postal_address" character varying(500)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "bank_name" character varying(300)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "bik" character varying(9)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "correspondent_account" character varying(20)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "settlement_account" character varying(20)');
    await queryRunner.query('ALTER TABLE "legal_entity" ADD "external_id" character varying(100)');
    await queryRunner.query('ALTER TABLE "company" ADD "blocked_reason" character varying(1000)');
    await queryRunner.query('ALTER TABLE "company" ADD "manager_id" uuid');
    await queryRunner.query('ALTER TABLE "company" ADD "notes" text');
    await queryRunner.query('ALTER TABLE "company" ADD "external_id" character varying(100)');
    await queryRunner.query('ALTER TABLE "company_member" ADD "order_limit" numeric(19,2)');
    await queryRunner.query('ALTER TABLE "company_member" ADD "monthly_limit" numeric(19,2)');
    await queryRunner.query('ALTER TABLE "staff_user" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "buyer_user" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "legal_entity" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "company" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_dc64ab9b5439fb82e96bee75e8" ON "legal_entity"  ("external_id") ');
    await queryRunner.query('CREATE INDEX "IDX_182a3eb59eb788b4d0dd4b67ff" ON "legal_entity"  ("updated_at") ');
    await queryRunner.query('CREATE INDEX "IDX_b7a5d746408a6b4beff6af4b93" ON "company"  ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_23ea1c9c0b98714580db46afb9" ON "company"  ("manager_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f4bc596bf38d3448f505eeb9bb" ON "company"  ("external_id") ');
    await queryRunner.query('CREATE INDEX "IDX_c1dc0c2fcb6f9d6c2cf1c3d237" ON "company"  ("updated_at") ');
    await queryRunner.query(
      'ALTER TABLE "company" ADD CONSTRAINT "FK_23ea1c9c0b98714580db46afb98" FOREIGN KEY ("manager_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract" ADD CONSTRAINT "FK_ab4d2f5625577379b993d516944" FOREIGN KEY ("legal_entity_id") REFERENCES "legal_entity"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "company_contractor_group" ADD CONSTRAINT "FK_92f56c273908a792a6b4f9063d7" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "company_contractor_group" ADD CONSTRAINT "FK_64deea763abfae9eb329f76e866" FOREIGN KEY ("contractor_group_id") REFERENCES "contractor_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_address" ADD CONSTRAINT "FK_f3258adfedc43a58b3f70615252" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "delivery_address" DROP CONSTRAINT "FK_f3258adfedc43a58b3f70615252"');
    await queryRunner.query('ALTER TABLE "company_contractor_group" DROP CONSTRAINT "FK_64deea763abfae9eb329f76e866"');
    await queryRunner.query('ALTER TABLE "company_contractor_group" DROP CONSTRAINT "FK_92f56c273908a792a6b4f9063d7"');
    await queryRunner.query('ALTER TABLE "contract" DROP CONSTRAINT "FK_ab4d2f5625577379b993d516944"');
    await queryRunner.query('ALTER TABLE "company" DROP CONSTRAINT "FK_23ea1c9c0b98714580db46afb98"');
    await queryRunner.query('DROP INDEX "public"."IDX_c1dc0c2fcb6f9d6c2cf1c3d237"');
    await queryRunner.query('DROP INDEX "public"."IDX_f4bc596bf38d3448f505eeb9bb"');
    await queryRunner.query('DROP INDEX "public"."IDX_23ea1c9c0b98714580db46afb9"');
    await queryRunner.query('DROP INDEX "public"."IDX_b7a5d746408a6b4beff6af4b93"');
    await queryRunner.query('DROP INDEX "public"."IDX_182a3eb59eb788b4d0dd4b67ff"');
    await queryRunner.query('DROP INDEX "public"."IDX_dc64ab9b5439fb82e96bee75e8"');
    await queryRunner.query('ALTER TABLE "company" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "legal_entity" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "buyer_user" ALTER COLUMN "password_hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "staff_user" ALTER COLUMN "password_hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "company_member" DROP COLUMN "monthly_limit"');
    await queryRunner.query('ALTER TABLE "company_member" DROP COLUMN "order_limit"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "external_id"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "notes"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "manager_id"');
    await queryRunner.query('ALTER TABLE "company" DROP COLUMN "blocked_reason"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "external_id"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "settlement_account"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "correspondent_account"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "bik"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "bank_name"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "postal_address"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "legal_address"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "ogrn"');
    await queryRunner.query('ALTER TABLE "legal_entity" DROP COLUMN "full_name"');
    await queryRunner.query('ALTER TABLE "auth_session" DROP COLUMN "contract_id"');
    await queryRunner.query('ALTER TABLE "buyer_user" DROP COLUMN "locale"');
    await queryRunner.query('ALTER TABLE "staff_user" DROP COLUMN "locale"');
    await queryRunner.query('ALTER TABLE "staff_user" DROP COLUMN "photo_url"');
    await queryRunner.query('DROP INDEX "public"."email_outbox_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_73ff4b3243a90042028e1e47f5"');
    await queryRunner.query('DROP INDEX "public"."IDX_6495bafbfe9a7d29dfe5571328"');
    await queryRunner.query('DROP INDEX "public"."IDX_606b1d45575c7fba8f30e8c8fc"');
    await queryRunner.query('DROP TABLE "email_outbox"');
    await queryRunner.query('DROP INDEX "public"."IDX_ea64624c1b6177a2b0e4c9092f"');
    await queryRunner.query('DROP INDEX "public"."IDX_7be49005308e87d612f0b8585b"');
    await queryRunner.query('DROP TABLE "action_token"');
    await queryRunner.query('DROP INDEX "public"."registration_one_open_per_inn_email"');
    await queryRunner.query('DROP INDEX "public"."IDX_8804e592a9c75e4d4969f65350"');
    await queryRunner.query('DROP INDEX "public"."IDX_161857a8d5a4bd4b3dd1fde5a5"');
    await queryRunner.query('DROP INDEX "public"."IDX_93e129597f9a684afd2ec4d48b"');
    await queryRunner.query('DROP INDEX "public"."IDX_9c83ba04d13cdbd39c7a0ae085"');
    await queryRunner.query('DROP TABLE "registration_request"');
    await queryRunner.query('DROP INDEX "public"."IDX_f3258adfedc43a58b3f7061525"');
    await queryRunner.query('DROP TABLE "delivery_address"');
    await queryRunner.query('DROP INDEX "public"."IDX_64deea763abfae9eb329f76e86"');
    await queryRunner.query('DROP TABLE "company_contractor_group"');
    await queryRunner.query('DROP INDEX "public"."IDX_f47c21e717d7a548864337e485"');
    await queryRunner.query('DROP TABLE "contractor_group"');
    await queryRunner.query('DROP INDEX "public"."IDX_85147dc4562d2121faeef331d6"');
    await queryRunner.query('DROP INDEX "public"."contract_one_default"');
    await queryRunner.query('DROP INDEX "public"."IDX_0db88a9b828754e05dcc3aa267"');
    await queryRunner.query('DROP INDEX "public"."IDX_2e68297452b1e813bb1ed85176"');
    await queryRunner.query('DROP INDEX "public"."IDX_ab4d2f5625577379b993d51694"');
    await queryRunner.query('DROP TABLE "contract"');
  }
}
