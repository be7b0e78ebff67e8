import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT = {
  name: '株式会社テスト物産',
  kana: 'テストブッサン',
  admin: 'admin@test-bussan.example',
  adminPassword: 'portal-start-2024',
};
const TOLL_FREE = '0120-444-555';
const FORWARD_TO = '03-1234-5678';
const FAQ = Array.from({ length: 11 }, (_, i) => ({
  question: `質問${i + 1}: 営業時間${i + 1}について`,
  answer: `回答${i + 1}: 平日9時から18時まで営業しております。`,
}));
const LIMIT_MESSAGE = 'スタンダードプランで有効にできるFAQは10件までです';

/** A tone as a 16-bit mono WAV recorded at 48 kHz, as a greeting made on a PC would be. */
function toneWav(hertz: number, seconds: number, rate = 48_000): Buffer {
  const count = rate * seconds;
  const wav = Buffer.alloc(44 + count * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + count * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(count * 2, 40);
  for (let n = 0; n < count; n++)
    wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * hertz * n) / rate)), 44 + n * 2);
  return wav;
}

/** The business date in Japan, whatever the machine's zone: contracts start on it. */
const tokyoToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

const menu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

/** The table row with this text in it. */
const row = (scope: Page | Locator, text: string) =>
  scope.getByRole('row').filter({ hasText: text });

