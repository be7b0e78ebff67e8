import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, RunningDengon, shot, signIn, takeIntake } from './harness';

const CLIENT_A = '株式会社サンプル商事';
const PHONE = { width: 390, height: 844 };

/** Nothing on the page is wider than the phone: no sideways scrolling. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** A finger's width: 44 px tall at least. */
async function tall(target: Locator): Promise<number> {
  return (await target.boundingBox())?.height ?? 0;
}

/** Issue 13 item 5: the client portal on a phone, 390 × 844. */
describe('the client portal on a phone', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([RunningDengon.start(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  it('shows history, a record, invoices and the contract without sideways scrolling', async () => {
    const { recordNumber } = await takeIntake(dengon.baseUrl, CLIENT_A, {
      caller_name: '山田 太郎',
      caller_name_kana: 'やまだ たろう',
      callback_number: '090-1234-5678',
      message: '来週の打ち合わせの時間を変更したいので、折り返しお電話をお願いします。',
    });

    const page = await browser.newPage({
      locale: 'ja-JP',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${dengon.baseUrl}/portal/`);
    await signIn(page, 'admin@client-a.example');

    // The history as cards: the whole card opens the record.
    const cards = page.getByRole('list', { name: '受付履歴' });
    const card = cards.getByRole('link', { name: `受付番号 ${recordNumber} の詳細` });
    await card.waitFor();
    await card.getByText('受付済み').waitFor();
    await card.getByText('ヤマダ\u3000タロウ').waitFor();
    expect(await tall(card)).toBeGreaterThanOrEqual(44);
    expect(await fitsWidth(page)).toBe(true);
    // The header keeps who is signed in and sign-out whole; the app's name gives way.
    const header = page.locator('header');
    expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
    for (const whole of [
      page.getByTestId('user-name'),
      header.getByRole('button', { name: 'ログアウト' }),
    ])
      expect(
        await whole.evaluate((e) => e.scrollWidth <= e.clientWidth && e.clientHeight < 40),
      ).toBe(true);
    await shot(page, 'phone-1-history');

    // A record fills the screen.
    await card.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('来週の打ち合わせの時間を変更したいので', { exact: false }).waitFor();
    expect((await drawer.boundingBox())?.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'phone-2-record');
    await drawer.getByRole('button', { name: '閉じる' }).click();

    // Invoices as cards, their status said in words.
    const menu = page.getByRole('button', { name: 'メニューを開く' });
    expect(await tall(menu)).toBeGreaterThanOrEqual(28);
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    const invoicesLink = nav.getByRole('link', { name: '請求書' });
    expect(await tall(invoicesLink)).toBeGreaterThanOrEqual(44);
    await invoicesLink.click();
    const invoices = page.getByRole('list', { name: '請求書' });
    const first = invoices.getByRole('listitem').first();
    await first.waitFor();
    const badge = first.locator('.mantine-Badge-root').first();
    expect((await badge.innerText()).trim()).toMatch(/\S{2,}/);
    expect(await badge.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    expect(await tall(first.getByRole('button', { name: 'PDF' }))).toBeGreaterThanOrEqual(44);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'phone-3-invoices');

    // The contract, the client's settings as the portal shows them.
    await menu.click();
    await nav.getByRole('link', { name: 'ご契約' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('0120-100-200').first().waitFor();
    expect(await fitsWidth(page)).toBe(true);
    // Every status shows its words whole, never a blank dot.
    const badges = page.locator('main .mantine-Badge-label');
    expect(await badges.count()).toBeGreaterThan(0);
    for (const whole of await badges.evaluateAll((all) =>
      all.map((b) => b.scrollWidth <= b.clientWidth && b.textContent.trim().length > 0),
    ))
      expect(whole).toBe(true);
    await shot(page, 'phone-4-contract');

    // The admin's own settings: report destinations and emergency contacts.
    await menu.click();
    await nav.getByRole('link', { name: '報告先・連絡先' }).click();
    await page.getByRole('heading', { level: 1, name: '報告先・緊急連絡先' }).waitFor();
    await page.getByLabel('報告先メールアドレス').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'phone-5-settings');
  });
});
