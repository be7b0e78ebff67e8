import { Role } from '@dengon/domain';
import { twilioWebhooks } from '@dengon/test-doubles';
import { Acd } from '../src/acd/acd.service';
import { activeNumber, ALWAYS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { codeOf, TestApp, violationOf } from './test-app';

const TOKEN = 'skills-test-twilio-auth-token-0001';
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;
const SAVE_GROUP = `mutation($name: String!, $ids: [ID!]!) {
  saveClientGroup(name: $name, clientCompanyIds: $ids) { id name clientCompanyIds } }`;
const SET_SKILLS = `mutation($userId: ID!, $groupIds: [ID!]!) {
  setOperatorSkills(userId: $userId, groupIds: $groupIds) { id } }`;
const GROUPS = `{ clientGroups { name clientCompanyIds } }`;
const TAKERS = `{ callTakers { userId name role groupIds } }`;
const QUEUE = `{ callCenterBoard { queue { clientName offeredTo notOffered trainedOnBreak } } }`;
const ASSIGN = `mutation($callSessionId: ID!, $operatorId: ID!, $clientCompanyId: ID) {
  assignCall(callSessionId: $callSessionId, operatorId: $operatorId, clientCompanyId: $clientCompanyId) {
    operatorId state } }`;
const AUDIT = `query($entityId: String) { auditLog(entityId: $entityId) { action actorRole before after } }`;

/** Skills on screen (issue 13, item 2): who takes which clients, and why a waiting call rings for nobody. */
describe('operator skills', () => {
  let t: TestApp;
  let acd: Acd;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let companyA: string;

  beforeAll(async () => {
    t = await TestApp.start({ TWILIO_AUTH_TOKEN: TOKEN, ACD_OFFER_SECONDS: '60' });
    acd = t.app.get(Acd);
    await t.createUser('bo@dengon.example', Role.BackOffice);
    ids['sv'] = (await t.createUser('sv@dengon.example', Role.Supervisor)).id;
    for (const name of ['op1', 'op2'])
      ids[name] = (await t.createUser(`${name}@dengon.example`, Role.Operator)).id;
    for (const name of ['bo', 'sv', 'op1', 'op2'])
      tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    companyA = (await clientOnPlan(t, tokens['bo']!, '株式会社スキル', 'STANDARD', ALWAYS))
      .companyId;
    await publishScript(t, tokens['sv']!, companyA, {});
    await activeNumber(t, tokens['bo']!, companyA, '0120-800-066');
  });
  afterAll(() => t.close());

  const gql = (query: string, variables: Record<string, unknown>, as = 'sv') =>
    t.gql(query, variables, { token: tokens[as] });
  const queue = async () => (await gql(QUEUE, {})).data?.['callCenterBoard'].queue;
  const ring = (n = 1, to = '+81120800066') =>
    twilioWebhooks({ baseUrl: t.baseUrl, publicUrl: t.baseUrl, authToken: TOKEN })(
      '/telephony/twilio/voice',
      { CallSid: `CA${String(n).repeat(32)}`, From: '+819012345678', To: to },
    );

  it('lists each group with its clients and each call taker with their groups', async () => {
    const group = (await gql(SAVE_GROUP, { name: 'スキル担当', ids: [companyA] })).data?.[
      'saveClientGroup'
    ];
    expect(group).toMatchObject({ name: 'スキル担当', clientCompanyIds: [companyA] });
    expect((await gql(SET_SKILLS, { userId: ids['op1'], groupIds: [group.id] })).errors).toBe(
      undefined,
    );
    expect((await gql(GROUPS, {})).data?.['clientGroups']).toEqual([
      { name: 'スキル担当', clientCompanyIds: [companyA] },
    ]);
    expect((await gql(TAKERS, {})).data?.['callTakers']).toEqual([
      { userId: ids['op1'], name: 'op1', role: 'OPERATOR', groupIds: [group.id] },
      { userId: ids['op2'], name: 'op2', role: 'OPERATOR', groupIds: [] },
      { userId: ids['sv'], name: 'sv', role: 'SUPERVISOR', groupIds: [] },
    ]);
    expect(codeOf(await gql(TAKERS, {}, 'op1'))).toBe('FORBIDDEN');
  });

  it('says why a waiting call rings for nobody: nobody available, or nobody trained for its client', async () => {
    await ring();
    expect(await queue()).toEqual([
      {
        clientName: '株式会社スキル',
        offeredTo: null,
        notOffered: 'NOBODY_AVAILABLE',
        trainedOnBreak: 0,
      },
    ]);

    // op2 is free but not trained for the client; op1, who is, is on break.
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op2'] });
    await t.gql(STATE, { state: 'BREAK' }, { token: tokens['op1'] });
    await acd.sweep();
    expect(await queue()).toEqual([
      {
        clientName: '株式会社スキル',
        offeredTo: null,
        notOffered: 'NO_TRAINED_OPERATOR',
        trainedOnBreak: 1,
      },
    ]);

    // Trained from the screen, op2 is offered the call at the next sweep.
    const groups = (await gql(`{ clientGroups { id } }`, {})).data!['clientGroups'];
    await gql(SET_SKILLS, { userId: ids['op2'], groupIds: [groups[0].id] });
    await acd.sweep();
    expect(await queue()).toEqual([
      { clientName: '株式会社スキル', offeredTo: 'op2', notOffered: null, trainedOnBreak: 1 },
    ]);
  });

  it('lets a supervisor give a waiting call to a named available operator, trained or not, audited, and open its record', async () => {
    // op1 is trained for nothing now and free; a second call waits.
    await gql(SET_SKILLS, { userId: ids['op1'], groupIds: [] });
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    await ring(2);
    const waiting = await t.query<{ id: string }>(
      `SELECT s.id FROM call_sessions s WHERE s.state = 'QUEUED'
          AND NOT EXISTS (SELECT 1 FROM call_offers o WHERE o.call_session_id = s.id AND o.state = 'OFFERED')`,
    );
    expect(waiting).toHaveLength(1);
    const callSessionId = waiting[0]!.id;

    expect(codeOf(await gql(ASSIGN, { callSessionId, operatorId: ids['op1'] }, 'op2'))).toBe(
      'FORBIDDEN',
    );
    // op2 has the first call ringing.
    const notFree = await gql(ASSIGN, { callSessionId, operatorId: ids['op2'] });
    expect(violationOf(notFree)).toBe('OPERATOR_NOT_FREE');

    const assigned = await gql(ASSIGN, { callSessionId, operatorId: ids['op1'] });
    expect(assigned.data?.['assignCall']).toEqual({ operatorId: ids['op1'], state: 'OFFERED' });
    expect(await queue()).toContainEqual({
      clientName: '株式会社スキル',
      offeredTo: 'op1',
      notOffered: null,
      trainedOnBreak: 0,
    });
    expect((await gql(AUDIT, { entityId: callSessionId }, 'bo')).data?.['auditLog']).toContainEqual(
      {
        action: 'call.assigned',
        actorRole: 'SUPERVISOR',
        before: { offeredTo: null, clientCompanyId: companyA },
        after: { offeredTo: ids['op1'], clientCompanyId: companyA },
      },
    );

    // Answered, the call is no longer anyone's to give.
    const offer = (await t.gql(`{ myOffer { offer { id } } }`, {}, { token: tokens['op1'] }))
      .data?.['myOffer'];
    await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      {
        id: offer.offer.id,
      },
      { token: tokens['op1'] },
    );
    const answered = await gql(ASSIGN, { callSessionId, operatorId: ids['op2'] });
    expect(violationOf(answered)).toBe('CALL_NOT_WAITING');

    // The board opens the record of the live call once the operator has saved it.
    const onCall = async () =>
      (
        (await gql(`{ callCenterBoard { operators { name state callRecordId } } }`, {})).data?.[
          'callCenterBoard'
        ].operators as { name: string; callRecordId: string | null }[]
      ).find((o) => o.name === 'op1');
    expect(await onCall()).toEqual({ name: 'op1', state: 'ON_CALL', callRecordId: null });
    const saved = await t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: companyA,
          callSessionId,
          channel: 'PHONE',
          fields: { caller_name: '板橋 一郎' },
        },
      },
      { token: tokens['op1'] },
    );
    expect(saved.errors).toBe(undefined);
    expect(await onCall()).toEqual({
      name: 'op1',
      state: 'ON_CALL',
      callRecordId: saved.data?.['createIntake'].id,
    });
  });

  it('lets a supervisor take a call to an unassigned number themselves, naming its client', async () => {
    // op1 is on a call and op2 has one ringing: the supervisor takes it.
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['sv'] });
    await ring(9, '+81120999999');
    const [call] = await t.query<{ id: string }>(
      `SELECT id FROM call_sessions WHERE state = 'UNASSIGNED'`,
    );
    const callSessionId = call!.id;
    const noClient = await gql(ASSIGN, { callSessionId, operatorId: ids['sv'] });
    expect(fieldsOf(noClient)).toEqual([{ field: 'clientCompanyId', message: 'is required' }]);
    const unknown = await gql(ASSIGN, {
      callSessionId,
      operatorId: ids['sv'],
      clientCompanyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldsOf(unknown).map((f) => f.field)).toEqual(['clientCompanyId']);
    // Refused ones changed nothing.
    expect(
      await t.query(`SELECT state, client_company_id FROM call_sessions WHERE id = $1`, [
        callSessionId,
      ]),
    ).toEqual([{ state: 'UNASSIGNED', client_company_id: null }]);

    const given = await gql(ASSIGN, {
      callSessionId,
      operatorId: ids['sv'],
      clientCompanyId: companyA,
    });
    expect(given.data?.['assignCall']).toEqual({ operatorId: ids['sv'], state: 'OFFERED' });
    expect(
      await t.query(`SELECT state, client_company_id FROM call_sessions WHERE id = $1`, [
        callSessionId,
      ]),
    ).toEqual([{ state: 'QUEUED', client_company_id: companyA }]);
    expect((await gql(AUDIT, { entityId: callSessionId }, 'bo')).data?.['auditLog']).toEqual([
      {
        action: 'call.assigned',
        actorRole: 'SUPERVISOR',
        before: { offeredTo: null, clientCompanyId: null },
        after: { offeredTo: ids['sv'], clientCompanyId: companyA },
      },
    ]);
  });
});
