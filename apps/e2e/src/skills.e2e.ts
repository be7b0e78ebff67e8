import type { Browser } from 'playwright-core';
import { coverAllDay, launchBrowser, RunningDengon, shot, signIn, personPage } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const CLIENT_A_NUMBER = '0120-100-200';
const OPERATOR2 = '受付 二葉';

/**
 * Issue 13, items 2 and 3: skills on screen, a board that acts. The supervisor
 * takes operator2 off every client group; a call for client A then waits
 * while operator2 sits idle, and the board says why. The supervisor gives the
 * call to operator2 from the board, trains them again, and makes a new group
 * with client A in it.
 */
describe('skills', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([
      RunningDengon.start({ ACD_OFFER_SECONDS: '120' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  const newPage = () => personPage(browser);

  it('edits groups and skills, and the board says why a waiting call rings for nobody', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);
    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/skills`);
    await signIn(supervisor, 'supervisor@dengon.example');
    await supervisor.getByRole('heading', { name: 'スキル設定', level: 1 }).waitFor();
    const takers = supervisor.getByRole('table', { name: 'オペレーターの担当' });
    const row2 = takers.getByRole('row').filter({ hasText: OPERATOR2 });
    await row2.getByText('一般受付').waitFor();

    // operator2 is taken off every group.
    await row2.getByRole('button', { name: '編集' }).click();
    const dialog = supervisor.getByRole('dialog', { name: `${OPERATOR2}さんの担当` });
    await dialog.getByRole('checkbox', { name: '一般受付' }).uncheck();
    await dialog.getByRole('button', { name: '保存' }).click();
    await row2.getByText('担当なし（着信がつながりません）').waitFor();

    // operator2 is available; client A's call waits, and the board says why.
    const operator2 = await newPage();
    await operator2.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(operator2, 'operator2@dengon.example');
    await operator2.getByTestId('my-state').getByText('オフライン').waitFor();
    await operator2.keyboard.press('Alt+1');
    await operator2.getByTestId('my-state').getByText('受付可').waitFor();
    dengon.ring(CLIENT_A_NUMBER, '090-1234-5678');

    const board = await newPage();
    await board.goto(`${dengon.baseUrl}/console/board`);
    await signIn(board, 'supervisor@dengon.example');
    const waiting = board
      .getByRole('table', { name: /待ち呼/ })
      .getByRole('row')
      .filter({
        hasText: CLIENT_A,
      });
    await waiting
      .getByText('担当スキルのある受付可オペレーターがいません')
      .waitFor({ timeout: 15_000 });
    await shot(board, 'skills-1-board-why');

    // The supervisor gives the call to operator2 from the board, trained or not.
    await waiting.getByRole('button', { name: '割り当て' }).click();
    const assign = board.getByRole('dialog', { name: `${CLIENT_A}の着信を割り当て` });
    await assign.getByLabel('割り当て先').click();
    await board.getByRole('option', { name: OPERATOR2 }).click();
    await assign.getByRole('button', { name: '割り当て' }).click();
    await waiting.getByText(`呼出中：${OPERATOR2}`).waitFor({ timeout: 15_000 });
    await operator2.getByTestId('offer').waitFor({ timeout: 15_000 });
    await shot(board, 'skills-2-board-assigned');

    // Trained again for the general group.
    await row2.getByRole('button', { name: '編集' }).click();
    await dialog.getByRole('checkbox', { name: '一般受付' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await row2.getByText('一般受付').waitFor();

    // A new group holds client A.
    await supervisor.getByRole('button', { name: 'グループを追加' }).click();
    const add = supervisor.getByRole('dialog', { name: 'グループを追加' });
    await add.getByLabel('グループ名').fill('夜間専任');
    await add.getByLabel('クライアント').click();
    await supervisor.getByRole('option', { name: CLIENT_A }).click();
    await add.getByLabel('グループ名').click(); // closes the list of clients
    await add.getByRole('button', { name: '保存' }).click();
    const groups = supervisor.getByRole('table', { name: 'クライアントグループ' });
    await groups.getByRole('row').filter({ hasText: '夜間専任' }).getByText(CLIENT_A).waitFor();
    await add.waitFor({ state: 'hidden' });
    await shot(supervisor, 'skills-3-groups');
  }, 120_000);

  it('lets a supervisor take a call to an unassigned number, saying whose call it is', async () => {
    // The supervisor is available on the call screen, and watches the board.
    const desk = await newPage();
    await desk.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(desk, 'supervisor@dengon.example');
    await desk.getByTestId('my-state').waitFor();
    await desk.keyboard.press('Alt+1');
    await desk.getByTestId('my-state').getByText('受付可').waitFor();
    dengon.ring('0120-999-999', '090-5555-6666');

    const board = await newPage();
    await board.goto(`${dengon.baseUrl}/console/board`);
    await signIn(board, 'supervisor@dengon.example');
    const unassigned = board
      .getByRole('table', { name: /待ち呼/ })
      .getByRole('row')
      .filter({ hasText: '未割当' });
    await unassigned.getByRole('button', { name: '割り当て' }).click({ timeout: 15_000 });
    const assign = board.getByRole('dialog', { name: '未割当の着信を割り当て' });
    await assign.getByLabel('クライアント').click();
    await board.getByRole('option', { name: CLIENT_A }).click();
    await assign.getByLabel('割り当て先').click();
    await board.getByRole('option', { name: /（自分）/ }).click();
    await shot(board, 'skills-4-unassigned');
    await assign.getByRole('button', { name: '割り当て' }).click();
    // Now client A's call, ringing for the supervisor's own desk.
    await desk.getByTestId('offer').waitFor({ timeout: 15_000 });
    await desk.getByTestId('offer').getByText(CLIENT_A).first().waitFor();
  }, 90_000);
});
