import { graphql } from '../gql';

export const faqItemFragment = graphql(`
  fragment FaqItemDetails on FaqItem {
    id
    question
    answer
    tags
    enabled
    sortOrder
    version
  }
`);

/** Staff name the company; a client user's own (enabled) items come without one. */
export const faqItemsQuery = graphql(`
  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {
    faqItems(
      clientCompanyId: $clientCompanyId
      search: $search
      includeDisabled: $includeDisabled
    ) {
      ...FaqItemDetails
    }
  }
`);
