import { hashPassword } from '../src/auth/passwords';

/**
 * A service in full swing, written straight into the database: clients on
 * the Next plan answered around the clock, each with a published script, a
 * toll-free number and an administrator, and operators trained for all of them.
 */
export async function seedBench(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
  { clients, operators, password }: { clients: number; operators: number; password: string },
): Promise<void> {
  const hash = await hashPassword(password);
  await query(
    `INSERT INTO client_companies (name, name_kana, status, version) SELECT 'ベンチ' || lpad(i::text, 3, '0'), 'ベンチ', 'ACTIVE', 1 FROM generate_series(0, ${clients - 1}) i`,
  );
  await query(`INSERT INTO contracts (client_company_id, start_date, holiday_rule, coverage_windows, billing_terms, version)
               SELECT id, '2020-01-01', 'AS_USUAL', (SELECT jsonb_agg(jsonb_build_object('weekday', d, 'start', '00:00', 'end', '24:00')) FROM generate_series(1, 7) d), '{"advanceBilling":true,"prorate":"DAILY","due":{"kind":"END_OF_ISSUE_MONTH"}}', 1 FROM client_companies`);
  await query(
    `INSERT INTO contract_plan_terms (contract_id, client_company_id, plan_code, effective_from) SELECT id, client_company_id, 'NEXT', start_date FROM contracts`,
  );
  await query(
    `INSERT INTO scripts (client_company_id, draft, published_version_no, version) SELECT id, '{}', 1, 1 FROM client_companies`,
  );
  await query(`INSERT INTO script_versions (client_company_id, version_no, greeting, fields, special_instructions, urgent_keywords, closing_phrase)
               SELECT id, 1, 'はい、{会社名}でございます。', '[{"key":"caller_name","label":"お名前","type":"TEXT","required":true}]', '', '{}', '' FROM client_companies`);
  await query(`INSERT INTO phone_numbers (e164, kind, status, client_company_id, forward_to_e164, version)
               SELECT '+81120' || (900000 + row_number() OVER (ORDER BY name) - 1), 'TOLL_FREE', 'ACTIVE', id, '+81312345678', 1 FROM client_companies`);
  await query(`INSERT INTO client_groups (name) VALUES ('all')`);
  await query(
    `INSERT INTO client_group_members (group_id, client_company_id) SELECT g.id, c.id FROM client_groups g, client_companies c`,
  );
  await query(
    `INSERT INTO users (email, name, role, password_hash, version) SELECT 'op' || i || '@bench.example', 'オペ ' || i, 'OPERATOR', $1, 1 FROM generate_series(0, ${operators - 1}) i`,
    [hash],
  );
  // Each client's administrator: admin@bench.example for the first, adminN@bench.example for the others.
  await query(
    `INSERT INTO users (email, name, role, client_company_id, password_hash, version)
       SELECT CASE WHEN n = 0 THEN 'admin@bench.example' ELSE 'admin' || n || '@bench.example' END,
              '管理者', 'CLIENT_ADMIN', id, $1, 1
         FROM (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM client_companies) c`,
    [hash],
  );
  await query(
    `INSERT INTO operator_skills (user_id, group_id) SELECT u.id, g.id FROM users u, client_groups g WHERE u.role = 'OPERATOR'`,
  );
  await query(
    `INSERT INTO operator_states (user_id, state, since, version) SELECT id, 'AVAILABLE', now() - (random() * interval '1 hour'), 1 FROM users WHERE role = 'OPERATOR'`,
  );
}
