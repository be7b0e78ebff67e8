import { Role } from '@dengon/domain';
import { CALLER_FIELDS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { codeOf, TestApp, violationOf } from './test-app';

const CREATE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber status version urgent urgentKeywords fields callingNational billable } }`;
const STATUS = `mutation($input: ChangeIntakeStatusInput!) { changeIntakeStatus(input: $input) { status version billable statusHistory { fromStatus toStatus note changedBy } } }`;
const LIST = `query($a: ID, $from: String, $to: String, $statuses: [IntakeStatus!], $calling: String, $text: String, $first: Int, $after: String) {
  intakeRecords(clientCompanyId: $a, from: $from, to: $to, statuses: $statuses, callingNumber: $calling, text: $text, first: $first, after: $after) {
    items { recordNumber memo } nextCursor } }`;

describe('intake records', () => {
  let t: TestApp;
  let op: string;
  let sv: string;
  let companyA: string;
  let companyB: string;
  let adminA: string;
  let adminB: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    companyA = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
    companyB = (await clientOnPlan(t, bo, 'B社', 'STANDARD')).companyId;
    await publishScript(t, sv, companyA, { fields: CALLER_FIELDS, urgentKeywords: ['水漏れ'] });
    await publishScript(t, sv, companyB, { fields: CALLER_FIELDS });
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    adminA = (await t.login('admin@a.example')).token;
    adminB = (await t.login('admin@b.example')).token;
  });
  afterAll(() => t.close());

  const take = (
    fields: Record<string, unknown>,
    extra: Record<string, unknown> = {},
    clientCompanyId = companyA,
  ) =>
    t.gql(
      CREATE,
      { input: { clientCompanyId, channel: 'PHONE', fields, ...extra } },
      { token: op },
    );
  const caller = {
    caller_name: '山田',
    callback_number: '090-1111-2222',
    message: '台所で水漏れしています',
  };

  it('takes an intake against the published script, flags urgent keywords, and starts its history', async () => {
    const result = await take(caller, { callingNumber: '090-1111-2222', memo: '至急' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['createIntake']).toMatchObject({
      status: 'RECEIVED',
      urgent: true,
      urgentKeywords: ['水漏れ'],
      fields: {
        caller_name: '山田',
        callback_number: '+819011112222',
        message: '台所で水漏れしています',
      },
      callingNational: '090-1111-2222',
      billable: true,
    });
  });

  it('refuses control characters and impossible dates with an error naming the field, never an internal one', async () => {
    const nul = await take({ ...caller, caller_name: '山田\u0000' });
    expect(codeOf(nul)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(nul)).toEqual([
      { field: 'fields.caller_name', message: 'contains control characters' },
    ]);
    const id = (await take(caller)).data?.['createIntake'].id as string;
    const comment = await t.gql(
      `mutation($id: ID!, $body: String!) { addIntakeComment(intakeId: $id, body: $body) { id } }`,
      { id, body: 'ok\u001b[31m' },
      { token: adminA },
    );
    expect(fieldsOf(comment)).toEqual([{ field: 'body', message: 'contains control characters' }]);
    const impossible = await t.gql(LIST, { from: '2026-02-30' }, { token: adminA });
    expect(codeOf(impossible)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(impossible)).toEqual([{ field: 'from', message: 'must be a date YYYY-MM-DD' }]);
    const cursor = await t.gql(LIST, { after: 'not-a-cursor' }, { token: adminA });
    expect(fieldsOf(cursor)).toEqual([
      { field: 'after', message: 'is not a cursor this list gave' },
    ]);
    const id404 = await t.gql(
      `query($id: ID!) { intakeRecord(id: $id) { id } }`,
      { id: '12345' },
      { token: adminA },
    );
    expect(codeOf(id404)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(id404)[0]?.field).toBe('id');
  });

  it('stores a save retried with the same idempotency key once, even when both arrive together', async () => {
    const key = '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f';
    const first = await take(caller, { idempotencyKey: key });
    const again = await take(caller, { idempotencyKey: key });
    expect(again.data?.['createIntake'].id).toBe(first.data?.['createIntake'].id);
    const together = '7a2d3b4f-9c5e-4d6f-a071-8b9cad0e1f30';
    const [a, b] = await Promise.all([
      take(caller, { idempotencyKey: together }),
      take(caller, { idempotencyKey: together }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.['createIntake'].id).toBe(b.data?.['createIntake'].id);
    const stored = await t.query(
      `SELECT count(*)::int AS n FROM intake_records WHERE idempotency_key IN ($1, $2)`,
      [key, together],
    );
    expect(stored).toEqual([{ n: 2 }]);
    // A key cannot stand for another client's save.
    const elsewhere = await take(caller, { idempotencyKey: key }, companyB);
    expect(fieldsOf(elsewhere)).toEqual([
      { field: 'idempotencyKey', message: 'was used for another save' },
    ]);
  });

  it('links an intake to the call it was taken on, once, taking the numbers from the call', async () => {
    const [call] = await t.query(
      `INSERT INTO call_sessions (provider, provider_call_id, dialed_e164, calling_e164, client_company_id, state, started_at, version)
       VALUES ('twilio', 'CA-intake-link', '+81120111222', '+81311112222', $1, 'IN_PROGRESS', now(), 1) RETURNING id`,
      [companyA],
    );
    const taken = await take(caller, { callSessionId: call.id });
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.['createIntake'].callingNational).toBe('03-1111-2222');
    const [linked] = await t.query(`SELECT intake_id FROM call_sessions WHERE id = $1`, [call.id]);
    expect(linked.intake_id).toBe(taken.data?.['createIntake'].id);
    const again = await take(caller, { callSessionId: call.id });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(violationOf(again)).toBe('CALL_HAS_INTAKE');
    const otherClient = await take(caller, { callSessionId: call.id }, companyB);
    expect(fieldsOf(otherClient)).toEqual([
      { field: 'callSessionId', message: 'does not belong to this client' },
    ]);
  });

  it('names a missing required field and a field the script does not have, and stores nothing', async () => {
    const before = (await t.query(`SELECT count(*)::int AS n FROM intake_records`))[0].n;
    const result = await take({ caller_name: '山田', message: 'x', shoe_size: 27 });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([
      { field: 'fields.shoe_size', message: 'is not a field of this script version' },
      { field: 'fields.callback_number', message: 'is required' },
    ]);
    expect((await t.query(`SELECT count(*)::int AS n FROM intake_records`))[0].n).toBe(before);
  });

  it('refuses a stale version with CONFLICT and a transition the role may not make, naming from and to', async () => {
    const id = (await take(caller)).data?.['createIntake'].id as string;
    const reported = await t.gql(
      STATUS,
      { input: { id, version: 1, status: 'REPORTED', note: '報告済み' } },
      { token: op },
    );
    expect(reported.data?.['changeIntakeStatus']).toMatchObject({ status: 'REPORTED', version: 2 });
    const stale = await t.gql(
      STATUS,
      { input: { id, version: 1, status: 'COMPLETED' } },
      { token: op },
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const wrong = await t.gql(
      STATUS,
      { input: { id, version: 2, status: 'WRONG_OR_PRANK' } },
      { token: adminA },
    );
    expect(codeOf(wrong)).toBe('FORBIDDEN');
    expect(wrong.errors?.[0]?.message).toBe(
      'CLIENT_ADMIN may not move a record from REPORTED to WRONG_OR_PRANK',
    );
    const done = await t.gql(
      STATUS,
      { input: { id, version: 2, status: 'COMPLETED', note: '折り返し済み' } },
      { token: adminA },
    );
    expect(
      done.data?.['changeIntakeStatus'].statusHistory.map((h: { toStatus: string }) => h.toStatus),
    ).toEqual(['RECEIVED', 'REPORTED', 'COMPLETED']);
    await expect(t.query(`UPDATE intake_status_changes SET note = 'x'`)).rejects.toThrow(
      /immutable/,
    );
  });

  it('does not bill a wrong or prank call, and bills it again if the verdict is taken back', async () => {
    const id = (await take(caller)).data?.['createIntake'].id as string;
    const wrong = await t.gql(
      STATUS,
      { input: { id, version: 1, status: 'WRONG_OR_PRANK', note: 'いたずら' } },
      { token: op },
    );
    expect(wrong.data?.['changeIntakeStatus'].billable).toBe(false);
    expect(
      codeOf(await t.gql(STATUS, { input: { id, version: 2, status: 'RECEIVED' } }, { token: op })),
    ).toBe('FORBIDDEN');
    const back = await t.gql(
      STATUS,
      { input: { id, version: 2, status: 'RECEIVED', note: '誤判定' } },
      { token: sv },
    );
    expect(back.data?.['changeIntakeStatus'].billable).toBe(true);
  });

  it('shares a comment thread between operators and the client, and keeps other clients out', async () => {
    const id = (await take(caller)).data?.['createIntake'].id as string;
    const comment = `mutation($id: ID!, $body: String!) { addIntakeComment(intakeId: $id, body: $body) { body authorId } }`;
    await t.gql(comment, { id, body: 'お客様に折り返しました' }, { token: adminA });
    await t.gql(comment, { id, body: '承知しました' }, { token: op });
    const read = `query($id: ID!) { intakeRecord(id: $id) { comments { body } } }`;
    expect((await t.gql(read, { id }, { token: adminA })).data?.['intakeRecord'].comments).toEqual([
      { body: 'お客様に折り返しました' },
      { body: '承知しました' },
    ]);
    expect((await t.gql(read, { id }, { token: adminB })).data?.['intakeRecord']).toBeNull();
    expect(codeOf(await t.gql(comment, { id, body: 'x' }, { token: adminB }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(STATUS, { input: { id, version: 1, status: 'COMPLETED' } }, { token: adminB }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lists with filters and keyset pages, days in Asia/Tokyo', async () => {
    // 2026-11-20 23:30 in Tokyo is 14:30 UTC: it belongs to the 20th, not the 21st.
    await take(
      { ...caller, message: '解約したい' },
      { receivedAt: '2026-11-20T14:30:00Z', memo: '解約', callingNumber: '03-1111-2222' },
      companyB,
    );
    await take(
      { ...caller, message: '見積依頼' },
      { receivedAt: '2026-11-20T15:30:00Z', memo: '見積' },
      companyB,
    );
    const list = async (vars: Record<string, unknown>, token = adminB) =>
      (
        (await t.gql(LIST, vars, { token })).data?.['intakeRecords'].items as { memo: string }[]
      ).map((r) => r.memo);
    expect(await list({ from: '2026-11-20', to: '2026-11-20' })).toEqual(['解約']);
    expect(await list({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['見積']);
    expect(await list({ text: '解約' })).toEqual(['解約']);
    expect(await list({ calling: '0311112222' })).toEqual(['解約']);
    expect(await list({ a: companyA })).toEqual([]); // another company's records: nothing

    for (let i = 0; i < 5; i++)
      await take(caller, { memo: `page${i}`, receivedAt: `2026-11-0${i + 1}T03:00:00Z` }, companyB);
    const first = (await t.gql(LIST, { first: 3, statuses: ['RECEIVED'] }, { token: adminB }))
      .data?.['intakeRecords'];
    expect(first.items.map((r: { memo: string }) => r.memo)).toEqual(['見積', '解約', 'page4']);
    const second = (
      await t.gql(
        LIST,
        { first: 3, statuses: ['RECEIVED'], after: first.nextCursor },
        { token: adminB },
      )
    ).data?.['intakeRecords'];
    expect(second.items.map((r: { memo: string }) => r.memo)).toEqual(['page3', 'page2', 'page1']);
    const third = (
      await t.gql(
        LIST,
        { first: 3, statuses: ['RECEIVED'], after: second.nextCursor },
        { token: adminB },
      )
    ).data?.['intakeRecords'];
    expect(third).toEqual({
      items: [
        { recordNumber: expect.stringMatching(/^[A-Z][A-Z0-9]+-\d{4}-\d{6}$/), memo: 'page0' },
      ],
      nextCursor: null,
    });
    expect(fieldsOf(await t.gql(LIST, { after: 'garbage' }, { token: adminB }))).toEqual([
      { field: 'after', message: 'is not a cursor this list gave' },
    ]);
  });

  it("shows the operator a caller's earlier intakes for the client", async () => {
    const history = await t.gql(
      `query($c: ID!, $n: String!) { callerHistory(clientCompanyId: $c, callingNumber: $n) { memo } }`,
      { c: companyB, n: '03-1111-2222' },
      { token: op },
    );
    expect(history.data?.['callerHistory']).toEqual([{ memo: '解約' }]);
    expect(
      codeOf(
        await t.gql(
          `query($c: ID!, $n: String!) { callerHistory(clientCompanyId: $c, callingNumber: $n) { memo } }`,
          { c: companyB, n: '03-1111-2222' },
          { token: adminB },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('counts billable intakes this month against the included calls', async () => {
    const usage = await t.gql(
      `query { usageThisMonth { month calls includedCalls overCalls } }`,
      {},
      { token: adminA },
    );
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM intake_records WHERE client_company_id = $1 AND billable
         AND to_char(received_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') = to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')`,
      [companyA],
    );
    expect(n).toBeGreaterThan(0);
    expect(usage.data?.['usageThisMonth']).toMatchObject({
      calls: n,
      includedCalls: 50,
      overCalls: 0,
    });
  });

  it('exports text that would run as a formula in Excel as plain text', async () => {
    await take({
      caller_name: '=HYPERLINK("http://evil.example","請求書")',
      callback_number: '090-1111-2222',
      message: '@SUM(1+1)',
    });
    const csv = await (
      await fetch(`${t.baseUrl}/exports/intake-records.csv`, {
        headers: { authorization: `Bearer ${adminA}` },
      })
    ).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""請求書"")"`);
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('names the other intake fields in the CSV by their labels, never by internal keys', async () => {
    // Extra fields come with the Next plan.
    await t.createUser('bo2@dengon.example', Role.BackOffice);
    const bo = (await t.login('bo2@dengon.example')).token;
    const companyC = (await clientOnPlan(t, bo, 'C社', 'NEXT')).companyId;
    const field = { key: 'site_address', label: '現場住所', type: 'TEXT', required: false };
    await publishScript(t, sv, companyC, { fields: [...CALLER_FIELDS, field] });
    const made = await take({ ...caller, site_address: '東京都千代田区丸の内1-1-1' }, {}, companyC);
    expect(made.errors).toBeUndefined();
    await t.createUser('admin@c.example', Role.ClientAdmin, companyC);
    const adminC = (await t.login('admin@c.example')).token;
    const csv = await (
      await fetch(`${t.baseUrl}/exports/intake-records.csv`, {
        headers: { authorization: `Bearer ${adminC}` },
      })
    ).text();
    expect(csv).toContain('現場住所: 東京都千代田区丸の内1-1-1');
    expect(csv).not.toContain('site_address');
  });

  it('exports the filtered history as CSV that Excel reads: UTF-8 with a BOM, Japanese headers, Tokyo times', async () => {
    const get = (query: string, token?: string) =>
      fetch(`${t.baseUrl}/exports/intake-records.csv?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const response = await get('from=2026-11-20&to=2026-11-20', adminB);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    expect(lines[0]).toBe(
      '受付番号,受付日時,クライアント,受付方法,着信番号,発信者番号,ステータス,緊急,請求対象,お名前,会社名,折り返し先,ご用件,その他の項目,メモ',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^C\d{3}-2026-000001,2026-11-20 23:30,B社,電話,,03-1111-2222,受付済み,,対象,山田,,090-1111-2222,解約したい,,解約$/,
    );

    expect(response.headers.get('cache-control')).toBe('private, no-store');

    const mine = await get('', adminA);
    expect(await mine.text()).not.toContain('B社');
    expect((await get('', undefined)).status).toBe(401);
    const bad = await get('from=yesterday', adminB);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'BAD_USER_INPUT',
      message: '開始（from）: must be a date YYYY-MM-DD',
    });
  });
});
