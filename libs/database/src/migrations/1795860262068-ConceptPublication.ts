import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConceptPublication1795860262068 implements MigrationInterface {
  name = 'ConceptPublication1795860262068';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TYPE "public"."adoption_result" AS ENUM('ADOPTED', 'ADOPTED_WITH_CHANGES', 'POSTPONED', 'REJECTED')`);
    await runner.query(`CREATE TABLE "concept_publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "version_id" uuid NOT NULL, "finalised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finalised_by_id" uuid NOT NULL, "override_reason" text, "adoption_body" text, "adoption_date" date, "adoption_reference" text, "adoption_result" "public"."adoption_result", "recommendations" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_e0eae257cd34ceffd22d472e2e6" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_96630416ea5c035e24c4c742e9" ON "concept_publication"  ("revision_id") `);
    await runner.query(`ALTER TYPE "public"."export_format" ADD VALUE 'JSON'`);
    await runner.query(`ALTER TABLE "concept_publication" ADD CONSTRAINT "FK_96630416ea5c035e24c4c742e91" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "concept_publication" ADD CONSTRAINT "FK_ed0b1d19b9f636bbf30551db923" FOREIGN KEY ("version_id") REFERENCES "draft_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "concept_publication" DROP CONSTRAINT "FK_ed0b1d19b9f636bbf30551db923"`);
    await runner.query(`ALTER TABLE "concept_publication" DROP CONSTRAINT "FK_96630416ea5c035e24c4c742e91"`);
    await runner.query(`CREATE TYPE "public"."export_format_old" AS ENUM('CSV', 'XLSX', 'PDF', 'DOCX')`);
    await runner.query(`ALTER TABLE "data_export" ALTER COLUMN "format" TYPE "public"."export_format_old" USING "format"::"text"::"public"."export_format_old"`);
    await runner.query(`DROP TYPE "public"."export_format"`);
    await runner.query(`ALTER TYPE "public"."export_format_old" RENAME TO "export_format"`);
    await runner.query(`DROP INDEX "public"."IDX_96630416ea5c035e24c4c742e9"`);
    await runner.query(`DROP TABLE "concept_publication"`);
    await runner.query(`DROP TYPE "public"."adoption_result"`);
  }
}
