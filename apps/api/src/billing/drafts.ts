import {
  type BillingMonth,
  buildInvoiceLines,
  catchUpLines,
  carriedCreditLine,
  type EquipmentModel,
  firstDayOfMonth,
  invoiceTotals,
  type InvoiceLine,
  lastDayOfMonth,
  type OptionInput,
  shiftBillingMonth,
  type TaxRounding,
} from '@dengon/domain';
import { type EntityManager, In } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { Contract, ContractOption, ContractPlanTerm } from '../contracts/contract.entity';
import { Plan, PlanPriceVersion } from '../plans/plan.entity';
import { Invoice, InvoiceKind, InvoiceState } from './invoice.entity';

/**
 * The contracts to bill for a month: in force some day of it or of the month
 * before (its calls), or ended earlier with a month already invoiced, which
 * a late change may still owe a catch-up for.
 */
export function billableContracts(em: EntityManager, month: BillingMonth) {
  return em
    .createQueryBuilder(Contract, 'c')
    .where('c.start_date <= :last', { last: lastDayOfMonth(month) })
    .andWhere(
      `(c.end_date IS NULL OR c.end_date >= :first OR EXISTS (
         SELECT 1 FROM invoices i WHERE i.client_company_id = c.client_company_id
            AND i.kind = 'INVOICE' AND i.state = 'ISSUED' AND i.month < :month))`,
      { first: firstDayOfMonth(shiftBillingMonth(month, -1)), month },
    );
}

/** Contracts in batches of at most `size` clients, never splitting a client's contracts. */
export function* byClient(contracts: readonly Contract[], size: number): Generator<Contract[]> {
  let batch: Contract[] = [];
  const clients = new Set<string>();
  for (const contract of contracts) {
    if (!clients.has(contract.clientCompanyId) && clients.size === size) {
      yield batch;
      batch = [];
      clients.clear();
    }
    clients.add(contract.clientCompanyId);
    batch.push(contract);
  }
  if (batch.length) yield batch;
}

const inForce = (contract: Contract, month: BillingMonth): boolean =>
  contract.startDate <= lastDayOfMonth(month) &&
  (contract.endDate === null || contract.endDate >= firstDayOfMonth(month));

/**
 * The draft invoices of month M for these contracts, one per client, built
 * from what the database holds now: plan history with catalogue prices,
 * options, billable intakes of M−1, credit left from overpayments, and the
 * catch-up of every month already invoiced whose charges changed since
 * (catch-up.ts). Loads each kind of row once for the whole batch. A client
 * with nothing to bill gets no draft.
 */
export async function buildDrafts(
  em: EntityManager,
  month: BillingMonth,
  contracts: readonly Contract[],
  rounding: TaxRounding,
  runId: string | null,
): Promise<Partial<Invoice>[]> {
  if (contracts.length === 0) return [];
  const ids = contracts.map((c) => c.id);
  const companyIds = [...new Set(contracts.map((c) => c.clientCompanyId))];
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const terms = await em.findBy(ContractPlanTerm, { contractId: In(ids) });
  const options = await em.findBy(ContractOption, { contractId: In(ids) });
  const companies = await em.findBy(ClientCompany, { id: In(companyIds) });
  const plans = await em.find(Plan);
  const prices = await em.find(PlanPriceVersion);
  const invoiced = await issuedInvoices(em, companyIds, month);
  const callMonths = [month, ...invoiced.map((i) => i.month)].map((m) => shiftBillingMonth(m, -1));
  const usage = await usageCounts(em, companyIds, callMonths);
  const credits = await creditsLeft(em, companyIds);
  const planName = new Map(plans.map((p) => [p.code, p.nameJa]));
  const companyOf = new Map(companies.map((c) => [c.id, c]));

  // A contract's plan history and options, mapped once: each invoiced month reads them again.
  const inputsOf = new Map(
    contracts.map((contract) => [
      contract.id,
      {
        planTerms: terms
          .filter((t) => t.contractId === contract.id)
          .map((t) => ({
            planName: planName.get(t.planCode) ?? t.planCode,
            effectiveFrom: t.effectiveFrom,
            prices: prices.filter((p) => p.planCode === t.planCode),
            overrides: {
              monthlyFee: t.monthlyFeeOverride,
              includedCalls: t.includedCallsOverride,
              overagePerCall: t.overagePerCallOverride,
            },
          })),
        options: options.filter((o) => o.contractId === contract.id).map(optionInput),
      },
    ]),
  );
  const contractLines = (contract: Contract, billed: BillingMonth, withCalls: boolean) =>
    buildInvoiceLines({
      month: billed,
      terms: contract.billingTerms,
      contract: { startDate: contract.startDate, endDate: contract.endDate },
      ...inputsOf.get(contract.id)!,
      ...(withCalls ? usageOf(contract.clientCompanyId, billed) : { callsLastMonth: null }),
    });
  /** The calls and mails of the month before `billed`, to bill in arrears. */
  const usageOf = (companyId: string, billed: BillingMonth) => {
    const counted = usage.get(`${companyId} ${shiftBillingMonth(billed, -1)}`);
    return { callsLastMonth: counted?.calls ?? null, mailsLastMonth: counted?.mails ?? null };
  };
  /** A client's lines of a month: each contract's, the calls billed once, with the contract then in force. */
  const clientLines = (own: readonly Contract[], billed: BillingMonth): InvoiceLine[] => {
    const before = shiftBillingMonth(billed, -1);
    const callTaker = own.filter((c) => inForce(c, before)).at(-1) ?? own[0];
    return own.flatMap((c) => contractLines(c, billed, c === callTaker));
  };

  const drafts: Partial<Invoice>[] = [];
  for (const companyId of companyIds) {
    const own = contracts.filter((c) => c.clientCompanyId === companyId);
    const history = invoiced.filter((i) => i.clientCompanyId === companyId);
    const caughtUp = history.flatMap((i) => i.lines.filter((l) => l.kind === 'CATCH_UP'));
    const lines = clientLines(own, month);
    for (const earlier of history)
      lines.push(
        ...catchUpLines(earlier.month, clientLines(own, earlier.month), [
          ...earlier.lines,
          ...caughtUp,
        ]),
      );
    if (lines.length === 0) continue;
    const credit = credits.get(companyId) ?? 0;
    if (credit > 0) lines.push(carriedCreditLine(credit));
    const company = companyOf.get(companyId);
    const totals = invoiceTotals(lines, rounding);
    drafts.push({
      clientCompanyId: companyId,
      kind: InvoiceKind.INVOICE,
      state: InvoiceState.DRAFT,
      month,
      recipientName: company?.invoiceRecipientName?.trim() || company?.name || '',
      lines,
      totals,
      total: totals.total,
      runId,
    });
  }
  return drafts;
}

