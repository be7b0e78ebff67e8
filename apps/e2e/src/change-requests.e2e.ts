import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT_A = '株式会社サンプル商事';

/**
 * Issue 16 item 7 as its users walk it: a client proposes a new greeting in
 * its portal; the supervisor sees the text in force beside the proposal,
 * touches it up and approves it into the draft, then publishes; the client
 * sees the outcome in the portal and by e-mail.
 */
describe('a structured change request, from the portal to a published script', () => {
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

  it('the client proposes, the supervisor compares, edits, approves and publishes', async () => {
    // The client proposes a greeting that names its department.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/script`);
    await signIn(portal, 'admin@client-a.example');
    await portal.getByRole('heading', { level: 1, name: 'マニュアル' }).waitFor();
    await portal.getByRole('button', { name: '変更を依頼する' }).click();
    const form = portal.getByRole('dialog');
    await form.getByLabel('変更する項目').selectOption({ label: '応答文言' });
    const proposal = form.getByLabel('変更後の内容');
    // The proposal starts from the greeting in force.
    const current = await proposal.inputValue();
    expect(current).toContain('{会社名}');
    await proposal.fill('{挨拶}、{会社名} 営業部でございます。');
    await form.getByLabel('理由・補足（任意）').fill('部署名を名乗ってほしい');
    await shot(portal, 'change-request-1-portal-form');
    await form.getByRole('button', { name: '依頼を送信' }).click();
    await portal.getByText('変更依頼を送信しました').waitFor();

    // The supervisor compares the draft with the proposal and adds the operator's name.
    const staff = await newPage();
    await staff.goto(`${dengon.baseUrl}/console/change-requests`);
    await signIn(staff, 'supervisor@dengon.example');
    const row = staff.getByRole('row').filter({ hasText: '営業部でございます' });
    await row.getByText(CLIENT_A).waitFor();
    await row.getByRole('button', { name: '承認' }).click();
    const review = staff.getByRole('dialog');
    const compare = review.getByRole('region', { name: '変更内容' });
    await compare.locator('ins').filter({ hasText: '営業部' }).first().waitFor();
    const applied = review.getByLabel('反映する内容');
    expect(await applied.inputValue()).toBe('{挨拶}、{会社名} 営業部でございます。');
    await applied.fill('{挨拶}、{会社名} 営業部の{オペレーター名}でございます。');
    await compare.locator('ins').filter({ hasText: '{オペレーター名}' }).waitFor();
    await review.getByLabel('コメント').fill('担当者名も名乗るようにしました');
    await shot(staff, 'change-request-2-console-review');
    await review.getByRole('button', { name: '承認' }).click();
    await review.waitFor({ state: 'hidden' });

    // Approval made a draft; the supervisor publishes it from the client's script tab.
    await staff.getByLabel('状態').selectOption({ label: '承認済み' });
    await staff.getByRole('link', { name: CLIENT_A }).first().click();
    await staff.getByRole('button', { name: '公開する' }).click();
    await staff.getByText(/第\d+版として公開しました/).waitFor();

    // The client sees the outcome and the greeting operators now read.
    await portal.goto(`${dengon.baseUrl}/portal/change-requests`);
    const mine = portal.getByRole('table', { name: '変更依頼' });
    const answered = mine.getByRole('row').filter({ hasText: '担当者名も名乗るようにしました' });
    await answered.getByText('承認済み').waitFor();
    await answered.getByText('営業部の{オペレーター名}でございます').waitFor();
    await shot(portal, 'change-request-3-portal-outcome');
    await portal.goto(`${dengon.baseUrl}/portal/script`);
    await portal.getByText('営業部の').first().waitFor();

    let mail;
    for (let tries = 0; tries < 60 && !mail; tries++) {
      mail = (await dengon.mails()).find((m) => m.subject === '【Dengon】変更依頼を承認しました');
      if (!mail) await new Promise((r) => setTimeout(r, 250));
    }
    expect(mail?.text).toContain('{挨拶}、{会社名} 営業部の{オペレーター名}でございます。');
  });
});
