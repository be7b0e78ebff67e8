import type { Browser } from 'playwright-core';
import { coverAllDay, launchBrowser, RunningDengon, shot, signIn, personPage } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CLIENT_A_NUMBER = '0120-100-200';
const OPERATOR1 = '受付 一郎';
const OPERATOR2 = '受付 二葉';
const NOTE = '体調不良のため早退';

/**
 * Issue 13, item 1: presence tells the truth. operator1 closes the console
 * while a call rings for them: within the grace period they are offline on the
 * supervisor's board, saying why, and the call waits for someone else. The
 * supervisor takes operator2 off the queue with a note, which operator2 sees.
 */
describe('presence', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([
      RunningDengon.start({ ACD_PRESENCE_GRACE_SECONDS: '5', ACD_OFFER_SECONDS: '120' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  const newPage = () => personPage(browser);

  it('takes an operator whose console closed mid-offer offline, and lets a supervisor set one offline with a note', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);

    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/board`);
    await signIn(supervisor, 'supervisor@dengon.example');
    const operators = supervisor.getByRole('table', { name: /オペレーター（/ });
    const waiting = supervisor.getByRole('table', { name: /待ち呼/ });

    const operator1 = await newPage();
    await operator1.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(operator1, 'operator1@dengon.example');
    await operator1.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator1.keyboard.press('Alt+1');
    await operator1.getByTestId('my-state').getByText('受付可').waitFor();
    await operators.getByRole('row').filter({ hasText: OPERATOR1 }).getByText('受付可').waitFor();

    // A call rings for operator1, who closes the console without answering.
    dengon.ring(CLIENT_A_NUMBER, '090-1234-5678');
    await operator1.getByTestId('offer').waitFor({ timeout: 15_000 });
    await operator1.close();

    // Within the grace period and a sweep, the board says operator1 is gone and why.
    const row1 = operators.getByRole('row').filter({ hasText: OPERATOR1 });
    await row1.getByText('オフライン').waitFor({ timeout: 20_000 });
    await row1.getByText('接続が切れました').waitFor();
    // The call is not left ringing an empty seat: it waits for the next operator.
    await waiting.getByRole('row').filter({ hasText: CLIENT_A }).waitFor();
    await shot(supervisor, 'presence-1-disconnected');

    // operator2 becomes available; the supervisor takes them off the queue with a note.
    const operator2 = await newPage();
    await operator2.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(operator2, 'operator2@dengon.example');
    await operator2.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator2.keyboard.press('Alt+1');
    await operator2.getByTestId('my-state').getByText('受付可').waitFor();
    const row2 = operators.getByRole('row').filter({ hasText: OPERATOR2 });
    await row2.getByText('受付可').waitFor();
    await row2.getByRole('button', { name: '状態変更' }).click();
    const dialog = supervisor.getByRole('dialog', { name: `${OPERATOR2}さんの状態を変更` });
    await dialog.getByRole('button', { name: '確定する' }).click();
    // Refused without a note: the field says so, and nothing changed.
    await dialog.locator('input[aria-invalid="true"]').waitFor();
    await row2.getByText('受付可').waitFor();
    await dialog.getByLabel(/理由（本人とボードに表示）/).fill(NOTE);
    await shot(supervisor, 'presence-2-set-offline');
    await dialog.getByRole('button', { name: '確定する' }).click();
    await row2.getByText('オフライン').waitFor();
    await row2.getByText(`「${NOTE}」`).waitFor();
    await row2.getByText('SVが変更').waitFor();
    await shot(supervisor, 'presence-3-board');

    // operator2's screen says who took them off the queue, and why.
    await operator2.reload();
    await operator2.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator2.getByRole('status').filter({ hasText: NOTE }).waitFor();
    await shot(operator2, 'presence-4-operator-told');
  }, 120_000);
});
