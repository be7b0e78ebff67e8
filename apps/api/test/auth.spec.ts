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

  it('locks the account after 10 wrong passwords: the 11th try fails even with the right one until the lock ends', async () => {
    await t.createUser('victim@dengon.example', Role.Operator);
    for (let i = 0; i < 10; i++) {
      expect(
        codeOf(await t.gql(LOGIN, { email: 'victim@dengon.example', password: `wrong-${i}` })),
      ).toBe('UNAUTHENTICATED');
    }
    const eleventh = await t.gql(LOGIN, {
      email: 'victim@dengon.example',
      password: TEST_PASSWORD,
    });
    expect(codeOf(eleventh)).toBe('UNAUTHENTICATED');
    const [user] = await t.query(
      `SELECT failed_login_count, locked_until > now() + interval '14 minutes' AS locked FROM users WHERE email = $1`,
      ['victim@dengon.example'],
    );
    expect(user).toEqual({ failed_login_count: 10, locked: true });

    // The lock runs out: the right password works again and the count starts over.
    await t.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE email = $1`, [
      'victim@dengon.example',
    ]);
    const after = await t.gql(LOGIN, { email: 'victim@dengon.example', password: TEST_PASSWORD });
    expect(after.errors).toBeUndefined();
    const [reset] = await t.query(
      `SELECT failed_login_count, locked_until FROM users WHERE email = $1`,
      ['victim@dengon.example'],
    );
    expect(reset).toEqual({ failed_login_count: 0, locked_until: null });
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
