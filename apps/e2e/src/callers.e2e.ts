import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn, takeIntake } from './harness';

const CLIENT_A = '株式会社サンプル商事';

/**
 * Issue 16 item 6 as its users walk it: an operator reports a caller as a
 * nuisance from the record; the supervisor sees the report on the board,
 * confirms it on the client's callers tab, and marks a VIP prefix there.
 */
describe('VIP and nuisance callers', () => {
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

  it('an operator reports a nuisance caller; the supervisor confirms it and marks a VIP prefix', async () => {
    const { recordNumber } = await takeIntake(
      dengon.baseUrl,
      CLIENT_A,
      { caller_name: '不明', callback_number: '090-6666-7777', message: '無言のまま切れた' },
      '090-6666-7777',
    );
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/history`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByRole('link', { name: `受付番号 ${recordNumber} の詳細` }).click();
    const drawer = operator.getByRole('dialog');
    await drawer.getByRole('button', { name: '迷惑電話として報告' }).click();
    const report = operator.getByRole('dialog', { name: 'この発信者を迷惑電話として報告' });
    await report.getByLabel('状況（スーパーバイザー向け）').fill('無言電話が今週3回目');
    await report.getByRole('button', { name: '報告する' }).click();
    await drawer.getByText('迷惑電話として報告しました').waitFor();

    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/board`);
    await signIn(supervisor, 'supervisor@dengon.example');
    const reports = supervisor.getByRole('alert').filter({ hasText: '迷惑電話の報告（確認待ち）' });
    await reports.getByText('090-6666-7777 — 無言電話が今週3回目').waitFor();
    await shot(supervisor, 'callers-1-board-report');
    await reports.getByRole('link', { name: CLIENT_A }).click();
    const marks = supervisor.getByRole('table', { name: 'VIP・迷惑電話' });
    const row = marks.getByRole('row').filter({ hasText: '090-6666-7777' });
    await row.getByText('確認待ち').waitFor();
    await row.getByRole('button', { name: '確認して有効にする' }).click();
    await row.getByText('有効').waitFor();

    const form = supervisor.getByRole('form', { name: '番号を登録' });
    await form.getByLabel('電話番号').fill('050-1234');
    await form.getByLabel('前方一致（この番号で始まる番号すべて）').check();
    await form.getByLabel('種類').selectOption({ label: 'VIP' });
    await form.getByLabel('メモ').fill('本社からの着信');
    await form.getByRole('button', { name: '登録する' }).click();
    await marks.getByRole('row').filter({ hasText: '0501234…' }).getByText('VIP').waitFor();
    await shot(supervisor, 'callers-2-client-tab');
  });
});
