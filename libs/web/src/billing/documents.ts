import { graphql } from '../gql';

/** An invoice as lists and its detail show it. */
export const invoiceFragment = graphql(`
  fragment InvoiceDetails on Invoice {
    id
    kind
    state
    status
    month
    number
    issueDate
    dueDate
    recipientName
    lines
    totals
    total
    paidAmount
    balance
    reason
    version
    clientCompany {
      id
      name
    }
  }
`);

export const invoicesQuery = graphql(`
  query Invoices($month: String, $clientCompanyId: ID) {
    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {
      ...InvoiceDetails
    }
  }
`);

export const paymentsQuery = graphql(`
  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {
    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {
      id
      clientCompanyId
      receivedOn
      amount
      unallocated
      payerName
      method
      source
    }
  }
`);

export const writeOffBankFeeMutation = graphql(`
  mutation WriteOffBankFee($invoiceId: ID!) {
    writeOffBankFee(invoiceId: $invoiceId) {
      ...InvoiceDetails
    }
  }
`);
