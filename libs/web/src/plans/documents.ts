import { graphql } from '../gql';

// Plans as both the console and the portal name them.
export const planSummaryFragment = graphql(`
  fragment PlanSummary on Plan {
    code
    nameJa
    nameEn
    faqLimit
    extraFieldsAllowed
  }
`);
