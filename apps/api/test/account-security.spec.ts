import { Role } from '@dengon/domain';
import { generate } from 'otplib';
import { fieldsOf } from './fixtures';
import { TestSmtp } from '@dengon/test-doubles';
import { TestApp, TEST_PASSWORD, until, violationOf } from './test-app';

jest.setTimeout(60_000);

const LOGIN = `mutation($email: String!, $password: String!, $code: String) {
  login(email: $email, password: $password, code: $code) { accessToken user { totpEnabledAt twoFactorRequired } } }`;
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $p: String!) { resetPasswordWithLink(token: $token, newPassword: $p) }`;
const START = `mutation { startTwoFactorSetup { secret uri qrSvg } }`;
const CONFIRM = `mutation($code: String!) { confirmTwoFactor(code: $code) { totpEnabledAt } }`;
const DISABLE = `mutation($code: String!) { disableTwoFactor(code: $code) { totpEnabledAt } }`;
const USERS = `query { users { email } }`;
const ME = `query { me { email totpEnabledAt twoFactorRequired } }`;

/** The token of the newest reset link mailed to an address. */
function linkIn(smtp: TestSmtp, to: string): { url: string; token: string } {
  const mail = [...smtp.mails].reverse().find((m) => JSON.stringify(m.to).includes(to));
  const url = /https?:\/\/\S+reset-password#token=(\S+)/.exec(mail?.text ?? '');
  if (!url) throw new Error(`no reset link mailed to ${to}`);
  return { url: url[0], token: url[1]! };
}

describe('password reset by e-mailed link', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  const auditOf = (action: string) =>
    t.query(`SELECT after FROM audit_log WHERE action = $1 ORDER BY created_at`, [action]);

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://dengon.example' });
    await t.createUser('op@dengon.example', Role.Operator);
    const [company] = await t.query(
      `INSERT INTO client_companies (name, name_kana, report_method, report_email, version)
       VALUES ('株式会社リンク', 'リンク', 'EMAIL', 'r@link.example', 1) RETURNING id`,
    );
    await t.createUser('admin@link.example', Role.ClientAdmin, company.id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails a single-use link to the console or the portal, and the new password ends old sessions', async () => {
    const before = await t.login('op@dengon.example');
    expect((await t.gql(REQUEST, { email: 'OP@dengon.example' })).data).toEqual({
      requestPasswordReset: true,
    });
    await smtp.waitFor(1);
    const link = linkIn(smtp, 'op@dengon.example');
    expect(link.url).toMatch(/^https:\/\/dengon\.example\/console\/reset-password#token=/);
    expect(smtp.mails[0]!.subject).toBe('【Dengon】パスワード再設定のご案内');
    // Only the token's hash is kept.
    expect(JSON.stringify(await t.query(`SELECT * FROM password_reset_links`))).not.toContain(
      link.token,
    );

    const reset = await t.gql(RESET, { token: link.token, p: 'a-brand-new-password' });
    expect(reset.errors).toBeUndefined();
    await expect(t.login('op@dengon.example')).rejects.toThrow('login failed');
    await t.login('op@dengon.example', 'a-brand-new-password');
    const old = await t.gql(ME, {}, { token: before.token });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Used once: the same link again is refused, and the password stays.
    const again = await t.gql(RESET, { token: link.token, p: 'yet-another-password' });
    expect(violationOf(again)).toBe('RESET_LINK_INVALID');
    await t.login('op@dengon.example', 'a-brand-new-password');
    expect(await auditOf('user.password_reset_by_link')).toHaveLength(1);

    await t.gql(REQUEST, { email: 'admin@link.example' });
    await smtp.waitFor(2);
    expect(linkIn(smtp, 'admin@link.example').url).toMatch(/\/portal\/reset-password#token=/);
  });

  it('answers the same for an unknown address, and mails nothing', async () => {
    const count = smtp.mails.length;
    expect((await t.gql(REQUEST, { email: 'nobody@dengon.example' })).data).toEqual({
      requestPasswordReset: true,
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.mails).toHaveLength(count);
  });

  it('refuses an expired link, and a link replaced by a newer one', async () => {
    await t.query(`DELETE FROM password_reset_links`);
    await t.gql(REQUEST, { email: 'op@dengon.example' });
    await until(() => smtp.mails.length >= 3 || undefined, 'the third mail');
    const first = linkIn(smtp, 'op@dengon.example');
    await t.query(`UPDATE password_reset_links SET expires_at = now() - interval '1 second'`);
    expect(violationOf(await t.gql(RESET, { token: first.token, p: 'expired-link-pass' }))).toBe(
      'RESET_LINK_INVALID',
    );

    // A newer link (after the minute between mails) makes the older one stop working.
    await t.query(`UPDATE password_reset_links SET created_at = now() - interval '2 minutes',
                                                   expires_at = now() + interval '10 minutes'`);
    await t.gql(REQUEST, { email: 'op@dengon.example' });
    await until(() => smtp.mails.length >= 4 || undefined, 'the fourth mail');
    const second = linkIn(smtp, 'op@dengon.example');
    expect(second.token).not.toBe(first.token);
    expect(violationOf(await t.gql(RESET, { token: first.token, p: 'replaced-link-pass' }))).toBe(
      'RESET_LINK_INVALID',
    );
    expect((await t.gql(RESET, { token: second.token, p: 'newest-link-pass' })).errors).toBe(
      undefined,
    );
  });

  it('refuses a short password naming the field, and keeps the link for another try', async () => {
    await t.query(`DELETE FROM password_reset_links`);
    const count = smtp.mails.length;
    await t.gql(REQUEST, { email: 'admin@link.example' });
    await until(() => smtp.mails.length > count || undefined, 'the mail');
    const { token } = linkIn(smtp, 'admin@link.example');
    const short = await t.gql(RESET, { token, p: 'short' });
    expect(fieldsOf(short)).toEqual([{ field: 'newPassword', message: expect.any(String) }]);
    expect(short.errors?.[0]?.message).toContain('新しいパスワード');
    expect((await t.gql(RESET, { token, p: 'long-enough-password' })).errors).toBeUndefined();
  });

  it('sends no link to a deactivated user', async () => {
    await t.query(`DELETE FROM password_reset_links`);
    await t.query(`UPDATE users SET active = false WHERE email = 'admin@link.example'`);
    const count = smtp.mails.length;
    await t.gql(REQUEST, { email: 'admin@link.example' });
    expect(await t.query(`SELECT count(*)::int AS n FROM password_reset_links`)).toEqual([
      { n: 0 },
    ]);
    expect(smtp.mails).toHaveLength(count);
  });
});

describe('two-factor sign-in (TOTP)', () => {
  let t: TestApp;
  let boToken: string;
  const code = (secret: string, offsetSeconds = 0) =>
    generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
  const login = (email: string, password: string, totp?: string) =>
    t.gql(LOGIN, { email, password, code: totp });

  beforeAll(async () => {
    t = await TestApp.start({ TWO_FACTOR_REQUIRED_ROLES: 'BACK_OFFICE' });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
  });
  afterAll(() => t.close());

  it('makes the back office set it up before anything else, then asks for a code at every sign-in', async () => {
    let { token } = await t.login('bo@dengon.example');
    expect(violationOf(await t.gql(USERS, {}, { token }))).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await t.gql(ME, {}, { token })).data?.['me']).toMatchObject({
      twoFactorRequired: true,
      totpEnabledAt: null,
    });

    const setup = (await t.gql(START, {}, { token })).data?.['startTwoFactorSetup'];
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/.*bo%40dengon\.example\?.*secret=/);
    expect(setup.qrSvg).toMatch(/^<svg/);
    // Kept sealed: the key is not in the database as it was shown.
    const [row] = await t.query(
      `SELECT totp_pending_secret FROM users WHERE email = 'bo@dengon.example'`,
    );
    expect(row.totp_pending_secret).not.toContain(setup.secret);

    const current = await code(setup.secret);
    const wrong = await t.gql(
      CONFIRM,
      { code: current === '000000' ? '111111' : '000000' },
      { token },
    );
    expect(fieldsOf(wrong)).toEqual([
      { field: 'code', message: 'is not a current code of the new key' },
    ]);
    const used = current;
    const confirmed = await t.gql(CONFIRM, { code: used }, { token });
    expect(confirmed.data?.['confirmTwoFactor'].totpEnabledAt).toEqual(expect.any(String));

    // The password alone is not enough any more.
    expect(violationOf(await login('bo@dengon.example', TEST_PASSWORD))).toBe(
      'TWO_FACTOR_CODE_REQUIRED',
    );
    // The code that confirmed the key was used: within its window it is refused.
    const reused = await login('bo@dengon.example', TEST_PASSWORD, used);
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const next = await login('bo@dengon.example', TEST_PASSWORD, await code(setup.secret, 30));
    expect(next.errors).toBeUndefined();
    token = next.data?.['login'].accessToken;
    boToken = token;
    expect((await t.gql(USERS, {}, { token })).data?.['users']).toHaveLength(2);

    // The back office must keep it.
    expect(
      violationOf(await t.gql(DISABLE, { code: await code(setup.secret, 60) }, { token })),
    ).toBe('TWO_FACTOR_REQUIRED_FOR_ROLE');
    const failures = await t.query(
      `SELECT after FROM audit_log WHERE action = 'auth.sign_in_failed'`,
    );
    expect(failures).toEqual([{ after: expect.objectContaining({ wrongCode: true }) }]);
    expect(
      await t.query(`SELECT action FROM audit_log WHERE action LIKE 'user.two_factor%'`),
    ).toEqual([{ action: 'user.two_factor_enabled' }]);
  });

  it('lets another role turn it on and off with a code, and the back office reset a lost one', async () => {
    const { token } = await t.login('sv@dengon.example');
    const setup = (await t.gql(START, {}, { token })).data?.['startTwoFactorSetup'];
    await t.gql(CONFIRM, { code: await code(setup.secret) }, { token });
    const off = await t.gql(DISABLE, { code: await code(setup.secret, 30) }, { token });
    expect(off.data?.['disableTwoFactor']).toEqual({ totpEnabledAt: null });
    await t.login('sv@dengon.example');

    // On again, then the phone is lost: the back office resets it, which ends the sessions.
    const again = (await t.gql(START, {}, { token })).data?.['startTwoFactorSetup'];
    await t.gql(CONFIRM, { code: await code(again.secret) }, { token });
    expect(violationOf(await login('sv@dengon.example', TEST_PASSWORD))).toBe(
      'TWO_FACTOR_CODE_REQUIRED',
    );
    const [sv] = await t.query(`SELECT id FROM users WHERE email = 'sv@dengon.example'`);
    const reset = await t.gql(
      `mutation($id: ID!) { resetTwoFactor(userId: $id) { totpEnabledAt } }`,
      { id: sv.id },
      { token: boToken },
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.['resetTwoFactor']).toEqual({ totpEnabledAt: null });
    expect((await t.gql(ME, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.login('sv@dengon.example');
    expect(
      await t.query(
        `SELECT action FROM audit_log WHERE action LIKE 'user.two_factor%' ORDER BY created_at`,
      ),
    ).toEqual([
      { action: 'user.two_factor_enabled' },
      { action: 'user.two_factor_enabled' },
      { action: 'user.two_factor_disabled' },
      { action: 'user.two_factor_enabled' },
      { action: 'user.two_factor_reset' },
    ]);
  });

  it('refuses a code that is no code, naming the field in Japanese', async () => {
    const { token } = await t.login('sv@dengon.example');
    await t.gql(START, {}, { token });
    const result = await t.gql(CONFIRM, { code: '12ab' }, { token });
    expect(fieldsOf(result)).toEqual([{ field: 'code', message: expect.any(String) }]);
    expect(result.errors?.[0]?.message).toContain('確認コード');
  });
});
