import { graphql } from '../gql';

export const companyUsersQuery = graphql(`
  query CompanyUsers($clientCompanyId: ID!) {
    users(clientCompanyId: $clientCompanyId) {
      id
      name
      email
      role
      createdAt
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
