import { graphql } from '../gql';

export const companyUsersQuery = graphql(`
  query CompanyUsers($clientCompanyId: ID) {
    users(clientCompanyId: $clientCompanyId) {
      id
      name
      email
      role
      createdAt
      active
      version
      totpEnabledAt
    }
  }
`);

export const setUserActiveMutation = graphql(`
  mutation SetUserActive($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      active
      version
    }
  }
`);

export const resetTwoFactorMutation = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    resetTwoFactor(userId: $userId) {
      id
      totpEnabledAt
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
      role
      createdAt
    }
  }
`);
