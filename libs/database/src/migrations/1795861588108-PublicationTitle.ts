import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicationTitle1795861588108 implements MigrationInterface {
  name = 'PublicationTitle1795861588108';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "concept_publication" ADD "title" text NOT NULL DEFAULT ''`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "concept_publication" DROP COLUMN "title"`);
  }
}