describe('a client set up by back office, read by the client', () => {
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

  it('back office onboards a Standard client; its admin sees plan, number, script and FAQ', async () => {
    const office = await newPage();
    await office.goto(`${dengon.baseUrl}/console/`);
    await signIn(office, 'backoffice@dengon.example');

    // A new client with the details invoices and reports need.
    await office.getByRole('link', { name: '新規クライアント' }).click();
    await office.getByRole('heading', { name: '新規クライアント' }).waitFor();
    await office.getByLabel('会社名').fill(CLIENT.name);
    await office.getByLabel('フリガナ').fill(CLIENT.kana);
    await office.getByLabel('郵便番号').fill('100-0005');
    await office.getByLabel('住所').fill('東京都千代田区丸の内1-1-1');
    await office.getByLabel('請求書の宛名').fill(`${CLIENT.name} 経理部`);
    await office.getByLabel('請求書送付先メールアドレス').fill('billing@test-bussan.example');
    await office.getByLabel('報告方法').selectOption('EMAIL');
    await office.getByLabel('報告先メールアドレス').fill('report@test-bussan.example');
    await shot(office, 'clients-1-new-client');
    await office.getByRole('button', { name: '登録する' }).click();

    // Its contract: Standard from today (Japan), weekday business hours.
    await office.getByRole('heading', { name: '契約を登録' }).waitFor();
    await office.getByLabel('料金プラン').selectOption('STANDARD');
    expect(await office.getByLabel('契約開始日').inputValue()).toBe(tokyoToday());
    await office.getByRole('button', { name: '平日 9:00〜18:00' }).click();
    await office.getByRole('button', { name: '契約を登録する' }).click();
    const overview = office.getByRole('region', { name: '現在の契約' });
    await overview.getByText('スタンダードプラン').waitFor();
    await overview.getByText('15,000円（税抜）').waitFor();
    await overview.getByText('月〜金 09:00〜18:00、祝日休み').waitFor();
    await shot(office, 'clients-2-contract');

    // A 0120 number forwarding to a fixed line, taken through provisioning to active.
    await office.getByRole('tab', { name: '電話番号' }).click();
    await office.getByLabel('種類').selectOption('TOLL_FREE');
    await office.getByRole('textbox', { name: '電話番号' }).fill(TOLL_FREE);
    await office.getByRole('textbox', { name: '転送先' }).fill(FORWARD_TO);
    await office.getByRole('button', { name: '申請を登録する' }).click();
    const number = row(office, TOLL_FREE);
    await number.getByText('申請中').waitFor();
    await number.getByRole('button', { name: '開通手続へ' }).click();
    const provisioning = office.getByRole('dialog');
    await provisioning.getByLabel('開通予定日').waitFor();
    await provisioning.getByRole('button', { name: '確定する' }).click();
    await number.getByText('開通手続中').waitFor();
    await number.getByRole('button', { name: '利用開始' }).click();
    await office.getByRole('dialog').getByRole('button', { name: '確定する' }).click();
    await number.getByText('利用中').waitFor();
    await office.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await number.textContent()).toContain(FORWARD_TO);
    // Only the steps an active number may take are offered.
    expect(await number.getByRole('button', { name: '移転を開始' }).count()).toBe(1);
    expect(await number.getByRole('button', { name: '利用開始' }).count()).toBe(0);
    await shot(office, 'clients-3-numbers');

    // The script: Standard takes only basic fields, so three of the four stay.
    await office.getByRole('tab', { name: 'マニュアル' }).click();
    await office.getByRole('button', { name: '「会社名」を削除' }).click();
    const greeting = office.getByLabel('応答文言');
    await greeting.fill('{挨拶}、');
    await office.getByRole('button', { name: '{会社名} を挿入' }).click();
    await greeting.press('End');
    await greeting.pressSequentially('でございます。');
    await office
      .getByLabel('特記事項')
      .fill('水漏れのご連絡は担当者の携帯へすぐ転送してください。');
    const keywords = office.getByRole('combobox', { name: '緊急キーワード' });
    await keywords.fill('水漏れ');
    await keywords.press('Enter');
    const preview = office.getByRole('region', { name: 'プレビュー（オペレーター画面）' });
    await preview.getByText(`${CLIENT.name}でございます。`).waitFor();
    // The basic fields that take typed text, フリガナ among them.
    expect(await preview.getByRole('textbox').count()).toBe(4);
    await office.getByRole('button', { name: '公開する' }).click();
    await office.getByText('第1版として公開しました。').waitFor();
    await shot(office, 'clients-4-script');

    // Ten Q&A items fit Standard; the eleventh is refused beside the form.
    await office.getByRole('tab', { name: 'よくある質問' }).click();
    const faqForm = office.getByRole('form', { name: 'Q&Aを追加' });
    const faqTable = office.getByTestId('faq-table');
    for (const item of FAQ.slice(0, 10)) {
      await faqForm.getByLabel('質問').fill(item.question);
      await faqForm.getByLabel('回答').fill(item.answer);
      await faqForm.getByRole('button', { name: '追加する' }).click();
      await row(faqTable, item.question).waitFor();
    }
    await office.getByText('有効なQ&Aは10件まで（現在10件）').waitFor();
    const eleventh = FAQ[10]!;
    await faqForm.getByLabel('質問').fill(eleventh.question);
    await faqForm.getByLabel('回答').fill(eleventh.answer);
    await faqForm.getByRole('button', { name: '追加する' }).click();
    await faqForm.getByText(LIMIT_MESSAGE).waitFor();
    await faqForm.getByText('入力内容を確認してください').waitFor();
    expect(await row(faqTable, eleventh.question).count()).toBe(0);
    await shot(office, 'clients-5-faq-limit');

    // A portal user for the client's administrator.
    await office.getByRole('tab', { name: 'ユーザー' }).click();
    await office.getByLabel('氏名').fill('山田 太郎');
    await office.getByLabel('メールアドレス').fill(CLIENT.admin);
    await office.getByLabel('権限').selectOption('CLIENT_ADMIN');
    // The back office hands over an initial password here, instead of an invitation.
    await office.getByLabel('招待メールを送る').uncheck();
    // A rule the API keeps is said beside its field in Japanese, with its limit.
    await office.getByLabel('初期パスワード').fill('short');
    await office.getByRole('button', { name: '追加する' }).click();
    await office.getByText('10文字以上で入力してください').waitFor();
    await office.getByLabel('初期パスワード').fill(CLIENT.adminPassword);
    await office.getByRole('button', { name: '追加する' }).click();
    await row(office, CLIENT.admin).getByText('管理者').waitFor();

    // The client's own voicemail greeting, heard in the browser before it is set.
    await office.getByRole('tab', { name: '基本情報' }).click();
    await office.getByText('標準の応答メッセージ（受付時間外のご案内）が流れます。').waitFor();
    await office.locator('input[type=file]').setInputFiles({
      name: '応答メッセージ.wav',
      mimeType: 'audio/wav',
      buffer: toneWav(440, 3),
    });
    await office.getByLabel('選んだ録音の試聴').waitFor();
    await office.getByRole('button', { name: 'この録音にする' }).click();
    await office.getByText(/^この会社の録音が流れます（3秒、/).waitFor();
    await shot(office, 'clients-6-voicemail-greeting');

    // The list shows the new client on its plan.
    await menu(office).getByRole('link', { name: 'クライアント' }).click();
    await row(office, CLIENT.name).getByText('スタンダードプラン').waitFor();
    await shot(office, 'clients-7-client-list');
    await office.close();

    // The client's administrator reads what was set up, in the portal.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/`);
    await signIn(portal, CLIENT.admin, CLIENT.adminPassword);
    // The portal opens on the call history; the contract is one link away.
    await portal.getByRole('heading', { name: '受付履歴' }).waitFor();
    await portal
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: 'ご契約' })
      .click();
    await portal.getByRole('heading', { name: 'ご契約内容' }).waitFor();
    await portal.getByRole('table').getByText('スタンダードプラン').waitFor();
    await portal.getByText('15,000円（税抜）').first().waitFor();
    await row(portal, TOLL_FREE).getByText('利用中').waitFor();
    // This month's billable calls against Standard's 50: none yet for a new client.
    const [year, month] = tokyoToday().split('-').map(Number);
    await portal
      .getByRole('region', { name: '今月のご利用状況' })
      .getByText(`${year}年${month}月のご利用: 0件 / 含まれる件数 50件（超過 0件）`, {
        exact: true,
      })
      .waitFor();
    await shot(portal, 'clients-7-portal-contract');

    await menu(portal).getByRole('link', { name: 'マニュアル' }).click();
    const script = portal.getByRole('region', { name: /第1版/ });
    await script.getByText(`${CLIENT.name}でございます。`).waitFor();
    expect(await script.getByRole('textbox').count()).toBe(4);
    // The urgent keyword is marked where the instructions mention it.
    await script.locator('mark', { hasText: '水漏れ' }).waitFor();
    await shot(portal, 'clients-8-portal-script');

    await menu(portal).getByRole('link', { name: 'よくある質問' }).click();
    await portal.getByText('全10件').waitFor();
    expect(await portal.getByRole('article').count()).toBe(10);
    for (const item of FAQ.slice(0, 10)) {
      await portal.getByRole('article', { name: item.question }).waitFor();
    }
    await shot(portal, 'clients-9-portal-faq');
    await portal.close();

    // An operator reads the same client's published script and searches its FAQ, read-only.
    const operator = await newPage();
    await operator.goto(`${dengon.baseUrl}/console/`);
    await signIn(operator, 'operator1@dengon.example');
    // Operators open on the call screen; the clients are one menu item away.
    await operator
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: 'クライアント' })
      .click();
    await row(operator, CLIENT.name).getByRole('link', { name: CLIENT.name }).click();
    const published = operator.getByRole('region', { name: /第1版/ });
    await published.getByText(`${CLIENT.name}でございます。`).waitFor();
    expect(await operator.getByRole('button', { name: '公開する' }).count()).toBe(0);
    expect(await operator.getByRole('tab', { name: '契約' }).count()).toBe(0);
    await operator.getByRole('tab', { name: 'よくある質問' }).click();
    await operator.getByRole('searchbox', { name: '検索' }).fill('質問3');
    await operator.getByText('1件見つかりました').waitFor();
    await operator.getByRole('article', { name: FAQ[2]!.question }).waitFor();
    expect(await operator.getByRole('button', { name: '追加する' }).count()).toBe(0);
    await shot(operator, 'clients-10-operator-faq-search');
    await operator.close();
  }, 180_000);

  it('a client asks for an FAQ change; a supervisor approves it; the client reads the answer', async () => {
    const client = await newPage();
    await client.goto(`${dengon.baseUrl}/portal/faq`);
    await signIn(client, 'admin@client-a.example');
    await client.getByRole('button', { name: '変更を依頼する' }).click();
    const request = client.getByRole('dialog', { name: 'よくある質問の変更を依頼' });
    // A new question is no change to an existing one: a request in words.
    await request.getByLabel('変更する項目').selectOption({ label: 'その他（文章で依頼）' });
    await request.getByLabel('依頼内容').fill('駐車場の有無についてのQ&Aを追加してください。');
    await request.getByRole('button', { name: '依頼を送信' }).click();
    await client.getByText('変更依頼を送信しました').waitFor();

    const supervisor = await newPage();
    await supervisor.goto(`${dengon.baseUrl}/console/change-requests`);
    await signIn(supervisor, 'supervisor@dengon.example');
    const pending = row(supervisor, '駐車場の有無');
    await pending.getByText('株式会社サンプル商事').waitFor();
    await pending.getByRole('button', { name: '承認' }).click();
    const review = supervisor.getByRole('dialog', { name: '変更依頼を承認' });
    await review.getByLabel('コメント').fill('Q&Aに「駐車場はございません」を追加しました。');
    await review.getByRole('button', { name: '承認' }).click();
    await supervisor.getByText('変更依頼はありません').waitFor();
    await supervisor.close();

    await menu(client).getByRole('link', { name: '変更依頼の状況' }).click();
    const answered = row(client, '駐車場の有無');
    await answered.getByText('承認済み').waitFor();
    await answered.getByText('駐車場はございません').waitFor();
    await shot(client, 'clients-11-portal-change-requests');
    await client.close();
  });
});
