import { graphql } from '../gql';

export const invoiceRunQuery = graphql(`
  query InvoiceRun($month: String!) {
    invoiceRun(month: $month) {
      id
      month
      state
      total
      done
      error
    }
  }
`);

export const invoiceRunChangedSubscription = graphql(`
  subscription InvoiceRunChanged {
    invoiceRunChanged {
      id
      month
      state
      total
      done
      error
    }
  }
`);

export const startInvoiceRunMutation = graphql(`
  mutation StartInvoiceRun($month: String!) {
    startInvoiceRun(month: $month) {
      id
      month
      state
      total
      done
      error
    }
  }
`);

export const issueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!, $version: Int!) {
    issueInvoice(id: $id, version: $version) {
      ...InvoiceDetails
    }
  }
`);

export const rebuildInvoiceDraftMutation = graphql(`
  mutation RebuildInvoiceDraft($id: ID!, $version: Int!) {
    rebuildInvoiceDraft(id: $id, version: $version) {
      ...InvoiceDetails
    }
  }
`);

export const adjustInvoiceDraftMutation = graphql(`
  mutation AdjustInvoiceDraft($input: AdjustInvoiceInput!) {
    adjustInvoiceDraft(input: $input) {
      ...InvoiceDetails
    }
  }
`);

export const issueAllInvoicesMutation = graphql(`
  mutation IssueAllInvoices($month: String!) {
    issueAllInvoices(month: $month)
  }
`);

export const createCreditNoteMutation = graphql(`
  mutation CreateCreditNote($input: CreditNoteInput!) {
    createCreditNote(input: $input) {
      ...InvoiceDetails
    }
  }
`);

export const voidInvoiceMutation = graphql(`
  mutation VoidInvoice($input: VoidInvoiceInput!) {
    voidInvoice(input: $input) {
      ...InvoiceDetails
    }
  }
`);

export const recordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
      amount
    }
  }
`);

export const importBankFileMutation = graphql(`
  mutation ImportBankFile($input: BankFileInput!) {
    importBankFile(input: $input) {
      bankImport {
        deposits
        matched
      }
    }
  }
`);

export const matchPaymentMutation = graphql(`
  mutation MatchPayment($paymentId: ID!, $invoiceId: ID!) {
    matchPayment(paymentId: $paymentId, invoiceId: $invoiceId) {
      id
    }
  }
`);

export const agingReportQuery = graphql(`
  query AgingReport {
    agingReport {
      bucket
      invoices
      amount
    }
  }
`);

export const pendingCatchUpsQuery = graphql(`
  query PendingCatchUps($month: String!) {
    pendingCatchUps(month: $month) {
      clientCompanyId
      clientName
      lines
      subtotal
    }
  }
`);
