import { Role } from '@dengon/domain';
import { User } from '../src/auth/user.entity';
import { ClientCompany } from '../src/clients/client-company.entity';
import { RequestContext } from '../src/common/request-context';
import { Db } from '../src/database/db.service';
import { TestApp } from './test-app';

/**
 * The database itself confines a client user: these queries have no tenant
 * filter in them, as a forgotten check in code would not, and still see
 * only the caller's company.
 */
describe('row-level security', () => {
  let t: TestApp;
  let db: Db;
  let companyA: string;
  let companyB: string;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.app.get(Db);
    companyA = (await t.createCompany('A社')).id;
    companyB = (await t.createCompany('B社')).id;
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    await t.createUser('op@dengon.example', Role.Operator);
  });
  afterAll(() => t.close());

  const clientA = () =>
    RequestContext.forUser(
      { id: 'x', role: Role.ClientMember, clientCompanyId: companyA },
      '127.0.0.1',
    );

  it('shows a client user only their company, whatever the query', async () => {
    const users = await db.transaction(clientA(), (em) => em.find(User));
    expect(users.map((u) => u.email)).toEqual(['admin@a.example']);
    const companies = await db.transaction(clientA(), (em) => em.find(ClientCompany));
    expect(companies.map((c) => c.id)).toEqual([companyA]);
  });

  it("refuses to write a row into another company's data", async () => {
    await expect(
      db.transaction(clientA(), (em) =>
        em.query(`UPDATE users SET client_company_id = $1 WHERE client_company_id = $2`, [
          companyB,
          companyA,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('shows nothing to a request without a session', async () => {
    const users = await db.transaction(RequestContext.anonymous('127.0.0.1'), (em) =>
      em.find(User),
    );
    expect(users).toEqual([]);
  });

  it('lets staff see every company', async () => {
    const staff = RequestContext.forUser(
      { id: 'y', role: Role.Operator, clientCompanyId: null },
      '127.0.0.1',
    );
    const users = await db.transaction(staff, (em) => em.find(User));
    expect(users).toHaveLength(3);
  });

  it('denies requests the tables Dengon keeps to itself', async () => {
    await expect(
      db.transaction(clientA(), (em) => em.query(`SELECT * FROM login_failures`)),
    ).rejects.toThrow(/permission denied/);
  });
});
