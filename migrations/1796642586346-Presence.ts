import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Presence (issue 13): an operator's console beats while its live connection
 * is open (`last_seen_at`); the sweep takes an available operator whose
 * console has gone quiet past the grace period offline, and their open offer
 * moves on. Why an operator is on break or offline is kept beside the state.
 */
export class Presence1796642586346 implements MigrationInterface {
  name = 'Presence1796642586346';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "operator_states"
      ADD "last_seen_at" TIMESTAMP WITH TIME ZONE,
      ADD "reason" character varying(20),
      ADD "note" character varying(200)`);
    await q.query('DROP FUNCTION dengon_sweep(bigint, timestamptz)');
    await q.query(`
      CREATE FUNCTION dengon_sweep(lock_key bigint, at timestamptz, presence_grace interval)
        RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        dropped int := 0;
        expired int;
        freed int;
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_key);
        -- Consoles gone quiet (closed, asleep, off the network): offline, offers move on.
        IF presence_grace IS NOT NULL THEN
          WITH quiet AS (
            UPDATE operator_states
               SET state = 'OFFLINE', reason = 'DISCONNECTED', note = NULL, since = at,
                   version = version + 1
             WHERE state = 'AVAILABLE' AND last_seen_at < at - presence_grace
            RETURNING user_id
          ), withdrawn AS (
            UPDATE call_offers SET state = 'EXPIRED'
             WHERE state = 'OFFERED' AND operator_id IN (SELECT user_id FROM quiet)
          )
          SELECT count(*) INTO dropped FROM quiet;
        END IF;
        WITH gone AS (
          UPDATE call_offers SET state = 'EXPIRED'
           WHERE state = 'OFFERED' AND expires_at <= at
          RETURNING operator_id
        ), silent AS (
          UPDATE operator_states
             SET state = 'BREAK', reason = 'MISSED_OFFER', note = NULL, since = at,
                 version = version + 1
           WHERE state = 'AVAILABLE' AND user_id IN (SELECT operator_id FROM gone)
        )
        SELECT count(*) INTO expired FROM gone;
        UPDATE operator_states
           SET state = 'AVAILABLE', reason = NULL, note = NULL, since = at,
               after_call_work_until = NULL, version = version + 1
         WHERE state = 'AFTER_CALL_WORK' AND after_call_work_until <= at;
        GET DIAGNOSTICS freed = ROW_COUNT;
        IF dropped + expired + freed > 0 THEN
          PERFORM pg_notify('dengon_events', json_build_object('type', 'acd.changed')::text);
        END IF;
        RETURN dropped + expired + freed;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION dengon_sweep(bigint, timestamptz, interval)');
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
    await q.query(
      'ALTER TABLE "operator_states" DROP COLUMN "note", DROP COLUMN "reason", DROP COLUMN "last_seen_at"',
    );
  }
}
