import type { Browser } from 'playwright-core';
import { apiLogin, graphql, launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT_B = '東都設備サービス株式会社';
const CALLER = '手配 試験花子';

/** Issue 5 in the browser: an operator dispatches a leak in Tokyo; the client sees the dispatch. */
describe('dispatching a repair from an intake', () => {
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

  it('proposes the Tokyo contractor, sends the sheet, resends it by e-mail, and shows the dispatch to the client', async () => {
    const token = await apiLogin(dengon.baseUrl, 'operator1@dengon.example');
    const { clientCompanies } = await graphql<{ clientCompanies: { id: string; name: string }[] }>(
      dengon.baseUrl,
      '{ clientCompanies { id name } }',
      {},
      token,
    );
    const clientB = clientCompanies.find((c) => c.name === CLIENT_B)!;
    const { createIntake } = await graphql<{ createIntake: { recordNumber: string } }>(
      dengon.baseUrl,
      'mutation ($input: CreateIntakeInput!) { createIntake(input: $input) { recordNumber } }',
      {
        input: {
          clientCompanyId: clientB.id,
          channel: 'PHONE',
          fields: {
            caller_name: CALLER,
            callback_number: '090-2222-3333',
            message: '台所の蛇口の根元から水漏れしています',
            category: '水漏れ',
            site_address: '100-0005 東京都千代田区丸の内1-1-1',
          },
        },
      },
      token,
    );

    // The operator opens the record in the console's history and dispatches it.
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/history`);
    await signIn(operator, 'operator1@dengon.example');
    await operator
      .getByRole('link', { name: `受付番号 ${createIntake.recordNumber} の詳細` })
      .click();
    const drawer = operator.getByRole('dialog');
    await drawer.getByText('東京水道工業株式会社').waitFor();
    await drawer.getByLabel('作業内容・指示事項').fill('止水栓を閉めて応急処置をお願いします。');
    await drawer.getByRole('button', { name: '送信' }).click();
    await drawer.getByText(/手配番号 \d+/).waitFor();
    await drawer.getByText('03-6555-0301').waitFor();
    await shot(operator, 'dispatch-1-sent');

    // The contractor phones: the fax did not come. The operator sends the sheet again by e-mail.
    const dispatch = drawer.getByRole('article').filter({ hasText: /手配番号 \d+/ });
    await dispatch.getByRole('button', { name: '再送', exact: true }).click();
    await operator
      .getByRole('menuitem', { name: 'メール dispatch@tokyo-suido.example に再送' })
      .click();
    await dispatch.getByText('メール dispatch@tokyo-suido.example に再送しました').waitFor();
    const messages = dispatch.getByRole('table', { name: '送信履歴' });
    await messages.getByText('dispatch@tokyo-suido.example').waitFor();
    expect(await messages.locator('tbody tr').count()).toBe(2);
    await shot(operator, 'dispatch-2-resent');

    // The client's admin sees the dispatch on the record.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/history`);
    await signIn(portal, 'admin@client-b.example');
    await portal
      .getByRole('link', { name: `受付番号 ${createIntake.recordNumber} の詳細` })
      .click();
    const record = portal.getByRole('dialog');
    await record.getByText('東京水道工業株式会社').waitFor();
    await record.getByText(/手配番号 \d+/).waitFor();
    await shot(portal, 'dispatch-3-client');
  }, 120_000);
});
