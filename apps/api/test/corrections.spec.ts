import { Role } from '@dengon/domain';
import { CALLER_FIELDS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp, until } from './test-app';

const CREATE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id version recordNumber } }`;
const CORRECT = `mutation($input: CorrectIntakeInput!) {
  correctIntake(input: $input) { version fields memo callingNational correctedAfterReport } }`;
const RECORD = `query($id: ID!) { intakeRecord(id: $id) {
  fields correctedAfterReport corrections { reason afterReport correctedBy changes { key label before after } } } }`;

/** 訂正 (issue 16 item 1): a saved record corrected, its history kept, the client told. */
describe('correcting an intake record', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let adminA: string;
  let adminB: string;
  let companyA: string;
  const caller = { caller_name: '山田', callback_number: '090-1111-2222', message: '水漏れ' };
  const take = async () =>
    (
      await t.gql(
        CREATE,
        { input: { clientCompanyId: companyA, channel: 'PHONE', fields: caller } },
        { token: op },
      )
    ).data?.['createIntake'] as { id: string; version: number; recordNumber: string };
  const correct = (input: Record<string, unknown>, token = op) =>
    t.gql(CORRECT, { input }, { token });

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    companyA = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
    const companyB = (await clientOnPlan(t, bo, 'B社', 'STANDARD')).companyId;
    await publishScript(t, sv, companyA, { fields: CALLER_FIELDS });
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    adminA = (await t.login('admin@a.example')).token;
    adminB = (await t.login('admin@b.example')).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('corrects a record the client was already told of: history kept, marked, and the client told again', async () => {
    const record = await take();
    // The report of the intake reaches the client first.
    await until(
      () => smtp.mails.find((m) => m.subject?.includes(record.recordNumber)),
      'the report',
    );
    const result = await correct({
      id: record.id,
      version: record.version,
      fields: { ...caller, callback_number: '090-3333-4444' },
      memo: '折り返しは夕方以降',
      reason: '電話番号の聞き間違い',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['correctIntake']).toMatchObject({
      fields: { callback_number: '+819033334444' },
      memo: '折り返しは夕方以降',
      correctedAfterReport: true,
    });

    const notice = await until(
      () =>
        smtp.mails.find(
          (m) => m.subject === `【訂正】受付番号${record.recordNumber}の内容を訂正しました`,
        ),
      'the correction notice',
    );
    expect(notice.text).toContain('■ 折り返し先\n　訂正前：090-1111-2222\n　訂正後：090-3333-4444');
    expect(notice.text).toContain('訂正の理由：電話番号の聞き間違い');

    // The client sees the corrected record and what changed; another client sees nothing.
    const seen = await t.gql(RECORD, { id: record.id }, { token: adminA });
    expect(seen.data?.['intakeRecord']).toMatchObject({
      fields: { callback_number: '+819033334444' },
      correctedAfterReport: true,
      corrections: [
        {
          reason: '電話番号の聞き間違い',
          afterReport: true,
          changes: [
            {
              key: 'callback_number',
              label: '折り返し先',
              before: '+819011112222',
              after: '+819033334444',
            },
            { key: 'memo', label: 'メモ', before: '', after: '折り返しは夕方以降' },
          ],
        },
      ],
    });
    expect(
      (await t.gql(RECORD, { id: record.id }, { token: adminB })).data?.['intakeRecord'],
    ).toBeNull();
    const [audit] = await t.query(
      `SELECT before, after FROM audit_log WHERE action = 'intake.corrected' AND entity_id = $1`,
      [record.id],
    );
    expect(audit).toEqual({
      before: { callback_number: '+819011112222', memo: '' },
      after: {
        callback_number: '+819033334444',
        memo: '折り返しは夕方以降',
        recordNumber: record.recordNumber,
        reason: '電話番号の聞き間違い',
      },
    });
    // The history search reads the corrected words.
    const found = await t.gql(
      `query { intakeRecords(text: "夕方以降") { items { id } } }`,
      {},
      { token: op },
    );
    expect(found.data?.['intakeRecords'].items).toEqual([{ id: record.id }]);
  });

  it('refuses a stale version, a bad value naming its field, and a correction that changes nothing', async () => {
    const record = await take();
    const stale = await correct({
      id: record.id,
      version: record.version + 1,
      fields: caller,
      memo: '変更',
      reason: '追記',
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const bad = await correct({
      id: record.id,
      version: record.version,
      fields: { ...caller, callback_number: '12345' },
      callingNumber: 'abc',
      reason: '番号の訂正',
    });
    expect(fieldsOf(bad).map((f) => f.field)).toEqual(['fields.callback_number', 'callingNumber']);
    const nothing = await correct({
      id: record.id,
      version: record.version,
      fields: caller,
      reason: '念のため',
    });
    expect(fieldsOf(nothing)).toEqual([
      { field: 'fields', message: 'change nothing in the record' },
    ]);
    const noReason = await correct({
      id: record.id,
      version: record.version,
      fields: caller,
      reason: '',
    });
    expect(fieldsOf(noReason).map((f) => f.field)).toEqual(['reason']);
    // Nothing was kept of the refused ones.
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM intake_corrections WHERE intake_id = $1`,
      [record.id],
    );
    expect(n).toBe(0);
  });

  it('is for staff who take intakes: a client admin cannot correct', async () => {
    const record = await take();
    const refused = await correct(
      { id: record.id, version: record.version, fields: caller, memo: 'x', reason: 'y' },
      adminA,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });
});
