import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, RunningDengon, SCREENSHOTS, signIn } from './harness';

describe('signing in to both apps', () => {
  let dengon: RunningDengon;
  let browser: Browser;

  beforeAll(async () => {
    [dengon, browser] = await Promise.all([RunningDengon.start(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
  });

  it('starts with the demo on a fresh folder and prints no warning of its own', () => {
    const started = dengon.output();
    expect(started).toContain('Dengon is running');
    // e.g. pg's "already executing a query" deprecation, once printed at the demo's first start
    expect(started.split('\n').filter((line) => /warn/i.test(line))).toEqual([]);
  });

  it('signs an operator in to the console; the session survives a reload; sign-out ends it', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto(`${dengon.baseUrl}/console/`);
    await signIn(page, 'operator1@dengon.example');
    await expect(page.getByTestId('user-name').textContent()).resolves.toContain('受付 一郎');
    await expect(page.getByTestId('user-role').textContent()).resolves.toContain('オペレーター');
    // Each screen names the browser tab and has one h1, its title (issue 13 item 6).
    await page.getByRole('heading', { level: 1, name: '通話' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.title()).resolves.toBe('通話 – Dengon');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByText('受付履歴').click();
    await page.getByRole('heading', { level: 1, name: '受付履歴' }).waitFor();
    await expect(page.title()).resolves.toBe('受付履歴 – Dengon');
    await page.screenshot({ path: join(SCREENSHOTS, 'console-home.png') });

    await page.reload();
    await expect(page.getByTestId('user-name').textContent()).resolves.toContain('受付 一郎');

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await page.close();
  });

  it('signs a client admin in to the portal', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto(`${dengon.baseUrl}/portal/`);
    await signIn(page, 'admin@client-a.example');
    await expect(page.getByTestId('user-name').textContent()).resolves.toContain('佐藤 美咲');
    await expect(page.getByTestId('user-role').textContent()).resolves.toContain('管理者');
    await page.getByRole('heading', { level: 1, name: '受付履歴' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.title()).resolves.toBe('受付履歴 – Dengon');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-home.png') });
    await page.close();
  });

  it('tells a wrong password and a wrong app apart, in Japanese', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto(`${dengon.baseUrl}/console/`);
    await signIn(page, 'operator1@dengon.example', 'wrong-password');
    await page.getByText('メールアドレスまたはパスワードが正しくありません').waitFor();

    await page.goto(`${dengon.baseUrl}/console/`);
    await signIn(page, 'admin@client-b.example');
    await page.getByText('このアカウントではこのアプリを利用できません').waitFor();
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await page.close();
  });
});
