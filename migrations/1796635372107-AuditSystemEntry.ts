import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where Dengon acted from, for audit entries no request wrote (a job, a webhook). */
export class AuditSystemEntry1796635372107 implements MigrationInterface {
  name = 'AuditSystemEntry1796635372107';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_log" ADD "system_entry" character varying(100)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_log" DROP COLUMN "system_entry"');
  }
}
