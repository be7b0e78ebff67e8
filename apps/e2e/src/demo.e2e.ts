import type { Browser } from 'playwright-core';
import {
  apiLogin,
  graphql,
  launchBrowser,
  RunningDengon,
  shot,
  signIn,
  personPage,
} from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CLIENT_B = '東都設備サービス株式会社';

/**
 * The demo as a fresh `npm start` shows it: a month of calls behind every
 * screen, and a test call (テスト着信) the supervisor rings from a client's
 * page to an operator, without a phone.
 */
describe('the demo', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([
      RunningDengon.start({ SEED_DEMO_ACTIVITY: 'true' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  const newPage = () => personPage(browser);

  it('shows a month of calls in the console and the portal: records of every client, voicemails, comments, invoices', async () => {
    const backOffice = await newPage();
    await backOffice.goto(`${dengon.baseUrl}/console/history`);
    await signIn(backOffice, 'backoffice@dengon.example');
    const history = backOffice.getByRole('table', { name: '受付履歴' });
    await history.getByRole('row').nth(50).waitFor();
    for (const name of [CLIENT_A, CLIENT_B]) await history.getByText(name).first().waitFor();
    await backOffice.getByRole('button', { name: 'さらに表示' }).waitFor();
    await shot(backOffice, 'demo-1-console-history');

    // Client A's administrator reads a month of their own calls, voicemails among them.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/history`);
    await signIn(portal, 'admin@client-a.example');
    const own = portal.getByRole('table', { name: '受付履歴' });
    await own.getByRole('row').nth(50).waitFor();
    expect(await own.getByText(CLIENT_B).count()).toBe(0);
    await shot(portal, 'demo-2-portal-history');

    // A record with a conversation on it, and a voicemail to play.
    const token = await apiLogin(dengon.baseUrl, 'admin@client-a.example');
    const { intakeRecords } = await graphql<{
      intakeRecords: { items: { id: string; channel: string; recordNumber: string }[] };
    }>(
      dengon.baseUrl,
      '{ intakeRecords(first: 200) { items { id channel recordNumber } } }',
      {},
      token,
    );
    const voicemail = intakeRecords.items.find((r) => r.channel === 'VOICEMAIL');
    expect(voicemail).toBeDefined();
    await portal.goto(`${dengon.baseUrl}/portal/history/${voicemail!.id}`);
    const dialog = portal.getByRole('dialog');
    await dialog.getByText(`受付番号 ${voicemail!.recordNumber}`).waitFor();
    const player = dialog.getByTestId('recording');
    await player.waitFor();
    const played = await player.evaluate(async (audio: HTMLAudioElement) => {
      await audio.play();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return { currentTime: audio.currentTime, error: audio.error?.message ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.currentTime).toBeGreaterThan(0.5);
    await shot(portal, 'demo-3-portal-voicemail');

    await portal.goto(`${dengon.baseUrl}/portal/invoices`);
    await portal.getByRole('heading', { name: '請求書' }).waitFor();
    await portal.getByText('入金済み').first().waitFor();
    await shot(portal, 'demo-4-portal-invoices');
  });

  it('rings a test call from a client page to the operator trained for it', async () => {
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator.keyboard.press('Alt+1');
    await operator.getByTestId('my-state').getByText('受付可').waitFor();

    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/clients`);
    await signIn(supervisor, 'supervisor@dengon.example');
    await supervisor.getByRole('link', { name: CLIENT_B }).click();
    await supervisor.getByRole('heading', { name: CLIENT_B }).waitFor();
    await supervisor.getByRole('button', { name: 'テスト着信' }).click();
    // The maintenance-linked client is answered around the clock.
    await supervisor
      .getByRole('status')
      .getByText('0120-300-400 にテスト着信しました。担当オペレーターに着信します。')
      .waitFor();
    await shot(supervisor, 'demo-5-test-call-rung');

    const offer = operator.getByTestId('offer');
    await offer.waitFor({ timeout: 15_000 });
    await offer.getByTestId('offer-client').getByText(CLIENT_B).waitFor();
    await shot(operator, 'demo-6-test-call-offered');
  });
});
