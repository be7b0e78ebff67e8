import { Role } from '@dengon/domain';
import { codeOf, refreshCookie, TEST_PASSWORD, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { email role name clientCompany { name } } }
}`;
const REFRESH = `mutation { refreshToken { accessToken user { email } } }`;
const ME = `query { me { email role clientCompany { name } } }`;

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    const company = await t.createCompany('株式会社テスト');
    await t.createUser('admin@a.example', Role.ClientAdmin, company.id);
    await t.createUser('op@dengon.example', Role.Operator);
  });
  afterAll(() => t.close());

  it('signs in, sets an httpOnly SameSite refresh cookie, and answers me', async () => {
    const result = await t.gql(LOGIN, { email: 'Admin@A.example ', password: TEST_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['login'].user).toEqual({
      email: 'admin@a.example',
      role: 'CLIENT_ADMIN',
      name: 'admin',
      clientCompany: { name: '株式会社テスト' },
    });
    const cookie = result.setCookie.find((c) => c.startsWith('dengon_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/graphql/);

    const me = await t.gql(ME, {}, { token: result.data?.['login'].accessToken });
    expect(me.data?.['me']).toEqual({
      email: 'admin@a.example',
      role: 'CLIENT_ADMIN',
      clientCompany: { name: '株式会社テスト' },
    });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown user', async () => {
    const wrong = await t.gql(LOGIN, { email: 'op@dengon.example', password: 'not-the-password' });
    const unknown = await t.gql(LOGIN, {
      email: 'nobody@dengon.example',
      password: 'not-the-password',
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(wrong.setCookie).toEqual([]);
  });

  it('refuses a missing, malformed or expired access token with UNAUTHENTICATED', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, { token: 'garbage' }))).toBe('UNAUTHENTICATED');
    const short = await TestApp.start({ ACCESS_TOKEN_TTL_SECONDS: '30' });
    try {
      await short.createUser('x@dengon.example', Role.Operator);
      const { token } = await short.login('x@dengon.example');
      jest.useFakeTimers({
        doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
      });
      jest.setSystemTime(Date.now() + 31_000);
      expect(codeOf(await short.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    } finally {
      jest.useRealTimers();
      await short.close();
    }
  });

  it('rotates the refresh token; a reused one is refused and revokes its family', async () => {
    const first = await t.login('op@dengon.example');
    const rotated = await t.gql(REFRESH, {}, { cookie: first.cookie });
    expect(rotated.data?.['refreshToken'].user.email).toBe('op@dengon.example');
    const second = refreshCookie(rotated.setCookie);
    expect(second).not.toEqual(first.cookie);

    const reused = await t.gql(REFRESH, {}, { cookie: first.cookie });
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    // The thief's replay also ends the session of whoever held the newer token.
    expect(codeOf(await t.gql(REFRESH, {}, { cookie: second }))).toBe('UNAUTHENTICATED');

    const [family] = await t.query(
      `SELECT count(*)::int AS total, count(revoked_at)::int AS revoked FROM refresh_tokens
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE id = $1)`,
      [first.cookie.split('=')[1]?.split('.')[0]],
    );
    expect(family).toEqual({ total: 2, revoked: 2 });
  });

  it('ends the session on logout', async () => {
    const session = await t.login('op@dengon.example');
    const out = await t.gql(`mutation { logout }`, {}, { cookie: session.cookie });
    expect(out.data?.['logout']).toBe(true);
    expect(out.setCookie.join()).toMatch(/dengon_refresh=;/);
    expect(codeOf(await t.gql(REFRESH, {}, { cookie: session.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('locks the account after 10 wrong passwords for the source that tried them; its owner signs in from elsewhere and is told by e-mail', async () => {
    const proxied = await TestApp.start({ TRUST_PROXY: 'true' });
    try {
      await proxied.createUser('victim@dengon.example', Role.Operator);
      const from = (address: string, password: string) =>
        proxied.gql(
          LOGIN,
          { email: 'victim@dengon.example', password },
          { headers: { 'x-forwarded-for': address } },
        );
      for (let i = 0; i < 10; i++)
        expect(codeOf(await from('203.0.113.5', `wrong-${i}`))).toBe('UNAUTHENTICATED');
      // The guessing source is locked out, even with the right password…
      expect(codeOf(await from('203.0.113.5', TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      // …its owner is not.
      expect((await from('198.51.100.7', TEST_PASSWORD)).errors).toBeUndefined();

      const told = await proxied.query<{ subject: string; body: string }>(
        `SELECT subject, body FROM outbound_messages WHERE purpose = 'SECURITY_NOTICE' AND recipient = $1`,
        ['victim@dengon.example'],
      );
      expect(told).toHaveLength(1);
      expect(told[0]!.subject).toBe('【Dengon】ログインを一時的に制限しました');
      expect(told[0]!.body).toContain('接続元 203.0.113.5 からのログインを 15 分間制限しました');
      const audited = await proxied.query<{ action: string; n: number }>(
        `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'auth.%' GROUP BY action ORDER BY action`,
      );
      // The owner's sign-in from elsewhere is audited too.
      expect(audited).toEqual([
        { action: 'auth.locked', n: 1 },
        { action: 'auth.sign_in_failed', n: 10 },
        { action: 'auth.signed_in', n: 1 },
      ]);

      // The lock ends with its period: the source may sign in again.
      await proxied.query(
        `UPDATE login_failures SET created_at = created_at - interval '16 minutes' WHERE email = $1`,
        ['victim@dengon.example'],
      );
      expect((await from('203.0.113.5', TEST_PASSWORD)).errors).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('slows a guessing source down before it locks it', async () => {
    const slow = await TestApp.start({ LOGIN_SLOWDOWN_MS: '200' });
    try {
      await slow.createUser('slow@dengon.example', Role.Operator);
      const timed = async () => {
        const t0 = Date.now();
        await slow.gql(LOGIN, { email: 'slow@dengon.example', password: 'wrong-password' });
        return Date.now() - t0;
      };
      const quick = [await timed(), await timed(), await timed()];
      const slowed = [await timed(), await timed()];
      expect(Math.max(...quick)).toBeLessThan(200);
      expect(slowed[0]).toBeGreaterThanOrEqual(200);
      expect(slowed[1]).toBeGreaterThanOrEqual(400);
    } finally {
      await slow.close();
    }
  });

  it('limits failed sign-ins per address', async () => {
    const strict = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' });
    try {
      await strict.createUser('a@dengon.example', Role.Operator);
      for (const email of ['a@dengon.example', 'b@dengon.example', 'c@dengon.example']) {
        expect(codeOf(await strict.gql(LOGIN, { email, password: 'wrong-password' }))).toBe(
          'UNAUTHENTICATED',
        );
      }
      const blocked = await strict.gql(LOGIN, {
        email: 'a@dengon.example',
        password: TEST_PASSWORD,
      });
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    } finally {
      await strict.close();
    }
  });
});
