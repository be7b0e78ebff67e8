import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process the moment a user's standing changes (role,
 * active, session version, their client's status), on the events channel and
 * in the transaction of the change, whoever makes it: so a process may keep
 * a user's standing between events instead of reading it for each one, and
 * still ends a session before the next event that follows the change.
 */
export class SessionStandingChanged1796623447393 implements MigrationInterface {
  name = 'SessionStandingChanged1796623447393';

  async up(q: QueryRunner): Promise<void> {
    // One function for both tables: a user row names a user, a client row a whole client.
    await q.query(`
      CREATE FUNCTION dengon_standing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('dengon_events', json_build_object(
          'type', 'session.changed',
          CASE TG_TABLE_NAME WHEN 'users' THEN 'userId' ELSE 'clientCompanyId' END, OLD.id)::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_standing_changed
        AFTER UPDATE OF role, active, session_version, client_company_id OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION dengon_standing_changed()`);
    await q.query(`
      CREATE TRIGGER client_companies_standing_changed
        AFTER UPDATE OF status OR DELETE ON client_companies
        FOR EACH ROW EXECUTE FUNCTION dengon_standing_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER client_companies_standing_changed ON client_companies');
    await q.query('DROP TRIGGER users_standing_changed ON users');
    await q.query('DROP FUNCTION dengon_standing_changed()');
  }
}
