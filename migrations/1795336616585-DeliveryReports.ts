import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delivery reports (bounces, fax results) and when a message's report came back. */
export class DeliveryReports1795336616585 implements MigrationInterface {
  name = 'DeliveryReports1795336616585';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "delivery_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying NOT NULL, "outbound_message_id" uuid, "outcome" character varying, "subject" character varying, "detail" text, "raw_key" character varying, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6790cb0b1fea655deb766bba4b2" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "delivery_reports_message_idx" ON "delivery_reports"  ("outbound_message_id") ',
    );
    await q.query(
      'CREATE INDEX "delivery_reports_received_idx" ON "delivery_reports"  ("received_at") ',
    );
    await q.query('ALTER TABLE "outbound_messages" ADD "reported_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'ALTER TABLE "delivery_reports" ADD CONSTRAINT "FK_2c6c7a99df34c53cc7e6e3349ed" FOREIGN KEY ("outbound_message_id") REFERENCES "outbound_messages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // --- Written by hand below. ---
    // Reports are written by the webhook as Dengon; back office and supervisors read them.
    await q.query(`GRANT SELECT ON "delivery_reports" TO dengon_app`);
    await q.query(`ALTER TABLE "delivery_reports" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "delivery_reports_staff" ON "delivery_reports" TO dengon_app
        USING (current_setting('dengon.scope', true) = 'staff')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "delivery_reports" DROP CONSTRAINT "FK_2c6c7a99df34c53cc7e6e3349ed"',
    );
    await q.query('ALTER TABLE "outbound_messages" DROP COLUMN "reported_at"');
    await q.query('DROP INDEX "public"."delivery_reports_received_idx"');
    await q.query('DROP INDEX "public"."delivery_reports_message_idx"');
    await q.query('DROP TABLE "delivery_reports"');
  }
}
