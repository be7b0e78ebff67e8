import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Structured change requests (issue 16 item 7): a request names what it
 * changes (a script part, a FAQ item, an emergency contact), the text in
 * force when it was asked, the text proposed and the text the supervisor
 * applied. Requests from before carry no subject: free-form messages.
 */
export class StructuredChangeRequests1796661729017 implements MigrationInterface {
  name = 'StructuredChangeRequests1796661729017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "change_target" ADD VALUE IF NOT EXISTS 'CONTACT'`);
    await q.query(`
      ALTER TABLE "change_requests"
        ADD "subject" character varying,
        ADD "subject_key" character varying,
        ADD "current_text" text,
        ADD "proposed_text" text,
        ADD "applied_text" text,
        ADD CONSTRAINT "change_requests_subject_check" CHECK (subject IS NULL OR subject IN
          ('GREETING', 'SPECIAL_INSTRUCTIONS', 'CLOSING_PHRASE', 'FIELD_HELP',
           'FAQ_QUESTION', 'FAQ_ANSWER', 'CONTACT_PHONE', 'CONTACT_NOTE')),
        ADD CONSTRAINT "change_requests_proposal_check" CHECK ((subject IS NULL) = (proposed_text IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "change_requests"
        DROP CONSTRAINT "change_requests_proposal_check",
        DROP CONSTRAINT "change_requests_subject_check",
        DROP "applied_text", DROP "proposed_text", DROP "current_text",
        DROP "subject_key", DROP "subject"`);
    // A value cannot leave an enum type; CONTACT stays, unused.
  }
}
