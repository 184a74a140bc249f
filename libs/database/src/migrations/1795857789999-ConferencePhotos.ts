import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConferencePhotos1795857789999 implements MigrationInterface {
  name = 'ConferencePhotos1795857789999';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "conference_photo" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "session_id" uuid, "caption" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, "byte_size" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c6f35a68a82fbf17f33f97290c" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_ba12c79d3e1f896bd442254870" ON "conference_photo"  ("conference_id", "created_at") `);
    await runner.query(`ALTER TABLE "data_export" ADD "subject_id" uuid`);
    await runner.query(`ALTER TYPE "public"."export_format" ADD VALUE 'PDF'`);
    await runner.query(`ALTER TYPE "public"."export_format" ADD VALUE 'DOCX'`);
    await runner.query(`CREATE INDEX "IDX_d98c122e7e3f1e4fe58e2c6891" ON "data_export"  ("subject_id", "created_at") `);
    await runner.query(`ALTER TABLE "conference_photo" ADD CONSTRAINT "FK_fd66183aec6dde0bfa253605cfc" FOREIGN KEY ("conference_id") REFERENCES "conference"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "conference_photo" ADD CONSTRAINT "FK_7f944e3556a220b1c240c9d5155" FOREIGN KEY ("session_id") REFERENCES "workshop_session"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "conference_photo" ADD CONSTRAINT "FK_ce9f53366e3ab55fc1030cc1144" FOREIGN KEY ("uploaded_by_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "conference_photo" DROP CONSTRAINT "FK_ce9f53366e3ab55fc1030cc1144"`);
    await runner.query(`ALTER TABLE "conference_photo" DROP CONSTRAINT "FK_7f944e3556a220b1c240c9d5155"`);
    await runner.query(`ALTER TABLE "conference_photo" DROP CONSTRAINT "FK_fd66183aec6dde0bfa253605cfc"`);
    await runner.query(`DROP INDEX "public"."IDX_d98c122e7e3f1e4fe58e2c6891"`);
    await runner.query(`CREATE TYPE "public"."export_format_old" AS ENUM('CSV', 'XLSX')`);
    await runner.query(`ALTER TABLE "data_export" ALTER COLUMN "format" TYPE "public"."export_format_old" USING "format"::"text"::"public"."export_format_old"`);
    await runner.query(`DROP TYPE "public"."export_format"`);
    await runner.query(`ALTER TYPE "public"."export_format_old" RENAME TO "export_format"`);
    await runner.query(`ALTER TABLE "data_export" DROP COLUMN "subject_id"`);
    await runner.query(`DROP INDEX "public"."IDX_ba12c79d3e1f896bd442254870"`);
    await runner.query(`DROP TABLE "conference_photo"`);
  }
}
