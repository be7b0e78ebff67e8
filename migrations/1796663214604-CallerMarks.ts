import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Priority and blocked callers (issue 16 item 6): per client, numbers or
 * prefixes marked VIP are offered before other waiting calls; numbers marked
 * as nuisance (迷惑電話) hear a short message and reach no operator, the call
 * kept as BLOCKED. A mark an operator proposes waits for a supervisor.
 * dengon_enter_call applies the mark as the call enters; dengon_dispatch
 * orders by it.
 */
export class CallerMarks1796663214604 implements MigrationInterface {
  name = 'CallerMarks1796663214604';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "caller_marks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "client_company_id" uuid NOT NULL,
        "pattern" character varying(16) NOT NULL,
        "is_prefix" boolean NOT NULL,
        "kind" character varying NOT NULL,
        "status" character varying NOT NULL,
        "note" character varying(200) NOT NULL DEFAULT '',
        "proposed_by" uuid,
        "confirmed_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "caller_marks_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "caller_marks_kind_check" CHECK (kind IN ('VIP', 'NUISANCE')),
        CONSTRAINT "caller_marks_status_check" CHECK (status IN ('ACTIVE', 'PROPOSED')),
        CONSTRAINT "caller_marks_pattern_check" CHECK (pattern ~ '^\\+81[0-9]{1,12}$'),
        CONSTRAINT "caller_marks_client_company_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    await q.query(
      `CREATE UNIQUE INDEX "caller_marks_client_pattern_key" ON "caller_marks" ("client_company_id", "pattern", "is_prefix")`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "caller_marks" TO dengon_app`);
    await q.query(`ALTER TABLE "caller_marks" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "caller_marks_tenant" ON "caller_marks" TO dengon_app
        USING (dengon_visible("client_company_id")) WITH CHECK (dengon_visible("client_company_id"))`);
    await q.query(`ALTER TABLE "call_sessions" ADD "caller_mark" character varying`);
    await q.query(`CREATE OR REPLACE FUNCTION dengon_enter_call(channel_lock bigint, acd_lock bigint, offer_seconds integer, call_provider character varying, call_id character varying, dialed character varying, calling character varying, client uuid, script uuid, covered boolean, record_calls boolean, at timestamp with time zone, match_version bigint)
 RETURNS TABLE(session_id uuid, session_state character varying, session_recorded boolean, session_started_at timestamp with time zone, offered_to uuid, offer_state character varying, offer_expires_at timestamp with time zone)
 LANGUAGE plpgsql
AS $function$
      DECLARE
        lines int;
        mark varchar;
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
          -- The client's mark on the caller: the exact number before a prefix, the longest prefix first.
          SELECT m.kind INTO mark FROM caller_marks m
           WHERE m.client_company_id = client AND m.status = 'ACTIVE'
             AND (m.pattern = calling OR (m.is_prefix AND starts_with(calling, m.pattern)))
           ORDER BY m.is_prefix, length(m.pattern) DESC
           LIMIT 1;
          session_state := CASE
            -- A nuisance caller hears a short message and reaches nobody, in hours or out.
            WHEN mark = 'NUISANCE' THEN 'BLOCKED'
            WHEN client IS NOT NULL AND NOT covered THEN 'VOICEMAIL'
            -- Until the service records its own lines there is no channel count to respect.
            WHEN lines > 0 AND (SELECT count(*) FROM call_sessions s
                                 WHERE s.state IN ('QUEUED', 'IN_PROGRESS', 'UNASSIGNED')) >= lines
              THEN 'BUSY'
            WHEN client IS NULL THEN 'UNASSIGNED'
            ELSE 'QUEUED' END;
          -- A voicemail is kept by whoever answers it, not as a recorded conversation.
          session_recorded := session_state NOT IN ('VOICEMAIL', 'BLOCKED') AND record_calls;
          session_started_at := at;
          INSERT INTO call_sessions (provider, provider_call_id, dialed_e164, calling_e164,
                                     client_company_id, script_version_id, recorded, state,
                                     caller_mark, started_at, version)
               VALUES (call_provider, call_id, dialed, calling, client, script, session_recorded,
                       session_state, mark, at, 1)
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
      END $function$`);
    await q.query(`CREATE OR REPLACE FUNCTION dengon_dispatch(lock_key bigint, offer_seconds integer)
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION dengon_enter_call(channel_lock bigint, acd_lock bigint, offer_seconds integer, call_provider character varying, call_id character varying, dialed character varying, calling character varying, client uuid, script uuid, covered boolean, record_calls boolean, at timestamp with time zone, match_version bigint)
 RETURNS TABLE(session_id uuid, session_state character varying, session_recorded boolean, session_started_at timestamp with time zone, offered_to uuid, offer_state character varying, offer_expires_at timestamp with time zone)
 LANGUAGE plpgsql
AS $function$
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
      END $function$`);
    await q.query(`CREATE OR REPLACE FUNCTION dengon_dispatch(lock_key bigint, offer_seconds integer)
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
      END $function$`);
    await q.query(`ALTER TABLE "call_sessions" DROP "caller_mark"`);
    await q.query(`DROP TABLE "caller_marks"`);
  }
}
