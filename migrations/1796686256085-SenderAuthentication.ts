import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who sent a mail (issue 14 item 1): SPF, DKIM and DMARC as checked on
 * arrival, and the Authentication-Results header that says so. Null for
 * mail refused before its content was read, and mail kept before this.
 */
export class SenderAuthentication1796686256085 implements MigrationInterface {
  name = 'SenderAuthentication1796686256085';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inbound_mails" ADD "spf" character varying(16)`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "dkim" character varying(16)`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "dmarc" character varying(16)`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "auth_results" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of ['auth_results', 'dmarc', 'dkim', 'spf'])
      await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "${column}"`);
  }
}
