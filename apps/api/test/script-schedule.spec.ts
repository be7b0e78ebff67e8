import { Role } from '@dengon/domain';
import twilio from 'twilio';
import { DialedNumberLookup } from '../src/numbers/dialed-number-lookup.service';
import { activeNumber, ALWAYS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { TestApp } from './test-app';

const TOKEN = 'schedule-test-twilio-auth-token-01';
const UPDATE = `mutation($input: UpdateClientCompanyInput!) {
  updateClientCompany(input: $input) { version nightHours { from until } closedDays { from until reason } } }`;
/** An instant from Tokyo wall-clock time. */
const tokyo = (local: string) => new Date(`${local}+09:00`);

describe('scripts by time and closed days', () => {
  let t: TestApp;
  let bo: string;
  let sv: string;
  let client: string;
  let lookup: DialedNumberLookup;
  let versions: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start({ TWILIO_AUTH_TOKEN: TOKEN });
    lookup = t.app.get(DialedNumberLookup);
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    bo = (await t.login('bo@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    client = (await clientOnPlan(t, bo, '株式会社タイム', 'STANDARD', ALWAYS)).companyId;
    versions = {};
    for (const [variant, greeting] of [
      ['DEFAULT', 'はい、{会社名}でございます。'],
      ['NIGHT', 'はい、{会社名} 夜間受付でございます。'],
      ['HOLIDAY', 'はい、{会社名} 休日受付でございます。'],
    ] as const)
      versions[variant] = await publishScript(t, sv, client, { variant, greeting });
    await activeNumber(t, bo, client, '0120-800-555');
  });
  afterAll(() => t.close());

  const settings = async (input: Record<string, unknown>) => {
    const current = await t.gql(
      `query($id: ID) { clientCompany(clientCompanyId: $id) { version } }`,
      {
        id: client,
      },
      { token: bo },
    );
    return t.gql(
      UPDATE,
      { input: { id: client, version: current.data?.['clientCompany'].version, ...input } },
      { token: bo },
    );
  };

  it('gives each call the script in force, and says why', async () => {
    const saved = await settings({ nightHours: { from: '18:00', until: '09:00' } });
    expect(saved.data?.['updateClientCompany'].nightHours).toEqual({
      from: '18:00',
      until: '09:00',
    });
    const at = async (local: string) => {
      const match = await lookup.lookup('0120-800-555', tokyo(local));
      return [match?.scriptVariant, match?.scriptReason, match?.scriptVersionId];
    };
    // Wednesday 2026-11-25: daytime, night, early morning.
    expect(await at('2026-11-25T12:00:00')).toEqual(['DEFAULT', '通常', versions['DEFAULT']]);
    expect(await at('2026-11-25T19:30:00')).toEqual([
      'NIGHT',
      '夜間（18:00〜翌09:00）',
      versions['NIGHT'],
    ]);
    expect(await at('2026-11-26T08:00:00')).toEqual([
      'NIGHT',
      '夜間（18:00〜翌09:00）',
      versions['NIGHT'],
    ]);
    // 勤労感謝の日 and a Saturday take the holiday script; no 年末年始 script, so New Year's Day too.
    expect(await at('2026-11-23T12:00:00')).toEqual([
      'HOLIDAY',
      '休日（祝日: 勤労感謝の日）',
      versions['HOLIDAY'],
    ]);
    expect(await at('2026-11-28T20:00:00')).toEqual([
      'HOLIDAY',
      '休日（土曜日）',
      versions['HOLIDAY'],
    ]);
    expect(await at('2027-01-01T10:00:00')).toEqual([
      'HOLIDAY',
      '休日（祝日: 元日）',
      versions['HOLIDAY'],
    ]);
    // A variant drafted but never published is not used.
    await t.gql(
      `mutation($input: SaveScriptDraftInput!) { saveScriptDraft(input: $input) { version } }`,
      {
        input: {
          clientCompanyId: client,
          variant: 'YEAR_END',
          version: 0,
          content: {
            greeting: '年末年始受付です',
            fields: [{ key: 'caller_name', label: 'お名前', type: 'TEXT', required: true }],
            specialInstructions: '',
            urgentKeywords: [],
            closingPhrase: '',
          },
        },
      },
      { token: sv },
    );
    expect((await at('2026-12-30T10:00:00'))[0]).toBe('DEFAULT');
  });

  it('sends calls on a closed day to the out-of-hours message', async () => {
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const saved = await settings({
      closedDays: [{ from: today, until: today, reason: '臨時休業（社員研修）' }],
    });
    expect(saved.data?.['updateClientCompany'].closedDays).toEqual([
      { from: today, until: today, reason: '臨時休業（社員研修）' },
    ]);
    const match = await lookup.lookup('0120-800-555');
    expect(match).toMatchObject({ covered: false, closedReason: '臨時休業（社員研修）' });
    const url = `${t.baseUrl}/telephony/twilio/voice`;
    const params = { CallSid: `CA${'c'.repeat(32)}`, From: '+819012345678', To: '+81120800555' };
    const answer = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    const twiml = await answer.text();
    expect(twiml).toContain('ただいま受付時間外です');
    expect(twiml).toContain('<Record');
    await settings({ closedDays: [] });
    expect(await lookup.lookup('0120-800-555')).toMatchObject({
      covered: true,
      closedReason: null,
    });
  });

  it('refuses night hours and closed days that cannot be, naming each field', async () => {
    expect(
      fieldsOf(
        await settings({
          nightHours: { from: '18:00', until: '18:00' },
          closedDays: [{ from: '2026-12-10', until: '2026-12-01', reason: '研修' }],
        }),
      ),
    ).toEqual([
      { field: 'nightHours.until', message: 'must differ from the start' },
      { field: 'closedDays[0].until', message: 'must not be before the start (2026-12-10)' },
    ]);
    const kept = await t.gql(
      `query($id: ID) { clientCompany(clientCompanyId: $id) { nightHours { from until } } }`,
      { id: client },
      { token: bo },
    );
    expect(kept.data?.['clientCompany'].nightHours).toEqual({ from: '18:00', until: '09:00' });
  });
});
