import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GrantedPermissions1796602467079 implements MigrationInterface {
  name = 'GrantedPermissions1796602467079';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "users" ADD "granted_permissions" character varying array NOT NULL DEFAULT \'{}\'',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "users" DROP COLUMN "granted_permissions"');
  }
}
