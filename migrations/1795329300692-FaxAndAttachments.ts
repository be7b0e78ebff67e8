import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound messages may carry a PDF (kept in the file store) and go by fax. */
export class FaxAndAttachments1795329300692 implements MigrationInterface {
  name = 'FaxAndAttachments1795329300692';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "outbound_messages" ADD "attachment_name" character varying');
    await q.query('ALTER TABLE "outbound_messages" ADD "attachment_key" character varying');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "outbound_messages" DROP COLUMN "attachment_key"');
    await q.query('ALTER TABLE "outbound_messages" DROP COLUMN "attachment_name"');
  }
}
