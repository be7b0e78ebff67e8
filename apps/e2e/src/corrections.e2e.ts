import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn, takeIntake } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CALLER = '訂正 確認花子';

/**
 * Issue 16 item 1 as its users walk it: an operator corrects a phone number
 * mistyped in a record the client was already told of; the client's portal
 * shows the corrected record marked 報告後に訂正 with what changed, and the
 * client is told by e-mail.
 */
describe('correcting a record after its report', () => {
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

  it('an operator corrects the number; the client sees the correction and is told', async () => {
    const { recordNumber: number } = await takeIntake(dengon.baseUrl, CLIENT_A, {
      caller_name: CALLER,
      callback_number: '090-1111-2222',
      message: '見積もりの件',
    });
    expect(number).toMatch(/^SS-\d{4}-\d{6}$/);
    // The report goes to the client first.
    const mailed = async (subject: string) => {
      for (let tries = 0; tries < 60; tries++) {
        const mail = (await dengon.mails()).find((m) => m.subject?.includes(subject));
        if (mail) return mail;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`no mail "${subject}"`);
    };
    await mailed(`受付番号${number}`);

    // The operator finds the record by its number and corrects it.
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/history`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByRole('heading', { level: 1, name: '受付履歴' }).waitFor();
    await operator.getByLabel('キーワード').fill(number.toLowerCase());
    await operator.getByLabel('キーワード').press('Enter');
    await operator.getByRole('link', { name: `受付番号 ${number} の詳細` }).click();
    const drawer = operator.getByRole('dialog');
    await drawer.getByRole('button', { name: '内容を訂正' }).click();
    await drawer.getByLabel('折り返し先').fill('090-3333-4444');
    await drawer.getByLabel('訂正の理由（お客様にもお伝えします）').fill('電話番号の聞き間違い');
    await shot(operator, 'correction-1-form');
    await drawer.getByRole('button', { name: '訂正を保存' }).click();
    await drawer.getByText('報告後に訂正').first().waitFor();
    await drawer.getByTestId('correction').getByText('電話番号の聞き間違い').waitFor();

    // The client is told, and sees what changed.
    const notice = await mailed(`【訂正】受付番号${number}`);
    expect(notice.text).toContain('訂正後：090-3333-4444');
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/`);
    await signIn(portal, 'admin@client-a.example');
    const table = portal.getByRole('table', { name: '受付履歴' });
    await table.getByRole('link', { name: `受付番号 ${number} の詳細` }).click();
    const seen = portal.getByRole('dialog');
    await seen.getByText('報告後に訂正').first().waitFor();
    const correction = seen.getByTestId('correction');
    await correction.getByText('090-1111-2222').waitFor();
    await correction.getByText('090-3333-4444').waitFor();
    await shot(portal, 'correction-2-portal');
  });
});
