import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VoiceMedia1796590886654 implements MigrationInterface {
  name = 'VoiceMedia1796590886654';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "contracts" ADD "wait_announcement_seconds" integer NOT NULL DEFAULT \'15\'',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD "max_wait_seconds" integer NOT NULL DEFAULT \'180\'',
    );
    await q.query('CREATE TYPE "public"."recording_kind" AS ENUM(\'CALL\', \'VOICEMAIL\')');
    await q.query(
      'ALTER TABLE "call_recordings" ADD "kind" "public"."recording_kind" NOT NULL DEFAULT \'CALL\'',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD CONSTRAINT "contracts_max_wait" CHECK (max_wait_seconds BETWEEN 30 AND 3600)',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD CONSTRAINT "contracts_wait_announcement" CHECK (wait_announcement_seconds BETWEEN 0 AND 600)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "contracts" DROP CONSTRAINT "contracts_wait_announcement"');
    await q.query('ALTER TABLE "contracts" DROP CONSTRAINT "contracts_max_wait"');
    await q.query('ALTER TABLE "call_recordings" DROP COLUMN "kind"');
    await q.query('DROP TYPE "public"."recording_kind"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "max_wait_seconds"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "wait_announcement_seconds"');
  }
}
