import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intakes whose report is yet to be decided: a row is written with the
 * intake, in its transaction, and a sweep claims them in batches. A save no
 * longer pays for a queue job of its own; only a report to send becomes one.
 */
export class IntakeReportsDue1796629814583 implements MigrationInterface {
  name = 'IntakeReportsDue1796629814583';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "intake_reports_due" (
        "intake_id" uuid PRIMARY KEY REFERENCES "intake_records" ("id") ON DELETE CASCADE,
        "due_since" timestamptz NOT NULL DEFAULT now()
      )`);
    // Requests only add to it (an operator's save); the sweep runs as Dengon itself.
    await q.query(`GRANT INSERT ON "intake_reports_due" TO dengon_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "intake_reports_due"`);
  }
}
