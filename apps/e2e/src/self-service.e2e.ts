import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn } from './harness';

/**
 * Issue 13 item 4 as a client's admin walks it: they change where reports go
 * and add an emergency contact, invite a colleague who sets their own
 * password from the mail; the back office finds the change in its audit log.
 */
describe('a client serves itself', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([RunningDengon.start(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  const newPage = () =>
    browser.newPage({ locale: 'ja-JP', viewport: { width: 1440, height: 960 } });

  it('changes its report destination and contacts, invites a colleague, and the back office sees it', async () => {
    const admin = await newPage();
    await admin.goto(`${dengon.baseUrl}/portal/`);
    await signIn(admin, 'admin@client-a.example');
    const menu = admin.getByRole('navigation', { name: 'メインメニュー' });
    await menu.getByText('報告先・連絡先').click();
    await admin.getByRole('heading', { level: 1, name: '報告先・緊急連絡先' }).waitFor();
    await admin.getByLabel('報告先メールアドレス').fill('eigyo@sample-shoji.example');
    await admin.getByRole('button', { name: '緊急連絡先を追加' }).click();
    const rows = await admin.getByLabel(/行目の氏名/).count();
    await admin.getByLabel(`${rows}行目の氏名`).fill('当番 次郎');
    await admin.getByLabel(`${rows}行目の電話番号`).fill('080-7777-8888');
    await admin.getByLabel(`${rows}行目の備考`).fill('土日');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').getByText('保存しました').waitFor();
    await shot(admin, 'self-service-1-settings');

    await menu.getByText('ユーザー管理').click();
    await admin.getByRole('heading', { level: 1, name: 'ユーザー管理' }).waitFor();
    await admin.getByRole('textbox', { name: '氏名', exact: true }).fill('新人 花子');
    const email = admin.getByRole('textbox', { name: 'メールアドレス', exact: true });
    await admin.getByLabel('権限').selectOption({ label: 'メンバー' });
    // The API's refusal reads in Japanese beside the field it names.
    await email.fill('admin@client-a.example');
    await admin.getByRole('button', { name: '追加する' }).click();
    await admin.getByText('すでに使われています').waitFor();
    await shot(admin, 'self-service-2-email-in-use');
    await email.fill('hanako@sample-shoji.example');
    await admin.getByRole('button', { name: '追加する' }).click();
    await admin.getByText('hanako@sample-shoji.example に招待メールを送りました').waitFor();
    await admin.getByRole('table', { name: 'ユーザー' }).getByText('新人 花子').waitFor();
    await shot(admin, 'self-service-3-users');

    let link: string | undefined;
    for (let tries = 0; !link && tries < 40; tries++) {
      const mail = (await dengon.mails()).find(
        (m) => m.subject === '【Dengon】アカウント作成のご案内',
      );
      link = /http\S+\/portal\/reset-password#token=\S+/.exec(mail?.text ?? '')?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 250));
    }
    const invitee = await newPage();
    await invitee.goto(link!);
    await invitee.getByLabel('新しいパスワード（10文字以上）').fill('hanako-password-1');
    await invitee.getByLabel('新しいパスワード（確認）').fill('hanako-password-1');
    await invitee.getByRole('button', { name: 'パスワードを設定' }).click();
    await invitee.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await signIn(invitee, 'hanako@sample-shoji.example', 'hanako-password-1');
    await invitee.getByRole('heading', { level: 1, name: '受付履歴' }).waitFor();
    // A member keeps no settings.
    const memberMenu = invitee.getByRole('navigation', { name: 'メインメニュー' });
    expect(await memberMenu.getByText('報告先・連絡先').count()).toBe(0);

    const office = await newPage();
    await office.goto(`${dengon.baseUrl}/console/audit`);
    await signIn(office, 'backoffice@dengon.example');
    const log = office.getByRole('table', { name: '監査ログ' });
    await log
      .getByRole('row')
      .filter({ hasText: 'クライアント情報を変更' })
      .filter({ hasText: '佐藤 美咲' })
      .first()
      .waitFor();
    await shot(office, 'self-service-4-audit');
  });
});
