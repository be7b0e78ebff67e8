import { monthLabel, Role, shiftBillingMonth, tokyoDate } from '@dengon/domain';
import { clientOnPlan } from './fixtures';
import { pdfText } from './pdf-text';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp, until, violationOf } from './test-app';
import { accountStatement, transferNotice } from './zengin-file';

jest.setTimeout(60_000);

const INVOICE = `id number state status month total paidAmount balance version lines totals dueDate clientCompanyId`;
const INVOICES = `query($m: String, $s: InvoiceState) { invoices(month: $m, state: $s) { ${INVOICE} } }`;
const IMPORT = `mutation($input: BankFileInput!) { importBankFile(input: $input) { bankImport { deposits matched } payments { amount payerName clientCompanyId } } }`;

/**
 * A month billed end to end, as the issue's "done when" reads: run → review
 * → issue → the e-mail with the PDF → a Zengin file pays it → the client
 * sees it paid. Next month (Asia/Tokyo) is billed, so every contract made
 * today covers all of it.
 */
describe('monthly billing', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let bo: string;
  let adminA: string;
  let adminB: string;
  let companyA: string;
  const month = shiftBillingMonth(tokyoDate(new Date()).slice(0, 7), 1);
  const imported = async () =>
    (await t.query(`SELECT count(*)::int AS n FROM payments`))[0].n as number;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    bo = (await t.login('bo@dengon.example')).token;
    companyA = (await clientOnPlan(t, bo, '株式会社テスト物産', 'STANDARD')).companyId;
    const companyB = (await clientOnPlan(t, bo, '株式会社ほか商事', 'STANDARD')).companyId;
    for (const [id, kana, email] of [
      [companyA, 'カブシキガイシャテストブッサン', 'billing@test-bussan.example'],
      [companyB, 'カブシキガイシャホカショウジ', 'billing@hoka.example'],
    ] as const)
      await t.gql(
        `mutation($input: UpdateClientCompanyInput!) { updateClientCompany(input: $input) { id } }`,
        { input: { id, version: 1, nameKana: kana, billingEmail: email } },
        { token: bo },
      );
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    adminA = (await t.login('admin@a.example')).token;
    adminB = (await t.login('admin@b.example')).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invoicesOf = async (token: string, state?: string) =>
    (await t.gql(INVOICES, { m: month, s: state }, { token })).data?.['invoices'] as {
      id: string;
      [field: string]: any;
    }[];

  it('runs the month, issues, e-mails the PDF, is paid by a Zengin file, and shows the client it is paid', async () => {
    // Run: a job builds one draft per client, with its progress.
    const started = await t.gql(
      `mutation($m: String!) { startInvoiceRun(month: $m) { id state } }`,
      { m: month },
      { token: bo },
    );
    expect(started.errors).toBeUndefined();
    const run = await until(async () => {
      const r = await t.gql(
        `query($m: String!) { invoiceRun(month: $m) { state total done error } }`,
        { m: month },
        { token: bo },
      );
      return r.data?.['invoiceRun'].state === 'DONE' ? r.data['invoiceRun'] : undefined;
    }, 'the run');
    expect(run).toEqual({ state: 'DONE', total: 2, done: 2, error: null });

    // Review: the drafts, which the client cannot see yet.
    const drafts = await invoicesOf(bo, 'DRAFT');
    expect(drafts).toHaveLength(2);
    const draft = drafts.find((i) => i.clientCompanyId === companyA)!;
    expect(draft.lines).toEqual([
      expect.objectContaining({
        kind: 'PLAN',
        quantity: 1,
        unitPrice: 15_000,
        amount: 15_000,
        taxRate: 10,
      }),
    ]);
    expect(draft.totals).toEqual({
      byRate: [{ taxRate: 10, subtotal: 15_000, tax: 1_500, total: 16_500 }],
      subtotal: 15_000,
      tax: 1_500,
      total: 16_500,
    });
    expect(await invoicesOf(adminA)).toEqual([]);
    expect(await t.query(`SELECT count(*)::int AS n FROM invoices WHERE state = 'DRAFT'`)).toEqual([
      { n: 2 },
    ]);

    // Running the month again bills nobody twice.
    await t.gql(
      `mutation($m: String!) { startInvoiceRun(month: $m) { id } }`,
      { m: month },
      { token: bo },
    );
    await until(async () => {
      const r = await t.gql(
        `query($m: String!) { invoiceRun(month: $m) { state } }`,
        { m: month },
        { token: bo },
      );
      return r.data?.['invoiceRun'].state === 'DONE' ? true : undefined;
    }, 'the second run');
    expect(await invoicesOf(bo)).toHaveLength(2);

    // Issue: a number, the PDF, the e-mail with the PDF attached.
    const issued = await t.gql(
      `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { ${INVOICE} } }`,
      { id: draft.id, v: draft.version },
      { token: bo },
    );
    expect(issued.errors).toBeUndefined();
    const invoice = issued.data?.['issueInvoice'];
    const year = tokyoDate(new Date()).slice(0, 4);
    expect(invoice).toMatchObject({
      number: `DG-${year}-000001`,
      state: 'ISSUED',
      status: 'ISSUED',
      balance: 16_500,
    });
    const mail = await until(
      () => smtp.mails.find((m) => m.subject?.includes(invoice.number)),
      'the invoice mail',
    );
    expect(mail.to).toMatchObject({ text: 'billing@test-bussan.example' });
    expect(mail.text).toContain('ご請求金額（税込）：16,500円');
    expect(mail.attachments).toHaveLength(1);
    const { text } = await pdfText(mail.attachments[0]!.content);
    for (const expected of [
      '請求書',
      '株式会社テスト物産 御中',
      '登録番号：T7123456789012',
      `対象期間：${monthLabel(month)}`,
      '10%対象 小計（税抜）',
      '15,000円',
      '10%対象 消費税',
      '1,500円',
      '16,500円',
    ])
      expect(text).toContain(expected);
    // The PDF downloads as issued, to the client and back office only.
    const download = (token: string) =>
      fetch(`${t.baseUrl}/invoices/${invoice.id}/pdf`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const asClient = await download(adminA);
    expect(asClient.status).toBe(200);
    expect(asClient.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await asClient.arrayBuffer()).equals(mail.attachments[0]!.content)).toBe(
      true,
    );
    expect((await download(adminB)).status).toBe(404);
    expect((await invoicesOf(adminB)).map((i) => i.id)).not.toContain(invoice.id);

    // The bank's file pays it: matched by amount and the payer's kana.
    const file = transferNotice(tokyoDate(new Date()), [
      { reference: 1, amount: 16_500, payerName: 'ｶ)ﾃｽﾄﾌﾞｯｻﾝ' },
      { reference: 2, amount: 3_000, payerName: 'ﾔﾏﾀﾞ ﾀﾛｳ' },
    ]);
    const bankFile = { fileName: 'nyukin-20261201.txt', contentBase64: file.toString('base64') };
    const result = await t.gql(IMPORT, { input: bankFile }, { token: bo });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['importBankFile']).toEqual({
      bankImport: { deposits: 2, matched: 1 },
      payments: [
        { amount: 16_500, payerName: 'ｶ)ﾃｽﾄﾌﾞｯｻﾝ', clientCompanyId: companyA },
        { amount: 3_000, payerName: 'ﾔﾏﾀﾞ ﾀﾛｳ', clientCompanyId: null },
      ],
    });
    const [paid] = await invoicesOf(adminA);
    expect(paid).toMatchObject({ id: invoice.id, status: 'PAID', paidAmount: 16_500, balance: 0 });
    const payments = await t.gql(`{ payments { amount receivedOn } }`, {}, { token: adminA });
    expect(payments.data?.['payments']).toEqual([
      { amount: 16_500, receivedOn: tokyoDate(new Date()) },
    ]);

    // The same file again records nothing twice.
    const again = await t.gql(IMPORT, { input: bankFile }, { token: bo });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(violationOf(again)).toBe('BANK_FILE_IMPORTED');
    expect(again.errors?.[0]?.extensions?.args).toEqual({
      date: tokyoDate(new Date()),
      fileName: expect.any(String),
    });
    expect(await imported()).toBe(2);
  });

  it('refuses a bad Zengin file with the record number, and imports nothing of it', async () => {
    const before = await imported();
    const good = transferNotice(tokyoDate(new Date()), [
      { reference: 7, amount: 1_000, payerName: 'ﾃｽﾄ' },
    ]);
    const shortRecord = Buffer.concat([good.subarray(0, 202 + 150), good.subarray(202 + 200)]);
    const badSum = transferNotice(
      tokyoDate(new Date()),
      [{ reference: 8, amount: 1_000, payerName: 'ﾃｽﾄ' }],
      { total: 999 },
    );
    const unknownType = Buffer.from(good);
    unknownType[202] = 0x37; // データ区分 '7' on the data record
    for (const [file, record] of [
      [shortRecord, 2],
      [badSum, 3],
      [unknownType, 2],
    ] as const) {
      const r = await t.gql(
        IMPORT,
        { input: { fileName: 'bad.txt', contentBase64: file.toString('base64') } },
        { token: bo },
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
        field: 'file',
        message: expect.stringContaining(`record ${record}`),
      });
    }
    expect(await imported()).toBe(before);
    expect(await t.query(`SELECT count(*)::int AS n FROM bank_imports`)).toEqual([{ n: 1 }]);
  });

  it('refuses money beyond the one limit every money input shares, naming the field', async () => {
    const pay = (amount: number) =>
      t.gql(
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { amount } }`,
        {
          input: {
            clientCompanyId: companyA,
            receivedOn: tokyoDate(new Date()),
            amount,
            payerName: 'ﾃｽﾄﾌﾞﾂｻﾝ',
            method: 'BANK_TRANSFER',
          },
        },
        { token: bo },
      );
    for (const [amount, message] of [
      [100_000_001, 'must be at most 100,000,000 yen'],
      [0, 'must be at least 1 yen'],
    ] as const) {
      const refused = await pay(amount);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
        field: 'amount',
        message: expect.stringContaining(message),
      });
    }
  });

  it('corrects an issued invoice by a credit note, never more than the invoice', async () => {
    const [draft] = await invoicesOf(bo, 'DRAFT');
    const issued = (
      await t.gql(
        `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id number } }`,
        { id: draft!.id, v: draft!.version },
        { token: bo },
      )
    ).data?.['issueInvoice'];
    const credit = (amount: number) =>
      t.gql(
        `mutation($input: CreditNoteInput!) { createCreditNote(input: $input) { number kind state total totals } }`,
        {
          input: {
            invoiceId: issued.id,
            amounts: [{ taxRate: 10, amount }],
            reason: '受付件数の誤計上',
          },
        },
        { token: bo },
      );
    const tooMuch = await credit(15_001);
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('amounts');
    const note = await credit(5_000);
    expect(note.errors).toBeUndefined();
    expect(note.data?.['createCreditNote']).toMatchObject({
      kind: 'CREDIT_NOTE',
      state: 'ISSUED',
      total: -5_500,
      totals: { byRate: [{ taxRate: 10, subtotal: -5_000, tax: -500, total: -5_500 }] },
    });
    // What remains of the invoice is 15,000 − 5,000 = 10,000: a second note for more is refused.
    expect(codeOf(await credit(10_001))).toBe('BAD_USER_INPUT');
    const [corrected] = (await invoicesOf(bo)).filter((i) => i.id === issued.id);
    expect(corrected).toMatchObject({
      paidAmount: 5_500,
      balance: 11_000,
      status: 'PARTIALLY_PAID',
    });
  });
});

describe('payments and corrections', () => {
  let t: TestApp;
  let bo: string;
  let client: string;
  const thisMonth = tokyoDate(new Date()).slice(0, 7);
  const [m1, m2] = [shiftBillingMonth(thisMonth, 1), shiftBillingMonth(thisMonth, 2)];

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    bo = (await t.login('bo@dengon.example')).token;
    client = (await clientOnPlan(t, bo, '株式会社みらい設計', 'START')).companyId;
    await t.gql(
      `mutation($input: UpdateClientCompanyInput!) { updateClientCompany(input: $input) { id } }`,
      { input: { id: client, version: 1, nameKana: 'カブシキガイシャミライセッケイ' } },
      { token: bo },
    );
  });
  afterAll(() => t.close());

  const run = async (month: string) => {
    await t.gql(
      `mutation($m: String!) { startInvoiceRun(month: $m) { id } }`,
      { m: month },
      { token: bo },
    );
    await until(async () => {
      const r = await t.gql(
        `query($m: String!) { invoiceRun(month: $m) { state } }`,
        { m: month },
        { token: bo },
      );
      return r.data?.['invoiceRun'].state === 'DONE' ? true : undefined;
    }, `the run of ${month}`);
  };
  const invoices = async (month: string) =>
    (await t.gql(INVOICES, { m: month }, { token: bo })).data?.['invoices'] as ({
      id: string;
      version: number;
    } & Record<string, any>)[];
  const issue = async (invoice: { id: string; version: number }) => {
    const r = await t.gql(
      `mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { ${INVOICE} } }`,
      { id: invoice.id, v: invoice.version },
      { token: bo },
    );
    expect(r.errors).toBeUndefined();
    return r.data?.['issueInvoice'];
  };
  const credit = async () =>
    (
      await t.query(
        `SELECT coalesce(sum(unallocated), 0)::int AS n FROM payments WHERE client_company_id = $1`,
        [client],
      )
    )[0].n;

  it('carries an overpayment to the next invoice, gives it back on a void, and writes off a bank fee', async () => {
    await run(m1);
    const [first] = await invoices(m1);
    const issued = await issue(first!);
    expect(issued.total).toBe(8_250); // スタートプラン 7,500 + 10 % tax

    // Paid 10,000 by hand: the invoice is paid and 1,750 is the client's credit.
    const paid = await t.gql(
      `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { amount unallocated } }`,
      {
        input: {
          clientCompanyId: client,
          receivedOn: tokyoDate(new Date()),
          amount: 10_000,
          payerName: 'ミライセッケイ',
          method: 'BANK_TRANSFER',
        },
      },
      { token: bo },
    );
    expect(paid.data?.['recordPayment']).toEqual({ amount: 10_000, unallocated: 1_750 });
    expect((await invoices(m1))[0]).toMatchObject({ status: 'PAID', balance: 0 });

    // The next month's invoice carries the credit, outside consumption tax.
    await run(m2);
    const [next] = await invoices(m2);
    expect(next!.lines.at(-1)).toMatchObject({
      kind: 'CARRIED_CREDIT',
      amount: -1_750,
      taxRate: 0,
    });
    expect(next!.total).toBe(6_500);
    const second = await issue(next!);
    expect(await credit()).toBe(0);

    // Voided (nothing paid on it): the credit comes back, and a replacement draft carries it again.
    const voided = await t.gql(
      `mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { state status reason replacedById } }`,
      { input: { id: second.id, version: second.version, reason: '宛名の誤り', replace: true } },
      { token: bo },
    );
    expect(voided.data?.['voidInvoice']).toMatchObject({
      state: 'VOID',
      status: 'VOID',
      reason: '宛名の誤り',
    });
    expect(await credit()).toBe(1_750);
    const replacement = (await invoices(m2)).find((i) => i.state === 'DRAFT')!;
    expect(replacement.id).toBe(voided.data?.['voidInvoice'].replacedById);
    const reissued = await issue(replacement);
    expect(reissued).toMatchObject({ total: 6_500, balance: 6_500 });
    // Gapless: the void kept its number, the replacement took the next.
    expect(Number(reissued.number.slice(-6))).toBe(Number(second.number.slice(-6)) + 1);

    // The bank file: 6,500 less a 660-yen fee the payer deducted; written off within the limit.
    const day = tokyoDate(new Date());
    const file = transferNotice(day, [{ reference: 31, amount: 5_840, payerName: 'ｶ)ﾐﾗｲｾﾂｹｲ' }]);
    const imported = await t.gql(
      IMPORT,
      { input: { fileName: 'a.txt', contentBase64: file.toString('base64') } },
      { token: bo },
    );
    expect(imported.data?.['importBankFile'].bankImport).toEqual({ deposits: 1, matched: 1 });
    expect((await invoices(m2)).find((i) => i.id === reissued.id)).toMatchObject({
      status: 'PAID',
      paidAmount: 6_500,
      balance: 0,
    });

    // A later file repeating that deposit records only what is new.
    const later = transferNotice(day, [
      { reference: 31, amount: 5_840, payerName: 'ｶ)ﾐﾗｲｾﾂｹｲ' },
      { reference: 32, amount: 4_000, payerName: 'ﾌﾒｲ ｼｮｳｶｲ' },
    ]);
    const again = await t.gql(
      IMPORT,
      { input: { fileName: 'b.txt', contentBase64: later.toString('base64') } },
      { token: bo },
    );
    expect(again.data?.['importBankFile']).toMatchObject({
      bankImport: { deposits: 1, matched: 0 },
      payments: [{ amount: 4_000, clientCompanyId: null }],
    });
    const waiting = await t.gql(
      `{ payments(unmatchedOnly: true) { amount payerName } }`,
      {},
      { token: bo },
    );
    expect(waiting.data?.['payments']).toEqual([{ amount: 4_000, payerName: 'ﾌﾒｲ ｼｮｳｶｲ' }]);

    // Nothing is owed, so every aging bucket is empty.
    const aging = await t.gql(`{ agingReport { bucket invoices amount } }`, {}, { token: bo });
    expect(aging.data?.['agingReport']).toEqual(
      ['CURRENT', '1-30', '31-60', '61-90', '90+'].map((bucket) => ({
        bucket,
        invoices: 0,
        amount: 0,
      })),
    );
  });

  it('adds a credit with its reason to a draft, kept when the draft is rebuilt', async () => {
    const m3 = shiftBillingMonth(thisMonth, 3);
    await run(m3);
    const [draft] = await invoices(m3);
    const adjust = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: AdjustInvoiceInput!) { adjustInvoiceDraft(input: $input) { ${INVOICE} } }`,
        { input: { id: draft!.id, version: draft!.version, ...input } },
        { token: bo },
      );
    const empty = await adjust({ reason: '', amount: -1_000 });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    const zero = await adjust({ reason: '値引き', amount: 0 });
    expect(codeOf(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('amount');
    // 1,100 tax-included is 1,000 off: 7,500 − 1,000 = 6,500, tax 650 once on the rate's subtotal.
    const adjusted = await adjust({ reason: '開業記念', amount: -1_100, taxIncluded: true });
    expect(adjusted.errors).toBeUndefined();
    const credited = adjusted.data?.['adjustInvoiceDraft'];
    expect(credited.lines.at(-1)).toMatchObject({
      kind: 'CREDIT',
      description: '値引き：開業記念',
      amount: -1_000,
    });
    // The credit carried from the overpayment was used the month before: only the 10 % rate remains.
    expect(credited.totals.byRate).toEqual([
      { taxRate: 10, subtotal: 6_500, tax: 650, total: 7_150 },
    ]);
    const rebuilt = await t.gql(
      `mutation($id: ID!, $v: Int!) { rebuildInvoiceDraft(id: $id, version: $v) { lines total } }`,
      { id: credited.id, v: credited.version },
      { token: bo },
    );
    expect(rebuilt.data?.['rebuildInvoiceDraft'].lines.at(-1)).toMatchObject({
      description: '値引き：開業記念',
    });
    expect(rebuilt.data?.['rebuildInvoiceDraft'].total).toBe(credited.total);
  });

  it('pays an invoice from an account statement (種別 03), skipping withdrawals', async () => {
    const m3 = shiftBillingMonth(thisMonth, 3);
    const [draft] = await invoices(m3);
    const issued = await issue(draft!);
    const file = accountStatement(tokyoDate(new Date()), [
      { reference: 41, amount: 3_300, payerName: '', withdrawal: true },
      { reference: 42, amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ' },
    ]);
    const r = await t.gql(
      IMPORT,
      { input: { fileName: 'meisai.txt', contentBase64: file.toString('base64') } },
      { token: bo },
    );
    expect(r.data?.['importBankFile']).toEqual({
      bankImport: { deposits: 1, matched: 1 },
      payments: [{ amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ', clientCompanyId: client }],
    });
    expect((await invoices(m3))[0]).toMatchObject({ status: 'PAID', balance: 0 });
  });

  it('matches one of two equal deposits in a file to an invoice, and leaves the other waiting', async () => {
    const m5 = shiftBillingMonth(thisMonth, 5);
    await run(m5);
    const [draft] = await invoices(m5);
    const issued = await issue(draft!);
    const twice = transferNotice(tokyoDate(new Date()), [
      { reference: 51, amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ' },
      { reference: 52, amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ' },
    ]);
    const r = await t.gql(
      IMPORT,
      { input: { fileName: 'nyukin-twice.txt', contentBase64: twice.toString('base64') } },
      { token: bo },
    );
    expect(r.data?.['importBankFile']).toEqual({
      bankImport: { deposits: 2, matched: 1 },
      payments: [
        { amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ', clientCompanyId: client },
        { amount: issued.total, payerName: 'ﾐﾗｲｾﾂｹｲ(ｶ', clientCompanyId: null },
      ],
    });
    expect((await invoices(m5))[0]).toMatchObject({ status: 'PAID', balance: 0 });
  });

  it('issues every draft of a month as a job, in the name of the one who asked', async () => {
    const m4 = shiftBillingMonth(thisMonth, 4);
    await run(m4);
    const [draft] = await invoices(m4);
    const asked = await t.gql(
      `mutation($m: String!) { issueAllInvoices(month: $m) }`,
      { m: m4 },
      { token: bo },
    );
    expect(asked.data?.['issueAllInvoices']).toBe(1);
    await until(
      async () => ((await invoices(m4))[0]?.['state'] === 'ISSUED' ? true : undefined),
      'the issue job',
    );
    const [who] = await t.query(
      `SELECT u.email, a.actor_role, a.system_entry FROM audit_log a JOIN users u ON u.id = a.actor_user_id
        WHERE a.action = 'invoice.issued' AND a.entity_id = $1`,
      [draft!.id],
    );
    expect(who).toEqual({
      email: 'bo@dengon.example',
      actor_role: Role.BackOffice,
      system_entry: 'job billing.issue',
    });
  });

  it('refuses an issued invoice any change in the database itself', async () => {
    const [issued] = await t.query(`SELECT id FROM invoices WHERE state = 'ISSUED' LIMIT 1`);
    await expect(
      t.query(`UPDATE invoices SET total = 1 WHERE id = $1`, [issued.id]),
    ).rejects.toThrow(/is issued and cannot change/);
    await expect(t.query(`DELETE FROM invoices WHERE id = $1`, [issued.id])).rejects.toThrow(
      /never deleted/,
    );
    await expect(t.query(`DELETE FROM payments`)).rejects.toThrow(/never deleted/);
  });
});
