import { graphql } from '../gql';

export const priceVersionFragment = graphql(`
  fragment PriceVersion on PlanPriceVersion {
    id
    effectiveFrom
    monthlyFee
    includedCalls
    overagePerCall
    includedMails
    overagePerMail
  }
`);

export const planCatalogueQuery = graphql(`
  query PlanCatalogue {
    planCatalogue {
      ...PlanSummary
      description
      dispatchIncluded
      emailHandling
      currentPrice {
        ...PriceVersion
      }
      prices {
        ...PriceVersion
      }
    }
  }
`);

export const addPlanPriceMutation = graphql(`
  mutation AddPlanPrice($input: AddPlanPriceInput!) {
    addPlanPrice(input: $input) {
      ...PriceVersion
    }
  }
`);
