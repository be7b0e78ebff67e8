import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail and fax that arrive (issue 14): each client's intake addresses under
 * the service's domain (e-mail, or fax-to-mail from the carrier), and every
 * message that came in, offered as an intake record, held for the back
 * office, or refused, with why. Mail handling is the plan's (the Mail plan,
 * and maintenance-linked, which takes intake by phone, fax and e-mail) or a
 * contract option's (MAIL_HANDLING).
 */
export class InboundMail1796674742309 implements MigrationInterface {
  name = 'InboundMail1796674742309';
  // ALTER TYPE … ADD VALUE cannot be used in the transaction that adds it; nothing here uses it.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."option_kind" ADD VALUE IF NOT EXISTS 'MAIL_HANDLING'`);
    await q.query(`UPDATE "plans" SET "email_handling" = true WHERE "code" = 'MAINTENANCE'`);
    await q.query(`
      CREATE TABLE "inbound_addresses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid NOT NULL,
        "address" character varying(254) NOT NULL,
        "kind" character varying NOT NULL,
        "label" character varying(60) NOT NULL DEFAULT '',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "inbound_addresses_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "inbound_addresses_address_key" UNIQUE ("address"),
        CONSTRAINT "inbound_addresses_kind_check" CHECK (kind IN ('EMAIL', 'FAX')),
        CONSTRAINT "inbound_addresses_address_check" CHECK (address = lower(address) AND address LIKE '%_@_%'),
        CONSTRAINT "inbound_addresses_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    await q.query(`
      CREATE TABLE "inbound_mails" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid,
        "address" character varying(254) NOT NULL,
        "kind" character varying NOT NULL,
        "status" character varying NOT NULL,
        "reason" character varying,
        "message_id" character varying(998),
        "mail_from" character varying(254) NOT NULL DEFAULT '',
        "from_text" character varying(500) NOT NULL DEFAULT '',
        "subject" character varying(998) NOT NULL DEFAULT '',
        "text" text NOT NULL DEFAULT '',
        "text_misdecoded" boolean NOT NULL DEFAULT false,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "size" integer NOT NULL,
        "remote_address" character varying(64) NOT NULL DEFAULT '',
        "intake_id" uuid,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "inbound_mails_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "inbound_mails_kind_check" CHECK (kind IN ('EMAIL', 'FAX')),
        CONSTRAINT "inbound_mails_status_check" CHECK (status IN ('OFFERED', 'HELD', 'REFUSED')),
        CONSTRAINT "inbound_mails_offered_check" CHECK ((status = 'OFFERED') = (intake_id IS NOT NULL)),
        CONSTRAINT "inbound_mails_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT,
        CONSTRAINT "inbound_mails_intake_fkey" FOREIGN KEY ("intake_id")
          REFERENCES "intake_records"("id") ON DELETE RESTRICT)`);
    // The same message to the same address, delivered again (a sender's retry): kept once.
    await q.query(
      `CREATE UNIQUE INDEX "inbound_mails_address_message_key" ON "inbound_mails" ("address", "message_id") WHERE message_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "inbound_mails_received_idx" ON "inbound_mails" ("received_at", "id")`,
    );
    await q.query(`CREATE INDEX "inbound_mails_intake_idx" ON "inbound_mails" ("intake_id")`);
    for (const table of ['inbound_addresses', 'inbound_mails']) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO dengon_app`);
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      // A mail for no client (refused) is the staff's alone: dengon_visible(NULL) holds only for them.
      await q.query(`
        CREATE POLICY "${table}_tenant" ON "${table}" TO dengon_app
          USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inbound_mails"`);
    await q.query(`DROP TABLE "inbound_addresses"`);
    await q.query(`UPDATE "plans" SET "email_handling" = false WHERE "code" = 'MAINTENANCE'`);
  }
}
