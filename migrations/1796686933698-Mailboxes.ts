import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mailboxes a client already has, polled over IMAP (issue 14 item 1): where
 * and as whom to sign in (the password sealed under DATA_ENCRYPTION_KEY),
 * how far it was read (UIDVALIDITY and the last UID taken), and whether the
 * last look worked, with why not, for the back office.
 */
export class Mailboxes1796686933698 implements MigrationInterface {
  name = 'Mailboxes1796686933698';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mailboxes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid NOT NULL,
        "kind" character varying NOT NULL,
        "label" character varying(60) NOT NULL DEFAULT '',
        "host" character varying(253) NOT NULL,
        "port" integer NOT NULL,
        "tls" boolean NOT NULL,
        "username" character varying(254) NOT NULL,
        "password_sealed" text NOT NULL,
        "folder" character varying(200) NOT NULL DEFAULT 'INBOX',
        "uid_validity" bigint,
        "last_uid" bigint NOT NULL DEFAULT 0,
        "status" character varying NOT NULL DEFAULT 'NEW',
        "problem" character varying,
        "last_error" text,
        "checked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "mailboxes_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "mailboxes_account_key" UNIQUE ("host", "port", "username", "folder"),
        CONSTRAINT "mailboxes_kind_check" CHECK (kind IN ('EMAIL', 'FAX')),
        CONSTRAINT "mailboxes_status_check" CHECK (status IN ('NEW', 'OK', 'FAILING')),
        CONSTRAINT "mailboxes_problem_check" CHECK (problem IN ('SIGN_IN_REFUSED', 'UNREACHABLE', 'NO_SUCH_FOLDER', 'OTHER')),
        CONSTRAINT "mailboxes_port_check" CHECK (port BETWEEN 1 AND 65535),
        CONSTRAINT "mailboxes_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "mailboxes" TO dengon_app`);
    await q.query(`ALTER TABLE "mailboxes" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "mailboxes_tenant" ON "mailboxes" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mailboxes"`);
  }
}
