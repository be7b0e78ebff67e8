import {
  coverageAt,
  INTAKE_STATUSES,
  dispatchCandidates,
  intakeTransitionProblem,
  Role,
  tokyoDate,
  faqLimitViolation,
  intakeFieldProblems,
  validateCoverage,
} from '@dengon/domain';
import { seedDemoActivity } from '../src/demo/demo-activity';
import { seedDemoBilling } from '../src/demo/demo-billing';
import { DEMO_CLIENTS, seedDemo } from '../src/demo/demo-seed';
import { DialedNumberLookup } from '../src/numbers/dialed-number-lookup.service';
import { FileStore } from '../src/storage/file-store';
import { TestApp } from './test-app';

/** The demo data obeys the same rules as data entered through the API. */
describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('is written once', async () => {
    expect(await seedDemo(t.dataSource, 'dengon-demo')).toBe(true);
    expect(await seedDemo(t.dataSource, 'dengon-demo')).toBe(false);
  });

  it('covers Start, Standard, Next and maintenance-linked, each within its plan', async () => {
    const rows = await t.query(
      `SELECT cc.name, p.code, p.name_ja, p.faq_limit, p.extra_fields_allowed, p.dispatch_included, p.email_handling,
              c.coverage_windows, c.holiday_rule, sv.fields,
              (SELECT count(*)::int FROM faq_items f WHERE f.client_company_id = cc.id AND f.enabled) AS faq
         FROM client_companies cc
         JOIN contracts c ON c.client_company_id = cc.id
         JOIN contract_plan_terms t ON t.contract_id = c.id
         JOIN plans p ON p.code = t.plan_code
         JOIN script_versions sv ON sv.client_company_id = cc.id`,
    );
    expect(rows.map((r) => r.code).sort()).toEqual(['MAINTENANCE', 'NEXT', 'STANDARD', 'START']);
    for (const r of rows) {
      const features = {
        faqLimit: r.faq_limit,
        extraFieldsAllowed: r.extra_fields_allowed,
        dispatchIncluded: r.dispatch_included,
        emailHandling: r.email_handling,
      };
      expect([
        r.name,
        validateCoverage({ windows: r.coverage_windows, holidayRule: r.holiday_rule }),
      ]).toEqual([r.name, []]);
      expect([r.name, intakeFieldProblems(r.fields, r.extra_fields_allowed, r.name_ja)]).toEqual([
        r.name,
        [],
      ]);
      expect([r.name, faqLimitViolation(r.name_ja, features, r.faq)]).toEqual([r.name, null]);
    }
  });

  it("rings each client's toll-free number through to its published script", async () => {
    const lookup = t.app.get(DialedNumberLookup);
    for (const client of DEMO_CLIENTS) {
      expect(await lookup.lookup(client.tollFree)).toMatchObject({
        clientName: client.name,
        scriptVersionNo: 1,
      });
    }
  });

  it('trains the demo operators: every client has someone to take its calls, maintenance only for some', async () => {
    const rows = await t.query(
      `SELECT cc.name, array_agg(DISTINCT u.email ORDER BY u.email) AS takers
         FROM client_companies cc
         JOIN client_group_members m ON m.client_company_id = cc.id
         JOIN operator_skills sk ON sk.group_id = m.group_id
         JOIN users u ON u.id = sk.user_id
        GROUP BY cc.name ORDER BY cc.name`,
    );
    expect(rows).toHaveLength(DEMO_CLIENTS.length);
    for (const r of rows) expect(r.takers).toContain('operator1@dengon.example');
    const maintenance = DEMO_CLIENTS.find((c) => c.planCode === 'MAINTENANCE')!.name;
    expect(rows.find((r) => r.name === maintenance).takers).not.toContain(
      'operator2@dengon.example',
    );
  });

  it('gives the maintenance-linked client three contractors in different prefectures, proposing the Tokyo one for a leak in Tokyo', async () => {
    const rows = await t.query(
      `SELECT k.name, k.areas, k.categories, k.channels, k.priority, k.active
         FROM contractors k JOIN client_companies c ON c.id = k.client_company_id
        WHERE c.name = '東都設備サービス株式会社' ORDER BY k.priority`,
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.areas[0].prefecture)).size).toBe(3);
    const proposed = dispatchCandidates(
      rows.map((r) => ({ ...r, id: r.name })),
      '水漏れ',
      '東京都千代田区丸の内1-1-1',
    );
    expect(proposed.map((c) => c.contractor.name)).toEqual(['東京水道工業株式会社']);
  });

  it("has a month of calls in each client's hours, numbered in the order they came, moved along the workflow", async () => {
    const now = new Date();
    await seedDemoActivity(t.app, now);
    const records = await t.query(
      `SELECT r.record_number, r.received_at, r.channel, r.status, r.urgent, r.billable, c.record_prefix,
              ct.coverage_windows, ct.holiday_rule
         FROM intake_records r
         JOIN client_companies c ON c.id = r.client_company_id
         JOIN contracts ct ON ct.client_company_id = c.id
        ORDER BY c.record_prefix, r.received_at`,
    );
    expect(records.length).toBeGreaterThan(300);
    expect(records.length).toBeLessThan(900);
    const days = new Set(records.map((r) => tokyoDate(r.received_at)));
    expect(days.size).toBeGreaterThanOrEqual(28);
    for (const client of DEMO_CLIENTS) {
      const own = records.filter((r) => r.record_prefix === client.recordPrefix);
      expect([client.recordPrefix, own.length > 20]).toEqual([client.recordPrefix, true]);
      // Gapless per client and year, in the order the calls came in.
      const byYear = new Map<string, number[]>();
      for (const r of own) {
        const [, year, n] = (r.record_number as string).split('-');
        byYear.set(year!, [...(byYear.get(year!) ?? []), Number(n)]);
      }
      for (const numbers of byYear.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    for (const r of records) {
      expect(r.received_at.getTime()).toBeLessThan(now.getTime());
      // Operators answer in the client's hours; out of hours callers leave a message.
      const covered = coverageAt(
        { windows: r.coverage_windows, holidayRule: r.holiday_rule },
        r.received_at,
      ).covered;
      expect([r.record_number, r.channel]).toEqual([
        r.record_number,
        covered ? 'PHONE' : 'VOICEMAIL',
      ]);
    }
    const statuses = new Set(records.map((r) => r.status));
    // Every status shows somewhere (a cancellation only maybe: few are).
    for (const status of INTAKE_STATUSES.filter((s) => s !== 'CANCELLED'))
      expect([status, statuses.has(status)]).toEqual([status, true]);
    const wrongCalls = records.filter((r) => r.status === 'WRONG_OR_PRANK');
    expect(wrongCalls.every((r) => !r.billable)).toBe(true);
    expect(records.filter((r) => r.urgent).length).toBeGreaterThan(10);
  });

  it('has every step of every record allowed by the workflow, in order, and the record where its last step left it', async () => {
    const steps = await t.query(
      `SELECT s.intake_id, s.from_status, s.to_status, s.changed_at, u.role, r.status, r.channel
         FROM intake_status_changes s
         JOIN intake_records r ON r.id = s.intake_id
         LEFT JOIN users u ON u.id = s.changed_by
        ORDER BY s.intake_id, s.id`,
    );
    const last = new Map<string, { to: string; at: Date; status: string }>();
    for (const s of steps) {
      const before = last.get(s.intake_id);
      // A voicemail's record starts waiting for the call back.
      if (!before)
        expect([s.from_status, s.to_status]).toEqual([
          null,
          s.channel === 'VOICEMAIL' ? 'CALLBACK_PENDING' : 'RECEIVED',
        ]);
      else {
        expect(s.from_status).toBe(before.to);
        // Dengon reports (no one); the rest by an operator or the client's user.
        expect(
          intakeTransitionProblem(s.role ?? Role.Operator, s.from_status, s.to_status),
        ).toBeNull();
        expect(s.changed_at.getTime()).toBeGreaterThanOrEqual(before.at.getTime());
      }
      last.set(s.intake_id, { to: s.to_status, at: s.changed_at, status: s.status });
    }
    for (const { to, status } of last.values()) expect(to).toBe(status);
  });

  it('has dispatches, comments and voicemails to play', async () => {
    const [dispatches] = await t.query(
      `SELECT count(*) FILTER (WHERE d.status = 'ACKNOWLEDGED')::int AS acknowledged,
              count(*) FILTER (WHERE r.status NOT IN ('DISPATCHED', 'COMPLETED'))::int AS misplaced
         FROM dispatches d JOIN intake_records r ON r.id = d.intake_id`,
    );
    expect(dispatches.acknowledged).toBeGreaterThan(5);
    expect(dispatches.misplaced).toBe(0);
    const [{ comments }] = await t.query(`SELECT count(*)::int AS comments FROM intake_comments`);
    expect(comments).toBeGreaterThan(20);
    const voicemails = await t.query(
      `SELECT v.file_key, v.intake_id, s.state, s.intake_id AS session_intake
         FROM call_recordings v JOIN call_sessions s ON s.id = v.call_session_id WHERE v.kind = 'VOICEMAIL'`,
    );
    expect(voicemails.length).toBeGreaterThan(0);
    for (const v of voicemails) {
      expect([v.state, v.session_intake]).toEqual(['VOICEMAIL', v.intake_id]);
      const audio = await t.app.get(FileStore).get(v.file_key);
      expect(audio.subarray(0, 4).toString()).toBe('RIFF');
    }
  });

  it("shows a client its month in the portal, and no other client's", async () => {
    const { token } = await t.login('admin@client-a.example', 'dengon-demo');
    const r = await t.gql<{ intakeRecords: { items: { recordNumber: string }[] } }>(
      `{ intakeRecords(first: 50) { items { recordNumber } } }`,
      {},
      { token },
    );
    expect(r.data!.intakeRecords.items).toHaveLength(50);
    expect(r.data!.intakeRecords.items.every((i) => i.recordNumber.startsWith('SS-'))).toBe(true);
  });

  it('has three months of invoices: paid, partly paid and overdue', async () => {
    await seedDemoBilling(t.app);
    const r = await t.gql<{ invoices: { month: string; number: string; status: string }[] }>(
      `{ invoices(first: 100) { month number status } }`,
      {},
      { token: (await t.login('backoffice@dengon.example', 'dengon-demo')).token },
    );
    const byMonth = new Map<string, string[]>();
    for (const i of r.data!.invoices)
      byMonth.set(i.month, [...(byMonth.get(i.month) ?? []), i.status]);
    expect([...byMonth.values()].map((statuses) => statuses.sort())).toEqual([
      ['OVERDUE', 'OVERDUE', 'PAID', 'PARTIALLY_PAID'],
      ['PAID', 'PAID', 'PAID', 'PAID'],
      ['PAID', 'PAID', 'PAID', 'PAID'],
    ]);
    // Numbered without gaps, in the order they were issued.
    const numbers = r.data!.invoices.map((i) => Number(i.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers[0]! + i));
  });
});
