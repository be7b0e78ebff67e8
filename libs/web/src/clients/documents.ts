import { graphql } from '../gql';

/** What a client's admin keeps themselves: where reports go, whom to call when it cannot wait. */
export const companySettingsFragment = graphql(`
  fragment CompanySettings on ClientCompany {
    id
    version
    reportMethod
    reportEmail
    reportFax
    digestTime
    escalationContacts {
      name
      phone
      note
    }
  }
`);

export const companySettingsQuery = graphql(`
  query CompanySettingsOf($clientCompanyId: ID) {
    clientCompany(clientCompanyId: $clientCompanyId) {
      ...CompanySettings
    }
  }
`);

export const updateCompanySettingsMutation = graphql(`
  mutation UpdateCompanySettings($input: CompanySettingsInput!) {
    updateCompanySettings(input: $input) {
      ...CompanySettings
    }
  }
`);
