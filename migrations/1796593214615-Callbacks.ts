import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Callbacks1796593214615 implements MigrationInterface {
  name = 'Callbacks1796593214615';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "call_sessions" ADD "direction" character varying NOT NULL DEFAULT \'INBOUND\'',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD "callback_caller_id" character varying NOT NULL DEFAULT \'CLIENT_NUMBER\'',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "contracts" DROP COLUMN "callback_caller_id"');
    await q.query('ALTER TABLE "call_sessions" DROP COLUMN "direction"');
  }
}
