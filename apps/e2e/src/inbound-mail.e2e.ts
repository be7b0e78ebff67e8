import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { faxTiff, jisMessage, TestSmtp } from '@dengon/test-doubles';
import { freePort, launchBrowser, RunningDengon, shot, signIn } from './harness';

const CLIENT_D = 'ネクスト通販株式会社';

/**
 * Issue 14 as its users walk it: a customer's ISO-2022-JP e-mail with a PDF
 * reaches client D's intake address over SMTP; the ACD offers it to
 * operator1 at once; the operator takes it, opens the attachment and answers from the
 * client's template; the reply reaches the customer's mail server threaded
 * under the mail; client D's portal shows both. A fax-to-mail for client B
 * shows its TIFF pages as images; a mail to the Start-plan client C is offered to nobody
 * and the back office sees why.
 */
describe('mail and fax that arrive, from SMTP to a reply', () => {
  let dengon: RunningDengon;
  let browser: Browser;
  let sink: TestSmtp;
  let port: number;
  let send: (to: string, raw: Buffer) => Promise<unknown>;

  beforeAll(async () => {
    sink = await TestSmtp.start();
    port = await freePort();
    [dengon, browser] = await Promise.all([
      RunningDengon.start({ INBOUND_SMTP_PORT: String(port), SMTP_URL: sink.url }),
      launchBrowser(),
    ]);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
    send = (to, raw) =>
      transport.sendMail({ envelope: { from: 'yamada@customer.example', to: [to] }, raw });
  });
  afterAll(async () => {
    await browser?.close();
    await dengon?.stop();
    await sink?.close();
  });

  const newPage = () =>
    browser.newPage({ locale: 'ja-JP', viewport: { width: 1440, height: 960 } });

  it('offers the mail, answers it from a template, threaded; the client sees both', async () => {
    const console = await newPage();
    await console.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(console, 'operator1@dengon.example');
    const queue = console.getByRole('region', { name: /メール対応待ち/ });
    await queue.getByText('対応待ちのメール・FAXはありません').waitFor();
    // Available: the ACD offers operator1 mail for the clients they take, one at a time.
    await console.keyboard.press('Alt+1');
    await console.getByTestId('my-state').getByText('受付可').waitFor();
    const offer = queue.getByRole('status').filter({ hasText: 'メールが割り当てられました' });
    // A first mail (to client B): taken and finished, which also shows the screen is live.
    await send(
      'toto-setsubi@in.dengon.example',
      jisMessage('toto-setsubi@in.dengon.example', '<ready@e2e>', '準備', '準備'),
    );
    await offer.getByText('準備').waitFor();
    await offer.getByRole('button', { name: '対応する' }).click();
    await console.getByRole('dialog').getByText('件名: 準備').first().waitFor();
    await console.keyboard.press('Escape');
    const inHand = queue.getByRole('table', { name: '対応中のメール' });
    await inHand
      .getByRole('row')
      .filter({ hasText: '準備' })
      .getByRole('button', { name: '対応完了' })
      .click();
    await inHand.waitFor({ state: 'detached' });

    await send(
      'next-tsuhan@in.dengon.example',
      jisMessage(
        'next-tsuhan@in.dengon.example',
        '<order-77@customer.example>',
        '注文の変更について',
        'お世話になっております。\r\n注文内容を変更したいので、ご連絡ください。\r\n',
      ),
    );
    // Offered at once: the ACD offers it as it is stored, and the console hears of the offer.
    await offer.getByText('注文の変更について').waitFor({ timeout: 1_000 });
    await offer.getByText(CLIENT_D).waitFor();
    await shot(console, 'inbound-mail-1-queue');

    await offer.getByRole('button', { name: '対応する' }).click();
    const drawer = console.getByRole('dialog');
    await drawer.getByText('件名: 注文の変更について').first().waitFor();
    await drawer
      .getByText('注文内容を変更したいので、ご連絡ください。', { exact: false })
      .first()
      .waitFor();
    // The PDF opens in a tab of its own.
    const [tab] = await Promise.all([
      console.waitForEvent('popup'),
      drawer.getByRole('button', { name: /mitsumori\.pdf/ }).click(),
    ]);
    await tab.waitForLoadState();
    await tab.close();

    // The client's instructions are on screen before the mail is answered.
    await drawer.getByText('返品・交換は注文番号を必ず確認する。').waitFor();
    await drawer.getByLabel('返信テンプレート').click();
    await console.getByRole('option', { name: '折り返しのご案内' }).click();
    const body = drawer.getByRole('textbox', { name: '本文', exact: true });
    await console.waitForFunction(
      (el) => (el as HTMLTextAreaElement | null)?.value.includes('受付番号') ?? false,
      await body.elementHandle(),
    );
    expect(await drawer.getByRole('textbox', { name: '件名', exact: true }).inputValue()).toBe(
      'Re: 注文の変更について',
    );
    expect(await body.inputValue()).toMatch(/^山田様\n/);
    await shot(console, 'inbound-mail-2-reply');
    await drawer.getByRole('button', { name: '返信を送信' }).click();
    await drawer.getByText('Re: 注文の変更について').first().waitFor();
    await console.keyboard.press('Escape');
    await inHand
      .getByRole('row')
      .filter({ hasText: '注文の変更について' })
      .getByRole('button', { name: '対応完了' })
      .click();
    await inHand.waitFor({ state: 'detached' });

    const reply = await until(() => sink.mails.find((m) => m.subject === 'Re: 注文の変更について'));
    expect(reply.to).toMatchObject({ text: 'yamada@customer.example' });
    expect(reply.inReplyTo).toBe('<order-77@customer.example>');
    expect(reply.references).toBe('<order-77@customer.example>');
    // Client D asked to acknowledge each mail: that went first, under the same thread.
    const ack = sink.mails.find((m) => m.subject?.includes('お問い合わせを受け付けました'));
    expect(ack?.inReplyTo).toBe('<order-77@customer.example>');

    // Client D's portal shows the record with the mail and the replies.
    const portal = await newPage();
    await portal.goto(`${dengon.baseUrl}/portal/`);
    await signIn(portal, 'admin@client-d.example');
    const history = portal.getByRole('table', { name: '受付履歴' });
    const record = history.getByRole('row').filter({ hasText: 'メール' }).first();
    await record.getByRole('link').first().click();
    const detail = portal.getByRole('dialog');
    await detail.getByText('件名: 注文の変更について').first().waitFor();
    await detail.getByText('Re: 注文の変更について').waitFor();
    await detail.getByText('自動受付返信', { exact: false }).waitFor();
    await shot(portal, 'inbound-mail-3-portal');
  });

  it('shows a fax-to-mail’s pages, and keeps a mail to a Start-plan client from operators', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
    await transport.sendMail({
      from: 'fax@carrier.example',
      to: 'fax-toto@in.dengon.example',
      subject: 'FAX受信 03-5555-0101',
      text: '2ページのFAXを受信しました。',
      attachments: [
        { filename: 'fax-20261207.tif', content: await faxTiff(2), contentType: 'image/tiff' },
      ],
    });
    await transport.sendMail({
      from: 'tenant@example.com',
      to: 'sakura-fudosan@in.dengon.example',
      subject: '内見の予約',
      text: '土曜日に内見できますか。',
    });

    const console = await newPage();
    await console.goto(`${dengon.baseUrl}/console/calls`);
    await signIn(console, 'operator1@dengon.example');
    // operator1 is still available from the first walk, with no mail in hand: the fax is theirs.
    const queue = console.getByRole('region', { name: /メール対応待ち/ });
    const fax = queue.getByRole('status').filter({ hasText: 'FAX受信 03-5555-0101' });
    await fax.getByText('東都設備サービス株式会社').waitFor();
    expect(await queue.getByText('内見の予約').count()).toBe(0);
    await fax.getByRole('button', { name: '対応する' }).click();
    const drawer = console.getByRole('dialog');
    await drawer.getByRole('heading', { name: '受信したFAX' }).waitFor();
    // The TIFF's pages, made PNG on arrival, are read in the drawer itself.
    for (const page of ['1/2', '2/2']) {
      const image = drawer.getByRole('img', { name: `fax-20261207.tif（${page}ページ）` });
      await image.waitFor();
      await console.waitForFunction(
        (img) =>
          (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 1728,
        await image.elementHandle(),
      );
    }
    await shot(console, 'inbound-mail-4-fax');

    const office = await newPage();
    await office.goto(`${dengon.baseUrl}/console/inbound-mail`);
    await signIn(office, 'backoffice@dengon.example');
    const held = office.getByRole('row').filter({ hasText: '内見の予約' });
    await held.getByText('保留').waitFor();
    await held.getByText('メール対応のない契約です').waitFor();
    await held.getByText('さくら不動産株式会社').waitFor();
    await shot(office, 'inbound-mail-5-back-office');

    // Client D's intake address and templates, with a template's preview filled in.
    await office.goto(`${dengon.baseUrl}/console/clients`);
    await office.getByRole('link', { name: CLIENT_D }).first().click();
    await office.getByRole('tab', { name: 'メール対応' }).click();
    await office.getByText('next-tsuhan@in.dengon.example').waitFor();
    const templates = office.getByRole('table', { name: '返信テンプレート' });
    await templates
      .getByRole('row')
      .filter({ hasText: '受付のご連絡（自動）' })
      .getByText('自動受付返信')
      .waitFor();
    await shot(office, 'inbound-mail-6-client-mail-tab');
  });
});

async function until<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}
