import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client's routing rules for the mail that comes in (issue 14 item 3): a
 * subject keyword sends it to a department, a sender's domain makes it a
 * VIP's, offered before the rest. Each mail keeps where the rules sent it.
 */
export class MailRouting1796689233482 implements MigrationInterface {
  name = 'MailRouting1796689233482';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mail_routing_rules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid NOT NULL,
        "kind" character varying NOT NULL,
        "pattern" character varying(100) NOT NULL,
        "department" character varying(60) NOT NULL DEFAULT '',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "mail_routing_rules_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "mail_routing_rules_pattern_key" UNIQUE ("client_company_id", "kind", "pattern"),
        CONSTRAINT "mail_routing_rules_kind_check" CHECK (kind IN ('SUBJECT_KEYWORD', 'VIP_DOMAIN')),
        CONSTRAINT "mail_routing_rules_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "mail_routing_rules" TO dengon_app`);
    await q.query(`ALTER TABLE "mail_routing_rules" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "mail_routing_rules_tenant" ON "mail_routing_rules" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "department" character varying(60)`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "vip" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "vip"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "department"`);
    await q.query(`DROP TABLE "mail_routing_rules"`);
  }
}
