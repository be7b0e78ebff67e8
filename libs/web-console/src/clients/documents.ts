import { graphql } from '../gql';

export const clientCompanyFragment = graphql(`
  fragment ClientCompanyDetails on ClientCompany {
    id
    name
    nameKana
    recordPrefix
    status
    postalCode
    address
    invoiceRecipientName
    billingEmail
    reportMethod
    reportEmail
    reportFax
    digestTime
    escalationContacts {
      name
      phone
      note
    }
    nightHours {
      from
      until
    }
    closedDays {
      from
      until
      reason
    }
    voicemailGreeting {
      durationSeconds
      updatedAt
    }
    version
  }
`);

export const clientCompaniesQuery = graphql(`
  query ClientCompanies($status: ClientStatus) {
    clientCompanies(status: $status) {
      id
      name
      nameKana
      status
    }
  }
`);

export const clientCompanyQuery = graphql(`
  query ClientCompany($clientCompanyId: ID!) {
    clientCompany(clientCompanyId: $clientCompanyId) {
      ...ClientCompanyDetails
    }
  }
`);

/** One row's plan today: the API has no plan on ClientCompany, so the list asks per client. */
export const clientPlanTodayQuery = graphql(`
  query ClientPlanToday($clientCompanyId: ID!) {
    contract(clientCompanyId: $clientCompanyId) {
      id
      currentTerm {
        id
        plan {
          code
          nameJa
          nameEn
        }
      }
    }
  }
`);

export const createClientCompanyMutation = graphql(`
  mutation CreateClientCompany($input: CreateClientCompanyInput!) {
    createClientCompany(input: $input) {
      ...ClientCompanyDetails
    }
  }
`);

export const updateClientCompanyMutation = graphql(`
  mutation UpdateClientCompany($input: UpdateClientCompanyInput!) {
    updateClientCompany(input: $input) {
      ...ClientCompanyDetails
    }
  }
`);
