import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A call coming in, in one statement (decision 0009): under the channel lock,
 * find or create its session (voicemail out of hours, busy over the service's
 * lines, unassigned for an unknown number, queued otherwise), offer queued
 * calls to free operators (dengon_dispatch), and say where this call stands.
 * The dialed number is matched, and its coverage decided, by the caller
 * (DialedNumberLookup): Japanese holidays are known in TypeScript only. The
 * caller may reuse a match it read before: routing_version counts the changes
 * to what a match is read from, and a match read at another version is
 * refused as stale: no row, nothing done.
 */
export class EnterCallInTheDatabase1796600158815 implements MigrationInterface {
  name = 'EnterCallInTheDatabase1796600158815';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing_version (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        version bigint NOT NULL)`);
    await q.query('INSERT INTO routing_version (version) VALUES (1)');
    // Bumped in the transaction of the change, whoever makes it (hence SECURITY DEFINER).
    await q.query(`
      CREATE FUNCTION dengon_routing_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE routing_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of ROUTED_FROM)
      await q.query(
        `CREATE TRIGGER ${table}_routing_changed
           AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION dengon_routing_changed()`,
      );
    await q.query(`
      CREATE FUNCTION dengon_enter_call(
          channel_lock bigint, acd_lock bigint, offer_seconds int,
          call_provider varchar, call_id varchar, dialed varchar, calling varchar,
          client uuid, script uuid, covered boolean, record_calls boolean, at timestamptz,
          match_version bigint)
        RETURNS TABLE (session_id uuid, session_state varchar, session_recorded boolean,
                       session_started_at timestamptz, offered_to uuid, offer_state varchar,
                       offer_expires_at timestamptz)
        LANGUAGE plpgsql AS $$
      DECLARE
        lines int;
      BEGIN
        -- A stale match: no row, nothing done.
        IF match_version <> (SELECT v.version FROM routing_version v) THEN
          RETURN;
        END IF;
        -- Not waiting for the WAL on disk (the caller waits): a crash of PostgreSQL may lose the
        -- last fraction of a second of routing, and a call it lost is routed anew when asked again.
        PERFORM set_config('synchronous_commit', 'off', true);
        PERFORM pg_advisory_xact_lock(channel_lock);
        SELECT s.id, s.state, s.recorded, s.started_at
          INTO session_id, session_state, session_recorded, session_started_at
          FROM call_sessions s WHERE s.provider = call_provider AND s.provider_call_id = call_id;
        IF NOT FOUND THEN
          -- The service's lines: one channel per direct number it holds (maxSimultaneousCalls).
          SELECT count(*) INTO lines FROM phone_numbers pn
           WHERE pn.client_company_id IS NULL AND pn.kind = 'DIRECT' AND pn.status = 'ACTIVE';
          session_state := CASE
            WHEN client IS NOT NULL AND NOT covered THEN 'VOICEMAIL'
            -- Until the service records its own lines there is no channel count to respect.
            WHEN lines > 0 AND (SELECT count(*) FROM call_sessions s
                                 WHERE s.state IN ('QUEUED', 'IN_PROGRESS', 'UNASSIGNED')) >= lines
              THEN 'BUSY'
            WHEN client IS NULL THEN 'UNASSIGNED'
            ELSE 'QUEUED' END;
          -- A voicemail is kept by whoever answers it, not as a recorded conversation.
          session_recorded := session_state <> 'VOICEMAIL' AND record_calls;
          session_started_at := at;
          INSERT INTO call_sessions (provider, provider_call_id, dialed_e164, calling_e164,
                                     client_company_id, script_version_id, recorded, state,
                                     started_at, version)
               VALUES (call_provider, call_id, dialed, calling, client, script, session_recorded,
                       session_state, at, 1)
            RETURNING call_sessions.id INTO session_id;
          PERFORM pg_notify('dengon_events', json_build_object('type', 'acd.changed')::text);
        END IF;
        IF session_state = 'QUEUED' THEN
          -- Offered at once; a failure leaves the call queued for the sweeper, the caller unaffected.
          BEGIN
            PERFORM dengon_dispatch(acd_lock, offer_seconds);
          EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'dispatch failed: %', SQLERRM;
          END;
        END IF;
        SELECT o.operator_id, o.state, o.expires_at INTO offered_to, offer_state, offer_expires_at
          FROM call_offers o
         WHERE o.call_session_id = session_id AND o.state IN ('OFFERED', 'ACCEPTED')
         ORDER BY o.offered_at DESC LIMIT 1;
        RETURN NEXT;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP FUNCTION dengon_enter_call(bigint, bigint, int, varchar, varchar, varchar, varchar, uuid, uuid, boolean, boolean, timestamptz, bigint)',
    );
    for (const table of ROUTED_FROM)
      await q.query(`DROP TRIGGER ${table}_routing_changed ON ${table}`);
    await q.query('DROP FUNCTION dengon_routing_changed()');
    await q.query('DROP TABLE routing_version');
  }
}

/** What DialedNumberLookup reads a match from. */
const ROUTED_FROM = ['phone_numbers', 'client_companies', 'scripts', 'contracts'];
