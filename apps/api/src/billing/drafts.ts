import {
  type BillingMonth,
  buildInvoiceLines,
  carriedCreditLine,
  type EquipmentModel,
  firstDayOfMonth,
  invoiceTotals,
  type InvoiceLine,
  lastDayOfMonth,
  type OptionInput,
  type PlanTermInput,
  shiftBillingMonth,
  type TaxRounding,
} from '@dengon/domain';
import { type EntityManager, In } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { Contract, ContractOption, ContractPlanTerm } from '../contracts/contract.entity';
import { Plan, PlanPriceVersion } from '../plans/plan.entity';
import { type Invoice, InvoiceKind, InvoiceState } from './invoice.entity';

/** The contracts to bill for a month: in force some day of it, or of the month before (its calls). */
export function billableContracts(em: EntityManager, month: BillingMonth) {
  return em
    .createQueryBuilder(Contract, 'c')
    .where('c.start_date <= :last', { last: lastDayOfMonth(month) })
    .andWhere('(c.end_date IS NULL OR c.end_date >= :first)', {
      first: firstDayOfMonth(shiftBillingMonth(month, -1)),
    });
}

/**
 * The draft invoices of month M for these contracts, built from what the
 * database holds now: plan history with catalogue prices, options, billable
 * intakes of M−1 and credit left from overpayments. Loads each kind of row
 * once for the whole batch.
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
  const companyIds = contracts.map((c) => c.clientCompanyId);
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const terms = await em.findBy(ContractPlanTerm, { contractId: In(ids) });
  const options = await em.findBy(ContractOption, { contractId: In(ids) });
  const companies = await em.findBy(ClientCompany, { id: In(companyIds) });
  const plans = await em.find(Plan);
  const prices = await em.find(PlanPriceVersion);
  const calls = await callCounts(em, companyIds, shiftBillingMonth(month, -1));
  const credits = await creditsLeft(em, companyIds);
  const planName = new Map(plans.map((p) => [p.code, p.nameJa]));
  const companyOf = new Map(companies.map((c) => [c.id, c]));
  return contracts.map((contract) => {
    const planTerms: PlanTermInput[] = terms
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
      }));
    const lines: InvoiceLine[] = buildInvoiceLines({
      month,
      terms: contract.billingTerms,
      contract: { startDate: contract.startDate, endDate: contract.endDate },
      planTerms,
      options: options.filter((o) => o.contractId === contract.id).map(optionInput),
      callsLastMonth: calls.get(contract.clientCompanyId) ?? null,
    });
    const credit = credits.get(contract.clientCompanyId) ?? 0;
    if (credit > 0) lines.push(carriedCreditLine(credit));
    const company = companyOf.get(contract.clientCompanyId);
    const totals = invoiceTotals(lines, rounding);
    return {
      clientCompanyId: contract.clientCompanyId,
      kind: InvoiceKind.INVOICE,
      state: InvoiceState.DRAFT,
      month,
      recipientName: company?.invoiceRecipientName?.trim() || company?.name || '',
      lines,
      totals,
      total: totals.total,
      runId,
    };
  });
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

/** Intakes of the month per client: all, wrong or prank, and others marked not billable. */
async function callCounts(
  em: EntityManager,
  companyIds: readonly string[],
  month: BillingMonth,
): Promise<Map<string, { total: number; wrong: number; prank: number; notBillable: number }>> {
  const rows: { id: string; total: number; wrong: number; not_billable: number }[] = await em.query(
    `SELECT client_company_id AS id, count(*)::int AS total,
            count(*) FILTER (WHERE status = 'WRONG_OR_PRANK')::int AS wrong,
            count(*) FILTER (WHERE NOT billable AND status <> 'WRONG_OR_PRANK')::int AS not_billable
       FROM intake_records
      WHERE client_company_id = ANY($1)
        AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
        AND received_at < (($2::date) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Tokyo'
      GROUP BY client_company_id`,
    [companyIds, firstDayOfMonth(month)],
  );
  // Wrong and prank calls share one status: both are counted as wrong.
  return new Map(
    rows.map((r) => [
      r.id,
      { total: r.total, wrong: r.wrong, prank: 0, notBillable: r.not_billable },
    ]),
  );
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
    .getMany();
  const [draft] = await buildDrafts(
    em,
    invoice.month,
    contracts.slice(0, 1),
    rounding,
    invoice.runId,
  );
  return draft;
}
