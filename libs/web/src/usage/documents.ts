import { graphql } from '../gql';

/** Billable calls this month against the included count; client users omit the company. */
export const usageThisMonthQuery = graphql(`
  query UsageThisMonth($clientCompanyId: ID) {
    usageThisMonth(clientCompanyId: $clientCompanyId) {
      month
      calls
      mails
      includedCalls
      overCalls
      mailsBilledApart
      includedMails
      overMails
    }
  }
`);
