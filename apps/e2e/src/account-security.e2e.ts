import { join } from 'node:path';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, RunningDengon, SCREENSHOTS, signIn } from './harness';

/**
 * Issue 16 item 11 as its users walk it: the back office must sign in with
 * a one-time code and sets it up at its first sign-in; a client admin who
 * forgot the password sets a new one from the e-mailed link, once; the back
 * office deactivates a portal user, who can no longer sign in.
 */
describe('account security', () => {
  let dengon: RunningDengon;
  let browser: Browser;
  const codeAt = (secret: string, offsetSeconds: number) =>
    generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([
      RunningDengon.start({ TWO_FACTOR_REQUIRED_ROLES: 'BACK_OFFICE' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  let backOffice: Page;

  it('makes the back office set up two-factor sign-in first, then asks for the code', async () => {
    const page = (backOffice = await browser.newPage({ locale: 'ja-JP' }));
    await page.goto(`${dengon.baseUrl}/console/`);
    await signIn(page, 'backoffice@dengon.example');
    await page.getByRole('heading', { level: 1, name: '2段階認証の設定' }).waitFor();
    await page.getByRole('button', { name: '2段階認証を設定' }).click();
    const secret = (await page.getByTestId('two-factor-key').textContent())!.trim();
    await page.getByRole('img', { name: 'QR' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'two-factor-setup.png') });
    await page.getByLabel('認証アプリに表示された確認コード（6桁）').fill(await codeAt(secret, 0));
    await page.getByRole('button', { name: '確認して有効にする' }).click();
    // The session is renewed: the console's screens open.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByText('請求').waitFor();

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, 'backoffice@dengon.example');
    await page.getByText('認証アプリに表示されている6桁の確認コードを入力してください。').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-code.png') });
    await page.getByLabel('確認コード（6桁）').fill(await codeAt(secret, 30));
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByTestId('user-name').waitFor();
    await page.getByTestId('user-name').click();
    await expect(page.getByTestId('two-factor-state').textContent()).resolves.toMatch(/^有効/);
    await page.keyboard.press('Escape');

    // The audit log shows it, filtered to sign-in and users.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByText('監査ログ').click();
    await page.getByRole('heading', { level: 1, name: '監査ログ' }).waitFor();
    await page.getByLabel('種類').selectOption({ label: 'ユーザー' });
    const log = page.getByRole('table', { name: '監査ログ' });
    await log.getByRole('row').filter({ hasText: '2段階認証を有効化' }).first().waitFor();
    expect(await log.getByRole('row').filter({ hasText: 'ユーザーを追加' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-log.png') });
  });

  it('lets a client admin who forgot the password set a new one from the e-mailed link, once', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto(`${dengon.baseUrl}/portal/`);
    await page.getByRole('button', { name: 'パスワードをお忘れの方' }).click();
    await page.getByLabel('メールアドレス').fill('admin@client-a.example');
    await page.getByRole('button', { name: '再設定リンクを送信' }).click();
    await page.getByRole('status').getByText('再設定用のリンクをメールでお送りしました').waitFor();

    let link: string | undefined;
    for (let tries = 0; !link && tries < 40; tries++) {
      const mail = (await dengon.mails()).find(
        (m) => m.subject === '【Dengon】パスワード再設定のご案内',
      );
      link = /http\S+\/portal\/reset-password#token=\S+/.exec(mail?.text ?? '')?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 250));
    }
    expect(link).toMatch(new RegExp(`^${dengon.baseUrl}/portal/reset-password#token=`));

    await page.goto(link!);
    await page.getByLabel('新しいパスワード（10文字以上）').fill('a-new-portal-password');
    await page.getByLabel('新しいパスワード（確認）').fill('a-new-portal-password');
    await page.screenshot({ path: join(SCREENSHOTS, 'reset-password.png') });
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByText('パスワードを設定しました').waitFor();
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await signIn(page, 'admin@client-a.example', 'a-new-portal-password');
    await page.getByRole('heading', { level: 1, name: '受付履歴' }).waitFor();
    // The company's own activity log names the reset, and no other company's entries.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByText('操作履歴').click();
    const own = page.getByRole('table', { name: '監査ログ' });
    await own.getByText('パスワードを再設定（メールのリンク）').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-activity-log.png') });

    // The same link again: refused, and says so.
    const again = await browser.newPage({ locale: 'ja-JP' });
    await again.goto(link!);
    await again.getByLabel('新しいパスワード（10文字以上）').fill('another-password-1');
    await again.getByLabel('新しいパスワード（確認）').fill('another-password-1');
    await again.getByRole('button', { name: 'パスワードを設定' }).click();
    await again.getByText('このリンクは無効です').waitFor();
    await again.close();
    await page.close();
  });

  it('lets the back office deactivate a portal user, who can no longer sign in', async () => {
    const page = backOffice;
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByText('クライアント')
      .click();
    await page.getByRole('link', { name: '東都設備サービス株式会社' }).click();
    await page.getByRole('tab', { name: 'ユーザー' }).click();
    const row = page.getByRole('row').filter({ hasText: 'admin@client-b.example' });
    await row.getByRole('button', { name: '無効にする' }).click();
    await row.getByText('無効（ログイン不可）').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'client-users-deactivated.png') });

    const portal = await browser.newPage({ locale: 'ja-JP' });
    await portal.goto(`${dengon.baseUrl}/portal/`);
    await signIn(portal, 'admin@client-b.example');
    await portal.getByText('メールアドレスまたはパスワードが正しくありません').waitFor();
    await portal.close();

    await row.getByRole('button', { name: '有効に戻す' }).click();
    await row.getByText('有効', { exact: true }).waitFor();
  });
});
