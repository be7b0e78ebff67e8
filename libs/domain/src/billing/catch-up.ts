/**
 * No charge is ever lost: a month already invoiced is recomputed from
 * today's data on every later invoice, and what differs from what was
 * billed for it (its invoice and the catch-ups of it since) is settled on
 * the next invoice as its own line (追加請求, or 過請求の減額 when the month
 * was overcharged), naming the month it belongs to and at the tax rate of
 * the charge it settles. One rule covers every late change: an equipment
 * return or a one-off fee recorded after its month was issued, an upgrade
 * mid-month after the month was billed in advance, a call marked not
 * billable after its overage was billed.
 *
 * Only what the data decides is recomputed; a person's adjustments and
 * credits, carried credit and credit notes are decisions, not data.
 */
import { type InvoiceLine, type InvoiceLineKind, type TaxRate } from './invoice';
import { type BillingMonth, type DateRange, monthLabel, monthRange } from './period';

/** The kinds of charge built from data, in print order, with their names in a catch-up line. */
const RECOMPUTED: ReadonlyMap<InvoiceLineKind, string> = new Map<InvoiceLineKind, string>([
  ['PLAN', '月額基本料'],
  ['OPTION', 'オプション料金'],
  ['ONE_OFF', '一時費用'],
  ['EARLY_TERMINATION', '中途解約金'],
  ['OVERAGE', '超過通話料'],
  ['MAIL_OVERAGE', '超過メール・FAX対応料'],
]);

/** The kind of charge a line counts as for `month`, or null when it is not recomputed. */
function chargeKind(line: InvoiceLine, month: BillingMonth): InvoiceLineKind | null {
  if (line.kind === 'CATCH_UP') return line.catchUpOf?.month === month ? line.catchUpOf.kind : null;
  return RECOMPUTED.has(line.kind) ? line.kind : null;
}

/** Lines of `from` that have no equal line (description and amount) in `other`. */
function unmatched(from: readonly InvoiceLine[], other: readonly InvoiceLine[]): InvoiceLine[] {
  const left = [...other];
  return from.filter((line) => {
    const index = left.findIndex(
      (o) => o.description === line.description && o.amount === line.amount,
    );
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}

function span(lines: readonly InvoiceLine[], month: BillingMonth): DateRange {
  const periods = lines.flatMap((l) => (l.period ? [l.period] : []));
  if (periods.length === 0) return monthRange(month);
  return {
    from: periods.map((p) => p.from).reduce((a, b) => (a < b ? a : b)),
    to: periods.map((p) => p.to).reduce((a, b) => (a > b ? a : b)),
  };
}

/** What changed, in the words of the lines themselves when one side alone changed. */
function describe(kind: InvoiceLineKind, added: InvoiceLine[], removed: InvoiceLine[]): string {
  const changed = added.length && removed.length ? [] : added.length ? added : removed;
  if (changed.length === 0) return `${RECOMPUTED.get(kind)}の差額`;
  const names = changed.slice(0, 2).map((l) => l.description);
  return names.join('、') + (changed.length > 2 ? ' ほか' : '');
}

/**
 * The catch-up lines for one invoiced month: per kind of charge and tax
 * rate, `owed` (the month's lines as built from today's data) less `billed`
 * (its issued invoice's lines and the CATCH_UP lines of it on later issued
 * invoices). Empty when the month was billed right.
 */
export function catchUpLines(
  month: BillingMonth,
  owed: readonly InvoiceLine[],
  billed: readonly InvoiceLine[],
): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  const regularBilled = billed.filter((l) => l.kind !== 'CATCH_UP');
  for (const kind of RECOMPUTED.keys()) {
    const rates = new Set<TaxRate>(
      [...owed, ...billed].filter((l) => chargeKind(l, month) === kind).map((l) => l.taxRate),
    );
    for (const taxRate of [...rates].sort((a, b) => b - a)) {
      const owedHere = owed.filter((l) => l.kind === kind && l.taxRate === taxRate);
      const billedHere = billed.filter(
        (l) => chargeKind(l, month) === kind && l.taxRate === taxRate,
      );
      const amount =
        owedHere.reduce((sum, l) => sum + l.amount, 0) -
        billedHere.reduce((sum, l) => sum + l.amount, 0);
      if (amount === 0) continue;
      const invoiced = regularBilled.filter((l) => l.kind === kind && l.taxRate === taxRate);
      const added = unmatched(owedHere, invoiced);
      const removed = unmatched(invoiced, owedHere);
      lines.push({
        kind: 'CATCH_UP',
        description: `${amount > 0 ? '追加請求' : '過請求の減額'}（${monthLabel(month)}）：${describe(kind, added, removed)}`,
        quantity: 1,
        unitPrice: amount,
        amount,
        taxRate,
        period: span([...added, ...removed], month),
        catchUpOf: { month, kind },
      });
    }
  }
  return lines;
}
