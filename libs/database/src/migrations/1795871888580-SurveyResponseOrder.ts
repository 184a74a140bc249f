import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveyResponseOrder1795871888580 implements MigrationInterface {
  name = 'SurveyResponseOrder1795871888580';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "IDX_62c75697f8d69e0802ddcd89ea" ON "survey_response"  ("survey_id", "id") `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."IDX_62c75697f8d69e0802ddcd89ea"`);
  }
}
