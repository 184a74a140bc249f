import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1795861918847 implements MigrationInterface {
  name = 'Indicators1795861918847';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "source" text NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_4981e179f8c556fe51bcf2a97b" ON "indicator"  ("revision_id", "name") `);
    await runner.query(`CREATE TABLE "indicator_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "year" integer NOT NULL, "value" numeric NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ea77b6059a4a7f24be8e748d541" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_deb9c34916924a81e4360d463d" ON "indicator_value"  ("indicator_id", "municipality_id", "year") `);
    await runner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_356b9c4680c7f2df210aa3a87d9" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_fb4de0d5692458e282e755eb235" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_bdf07fa4b5d76f452d1462ad4c9" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_bdf07fa4b5d76f452d1462ad4c9"`);
    await runner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_fb4de0d5692458e282e755eb235"`);
    await runner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_356b9c4680c7f2df210aa3a87d9"`);
    await runner.query(`DROP INDEX "public"."IDX_deb9c34916924a81e4360d463d"`);
    await runner.query(`DROP TABLE "indicator_value"`);
    await runner.query(`DROP INDEX "public"."IDX_4981e179f8c556fe51bcf2a97b"`);
    await runner.query(`DROP TABLE "indicator"`);
  }
}
