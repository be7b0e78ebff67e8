import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail offered through the ACD as calls are (issue 14 item 3): dengon_dispatch
 * offers calls first, then each waiting mail to the longest-idle available
 * operator trained for its client who has no call ringing and fewer mails in
 * hand than the mail channel's concurrency. A call offered to an operator
 * withdraws the mail ringing for them: a call always beats a mail.
 */
export class MailThroughTheAcd1796693239149 implements MigrationInterface {
  name = 'MailThroughTheAcd1796693239149';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mail_offers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "inbound_mail_id" uuid NOT NULL,
        "operator_id" uuid NOT NULL,
        "state" character varying NOT NULL,
        "offered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "mail_offers_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "mail_offers_state_check" CHECK (state IN ('OFFERED', 'ACCEPTED', 'EXPIRED')),
        CONSTRAINT "mail_offers_inbound_mail_fkey" FOREIGN KEY ("inbound_mail_id")
          REFERENCES "inbound_mails"("id") ON DELETE RESTRICT,
        CONSTRAINT "mail_offers_operator_fkey" FOREIGN KEY ("operator_id")
          REFERENCES "users"("id") ON DELETE RESTRICT)`);
    // A mail rings for one operator at a time.
    await q.query(
      `CREATE UNIQUE INDEX "mail_offers_ringing_key" ON "mail_offers" ("inbound_mail_id") WHERE state = 'OFFERED'`,
    );
    await q.query(
      `CREATE INDEX "mail_offers_operator_idx" ON "mail_offers" ("operator_id", "state")`,
    );
    // Only the service's staff handle offers; clients never see them.
    await q.query(`GRANT SELECT, UPDATE ON "mail_offers" TO dengon_app`);
    await q.query(`ALTER TABLE "mail_offers" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "mail_offers_staff" ON "mail_offers" TO dengon_app
        USING (dengon_visible(NULL)) WITH CHECK (dengon_visible(NULL))`);
    await q.query(`ALTER TABLE "inbound_mails" ADD "finished_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "inbound_mails" ADD CONSTRAINT "inbound_mails_finished_check"
      CHECK (finished_at IS NULL OR taken_by IS NOT NULL)`);
    // The mail waiting for an operator, and each operator's mails in hand.
    await q.query(`CREATE INDEX "inbound_mails_waiting_idx" ON "inbound_mails" ("received_at")
      WHERE status = 'OFFERED' AND taken_by IS NULL`);
    await q.query(`CREATE INDEX "inbound_mails_in_hand_idx" ON "inbound_mails" ("taken_by")
      WHERE finished_at IS NULL AND taken_by IS NOT NULL`);
    await q.query('DROP FUNCTION dengon_dispatch(bigint, integer)');
    await q.query(`
      CREATE FUNCTION dengon_dispatch(lock_key bigint, offer_seconds integer,
                                      mail_offer_seconds integer DEFAULT NULL,
                                      mail_concurrency integer DEFAULT NULL)
        RETURNS TABLE(offer_id uuid, operator_id uuid)
        LANGUAGE plpgsql AS $function$
      DECLARE
        waiting record;
        free uuid;
        operator record;
        mail uuid;
        changed boolean := false;
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        FOR waiting IN
          SELECT s.id, s.client_company_id FROM call_sessions s
           WHERE s.state = 'QUEUED'
             AND NOT EXISTS (SELECT 1 FROM call_offers o
                              WHERE o.call_session_id = s.id AND o.state IN ('OFFERED', 'ACCEPTED'))
           -- Priority callers (VIP) first, then in the order they called.
           ORDER BY (s.caller_mark = 'VIP') DESC NULLS LAST, s.started_at
        LOOP
          SELECT os.user_id INTO free
            FROM client_group_members m
            JOIN operator_skills sk ON sk.group_id = m.group_id
            JOIN operator_states os ON os.user_id = sk.user_id
           WHERE m.client_company_id = waiting.client_company_id
             AND os.state = 'AVAILABLE'
             AND NOT EXISTS (SELECT 1 FROM call_offers o WHERE o.operator_id = os.user_id AND o.state = 'OFFERED')
           ORDER BY os.since
           LIMIT 1;
          CONTINUE WHEN free IS NULL;
          INSERT INTO call_offers (call_session_id, operator_id, state, expires_at)
               VALUES (waiting.id, free, 'OFFERED', clock_timestamp() + make_interval(secs => offer_seconds))
            RETURNING id INTO offer_id;
          operator_id := free;
          -- The same events EventBus.publish sends: delivered when the transaction commits.
          PERFORM pg_notify('dengon_events',
            json_build_object('type', 'offer.created', 'operatorId', free, 'id', offer_id)::text);
          changed := true;
          RETURN NEXT;
        END LOOP;

        -- A mail stops ringing for an operator who let it ring out, was given a call, left, or
        -- lost it to a supervisor: it waits for the next operator (no break for a mail let ring).
        UPDATE mail_offers mo SET state = 'EXPIRED'
         WHERE mo.state = 'OFFERED'
           AND (mo.expires_at <= clock_timestamp()
                OR NOT EXISTS (SELECT 1 FROM operator_states os
                                WHERE os.user_id = mo.operator_id AND os.state = 'AVAILABLE')
                OR EXISTS (SELECT 1 FROM call_offers o
                            WHERE o.operator_id = mo.operator_id AND o.state = 'OFFERED')
                OR EXISTS (SELECT 1 FROM inbound_mails im
                            WHERE im.id = mo.inbound_mail_id AND im.taken_by IS NOT NULL));
        IF FOUND THEN
          changed := true;
        END IF;

        IF mail_offer_seconds IS NOT NULL THEN
          -- Operators free for a mail, longest idle first: each is given the first mail waiting for
          -- a client of theirs (VIPs' first, then oldest), preferring one that has not rung out on them.
          FOR operator IN
            SELECT os.user_id FROM operator_states os
             WHERE os.state = 'AVAILABLE'
               AND NOT EXISTS (SELECT 1 FROM call_offers o WHERE o.operator_id = os.user_id AND o.state = 'OFFERED')
               AND NOT EXISTS (SELECT 1 FROM mail_offers mo WHERE mo.operator_id = os.user_id AND mo.state = 'OFFERED')
               AND (SELECT count(*) FROM inbound_mails im
                     WHERE im.taken_by = os.user_id AND im.finished_at IS NULL) < mail_concurrency
             ORDER BY os.since
          LOOP
            SELECT im.id INTO mail
              FROM inbound_mails im
             WHERE im.status = 'OFFERED' AND im.taken_by IS NULL
               AND im.client_company_id IN (
                     SELECT m.client_company_id FROM client_group_members m
                       JOIN operator_skills sk ON sk.group_id = m.group_id
                      WHERE sk.user_id = operator.user_id)
               AND NOT EXISTS (SELECT 1 FROM mail_offers mo
                                WHERE mo.inbound_mail_id = im.id AND mo.state = 'OFFERED')
             ORDER BY EXISTS (SELECT 1 FROM mail_offers mo
                               WHERE mo.inbound_mail_id = im.id AND mo.operator_id = operator.user_id),
                      im.vip DESC, im.received_at
             LIMIT 1;
            CONTINUE WHEN mail IS NULL;
            INSERT INTO mail_offers (inbound_mail_id, operator_id, state, expires_at)
                 VALUES (mail, operator.user_id, 'OFFERED',
                         clock_timestamp() + make_interval(secs => mail_offer_seconds))
              RETURNING id INTO offer_id;
            operator_id := operator.user_id;
            PERFORM pg_notify('dengon_events',
              json_build_object('type', 'mail_offer.created', 'operatorId', operator.user_id, 'id', offer_id)::text);
            changed := true;
            RETURN NEXT;
          END LOOP;
        END IF;
        IF changed THEN
          PERFORM pg_notify('dengon_events', json_build_object('type', 'acd.changed')::text);
        END IF;
      END $function$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION dengon_dispatch(bigint, integer, integer, integer)');
    await q.query(`CREATE FUNCTION dengon_dispatch(lock_key bigint, offer_seconds integer)
 RETURNS TABLE(offer_id uuid, operator_id uuid)
 LANGUAGE plpgsql
AS $function$
      DECLARE
        waiting record;
        free uuid;
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        FOR waiting IN
          SELECT s.id, s.client_company_id FROM call_sessions s
           WHERE s.state = 'QUEUED'
             AND NOT EXISTS (SELECT 1 FROM call_offers o
                              WHERE o.call_session_id = s.id AND o.state IN ('OFFERED', 'ACCEPTED'))
           -- Priority callers (VIP) first, then in the order they called.
           ORDER BY (s.caller_mark = 'VIP') DESC NULLS LAST, s.started_at
        LOOP
          SELECT os.user_id INTO free
            FROM client_group_members m
            JOIN operator_skills sk ON sk.group_id = m.group_id
            JOIN operator_states os ON os.user_id = sk.user_id
           WHERE m.client_company_id = waiting.client_company_id
             AND os.state = 'AVAILABLE'
             AND NOT EXISTS (SELECT 1 FROM call_offers o WHERE o.operator_id = os.user_id AND o.state = 'OFFERED')
           ORDER BY os.since
           LIMIT 1;
          CONTINUE WHEN free IS NULL;
          INSERT INTO call_offers (call_session_id, operator_id, state, expires_at)
               VALUES (waiting.id, free, 'OFFERED', clock_timestamp() + make_interval(secs => offer_seconds))
            RETURNING id INTO offer_id;
          operator_id := free;
          -- The same events EventBus.publish sends: delivered when the transaction commits.
          PERFORM pg_notify('dengon_events',
            json_build_object('type', 'offer.created', 'operatorId', free, 'id', offer_id)::text);
          RETURN NEXT;
        END LOOP;
        IF offer_id IS NOT NULL THEN
          PERFORM pg_notify('dengon_events', json_build_object('type', 'acd.changed')::text);
        END IF;
      END $function$`);
    await q.query(`DROP INDEX "inbound_mails_in_hand_idx"`);
    await q.query(`DROP INDEX "inbound_mails_waiting_idx"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP CONSTRAINT "inbound_mails_finished_check"`);
    await q.query(`ALTER TABLE "inbound_mails" DROP COLUMN "finished_at"`);
    await q.query(`DROP TABLE "mail_offers"`);
  }
}
