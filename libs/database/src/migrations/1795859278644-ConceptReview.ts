import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConceptReview1795859278644 implements MigrationInterface {
  name = 'ConceptReview1795859278644';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "concept_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "title" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_12b8d08c5208e37f8db0edf8298" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_f027cca4e188172e59bb0a76e5" ON "concept_draft"  ("revision_id") `);
    await runner.query(`CREATE TYPE "public"."concept_section_kind" AS ENUM('INTRODUCTION', 'GUIDING_PRINCIPLES', 'DATA_AND_FACTS', 'STRUCTURES', 'FIELDS_OF_ACTION', 'FIELD_OF_ACTION', 'IMPLEMENTATION', 'CUSTOM')`);
    await runner.query(`CREATE TABLE "concept_section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "parent_id" uuid, "position" integer NOT NULL, "kind" "public"."concept_section_kind" NOT NULL, "field_of_action_id" uuid, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_3d6a83bdbd4fee48d23d44dc141" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_d0b0a59fd205dd235d8927f98d" ON "concept_section"  ("draft_id", "parent_id", "position") `);
    await runner.query(`CREATE TABLE "draft_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "number" integer NOT NULL, "note" text, "sections" jsonb NOT NULL, "frozen_by_id" uuid NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e434e51de6c2d8d45dfe5e92012" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_47a147b1bd5e379bf1e1dc7df7" ON "draft_version"  ("draft_id", "number") `);
    await runner.query(`CREATE TYPE "public"."review_round_status" AS ENUM('OPEN', 'CLOSED')`);
    await runner.query(`CREATE TABLE "review_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "version_id" uuid NOT NULL, "number" integer NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "reminder_days_before" integer array NOT NULL DEFAULT '{7,2}', "others_visible" boolean NOT NULL DEFAULT false, "status" "public"."review_round_status" NOT NULL DEFAULT 'OPEN', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_c661407d15ad2b572f84ad9a1fe" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_c8fe944dfea7d8cf6f3c8a309a" ON "review_round"  ("draft_id", "number") `);
    await runner.query(`CREATE TABLE "review_municipality" ("round_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fe31fc986c1254204e1b7af6323" PRIMARY KEY ("round_id", "municipality_id"))`);
    await runner.query(`CREATE TYPE "public"."disposition_kind" AS ENUM('ACCEPTED', 'PARTLY', 'NOT_ACCEPTED')`);
    await runner.query(`CREATE TABLE "review_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "author_id" uuid NOT NULL, "section_id" uuid NOT NULL, "section_title" text NOT NULL, "anchor" jsonb, "text" text NOT NULL, "proposed_text" text, "disposition" "public"."disposition_kind", "disposition_reason" text, "disposed_by_id" uuid, "disposed_at" TIMESTAMP WITH TIME ZONE, "proposal_applied_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_81a77699383553c51a2d444a8a9" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_4dee01502b4007c73bdf0434e2" ON "review_comment"  ("round_id", "created_at") `);
    await runner.query(`CREATE TYPE "public"."statement_kind" AS ENUM('APPROVED', 'APPROVED_WITH_REMARKS', 'OBJECTION')`);
    await runner.query(`CREATE TABLE "review_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "kind" "public"."statement_kind" NOT NULL, "text" text NOT NULL, "given_by_id" uuid NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9526c144071b5a63be62a518ec7" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_3c428a90d76077593cfefa1bff" ON "review_statement"  ("round_id", "municipality_id") `);
    await runner.query(`ALTER TABLE "concept_draft" ADD CONSTRAINT "FK_f027cca4e188172e59bb0a76e5b" FOREIGN KEY ("revision_id") REFERENCES "concept_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "concept_section" ADD CONSTRAINT "FK_dae51c05bdbd47c8d7c581f506a" FOREIGN KEY ("draft_id") REFERENCES "concept_draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "concept_section" ADD CONSTRAINT "FK_815bd1971c0b04e468d43b7bce8" FOREIGN KEY ("parent_id") REFERENCES "concept_section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "concept_section" ADD CONSTRAINT "FK_2a4703288a479bb105fcf5cb31b" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "draft_version" ADD CONSTRAINT "FK_f972a302ad3644aeb4a0adf5801" FOREIGN KEY ("draft_id") REFERENCES "concept_draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "draft_version" ADD CONSTRAINT "FK_8c0919640dadc03ce8676ec2af5" FOREIGN KEY ("frozen_by_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_round" ADD CONSTRAINT "FK_af0be92a8e69cba9dc5e7925eae" FOREIGN KEY ("draft_id") REFERENCES "concept_draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_round" ADD CONSTRAINT "FK_032d8a195dbac1616b1743adbec" FOREIGN KEY ("version_id") REFERENCES "draft_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_municipality" ADD CONSTRAINT "FK_0400d05f869d53595549771c281" FOREIGN KEY ("round_id") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_municipality" ADD CONSTRAINT "FK_bbdf5ad1c941dbca3416bb6875f" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_comment" ADD CONSTRAINT "FK_c2aa78f26c5cbc0fb5075831572" FOREIGN KEY ("round_id") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_comment" ADD CONSTRAINT "FK_bb1242d26693e6f0b1f0cb68499" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_comment" ADD CONSTRAINT "FK_5ec388d91ecf1322f4a1304321e" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_statement" ADD CONSTRAINT "FK_0e52d8991adc5cfbd51ac3c924e" FOREIGN KEY ("round_id") REFERENCES "review_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_statement" ADD CONSTRAINT "FK_11e9593e29c31f05ea24a74c95b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "review_statement" ADD CONSTRAINT "FK_22ff1fcc7f176c6c62871a30148" FOREIGN KEY ("given_by_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "review_statement" DROP CONSTRAINT "FK_22ff1fcc7f176c6c62871a30148"`);
    await runner.query(`ALTER TABLE "review_statement" DROP CONSTRAINT "FK_11e9593e29c31f05ea24a74c95b"`);
    await runner.query(`ALTER TABLE "review_statement" DROP CONSTRAINT "FK_0e52d8991adc5cfbd51ac3c924e"`);
    await runner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "FK_5ec388d91ecf1322f4a1304321e"`);
    await runner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "FK_bb1242d26693e6f0b1f0cb68499"`);
    await runner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "FK_c2aa78f26c5cbc0fb5075831572"`);
    await runner.query(`ALTER TABLE "review_municipality" DROP CONSTRAINT "FK_bbdf5ad1c941dbca3416bb6875f"`);
    await runner.query(`ALTER TABLE "review_municipality" DROP CONSTRAINT "FK_0400d05f869d53595549771c281"`);
    await runner.query(`ALTER TABLE "review_round" DROP CONSTRAINT "FK_032d8a195dbac1616b1743adbec"`);
    await runner.query(`ALTER TABLE "review_round" DROP CONSTRAINT "FK_af0be92a8e69cba9dc5e7925eae"`);
    await runner.query(`ALTER TABLE "draft_version" DROP CONSTRAINT "FK_8c0919640dadc03ce8676ec2af5"`);
    await runner.query(`ALTER TABLE "draft_version" DROP CONSTRAINT "FK_f972a302ad3644aeb4a0adf5801"`);
    await runner.query(`ALTER TABLE "concept_section" DROP CONSTRAINT "FK_2a4703288a479bb105fcf5cb31b"`);
    await runner.query(`ALTER TABLE "concept_section" DROP CONSTRAINT "FK_815bd1971c0b04e468d43b7bce8"`);
    await runner.query(`ALTER TABLE "concept_section" DROP CONSTRAINT "FK_dae51c05bdbd47c8d7c581f506a"`);
    await runner.query(`ALTER TABLE "concept_draft" DROP CONSTRAINT "FK_f027cca4e188172e59bb0a76e5b"`);
    await runner.query(`DROP INDEX "public"."IDX_3c428a90d76077593cfefa1bff"`);
    await runner.query(`DROP TABLE "review_statement"`);
    await runner.query(`DROP TYPE "public"."statement_kind"`);
    await runner.query(`DROP INDEX "public"."IDX_4dee01502b4007c73bdf0434e2"`);
    await runner.query(`DROP TABLE "review_comment"`);
    await runner.query(`DROP TYPE "public"."disposition_kind"`);
    await runner.query(`DROP TABLE "review_municipality"`);
    await runner.query(`DROP INDEX "public"."IDX_c8fe944dfea7d8cf6f3c8a309a"`);
    await runner.query(`DROP TABLE "review_round"`);
    await runner.query(`DROP TYPE "public"."review_round_status"`);
    await runner.query(`DROP INDEX "public"."IDX_47a147b1bd5e379bf1e1dc7df7"`);
    await runner.query(`DROP TABLE "draft_version"`);
    await runner.query(`DROP INDEX "public"."IDX_d0b0a59fd205dd235d8927f98d"`);
    await runner.query(`DROP TABLE "concept_section"`);
    await runner.query(`DROP TYPE "public"."concept_section_kind"`);
    await runner.query(`DROP INDEX "public"."IDX_f027cca4e188172e59bb0a76e5"`);
    await runner.query(`DROP TABLE "concept_draft"`);
  }
}
