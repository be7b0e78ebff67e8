import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Record numbers per client (受付番号, issue 16 item 2): 'SS-2026-000123', the
 * client's prefix, the year (Asia/Tokyo) of the intake and a number gapless
 * per client and year. The database numbers each new intake record as it is
 * inserted, from a counter row locked by that insert (rolled back with it, so
 * no number is skipped). Existing records are numbered in the order they came.
 * A prefix never changes once given, so a number is never given twice.
 */
export class RecordNumbers1796652295345 implements MigrationInterface {
  name = 'RecordNumbers1796652295345';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "client_companies" ADD "record_prefix" character varying(6)`);
    await q.query(`UPDATE client_companies c SET record_prefix = 'C' || lpad(o.n::text, 3, '0')
      FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM client_companies) o
      WHERE o.id = c.id`);
    await q.query(`ALTER TABLE "client_companies" ALTER "record_prefix" SET NOT NULL,
      ADD CONSTRAINT "client_companies_record_prefix_check" CHECK (record_prefix ~ '^[A-Z][A-Z0-9]{1,5}$')`);
    await q.query(
      `CREATE UNIQUE INDEX "client_companies_record_prefix_key" ON "client_companies" ("record_prefix")`,
    );
    // Prefixes given when the back office names none: C001, C002, … skipping any taken.
    await q.query(`CREATE SEQUENCE "client_record_prefix_seq"`);
    await q.query(
      `SELECT setval('client_record_prefix_seq', (SELECT count(*) + 1 FROM client_companies), false)`,
    );
    await q.query(`GRANT USAGE ON SEQUENCE "client_record_prefix_seq" TO dengon_app`);
    await q.query(`
      CREATE FUNCTION next_record_prefix() RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        n bigint;
        p text;
      BEGIN
        LOOP
          n := nextval('client_record_prefix_seq');
          p := 'C' || lpad(n::text, greatest(3, length(n::text)), '0');
          EXIT WHEN NOT EXISTS (SELECT 1 FROM client_companies WHERE record_prefix = p);
        END LOOP;
        RETURN p;
      END $$`);
    await q.query(`
      CREATE FUNCTION client_record_prefix() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.record_prefix := next_record_prefix();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER client_record_prefix BEFORE INSERT ON "client_companies"
        FOR EACH ROW WHEN (NEW.record_prefix IS NULL) EXECUTE FUNCTION client_record_prefix()`);

    await q.query(`
      CREATE TABLE "intake_record_counters" (
        "client_company_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "last" integer NOT NULL,
        CONSTRAINT "intake_record_counters_pkey" PRIMARY KEY ("client_company_id", "year"),
        CONSTRAINT "intake_record_counters_client_fkey" FOREIGN KEY ("client_company_id")
          REFERENCES "client_companies"("id") ON DELETE RESTRICT)`);
    await q.query(
      `ALTER TABLE "intake_records" ADD "record_number" character varying(24) NOT NULL DEFAULT ''`,
    );
    await q.query(`
      WITH numbered AS (
        SELECT r.id, r.client_company_id,
               extract(year FROM r.received_at AT TIME ZONE 'Asia/Tokyo')::int AS year,
               row_number() OVER (
                 PARTITION BY r.client_company_id,
                              extract(year FROM r.received_at AT TIME ZONE 'Asia/Tokyo')
                 ORDER BY r.received_at, r.record_no) AS n
          FROM intake_records r)
      UPDATE intake_records r
         SET record_number = c.record_prefix || '-' || numbered.year || '-'
                             || lpad(numbered.n::text, greatest(6, length(numbered.n::text)), '0')
        FROM numbered JOIN client_companies c ON c.id = numbered.client_company_id
       WHERE r.id = numbered.id`);
    await q.query(`
      INSERT INTO intake_record_counters (client_company_id, year, last)
      SELECT client_company_id, extract(year FROM received_at AT TIME ZONE 'Asia/Tokyo')::int, count(*)
        FROM intake_records GROUP BY 1, 2`);
    await q.query(`DROP INDEX "intake_records_record_no_key"`);
    await q.query(`ALTER TABLE "intake_records" DROP "record_no"`);
    await q.query(
      `CREATE UNIQUE INDEX "intake_records_record_number_key" ON "intake_records" ("record_number")`,
    );
    // SECURITY DEFINER: the counters belong to Dengon, whoever saves the intake.
    await q.query(`
      CREATE FUNCTION intake_record_number() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        y int := extract(year FROM NEW.received_at AT TIME ZONE 'Asia/Tokyo')::int;
        n int;
      BEGIN
        INSERT INTO intake_record_counters AS c (client_company_id, year, last)
             VALUES (NEW.client_company_id, y, 1)
        ON CONFLICT (client_company_id, year) DO UPDATE SET last = c.last + 1
        RETURNING last INTO n;
        SELECT record_prefix || '-' || y || '-' || lpad(n::text, greatest(6, length(n::text)), '0')
          INTO NEW.record_number FROM client_companies WHERE id = NEW.client_company_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER intake_record_number BEFORE INSERT ON "intake_records"
        FOR EACH ROW EXECUTE FUNCTION intake_record_number()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER intake_record_number ON "intake_records"`);
    await q.query(`DROP FUNCTION intake_record_number()`);
    await q.query(`DROP INDEX "intake_records_record_number_key"`);
    await q.query(`ALTER TABLE "intake_records" ADD "record_no" SERIAL NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "intake_records_record_no_key" ON "intake_records" ("record_no")`,
    );
    await q.query(`ALTER TABLE "intake_records" DROP "record_number"`);
    await q.query(`DROP TABLE "intake_record_counters"`);
    await q.query(`DROP TRIGGER client_record_prefix ON "client_companies"`);
    await q.query(`DROP FUNCTION client_record_prefix()`);
    await q.query(`DROP FUNCTION next_record_prefix()`);
    await q.query(`DROP SEQUENCE "client_record_prefix_seq"`);
    await q.query(`DROP INDEX "client_companies_record_prefix_key"`);
    await q.query(
      `ALTER TABLE "client_companies" DROP CONSTRAINT "client_companies_record_prefix_check", DROP "record_prefix"`,
    );
  }
}
