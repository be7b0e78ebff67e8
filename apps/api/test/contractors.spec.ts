import { Role } from '@dengon/domain';
import { clientOnPlan, fieldsOf } from './fixtures';
import { codeOf, TestApp } from './test-app';

const SAVE = `mutation($input: SaveContractorInput!) { saveContractor(input: $input) {
  id version name priority categories areas { prefecture city } channels { kind address hours { start end } } } }`;
const LIST = `query($c: ID) { contractors(clientCompanyId: $c) { name } }`;

describe('contractors', () => {
  let t: TestApp;
  let bo: string;
  let op: string;
  let adminA: string;
  let adminB: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    a = (await clientOnPlan(t, bo, '保守A社', 'MAINTENANCE')).companyId;
    b = (await clientOnPlan(t, bo, '保守B社', 'MAINTENANCE')).companyId;
    await t.createUser('admin@a.example', Role.ClientAdmin, a);
    await t.createUser('admin@b.example', Role.ClientAdmin, b);
    adminA = (await t.login('admin@a.example')).token;
    adminB = (await t.login('admin@b.example')).token;
  });
  afterAll(() => t.close());

  const plumber = {
    name: '新宿水道サービス',
    areas: [{ prefecture: '東京都', city: '新宿区' }],
    categories: ['水回り'],
    channels: [
      { kind: 'FAX', address: '03-1234-5678', hours: null },
      { kind: 'EMAIL', address: 'jobs@suido.example', hours: { start: '09:00', end: '18:00' } },
    ],
    priority: 1,
  };

  it('lets back office add a contractor for a client, numbers kept as E.164', async () => {
    const saved = await t.gql(SAVE, { input: { ...plumber, clientCompanyId: a } }, { token: bo });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.['saveContractor']).toMatchObject({
      name: '新宿水道サービス',
      channels: [
        { kind: 'FAX', address: '+81312345678', hours: null },
        { kind: 'EMAIL', address: 'jobs@suido.example', hours: { start: '09:00', end: '18:00' } },
      ],
    });
  });

  it("lets a client's admin keep their own contractors, never another client's", async () => {
    const own = await t.gql(
      SAVE,
      { input: { ...plumber, name: 'A社の電気屋', categories: ['電気'] } },
      { token: adminA },
    );
    expect(own.errors).toBeUndefined();
    const forB = await t.gql(
      SAVE,
      { input: { ...plumber, clientCompanyId: b } },
      { token: adminA },
    );
    expect(codeOf(forB)).toBe('BAD_USER_INPUT');
    const list = await t.gql(LIST, {}, { token: adminA });
    expect(list.data?.['contractors'].map((c: { name: string }) => c.name)).toEqual([
      'A社の電気屋',
      '新宿水道サービス',
    ]);
    expect((await t.gql(LIST, { c: a }, { token: adminB })).data?.['contractors']).toEqual([]);
    // Another client's admin cannot change it either: to them it does not exist.
    const { id, version } = own.data!['saveContractor'];
    const hijack = await t.gql(SAVE, { input: { ...plumber, id, version } }, { token: adminB });
    expect(codeOf(hijack)).toBe('NOT_FOUND');
    expect(
      codeOf(await t.gql(SAVE, { input: { ...plumber, clientCompanyId: a } }, { token: op })),
    ).toBe('FORBIDDEN');
  });

  it('refuses an invalid fax number or e-mail, naming the channel, and stores nothing', async () => {
    const before = (await t.query(`SELECT count(*)::int AS n FROM contractors`))[0].n;
    const bad = await t.gql(
      SAVE,
      {
        input: {
          ...plumber,
          clientCompanyId: a,
          channels: [
            { kind: 'FAX', address: '03-1234', hours: null },
            { kind: 'EMAIL', address: 'jobs-at-suido', hours: null },
          ],
        },
      },
      { token: bo },
    );
    expect(fieldsOf(bad)).toEqual([
      { field: 'channels.0.address', message: expect.stringContaining('03-1234') },
      { field: 'channels.1.address', message: 'must be an e-mail address' },
    ]);
    expect((await t.query(`SELECT count(*)::int AS n FROM contractors`))[0].n).toBe(before);
  });

  it('changes a contractor only from the version read', async () => {
    const created = (
      await t.gql(
        SAVE,
        { input: { ...plumber, clientCompanyId: a, name: '版数テスト' } },
        { token: bo },
      )
    ).data?.['saveContractor'];
    const changed = await t.gql(
      SAVE,
      {
        input: {
          ...plumber,
          id: created.id,
          version: created.version,
          name: '版数テスト改',
          priority: 2,
        },
      },
      { token: bo },
    );
    expect(changed.data?.['saveContractor']).toMatchObject({ name: '版数テスト改', priority: 2 });
    const stale = await t.gql(
      SAVE,
      { input: { ...plumber, id: created.id, version: created.version, name: '古い版' } },
      { token: bo },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('takes an omitted optional field as null: a whole prefecture, a channel at any hour', async () => {
    const saved = await t.gql(
      SAVE,
      {
        input: {
          ...plumber,
          name: '東京都全域の鍵屋',
          clientCompanyId: a,
          areas: [{ prefecture: '東京都' }],
          channels: [{ kind: 'EMAIL', address: 'keys@example.jp' }],
        },
      },
      { token: bo },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.['saveContractor']).toMatchObject({
      areas: [{ prefecture: '東京都', city: null }],
      channels: [{ kind: 'EMAIL', address: 'keys@example.jp', hours: null }],
    });
  });
});
