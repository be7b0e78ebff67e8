import { tokyoDate } from '@dengon/domain';
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

export const fieldsOf = (result: {
  errors?: { extensions?: { fields?: { field: string; message: string }[] } }[];
}) => result.errors?.[0]?.extensions?.fields ?? [];
