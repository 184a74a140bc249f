import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OffersNetworksNeeds1795862496955 implements MigrationInterface {
  name = 'OffersNetworksNeeds1795862496955';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TYPE "public"."offer_kind" AS ENUM('COURSE', 'COUNSELLING', 'MEETING_PLACE', 'NETWORK', 'OTHER')`);
    await runner.query(`CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "kind" "public"."offer_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "municipality_ids" uuid array NOT NULL DEFAULT '{}', "field_of_action_ids" uuid array NOT NULL DEFAULT '{}', "target_group_ids" uuid array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "accessibility" text, "contact_email" text, "contact_phone" text, "address" text, "website" text, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_c931d1d7d7a154be1581456861" ON "offer"  ("revision_id", "title") `);
    await runner.query(`CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "member_organisation_ids" uuid array NOT NULL DEFAULT '{}', "contact_email" text, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_ee13b145d65d6465b91cbd9095" ON "network"  ("revision_id", "name") `);
    await runner.query(`CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "field_of_action_id" uuid NOT NULL, "municipality_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "source" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_fb577b8245ee4bb79fe2c7e899" ON "need"  ("revision_id", "field_of_action_id") `);
    await runner.query(`ALTER TABLE "offer" ADD CONSTRAINT "FK_5df06419e4cd3d7ebdd59ac5019" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "offer" ADD CONSTRAINT "FK_47d5e67618bf84e9e322c3a25a9" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "network" ADD CONSTRAINT "FK_e49dbdcbc58551cda90a2069a45" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_e49a6b125bc1e804388a9d27f56" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_30778e7b80cdbd87c8bb6542e03" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "need" ADD CONSTRAINT "FK_c38668f57cb3157d246282b2292" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_c38668f57cb3157d246282b2292"`);
    await runner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_30778e7b80cdbd87c8bb6542e03"`);
    await runner.query(`ALTER TABLE "need" DROP CONSTRAINT "FK_e49a6b125bc1e804388a9d27f56"`);
    await runner.query(`ALTER TABLE "network" DROP CONSTRAINT "FK_e49dbdcbc58551cda90a2069a45"`);
    await runner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_47d5e67618bf84e9e322c3a25a9"`);
    await runner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_5df06419e4cd3d7ebdd59ac5019"`);
    await runner.query(`DROP INDEX "public"."IDX_fb577b8245ee4bb79fe2c7e899"`);
    await runner.query(`DROP TABLE "need"`);
    await runner.query(`DROP INDEX "public"."IDX_ee13b145d65d6465b91cbd9095"`);
    await runner.query(`DROP TABLE "network"`);
    await runner.query(`DROP INDEX "public"."IDX_c931d1d7d7a154be1581456861"`);
    await runner.query(`DROP TABLE "offer"`);
    await runner.query(`DROP TYPE "public"."offer_kind"`);
  }
}
