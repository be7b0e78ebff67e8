import { graphql } from '../gql';

export const contractorFragment = graphql(`
  fragment ContractorDetails on Contractor {
    id
    clientCompanyId
    name
    areas {
      prefecture
      city
    }
    categories
    channels {
      kind
      address
      hours {
        start
        end
      }
    }
    priority
    active
    note
    version
  }
`);

/** Staff name the client; client users get their own. */
export const contractorsQuery = graphql(`
  query Contractors($clientCompanyId: ID) {
    contractors(clientCompanyId: $clientCompanyId) {
      ...ContractorDetails
    }
  }
`);

export const saveContractorMutation = graphql(`
  mutation SaveContractor($input: SaveContractorInput!) {
    saveContractor(input: $input) {
      ...ContractorDetails
    }
  }
`);
