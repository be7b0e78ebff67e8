import { graphql } from '../gql';

export const contractOptionFragment = graphql(`
  fragment ContractOptionDetails on ContractOption {
    id
    kind
    description
    quantity
    monthlyFee
    oneOffFee
    startDate
    endDate
    earlyTerminationFee
    equipmentModel
    acquisition
    phoneNumberId
  }
`);

export const planTermFragment = graphql(`
  fragment PlanTermDetails on ContractPlanTerm {
    id
    effectiveFrom
    monthlyFeeOverride
    includedCallsOverride
    overagePerCallOverride
    plan {
      ...PlanSummary
    }
    price {
      monthlyFee
      includedCalls
      overagePerCall
    }
  }
`);

export const contractFragment = graphql(`
  fragment ContractDetails on Contract {
    id
    clientCompanyId
    startDate
    endDate
    holidayRule
    coverageSummary
    billingTerms
    serviceLevelPercent
    serviceLevelSeconds
    version
    coverageWindows {
      weekday
      start
      end
    }
    currentTerm {
      ...PlanTermDetails
    }
    planTerms {
      ...PlanTermDetails
    }
    options {
      ...ContractOptionDetails
    }
  }
`);

/** Staff name the company; a client user's own contract comes without one. */
export const contractQuery = graphql(`
  query Contract($clientCompanyId: ID) {
    contract(clientCompanyId: $clientCompanyId) {
      ...ContractDetails
    }
  }
`);
