import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations (issue 13 item 4): whoever creates a user without a password
 * (the back office, or a client admin for their own company) issues the link
 * that sets it, in the same transaction and under the same tenant rules: a
 * link belongs to the company of its user.
 */
export class InvitationLinks1796666203318 implements MigrationInterface {
  name = 'InvitationLinks1796666203318';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "password_reset_links" TO dengon_app`);
    await q.query(`ALTER TABLE "password_reset_links" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "password_reset_links_tenant" ON "password_reset_links" TO dengon_app
        USING (EXISTS (SELECT 1 FROM users u WHERE u.id = user_id AND dengon_visible(u.client_company_id)))
        WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = user_id AND dengon_visible(u.client_company_id)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "password_reset_links_tenant" ON "password_reset_links"`);
    await q.query(`ALTER TABLE "password_reset_links" DISABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE ALL ON "password_reset_links" FROM dengon_app`);
  }
}
