import type { Browser } from 'playwright-core';
import { coverAllDay, launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CLIENT_A_NUMBER = '0120-100-200';
const CALLER = '着信 試験太郎';
const MESSAGE = '納品日の変更について、担当の方から折り返しをお願いします。';

/**
 * Issue 4, end to end: the simulator rings client A's toll-free number; operator1's
 * console offers it with client A's greeting; operator1 answers and saves the intake;
 * client A's admin, already on the history page, sees it appear and completes it;
 * client B's admin never sees it.
 */
describe('a call from the ringing 0120 number to the client portal', () => {
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

  it('rings, is offered, answered, saved, and appears live for the client only', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);

    // Client A's and client B's administrators have their call history open.
    const portalA = await newPage();
    await portalA.goto(`${dengon.baseUrl}/portal/history`);
    await signIn(portalA, 'admin@client-a.example');
    const historyA = portalA.getByRole('table', { name: '受付履歴' });
    await historyA.getByText('受付履歴はありません').waitFor();
    const portalB = await newPage();
    await portalB.goto(`${dengon.baseUrl}/portal/history`);
    await signIn(portalB, 'admin@client-b.example');
    await portalB
      .getByRole('table', { name: '受付履歴' })
      .getByText('受付履歴はありません')
      .waitFor();

    // operator1 opens the console, lands on the call screen, and becomes available by keyboard.
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByRole('heading', { name: '通話' }).waitFor();
    await operator.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator.keyboard.press('Alt+1');
    await operator.getByTestId('my-state').getByText('受付可').waitFor();

    // Reading the call history meanwhile, operator1 is told of the call on that page too.
    await operator
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '受付履歴' })
      .click();
    await operator.getByRole('heading', { name: '受付履歴' }).waitFor();

    // The simulator rings client A's number with signed Twilio webhooks.
    dengon.ring(CLIENT_A_NUMBER, '090-1234-5678');
    const banner = operator.getByTestId('ringing-banner');
    await banner.getByText(`着信があります：${CLIENT_A}`).waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: '通話画面で応答する' }).click();
    const offer = operator.getByTestId('offer');
    await offer.waitFor({ timeout: 15_000 });
    await offer.getByTestId('offer-client').getByText(CLIENT_A).waitFor();
    const greeting = await offer.getByTestId('offer-greeting').innerText();
    expect(greeting).toMatch(/株式会社サンプル商事でございます。$/);
    await offer.getByText('090-1234-5678').waitFor();
    await shot(operator, 'calls-1-offer');

    // One key answers; the form opens on the first field.
    await operator.keyboard.press('Enter');
    await operator.getByTestId('on-call').waitFor();
    await operator.getByTestId('my-state').getByText('通話中').waitFor();
    await operator.getByLabel('お名前').fill(CALLER);
    // A number that is no phone number is refused beside its field, in Japanese.
    await operator.getByLabel('折り返し先電話番号').fill('12');
    await operator.getByLabel('ご用件').fill(MESSAGE);
    await operator.keyboard.press('Control+Enter');
    await operator.getByText('電話番号の形式で入力してください', { exact: false }).waitFor();
    await operator.getByLabel('折り返し先電話番号').fill('090-1234-5678');
    await operator.keyboard.press('Control+Enter');
    await operator.getByTestId('record-no').waitFor();
    await shot(operator, 'calls-2-saved');

    // It appears on client A's history without a reload; client A completes it.
    const row = historyA.getByRole('row').filter({ hasText: CALLER });
    await row.getByText('新着').waitFor({ timeout: 15_000 });
    await row.getByText('受付済み').waitFor();
    await row.getByRole('link', { name: /受付番号 \S+ の詳細/ }).click();
    const drawer = portalA.getByRole('dialog');
    await drawer.getByText(MESSAGE).waitFor();
    await drawer.getByRole('button', { name: '完了にする' }).click();
    await drawer.getByText('ステータスを「完了」に変更しました').waitFor();
    await shot(portalA, 'calls-3-client-completed');

    // The operator finishes the call and goes to after-call work.
    await operator.keyboard.press('Control+e');
    await operator.getByTestId('my-state').getByText('後処理').waitFor();

    // Client B, watching its own history all along, never saw it.
    await portalB.reload();
    await portalB
      .getByRole('table', { name: '受付履歴' })
      .getByText('受付履歴はありません')
      .waitFor();
    expect(await portalB.getByText(CALLER).count()).toBe(0);
    await shot(portalB, 'calls-4-other-client');

    // The supervisor's board holds client A's calls to its contract's target (80 % within 20 s).
    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/board`);
    await signIn(supervisor, 'supervisor@dengon.example');
    const byClient = supervisor.getByRole('table', { name: 'クライアント別のサービスレベル' });
    const rowA = byClient.getByRole('row').filter({ hasText: CLIENT_A });
    await rowA.getByText('20秒以内に80%').waitFor();
    await rowA.getByText('100%').waitFor();
    expect(await rowA.getByText('目標未達').count()).toBe(0);
    await shot(supervisor, 'calls-5-board-service-level');
  }, 120_000);
});
