import { graphql } from '../gql';

export const skillsQuery = graphql(`
  query Skills {
    clientGroups {
      id
      name
      clientCompanyIds
    }
    callTakers {
      userId
      name
      role
      groupIds
    }
    clientCompanies {
      id
      name
    }
  }
`);

export const saveClientGroupMutation = graphql(`
  mutation SaveClientGroup($name: String!, $clientCompanyIds: [ID!]!) {
    saveClientGroup(name: $name, clientCompanyIds: $clientCompanyIds) {
      id
      name
      clientCompanyIds
    }
  }
`);

export const setOperatorSkillsMutation = graphql(`
  mutation SetOperatorSkills($userId: ID!, $groupIds: [ID!]!) {
    setOperatorSkills(userId: $userId, groupIds: $groupIds) {
      id
    }
  }
`);