/** The clients' live issued invoices of months before `month`, oldest first. */
function issuedInvoices(
  em: EntityManager,
  companyIds: readonly string[],
  month: BillingMonth,
): Promise<Pick<Invoice, 'clientCompanyId' | 'month' | 'lines'>[]> {
  return em
    .createQueryBuilder(Invoice, 'i')
    .select(['i.clientCompanyId', 'i.month', 'i.lines'])
    .where('i.client_company_id = ANY(:companyIds)', { companyIds })
    .andWhere(`i.kind = 'INVOICE' AND i.state = 'ISSUED' AND i.month < :month`, { month })
    .orderBy('i.month')
    .getMany();
}

function optionInput(o: ContractOption): OptionInput {
  return {
    kind: o.kind,
    description: o.description,
    quantity: o.quantity,
    monthlyFee: o.monthlyFee,
    oneOffFee: o.oneOffFee,
    startDate: o.startDate,
    endDate: o.endDate,
    equipmentModel: o.equipmentModel as EquipmentModel | null,
    acquisition: o.acquisition,
  };
}

type Counts = { total: number; wrong: number; prank: number; notBillable: number };

/**
 * Intakes per client and month (key `id month`), calls and mails (channel
 * EMAIL or FAX) apart: all, wrong or prank, and others marked not billable.
 */
async function usageCounts(
  em: EntityManager,
  companyIds: readonly string[],
  months: readonly BillingMonth[],
): Promise<Map<string, { calls: Counts; mails: Counts }>> {
  const sorted = [...new Set(months)].sort();
  const rows: {
    id: string;
    month: string;
    mail: boolean;
    total: number;
    wrong: number;
    not_billable: number;
  }[] = await em.query(
    `SELECT client_company_id AS id,
            to_char(received_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month,
            channel IN ('EMAIL', 'FAX') AS mail,
            count(*)::int AS total,
            count(*) FILTER (WHERE status = 'WRONG_OR_PRANK')::int AS wrong,
            count(*) FILTER (WHERE NOT billable AND status <> 'WRONG_OR_PRANK')::int AS not_billable
       FROM intake_records
      WHERE client_company_id = ANY($1)
        AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
        AND received_at < (($3::date) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Tokyo'
      GROUP BY 1, 2, 3`,
    [companyIds, firstDayOfMonth(sorted[0]!), firstDayOfMonth(sorted.at(-1)!)],
  );
  const none = (): Counts => ({ total: 0, wrong: 0, prank: 0, notBillable: 0 });
  const usage = new Map<string, { calls: Counts; mails: Counts }>();
  for (const r of rows) {
    const key = `${r.id} ${r.month}`;
    const entry = usage.get(key) ?? { calls: none(), mails: none() };
    // Wrong and prank calls share one status: both are counted as wrong.
    entry[r.mail ? 'mails' : 'calls'] = {
      total: r.total,
      wrong: r.wrong,
      prank: 0,
      notBillable: r.not_billable,
    };
    usage.set(key, entry);
  }
  return usage;
}

/** Money received and not yet applied, per client: credit for the next invoice. */
async function creditsLeft(
  em: EntityManager,
  companyIds: readonly string[],
): Promise<Map<string, number>> {
  const rows: { id: string; credit: number }[] = await em.query(
    `SELECT client_company_id AS id, sum(unallocated)::int AS credit FROM payments
      WHERE client_company_id = ANY($1) AND unallocated > 0 GROUP BY client_company_id`,
    [companyIds],
  );
  return new Map(rows.map((r) => [r.id, r.credit]));
}

/** One client's draft for the month, built afresh from today's data (a rebuild, a void's replacement). */
export async function clientDraft(
  em: EntityManager,
  invoice: Pick<Invoice, 'month' | 'clientCompanyId' | 'runId'>,
  rounding: TaxRounding,
): Promise<Partial<Invoice> | undefined> {
  const contracts = await billableContracts(em, invoice.month)
    .andWhere('c.client_company_id = :id', { id: invoice.clientCompanyId })
    .orderBy('c.start_date')
    .getMany();
  const [draft] = await buildDrafts(em, invoice.month, contracts, rounding, invoice.runId);
  return draft;
}
