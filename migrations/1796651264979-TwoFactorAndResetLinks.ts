import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in and password reset by e-mailed link (issue 16 item 11).
 * A user's TOTP key is kept sealed (AES-256-GCM, DATA_ENCRYPTION_KEY), with
 * the last time step used so a code is never accepted twice. Reset links
 * belong to Dengon itself, like refresh tokens: only the SHA-256 of each
 * link's token is kept, used once, until it expires.
 */
export class TwoFactorAndResetLinks1796651264979 implements MigrationInterface {
  name = 'TwoFactorAndResetLinks1796651264979';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users"
      ADD "totp_secret" text,
      ADD "totp_pending_secret" text,
      ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
      ADD "totp_last_step" bigint`);
    await q.query(`
      CREATE TABLE "password_reset_links" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "password_reset_links_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "password_reset_links_user_fkey" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE)`);
    await q.query(
      `CREATE UNIQUE INDEX "password_reset_links_token_hash_key" ON "password_reset_links" ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "password_reset_links_user_id_created_at_idx" ON "password_reset_links" ("user_id", "created_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_reset_links"`);
    await q.query(`ALTER TABLE "users"
      DROP "totp_secret", DROP "totp_pending_secret", DROP "totp_enabled_at", DROP "totp_last_step"`);
  }
}
