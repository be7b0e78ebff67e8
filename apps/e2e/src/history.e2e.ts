import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { apiLogin, graphql, launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CALLER = '履歴 確認太郎';
const MESSAGE = '先日お願いした見積もりの件で、折り返しお電話をいただけますでしょうか。';

describe('call history in the client portal', () => {
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

  it('a call taken by an operator appears live; the client completes it; another client never sees it', async () => {
    const backOffice = await apiLogin(dengon.baseUrl, 'backoffice@dengon.example');
    const { clientCompanies } = await graphql<{ clientCompanies: { id: string; name: string }[] }>(
      dengon.baseUrl,
      '{ clientCompanies { id name } }',
      {},
      backOffice,
    );
    const clientA = clientCompanies.find((company) => company.name === CLIENT_A);
    expect(clientA).toBeDefined();

    // Client A's administrator has the history open, with nothing in it yet.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/`);
    await signIn(portal, 'admin@client-a.example');
    await portal
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '受付履歴' })
      .click();
    await portal.getByRole('heading', { name: '受付履歴' }).waitFor();
    const table = portal.getByRole('table', { name: '受付履歴' });
    await table.getByText('受付履歴はありません').waitFor();

    // An operator takes calls for client A.
    const operator = await apiLogin(dengon.baseUrl, 'operator1@dengon.example');
    const take = (caller: string) =>
      graphql<{ createIntake: { id: string; recordNumber: string } }>(
        dengon.baseUrl,
        `
          mutation ($input: CreateIntakeInput!) {
            createIntake(input: $input) {
              id
              recordNumber
            }
          }
        `,
        {
          input: {
            clientCompanyId: clientA!.id,
            channel: 'PHONE',
            fields: { caller_name: caller, callback_number: '090-1234-5678', message: MESSAGE },
          },
        },
        operator,
      );
    // The page subscribes just after it renders: a first call shows when the subscription is live.
    for (let attempt = 1; ; attempt++) {
      await take(`準備 ${attempt}`);
      const arrived = await table
        .getByText(`準備 ${attempt}`)
        .waitFor({ timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (arrived) break;
      if (attempt === 10) throw new Error('the history page never received a live record');
    }
    const { createIntake } = await take(CALLER);

    // It shows up on top without a reload, marked new.
    const row = table.getByRole('row').filter({ hasText: CALLER });
    await row.getByText('新着').waitFor();
    await row.getByText('受付済み').waitFor();
    await row.getByText('電話', { exact: true }).waitFor();
    await shot(portal, 'history-1-live');

    // The details, then 完了.
    await row.getByRole('link', { name: `受付番号 ${createIntake.recordNumber} の詳細` }).click();
    const drawer = portal.getByRole('dialog');
    await drawer.getByText(MESSAGE).waitFor();
    await drawer.getByText('090-1234-5678').waitFor();
    await drawer.getByRole('button', { name: '完了にする' }).click();
    await drawer.getByText('ステータスを「完了」に変更しました').waitFor();
    const history = drawer.getByRole('table', { name: 'ステータス履歴' });
    await history.getByRole('row').filter({ hasText: '受付済み → 完了' }).waitFor();
    expect(await drawer.getByRole('button', { name: '完了にする' }).count()).toBe(0);
    await shot(portal, 'history-2-completed');
    await drawer.getByRole('button', { name: '閉じる' }).click();
    await drawer.waitFor({ state: 'detached' });
    await row.getByText('完了', { exact: true }).waitFor();

    // The CSV carries the same record, fetched with the session's token.
    const [download] = await Promise.all([
      portal.waitForEvent('download'),
      portal.getByRole('button', { name: 'CSVダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('受付履歴.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(CALLER);
    expect(csv).toContain('完了');
    await portal.close();

    // Client B's administrator sees none of client A's calls.
    const other = await newPage();
    await other.goto(`${dengon.baseUrl}/portal/history`);
    await signIn(other, 'admin@client-b.example');
    await other
      .getByRole('table', { name: '受付履歴' })
      .getByText('受付履歴はありません')
      .waitFor();
    expect(await other.getByText(CALLER).count()).toBe(0);
    await shot(other, 'history-3-other-client');
    await other.close();
  }, 120_000);
});
