import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeIdempotencyKey1796583338310 implements MigrationInterface {
  name = 'IntakeIdempotencyKey1796583338310';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "intake_records" ADD "idempotency_key" uuid');
    await q.query(
      'CREATE UNIQUE INDEX "intake_records_idempotency_key_key" ON "intake_records"  ("idempotency_key") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."intake_records_idempotency_key_key"');
    await q.query('ALTER TABLE "intake_records" DROP COLUMN "idempotency_key"');
  }
}
