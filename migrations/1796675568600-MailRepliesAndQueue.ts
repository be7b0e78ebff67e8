import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operators' e-mail queue and replies (issue 14 items 3 and 4): an
 * offered mail is taken by one operator; replies are written from per-client
 * templates (one may be the client's auto-acknowledgment) and sent through
 * the outbound message log, threaded under the mail they answer.
 */
export class MailRepliesAndQueue1796675568600 implements MigrationInterface {
  name = 'MailRepliesAndQueue1796675568600';

  async up(q: QueryRunner): Promise<void> {
    // Whom a reply goes to (Reply-To, else From) and the name to greet them by.
    await q.query(
      `ALTER TABLE "inbound_mails" ADD "reply_address" character varying(254) NOT NULL DEFAULT ''`,
    );
    await q.query(
      `ALTER TABLE "inbound_mails" ADD "sender_name" character varying(200) NOT NULL DEFAULT ''`,
    );
    await q.query(`ALTER TABLE "inbound_mails" ADD "taken_by" uuid`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "taken_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_taken_by_fkey"
      FOREIGN KEY ("taken_by") REFERENCES "users"("id") ON DELETE RESTRICT`);
    await q.query(`ALTER TABLE "outbound_messages" ADD "in_reply_to" character varying(998)`);
    await q.query(`ALTER TABLE "outbound_messages" ADD "thread_references" text`);
    await q.query(`
      CREATE TABLE "reply_templates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid NOT NULL,
        "name" character varying(60) NOT NULL,
        "subject" character varying(200) NOT NULL,
        "body" text NOT NULL,
        "auto_reply" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "reply_templates_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "reply_templates_client_name_key" UNIQUE ("client_company_id", "name"),
        CONSTRAINT "reply_templates_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    // One auto-acknowledgment per client at most.
    await q.query(
      `CREATE UNIQUE INDEX "reply_templates_auto_reply_key" ON "reply_templates" ("client_company_id") WHERE auto_reply`,
    );
    await q.query(`
      CREATE TABLE "mail_replies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "inbound_mail_id" uuid NOT NULL,
        "client_company_id" uuid NOT NULL,
        "intake_id" uuid NOT NULL,
        "recipient" character varying(254) NOT NULL,
        "subject" character varying(998) NOT NULL,
        "body" text NOT NULL,
        "sent_by" uuid,
        "outbound_message_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "mail_replies_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "mail_replies_inbound_mail_fkey" FOREIGN KEY ("inbound_mail_id")
          REFERENCES "inbound_mails"("id") ON DELETE RESTRICT,
        CONSTRAINT "mail_replies_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT,
        CONSTRAINT "mail_replies_intake_fkey" FOREIGN KEY ("intake_id")
          REFERENCES "intake_records"("id") ON DELETE RESTRICT,
        CONSTRAINT "mail_replies_sent_by_fkey" FOREIGN KEY ("sent_by")
          REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "mail_replies_outbound_message_fkey" FOREIGN KEY ("outbound_message_id")
          REFERENCES "outbound_messages"("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "mail_replies_intake_idx" ON "mail_replies" ("intake_id")`);
    for (const table of ['reply_templates', 'mail_replies']) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO dengon_app`);
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY "${table}_tenant" ON "${table}" TO dengon_app
          USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mail_replies"`);
    await q.query(`DROP TABLE "reply_templates"`);
    await q.query(`ALTER TABLE "outbound_messages" DROP COLUMN "thread_references"`);
    await q.query(`ALTER TABLE "outbound_messages" DROP COLUMN "in_reply_to"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP CONSTRAINT "inbound_mails_taken_by_fkey"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "taken_at"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "taken_by"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "sender_name"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "reply_address"`);
  }
}
