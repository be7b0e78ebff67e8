import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Automatic call distribution: operator states, client groups as skills, and call offers.
 * Requests manage groups and skills; states and offers are Dengon's own (no grant).
 */
export class Acd1795322896917 implements MigrationInterface {
  name = 'Acd1795322896917';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "client_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, CONSTRAINT "PK_abbe316cb34838a5bd3b2dc9e10" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "client_groups_name_key" ON "client_groups"  ("name") ');
    await q.query(
      'CREATE TABLE "client_group_members" ("group_id" uuid NOT NULL, "client_company_id" uuid NOT NULL, CONSTRAINT "PK_5d9e1a074f89898284254888e0c" PRIMARY KEY ("group_id", "client_company_id"))',
    );
    await q.query(
      'CREATE TABLE "operator_skills" ("user_id" uuid NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "PK_48f5215f8d3409c43ff8305941b" PRIMARY KEY ("user_id", "group_id"))',
    );
    await q.query(
      'CREATE TABLE "operator_states" ("user_id" uuid NOT NULL, "state" character varying NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "after_call_work_until" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_cf52499f02a5dbad15448cb7180" PRIMARY KEY ("user_id"))',
    );
    await q.query(
      'CREATE TABLE "call_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_session_id" uuid NOT NULL, "operator_id" uuid NOT NULL, "state" character varying NOT NULL, "offered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_989f129c2c5f8c0c817b82d8a48" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "call_offers_operator_id_idx" ON "call_offers"  ("operator_id") ');
    await q.query(
      'CREATE INDEX "call_offers_state_expires_idx" ON "call_offers"  ("state", "expires_at") ',
    );
    await q.query('ALTER TABLE "call_sessions" ADD "operator_id" uuid');
    await q.query(
      'ALTER TABLE "client_group_members" ADD CONSTRAINT "FK_d2baf8e2584e4d3d4665851dca8" FOREIGN KEY ("group_id") REFERENCES "client_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "client_group_members" ADD CONSTRAINT "FK_479f64251c988580b46452a038f" FOREIGN KEY ("client_company_id") REFERENCES "client_companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "operator_skills" ADD CONSTRAINT "FK_9ecf7e91fb2bd42c469bffbc480" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "operator_skills" ADD CONSTRAINT "FK_141bc6da994e5dfe9c9a6769dfc" FOREIGN KEY ("group_id") REFERENCES "client_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "operator_states" ADD CONSTRAINT "FK_cf52499f02a5dbad15448cb7180" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "call_offers" ADD CONSTRAINT "FK_f0249a028afcf8d584444a7bb2a" FOREIGN KEY ("call_session_id") REFERENCES "call_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "call_offers" ADD CONSTRAINT "FK_331c751f98f150c1755a13487dc" FOREIGN KEY ("operator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    await q.query(`GRANT SELECT, INSERT ON "client_groups" TO dengon_app`);
    await q.query(
      `GRANT SELECT, INSERT, DELETE ON "client_group_members", "operator_skills" TO dengon_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "call_offers" DROP CONSTRAINT "FK_331c751f98f150c1755a13487dc"');
    await q.query('ALTER TABLE "call_offers" DROP CONSTRAINT "FK_f0249a028afcf8d584444a7bb2a"');
    await q.query('ALTER TABLE "operator_states" DROP CONSTRAINT "FK_cf52499f02a5dbad15448cb7180"');
    await q.query('ALTER TABLE "operator_skills" DROP CONSTRAINT "FK_141bc6da994e5dfe9c9a6769dfc"');
    await q.query('ALTER TABLE "operator_skills" DROP CONSTRAINT "FK_9ecf7e91fb2bd42c469bffbc480"');
    await q.query(
      'ALTER TABLE "client_group_members" DROP CONSTRAINT "FK_479f64251c988580b46452a038f"',
    );
    await q.query(
      'ALTER TABLE "client_group_members" DROP CONSTRAINT "FK_d2baf8e2584e4d3d4665851dca8"',
    );
    await q.query('ALTER TABLE "call_sessions" DROP COLUMN "operator_id"');
    await q.query('DROP INDEX "public"."call_offers_state_expires_idx"');
    await q.query('DROP INDEX "public"."call_offers_operator_id_idx"');
    await q.query('DROP TABLE "call_offers"');
    await q.query('DROP TABLE "operator_states"');
    await q.query('DROP TABLE "operator_skills"');
    await q.query('DROP TABLE "client_group_members"');
    await q.query('DROP INDEX "public"."client_groups_name_key"');
    await q.query('DROP TABLE "client_groups"');
  }
}
