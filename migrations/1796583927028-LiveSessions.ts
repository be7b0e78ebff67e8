import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSessions1796583927028 implements MigrationInterface {
  name = 'LiveSessions1796583927028';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "users" ADD "active" boolean NOT NULL DEFAULT true');
    await q.query('ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT \'1\'');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "users" DROP COLUMN "session_version"');
    await q.query('ALTER TABLE "users" DROP COLUMN "active"');
  }
}
