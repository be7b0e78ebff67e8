import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceLevelTargets1796615761418 implements MigrationInterface {
  name = 'ServiceLevelTargets1796615761418';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "contracts" ADD "service_level_percent" integer NOT NULL DEFAULT \'80\'',
    );
    await q.query(
      'ALTER TABLE "contracts" ADD "service_level_seconds" integer NOT NULL DEFAULT \'20\'',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "contracts" DROP COLUMN "service_level_seconds"');
    await q.query('ALTER TABLE "contracts" DROP COLUMN "service_level_percent"');
  }
}
