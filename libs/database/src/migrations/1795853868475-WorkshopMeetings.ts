import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkshopMeetings1795853868475 implements MigrationInterface {
  name = 'WorkshopMeetings1795853868475';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "workshop_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "field_of_action_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text, "attendance" integer, "minutes" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_3cebfcf56a04d76332736d57951" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_34f58e6cafcecee4096344ea22" ON "workshop_meeting"  ("revision_id", "starts_at") `);
    await runner.query(`CREATE TABLE "workshop_meeting_recommendation" ("meeting_id" uuid NOT NULL, "recommendation_id" uuid NOT NULL, CONSTRAINT "PK_10280f1aaf16887938dccfa7a4c" PRIMARY KEY ("meeting_id", "recommendation_id"))`);
    await runner.query(`CREATE INDEX "IDX_4363723bb18bd033b619633f47" ON "workshop_meeting_recommendation"  ("recommendation_id") `);
    await runner.query(`ALTER TABLE "workshop_meeting" ADD CONSTRAINT "FK_f789ef8e6c96cdf41099d5da99c" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "workshop_meeting" ADD CONSTRAINT "FK_12d0fedf48386a3ce1e3da8cc57" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "workshop_meeting_recommendation" ADD CONSTRAINT "FK_d9e6bc9582707acf3f3d109a042" FOREIGN KEY ("meeting_id") REFERENCES "workshop_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "workshop_meeting_recommendation" ADD CONSTRAINT "FK_4363723bb18bd033b619633f472" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "workshop_meeting_recommendation" DROP CONSTRAINT "FK_4363723bb18bd033b619633f472"`);
    await runner.query(`ALTER TABLE "workshop_meeting_recommendation" DROP CONSTRAINT "FK_d9e6bc9582707acf3f3d109a042"`);
    await runner.query(`ALTER TABLE "workshop_meeting" DROP CONSTRAINT "FK_12d0fedf48386a3ce1e3da8cc57"`);
    await runner.query(`ALTER TABLE "workshop_meeting" DROP CONSTRAINT "FK_f789ef8e6c96cdf41099d5da99c"`);
    await runner.query(`DROP INDEX "public"."IDX_4363723bb18bd033b619633f47"`);
    await runner.query(`DROP TABLE "workshop_meeting_recommendation"`);
    await runner.query(`DROP INDEX "public"."IDX_34f58e6cafcecee4096344ea22"`);
    await runner.query(`DROP TABLE "workshop_meeting"`);
  }
}
