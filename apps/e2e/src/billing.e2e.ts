import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn } from './harness';

/** Issue 6 in the browser: back office bills the month; a client reads its invoices. */
describe('monthly billing', () => {
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
    browser.newPage({ locale: 'ja-JP', viewport: { width: 1440, height: 1000 } });

  it('builds this month’s invoices with live progress, issues them, and the client sees them', async () => {
    const office = await newPage();
    await office.goto(`${dengon.baseUrl}/console/`);
    await signIn(office, 'backoffice@dengon.example');
    await office
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '請求' })
      .click();

    // The four demo clients are billed for this month (the demo has the three before it).
    await office.getByRole('button', { name: '請求データを作成' }).click();
    await office.getByRole('status').getByText('4 / 4 社 作成済み').waitFor();
    const table = office.getByRole('table', { name: '請求処理' });
    await table.getByText('下書き').first().waitFor();
    expect(await table.getByText('下書き').count()).toBe(4);
    await shot(office, 'billing-1-run');

    // Issue them all: each gets its number, and none is left a draft.
    office.once('dialog', (dialog) => void dialog.accept());
    await office.getByRole('button', { name: '下書きをすべて発行' }).click();
    await table.getByText('発行済み').nth(3).waitFor();
    expect(await table.getByText('下書き').count()).toBe(0);
    const sample = table.getByRole('row').filter({ hasText: '株式会社サンプル商事' });
    await sample.getByRole('button', { name: '詳細' }).click();
    const detail = office.getByRole('dialog');
    await detail.getByText('10%対象 小計').waitFor();
    await detail.getByText('合計（税込）').waitFor();
    // The modal fades in: shoot it once it is fully there.
    await office.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[role=dialog]')).every(
        (d) => getComputedStyle(d).opacity === '1',
      ),
    );
    await shot(office, 'billing-2-issued');

    // The client: four invoices, the older ones paid, this month's issued, each with its PDF.
    const client = await newPage();
    await client.goto(`${dengon.baseUrl}/portal/invoices`);
    await signIn(client, 'admin@client-a.example');
    const invoices = client.getByRole('table', { name: '請求書' });
    await invoices.getByText('発行済み').waitFor();
    expect(await invoices.getByText('入金済み').count()).toBe(3);
    expect(await invoices.getByRole('button', { name: 'PDF' }).count()).toBe(4);
    await client.getByRole('table', { name: '入金履歴' }).getByText('振込').first().waitFor();
    await shot(client, 'billing-3-portal');
  });
});
