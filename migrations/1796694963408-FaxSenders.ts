import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A routing rule may name a client's fax carrier by its sender: its mail is a fax-to-mail (issue 14 item 2). */
export class FaxSenders1796694963408 implements MigrationInterface {
  name = 'FaxSenders1796694963408';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "mail_routing_rules" DROP CONSTRAINT "mail_routing_rules_kind_check"`,
    );
    await q.query(`ALTER TABLE "mail_routing_rules" ADD CONSTRAINT "mail_routing_rules_kind_check"
      CHECK (kind IN ('SUBJECT_KEYWORD', 'VIP_DOMAIN', 'FAX_SENDER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "mail_routing_rules" WHERE kind = 'FAX_SENDER'`);
    await q.query(
      `ALTER TABLE "mail_routing_rules" DROP CONSTRAINT "mail_routing_rules_kind_check"`,
    );
    await q.query(`ALTER TABLE "mail_routing_rules" ADD CONSTRAINT "mail_routing_rules_kind_check"
      CHECK (kind IN ('SUBJECT_KEYWORD', 'VIP_DOMAIN'))`);
  }
}
