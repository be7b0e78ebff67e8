import { Role } from '@dengon/domain';
import twilio from 'twilio';
import {
  activeNumber,
  ALWAYS,
  CALLER_FIELDS,
  clientOnPlan,
  fieldsOf,
  publishScript,
  trainOperators,
} from './fixtures';
import { codeOf, TestApp } from './test-app';

const TOKEN = 'marks-test-twilio-auth-token-0123';
const sid = (n: number) => `CA${n.toString(16).padStart(32, 'b')}`;
const ADD = `mutation($input: AddCallerMarkInput!) { addCallerMark(input: $input) { id label kind status version } }`;
const REPORT = `mutation($input: ReportNuisanceCallerInput!) { reportNuisanceCaller(input: $input) { id label kind status version } }`;
const CONFIRM = `mutation($input: CallerMarkVersionInput!) { confirmCallerMark(input: $input) { status } }`;
const REMOVE = `mutation($input: CallerMarkVersionInput!) { removeCallerMark(input: $input) { id } }`;
const BOARD = `query { callCenterBoard { queue { call { callingE164 callerMark } } } }`;
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;
const OFFER = `query { myOffer { callingNational } }`;

describe('priority and nuisance callers', () => {
  let t: TestApp;
  let sv: string;
  let op: string;
  let client: string;
  let other: string;

  beforeAll(async () => {
    t = await TestApp.start({ TWILIO_AUTH_TOKEN: TOKEN, ACD_OFFER_SECONDS: '15' });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const opId = (await t.createUser('op@dengon.example', Role.Operator)).id;
    const bo = (await t.login('bo@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    client = (await clientOnPlan(t, bo, '株式会社マーク', 'STANDARD', ALWAYS)).companyId;
    other = (await clientOnPlan(t, bo, '別の会社', 'STANDARD', ALWAYS)).companyId;
    await publishScript(t, sv, client, { fields: CALLER_FIELDS });
    await activeNumber(t, bo, client, '0120-800-777');
    await trainOperators(t, sv, 'マーク担当', [client], [opId]);
  });
  afterAll(() => t.close());

  const ring = (n: number, from: string) => {
    const url = `${t.baseUrl}/telephony/twilio/voice`;
    const params = { CallSid: sid(n), From: from, To: '+81120800777', CallStatus: 'ringing' };
    return fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  };
  const add = (input: Record<string, unknown>, token = sv) =>
    t.gql(ADD, { input: { clientCompanyId: client, ...input } }, { token });

  it('offers a VIP caller before callers who waited longer, by number or prefix', async () => {
    const vip = await add({ number: '050-1234', isPrefix: true, kind: 'VIP', note: '本社の方々' });
    expect(vip.data?.['addCallerMark']).toMatchObject({
      label: '0501234…',
      kind: 'VIP',
      status: 'ACTIVE',
    });
    // Nobody is free: three callers wait, the VIP last.
    await ring(1, '+819011110001');
    await ring(2, '+819011110002');
    await ring(3, '+815012345678');
    const board = await t.gql(BOARD, {}, { token: sv });
    expect(board.data?.['callCenterBoard'].queue.map((q: { call: unknown }) => q.call)).toEqual([
      { callingE164: '+815012345678', callerMark: 'VIP' },
      { callingE164: '+819011110001', callerMark: null },
      { callingE164: '+819011110002', callerMark: null },
    ]);
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: op });
    expect((await t.gql(OFFER, {}, { token: op })).data?.['myOffer']).toEqual({
      callingNational: '050-1234-5678',
    });
    // The rest hang up, so the next test starts with an empty queue.
    await t.query(`UPDATE call_sessions SET state = 'COMPLETED' WHERE state = 'QUEUED'`);
    await t.query(`UPDATE call_offers SET state = 'EXPIRED' WHERE state = 'OFFERED'`);
  });

  it('answers a nuisance caller with a short message, reaching nobody, kept as a record not billed', async () => {
    await add({ number: '090-9999-0000', kind: 'NUISANCE', note: '無言電話が続く' });
    const answer = await ring(10, '+819099990000');
    const twiml = await answer.text();
    expect(twiml).toContain('こちらではご用件を承ることができません');
    expect(twiml).toContain('<Hangup/>');
    expect(twiml).not.toContain('<Enqueue');
    // Asked again (a provider retrying), still one record.
    await ring(10, '+819099990000');
    const [session] = await t.query(
      `SELECT s.state, s.caller_mark, r.status, r.billable, r.channel, r.memo
         FROM call_sessions s JOIN intake_records r ON r.id = s.intake_id
        WHERE s.provider_call_id = $1`,
      [sid(10)],
    );
    expect(session).toEqual({
      state: 'BLOCKED',
      caller_mark: 'NUISANCE',
      status: 'WRONG_OR_PRANK',
      billable: false,
      channel: 'PHONE',
      memo: '迷惑電話として登録された番号からの着信です。自動応答で終了しました。',
    });
    const [{ count }] = await t.query(
      `SELECT count(*)::int AS count FROM intake_records WHERE calling_e164 = '+819099990000'`,
    );
    expect(count).toBe(1);
    expect(
      await t.query(
        `SELECT 1 FROM intake_reports_due d JOIN call_sessions s ON s.intake_id = d.intake_id
                      WHERE s.provider_call_id = $1`,
        [sid(10)],
      ),
    ).toEqual([]);
  });

  it("takes an operator's report as a proposal, applied once a supervisor confirms", async () => {
    // The record of a call from a number nobody has marked.
    const [call] = await t.query(`SELECT id FROM call_sessions WHERE provider_call_id = $1`, [
      sid(1),
    ]);
    const created = await t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: client,
          channel: 'PHONE',
          callSessionId: call.id,
          fields: { caller_name: '不明', callback_number: '090-1111-0001', message: '罵声のみ' },
        },
      },
      { token: op },
    );
    const intakeId = created.data?.['createIntake'].id;
    expect(intakeId).toBeDefined();
    const reported = await t.gql(
      REPORT,
      { input: { intakeId, note: '怒鳴り続ける' } },
      { token: op },
    );
    const mark = reported.data?.['reportNuisanceCaller'];
    expect(mark).toMatchObject({ kind: 'NUISANCE', status: 'PROPOSED' });
    // Not in force yet: the operator cannot confirm it, the caller is still put through.
    const input = { id: mark.id, version: mark.version };
    expect(codeOf(await t.gql(CONFIRM, { input }, { token: op }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          ADD,
          { input: { clientCompanyId: client, number: '03-1111-2222', kind: 'VIP' } },
          { token: op },
        ),
      ),
    ).toBe('FORBIDDEN');
    const proposed = await t.gql(`query { proposedCallerMarks { id } }`, {}, { token: sv });
    expect(proposed.data?.['proposedCallerMarks']).toEqual([{ id: mark.id }]);
    expect((await t.gql(CONFIRM, { input }, { token: sv })).data?.['confirmCallerMark']).toEqual({
      status: 'ACTIVE',
    });
    expect(codeOf(await t.gql(CONFIRM, { input }, { token: sv }))).toBe('CONFLICT');
    const audit = await t.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
      [mark.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'caller_mark.reported',
      'caller_mark.confirmed',
    ]);
    // Removed, the number is put through again.
    expect(codeOf(await t.gql(REMOVE, { input: { id: mark.id, version: 1 } }, { token: sv }))).toBe(
      'CONFLICT',
    );
    expect(
      (await t.gql(REMOVE, { input: { id: mark.id, version: 2 } }, { token: sv })).errors,
    ).toBeUndefined();
  });

  it('refuses a bad number, a second mark of the same number, and marks of another client stay theirs', async () => {
    expect(fieldsOf(await add({ number: '12345', kind: 'VIP' }))).toEqual([
      { field: 'number', message: '"12345" is not a valid Japanese phone number' },
    ]);
    expect(fieldsOf(await add({ number: '5', isPrefix: true, kind: 'VIP' }))).toEqual([
      {
        field: 'number',
        message:
          '"5" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',
      },
    ]);
    expect(fieldsOf(await add({ number: '０９０ー９９９９ー００００', kind: 'VIP' }))).toEqual([
      { field: 'number', message: 'is marked already' },
    ]);
    // The other client's callers are not this client's: the same number rings through there.
    const mine = await t.gql(
      `query($id: ID) { callerMarks(clientCompanyId: $id) { label } }`,
      { id: other },
      { token: sv },
    );
    expect(mine.data?.['callerMarks']).toEqual([]);
  });
});
