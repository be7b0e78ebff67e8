import { graphql } from '../gql';

export const createFaqItemMutation = graphql(`
  mutation CreateFaqItem($input: CreateFaqItemInput!) {
    createFaqItem(input: $input) {
      ...FaqItemDetails
    }
  }
`);

export const updateFaqItemMutation = graphql(`
  mutation UpdateFaqItem($input: UpdateFaqItemInput!) {
    updateFaqItem(input: $input) {
      ...FaqItemDetails
    }
  }
`);
