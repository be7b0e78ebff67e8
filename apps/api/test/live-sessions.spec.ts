import { Role } from '@dengon/domain';
import { JwtService } from '@nestjs/jwt';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { codeOf, TestApp } from './test-app';

const ME = `{ me { email role } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role active } }`;

/** A subscription's socket: what arrives on it and how it closed. */
function subscribe(t: TestApp, token: string) {
  const seen = { events: 0, closed: null as number | null };
  const client = createClient({
    url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => (seen.closed = (event as { code: number }).code) },
  });
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe(
    { query: `subscription { intakeRecordChanged { id } }` },
    { next: () => void seen.events++, error: () => undefined, complete: () => undefined },
  );
  return { seen, connected, client };
}

const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !probe(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

/** Rights are live: what a person may do changes on their next request, not when their token expires. */
describe('live sessions', () => {
  let t: TestApp;
  let bo: string;
  let op: string;
  let companyA: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('sv@dengon.example')).token;
    companyA = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
    await publishScript(t, op, companyA, { fields: CALLER_FIELDS });
  });
  afterAll(() => t.close());

  const user = async (email: string, role: Role, company: string | null = null) => {
    const created = await t.createUser(email, role, company);
    return { id: created.id, ...(await t.login(email)) };
  };
  const versionOf = async (id: string) =>
    (await t.query<{ version: number }>(`SELECT version FROM users WHERE id = $1`, [id]))[0]!
      .version;
  const take = (clientCompanyId = companyA) =>
    t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId,
          channel: 'PHONE',
          fields: { caller_name: '山田', callback_number: '090-1111-2222', message: '折り返し' },
        },
      },
      { token: op },
    );

  it('ends a session on its next request when the role changes; the refreshed token carries the new role', async () => {
    const member = await user('member@a.example', Role.ClientMember, companyA);
    expect((await t.gql(ME, {}, { token: member.token })).data?.['me'].role).toBe('CLIENT_MEMBER');
    const changed = await t.gql(
      UPDATE,
      { input: { id: member.id, version: await versionOf(member.id), role: 'CLIENT_ADMIN' } },
      { token: bo },
    );
    expect(changed.errors).toBeUndefined();
    const stale = await t.gql(ME, {}, { token: member.token });
    expect(codeOf(stale)).toBe('UNAUTHENTICATED');
    expect(stale.errors?.[0]?.message).toContain('session has ended');
    const refreshed = await t.gql(
      `mutation { refreshToken { accessToken } }`,
      {},
      { cookie: member.cookie },
    );
    const token = refreshed.data?.['refreshToken'].accessToken as string;
    expect((await t.gql(ME, {}, { token })).data?.['me'].role).toBe('CLIENT_ADMIN');
  });

  it('ends every session of a deactivated user at once, and lets them neither refresh nor sign in', async () => {
    const leaver = await user('leaver@dengon.example', Role.Operator);
    await t.gql(
      UPDATE,
      { input: { id: leaver.id, version: await versionOf(leaver.id), active: false } },
      { token: bo },
    );
    expect(codeOf(await t.gql(ME, {}, { token: leaver.token }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await t.gql(`mutation { refreshToken { accessToken } }`, {}, { cookie: leaver.cookie }),
      ),
    ).toBe('UNAUTHENTICATED');
    await expect(t.login('leaver@dengon.example')).rejects.toThrow(/login failed/);
  });

  it('ends the sessions of a user whose password is reset, and of one who signs out', async () => {
    const reset = await user('reset@dengon.example', Role.Operator);
    await t.gql(
      `mutation($u: ID!, $p: String!) { resetPassword(userId: $u, newPassword: $p) { id } }`,
      { u: reset.id, p: 'a-new-long-password' },
      { token: bo },
    );
    expect(codeOf(await t.gql(ME, {}, { token: reset.token }))).toBe('UNAUTHENTICATED');

    const out = await user('out@dengon.example', Role.Operator);
    await t.gql(`mutation { logout }`, {}, { cookie: out.cookie, token: out.token });
    expect(codeOf(await t.gql(ME, {}, { token: out.token }))).toBe('UNAUTHENTICATED');
  });

  it('refuses the users of a terminated client, on the next request and at sign-in', async () => {
    const b = await clientOnPlan(t, bo, 'B社', 'STANDARD');
    const admin = await user('admin@b.example', Role.ClientAdmin, b.companyId);
    expect((await t.gql(ME, {}, { token: admin.token })).errors).toBeUndefined();
    await t.query(`UPDATE client_companies SET status = 'TERMINATED' WHERE id = $1`, [b.companyId]);
    expect(codeOf(await t.gql(ME, {}, { token: admin.token }))).toBe('UNAUTHENTICATED');
    await expect(t.login('admin@b.example')).rejects.toThrow(/login failed/);
  });

  it('closes an open subscription when its user is deactivated, before the next event is sent', async () => {
    const watcher = await user('watcher@a.example', Role.ClientAdmin, companyA);
    const socket = subscribe(t, watcher.token);
    await socket.connected;
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    await take();
    await until(() => socket.seen.events === 1, 'the first event');
    await t.gql(
      UPDATE,
      { input: { id: watcher.id, version: await versionOf(watcher.id), active: false } },
      { token: bo },
    );
    await take();
    await until(() => socket.seen.closed !== null, 'the socket to close');
    expect(socket.seen.closed).toBe(4001);
    expect(socket.seen.events).toBe(1);
  });

  it('closes a subscription on the event after a change made straight in the database, though its standing was kept between events', async () => {
    const watcher = await user('watcher2@dengon.example', Role.Supervisor);
    const socket = subscribe(t, watcher.token);
    await socket.connected;
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    await take();
    await take();
    await until(() => socket.seen.events === 2, 'two events');
    // Not through Dengon: the database's own notice is what ends the kept standing.
    await t.query(`UPDATE users SET session_version = session_version + 1 WHERE id = $1`, [
      watcher.id,
    ]);
    await take();
    await until(() => socket.seen.closed !== null, 'the socket to close');
    expect(socket.seen.closed).toBe(4001);
    expect(socket.seen.events).toBe(2);
  });

  it("closes the subscriptions of a client terminated straight in the database, on that client's next event", async () => {
    const c = (await clientOnPlan(t, bo, 'C社', 'STANDARD')).companyId;
    await publishScript(t, op, c, { fields: CALLER_FIELDS });
    const watcher = await user('watcher@c.example', Role.ClientAdmin, c);
    const socket = subscribe(t, watcher.token);
    await socket.connected;
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    const taken = await take(c);
    const id = (taken.data?.['createIntake'] as { id: string }).id;
    await until(() => socket.seen.events === 1, 'the first event');
    await t.query(`UPDATE client_companies SET status = 'TERMINATED' WHERE id = $1`, [c]);
    // The record changes again, as a back-office correction would.
    await t.query(`SELECT pg_notify('dengon_events', $1)`, [
      JSON.stringify({ type: 'intake.changed', clientCompanyId: c, id }),
    ]);
    await until(() => socket.seen.closed !== null, 'the socket to close');
    expect(socket.seen.closed).toBe(4001);
    expect(socket.seen.events).toBe(1);
  });

  it('closes a subscription when its token expires', async () => {
    const short = await user('short@a.example', Role.ClientAdmin, companyA);
    const sv = (
      await t.query<{ session_version: number }>(
        `SELECT session_version FROM users WHERE id = $1`,
        [short.id],
      )
    )[0]!.session_version;
    // A token that lives one second, signed as the API signs its own.
    const token = t.app
      .get(JwtService)
      .sign({ sub: short.id, role: 'CLIENT_ADMIN', cid: companyA, sv }, { expiresIn: 1 });
    const socket = subscribe(t, token);
    await socket.connected;
    await until(() => socket.seen.closed !== null, 'the socket to close at expiry');
    expect(socket.seen.closed).toBe(4001);
  });
});
