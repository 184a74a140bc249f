import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkshopAssignments1795852011147 implements MigrationInterface {
  name = 'WorkshopAssignments1795852011147';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "workshop_assignment" ("registration_id" uuid NOT NULL, "session_id" uuid NOT NULL, "rank" integer, "manual" boolean NOT NULL DEFAULT false, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_560c7c864edc13bf5f469b9a4ec" PRIMARY KEY ("registration_id", "session_id"))`);
    await runner.query(`CREATE INDEX "IDX_a22108167a584c78b30001bb32" ON "workshop_assignment"  ("session_id") `);
    await runner.query(`ALTER TABLE "workshop_assignment" ADD CONSTRAINT "FK_de2f3006b2fe98689758b9b67fd" FOREIGN KEY ("registration_id") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "workshop_assignment" ADD CONSTRAINT "FK_a22108167a584c78b30001bb32b" FOREIGN KEY ("session_id") REFERENCES "workshop_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "workshop_assignment" DROP CONSTRAINT "FK_a22108167a584c78b30001bb32b"`);
    await runner.query(`ALTER TABLE "workshop_assignment" DROP CONSTRAINT "FK_de2f3006b2fe98689758b9b67fd"`);
    await runner.query(`DROP INDEX "public"."IDX_a22108167a584c78b30001bb32"`);
    await runner.query(`DROP TABLE "workshop_assignment"`);
  }
}
