import {
  dispatchCandidates,
  faqLimitViolation,
  intakeFieldProblems,
  validateCoverage,
} from '@dengon/domain';
import { seedDemoBilling } from '../src/demo/demo-billing';
import { DEMO_CLIENTS, seedDemo } from '../src/demo/demo-seed';
import { DialedNumberLookup } from '../src/numbers/dialed-number-lookup.service';
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
