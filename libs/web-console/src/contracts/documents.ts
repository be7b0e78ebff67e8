import { graphql } from '../gql';

export const createContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      ...ContractDetails
    }
  }
`);

export const updateContractMutation = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      ...ContractDetails
    }
  }
`);

export const changePlanMutation = graphql(`
  mutation ChangePlan($input: ChangePlanInput!) {
    changePlan(input: $input) {
      ...PlanTermDetails
    }
  }
`);

export const addContractOptionMutation = graphql(`
  mutation AddContractOption($input: AddContractOptionInput!) {
    addContractOption(input: $input) {
      ...ContractOptionDetails
    }
  }
`);

export const endContractOptionMutation = graphql(`
  mutation EndContractOption($input: EndContractOptionInput!) {
    endContractOption(input: $input) {
      ...ContractOptionDetails
    }
  }
`);
