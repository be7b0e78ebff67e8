import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ACD's matching and sweeping as database functions (decision 0006):
 * both happen under one lock for every API process, and holding that lock
 * across several round trips from Node (each waiting on a busy event loop)
 * made it the bottleneck of the call path. One statement holds it only as
 * long as PostgreSQL needs. Same rules as before: oldest call first, to the
 * longest-idle available operator trained for its client; an offer not taken
 * in time expires and its operator goes on break; after-call work ends.
 */
export class DispatchInTheDatabase1795329702421 implements MigrationInterface {
  name = 'DispatchInTheDatabase1795329702421';

  async up(q: QueryRunner): Promise<void> {
    // Finding the calls without an open offer looks offers up by call; finding the
    // operators trained for a client goes from the client to its groups to their operators.
    await q.query(
      'CREATE INDEX "call_offers_call_session_id_idx" ON "call_offers"  ("call_session_id") ',
    );
    await q.query(
      'CREATE INDEX "client_group_members_client_company_id_idx" ON "client_group_members"  ("client_company_id") ',
    );
    await q.query(
      'CREATE INDEX "operator_skills_group_id_idx" ON "operator_skills"  ("group_id") ',
    );
    await q.query(`
      CREATE FUNCTION dengon_dispatch(lock_key bigint, offer_seconds int)
        RETURNS TABLE (offer_id uuid, operator_id uuid)
        LANGUAGE plpgsql AS $$
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
           ORDER BY s.started_at
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
      END $$`);
    await q.query(`
      CREATE FUNCTION dengon_sweep(lock_key bigint, at timestamptz) RETURNS int
        LANGUAGE plpgsql AS $$
      DECLARE
        expired int;
        freed int;
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        WITH gone AS (
          UPDATE call_offers SET state = 'EXPIRED'
           WHERE state = 'OFFERED' AND expires_at <= at
          RETURNING operator_id
        ), silent AS (
          UPDATE operator_states SET state = 'BREAK', since = at, version = version + 1
           WHERE state = 'AVAILABLE' AND user_id IN (SELECT operator_id FROM gone)
        )
        SELECT count(*) INTO expired FROM gone;
        UPDATE operator_states
           SET state = 'AVAILABLE', since = at, after_call_work_until = NULL, version = version + 1
         WHERE state = 'AFTER_CALL_WORK' AND after_call_work_until <= at;
        GET DIAGNOSTICS freed = ROW_COUNT;
        IF expired + freed > 0 THEN
          PERFORM pg_notify('dengon_events', json_build_object('type', 'acd.changed')::text);
        END IF;
        RETURN expired + freed;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION dengon_sweep(bigint, timestamptz)');
    await q.query('DROP FUNCTION dengon_dispatch(bigint, int)');
    await q.query('DROP INDEX "public"."operator_skills_group_id_idx"');
    await q.query('DROP INDEX "public"."client_group_members_client_company_id_idx"');
    await q.query('DROP INDEX "public"."call_offers_call_session_id_idx"');
  }
}
