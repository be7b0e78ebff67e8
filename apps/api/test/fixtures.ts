import { Role, tokyoDate } from '@dengon/domain';
import type { TestApp } from './test-app';

export const today = () => tokyoDate(new Date());

export const WEEKDAYS_9_TO_18 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  start: '09:00',
  end: '18:00',
}));
export const ALWAYS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  start: '00:00',
  end: '24:00',
}));

/** Coverage that never includes today (Asia/Tokyo): one hour on another weekday. */
export function closedToday() {
  const today = new Date(Date.now() + 9 * 3_600_000).getUTCDay() || 7;
  return [{ weekday: ((today + 2) % 7) + 1, start: '09:00', end: '10:00' }];
}

/** A client company with a contract on the plan, created through the API as back office would. */
export async function clientOnPlan(
  t: TestApp,
  token: string,
  name: string,
  planCode: string,
  coverageWindows = WEEKDAYS_9_TO_18,
): Promise<{ companyId: string; contractId: string }> {
  const company = await t.gql(
    `mutation($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id } }`,
    {
      input: {
        name,
        nameKana: 'テスト',
        reportMethod: 'EMAIL',
        reportEmail: 'report@client.example',
      },
    },
    { token },
  );
  const companyId = company.data?.['createClientCompany']?.id as string;
  if (!companyId) throw new Error(JSON.stringify(company.errors));
  const contract = await t.gql(
    `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
    {
      input: {
        clientCompanyId: companyId,
        planCode,
        startDate: today(),
        holidayRule: 'CLOSED',
        coverageWindows,
      },
    },
    { token },
  );
  const contractId = contract.data?.['createContract']?.id as string;
  if (!contractId) throw new Error(JSON.stringify(contract.errors));
  return { companyId, contractId };
}

/** The fields a refusal names, with what it says of each (field-names.spec checks the rest). */
export const fieldsOf = (result: {
  errors?: { extensions?: { fields?: { field: string; message: string }[] } }[];
}) =>
  (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, message }) => ({ field, message }));

/** Who called, where to call back, and what about: the fields most tests' scripts take. */
export const CALLER_FIELDS = [
  { key: 'caller_name', label: 'お名前', type: 'TEXT', required: true },
  { key: 'callback_number', label: '折り返し先', type: 'PHONE', required: true },
  { key: 'message', label: 'ご用件', type: 'LONG_TEXT', required: true },
];

/** Saves and publishes a script for the client as a supervisor would; returns the published version's id. */
export async function publishScript(
  t: TestApp,
  token: string,
  clientCompanyId: string,
  content: {
    greeting?: string;
    fields?: { key: string; label: string; type: string; required: boolean }[];
    urgentKeywords?: string[];
    specialInstructions?: string;
    /** One of the client's scripts by time (NIGHT, HOLIDAY, YEAR_END); the usual one by default. */
    variant?: string;
  } = {},
): Promise<string> {
  const variant = content.variant ?? 'DEFAULT';
  const draft = {
    greeting: content.greeting ?? 'はい、{会社名}でございます。',
    fields: content.fields ?? [
      { key: 'caller_name', label: 'お名前', type: 'TEXT', required: true },
    ],
    specialInstructions: content.specialInstructions ?? '',
    urgentKeywords: content.urgentKeywords ?? [],
    closingPhrase: '',
  };
  const saved = await t.gql(
    `mutation($input: SaveScriptDraftInput!) { saveScriptDraft(input: $input) { version } }`,
    { input: { clientCompanyId, variant, version: 0, content: draft } },
    { token },
  );
  const version = saved.data?.['saveScriptDraft']?.version as number;
  if (!version) throw new Error(JSON.stringify(saved.errors));
  const published = await t.gql(
    `mutation($input: PublishScriptInput!) { publishScript(input: $input) { id } }`,
    { input: { clientCompanyId, variant, version } },
    { token },
  );
  return published.data?.['publishScript'].id as string;
}

/** Requests a number for the client and takes it through provisioning to active, as back office would. */
export async function activeNumber(
  t: TestApp,
  token: string,
  clientCompanyId: string,
  number: string,
  kind = 'TOLL_FREE',
): Promise<string> {
  const n = await t.gql(
    `mutation($input: RequestPhoneNumberInput!) { requestPhoneNumber(input: $input) { id } }`,
    { input: { number, kind, clientCompanyId, forwardTo: '03-1234-5678' } },
    { token },
  );
  const id = n.data?.['requestPhoneNumber']?.id as string;
  if (!id) throw new Error(JSON.stringify(n.errors));
  for (const [status, version] of [
    ['PROVISIONING', 1],
    ['ACTIVE', 2],
  ] as const) {
    await t.gql(
      `mutation($input: ChangeNumberStatusInput!) { changePhoneNumberStatus(input: $input) { id } }`,
      { input: { id, version, status } },
      { token },
    );
  }
  return id;
}

/** A client group of the companies, and the operators trained for it, as a supervisor would. */
export async function trainOperators(
  t: TestApp,
  supervisorToken: string,
  groupName: string,
  clientCompanyIds: string[],
  operatorIds: string[],
): Promise<void> {
  const group = await t.gql(
    `mutation($n: String!, $c: [ID!]!) { saveClientGroup(name: $n, clientCompanyIds: $c) { id } }`,
    { n: groupName, c: clientCompanyIds },
    { token: supervisorToken },
  );
  for (const userId of operatorIds) {
    await t.gql(
      `mutation($u: ID!, $g: [ID!]!) { setOperatorSkills(userId: $u, groupIds: $g) { name } }`,
      { u: userId, g: [group.data?.['saveClientGroup'].id] },
      { token: supervisorToken },
    );
  }
}

/**
 * The telephony tests' world: back office, a supervisor and operator op1; a
 * client open all day ('open') and one closed today ('closed'), each with a
 * published script, a number and an administrator; op1 trained for the open
 * one. Returns everyone's tokens, op1's id and the clients.
 */
export async function openAndClosedClients(
  t: TestApp,
  numbers: { open: string; closed: string },
): Promise<{
  tokens: Record<'bo' | 'sv' | 'op1' | 'open' | 'closed', string>;
  op1: string;
  open: { companyId: string; contractId: string };
  closed: { companyId: string; contractId: string };
}> {
  await t.createUser('bo@dengon.example', Role.BackOffice);
  await t.createUser('sv@dengon.example', Role.Supervisor);
  const op1 = (await t.createUser('op1@dengon.example', Role.Operator)).id;
  const bo = (await t.login('bo@dengon.example')).token;
  const sv = (await t.login('sv@dengon.example')).token;
  const open = await clientOnPlan(t, bo, '終日社', 'STANDARD', ALWAYS);
  const closed = await clientOnPlan(t, bo, '休業社', 'STANDARD', closedToday());
  for (const [client, number] of [
    [open, numbers.open],
    [closed, numbers.closed],
  ] as const) {
    await publishScript(t, sv, client.companyId);
    await activeNumber(t, bo, client.companyId, number);
  }
  await trainOperators(t, sv, '終日社担当', [open.companyId], [op1]);
  await t.createUser('admin@open.example', Role.ClientAdmin, open.companyId);
  await t.createUser('admin@closed.example', Role.ClientAdmin, closed.companyId);
  return {
    tokens: {
      bo,
      sv,
      op1: (await t.login('op1@dengon.example')).token,
      open: (await t.login('admin@open.example')).token,
      closed: (await t.login('admin@closed.example')).token,
    },
    op1,
    open,
    closed,
  };
}
