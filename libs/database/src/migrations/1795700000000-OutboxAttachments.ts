import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxAttachments1795700000000 implements MigrationInterface {
  name = 'OutboxAttachments1795700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "outbox_message" ADD "attachments" jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "outbox_message" DROP COLUMN "attachments"`);
  }
}
