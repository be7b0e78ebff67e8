import { type InvoiceLine, type InvoiceTotals, monthLabel, type TaxRate } from '@dengon/domain';
import { A4, renderPdf } from '../pdf/japanese-pdf';

/** What a qualified invoice or credit note says, every text as printed. */
export interface InvoiceDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issueDate: string;
  dueDate: string | null;
  month: string;
  recipientName: string;
  issuer: {
    name: string;
    address: string;
    phone: string;
    registrationNumber: string;
    bankAccount: string;
  };
  lines: readonly InvoiceLine[];
  totals: InvoiceTotals;
  /** A credit note: the invoice it corrects, and why. */
  original?: { number: string; issueDate: string };
  reason?: string | null;
}

const WIDTH = A4.width - 2 * A4.margin;
const yen = (n: number) => `${n < 0 ? '-' : ''}${Math.abs(n).toLocaleString('ja-JP')}円`;
const dateJa = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const RATE_LABEL: Record<TaxRate, string> = { 10: '10%対象', 8: '8%対象（軽減税率）', 0: '対象外' };

// Columns of the line table: description, quantity, unit price, amount, rate.
const COLUMNS = [
  { title: '品目', width: 255, align: 'left' },
  { title: '数量', width: 45, align: 'right' },
  { title: '単価', width: 70, align: 'right' },
  { title: '金額（税抜）', width: 80, align: 'right' },
  { title: '税率', width: 49, align: 'right' },
] as const;

/**
 * The A4 qualified invoice (適格請求書, 消費税法57条の4) or credit note
 * (適格返還請求書): issuer and registration number, recipient, the period,
 * the lines with their rate, and per rate the subtotal and the tax computed
 * once on it. Reduced-rate lines carry ※ with its legend.
 */
export function renderInvoicePdf(d: InvoiceDocument): Promise<Buffer> {
  const credit = d.kind === 'CREDIT_NOTE';
  const title = credit ? '適格返還請求書（返金・値引きのお知らせ）' : '請求書';
  return renderPdf({ title: `${title} ${d.number}`, author: d.issuer.name }, (doc) => {
    const left = A4.margin;
    doc.fontSize(9).text(`請求書番号：${d.number}`, { align: 'right' });
    doc.text(`発行日：${dateJa(d.issueDate)}`, { align: 'right' });
    doc.moveDown(0.3);
    doc.font('bold').fontSize(20).text(title, { align: 'center' });
    doc.moveDown(0.8);

    const top = doc.y;
    doc
      .font('bold')
      .fontSize(13)
      .text(`${d.recipientName} 御中`, left, top, { width: WIDTH / 2 });
    doc.font('regular').fontSize(10).moveDown(0.5);
    doc.text(credit ? '下記のとおり返金・値引きいたします。' : '下記のとおりご請求申し上げます。', {
      width: WIDTH / 2,
    });
    const issuerX = left + WIDTH / 2 + 30;
    const issuerWidth = WIDTH / 2 - 30;
    doc.font('bold').fontSize(11).text(d.issuer.name, issuerX, top, { width: issuerWidth });
    doc.font('regular').fontSize(9);
    for (const text of [
      d.issuer.address,
      `TEL：${d.issuer.phone}`,
      `登録番号：${d.issuer.registrationNumber}`,
    ])
      doc.text(text, issuerX, doc.y, { width: issuerWidth });
    doc.x = left;
    doc.y = Math.max(doc.y, top + 70) + 10;

    // The amount, the period and the due date, boxed.
    const boxTop = doc.y;
    doc.rect(left, boxTop, WIDTH, 58).stroke('#888');
    doc
      .font('bold')
      .fontSize(12)
      .text(credit ? '返金・値引き額（税込）' : 'ご請求金額（税込）', left + 12, boxTop + 10);
    doc.fontSize(18).text(yen(Math.abs(d.totals.total)), left + 200, boxTop + 6, { width: 160 });
    doc.font('regular').fontSize(9);
    doc.text(`対象期間：${monthLabel(d.month)}`, left + 380, boxTop + 10, { width: WIDTH - 392 });
    if (d.dueDate)
      doc.text(`お支払期限：${dateJa(d.dueDate)}`, left + 380, doc.y, { width: WIDTH - 392 });
    if (d.original)
      doc.text(
        `対象の請求書：${d.original.number}（${dateJa(d.original.issueDate)}発行）`,
        left + 12,
        boxTop + 38,
      );
    doc.x = left;
    doc.y = boxTop + 70;
    if (d.reason) doc.fontSize(9).text(`理由：${d.reason}`).moveDown(0.5);

    // The lines.
    const cells = (values: readonly string[], bold = false) => {
      const y = doc.y;
      let x = left;
      doc.font(bold ? 'bold' : 'regular').fontSize(9);
      let bottom = y;
      COLUMNS.forEach((column, i) => {
        doc.text(values[i] ?? '', x + 3, y + 3, { width: column.width - 6, align: column.align });
        bottom = Math.max(bottom, doc.y);
        x += column.width;
      });
      doc
        .moveTo(left, bottom + 3)
        .lineTo(left + WIDTH, bottom + 3)
        .stroke('#bbb');
      doc.x = left;
      doc.y = bottom + 4;
      if (doc.y > A4.height - A4.margin - 140) doc.addPage();
    };
    cells(
      COLUMNS.map((c) => c.title),
      true,
    );
    for (const line of d.lines)
      cells([
        `${line.description}${line.taxRate === 8 ? ' ※' : ''}`,
        String(line.quantity),
        yen(line.unitPrice),
        yen(line.amount),
        line.taxRate === 0 ? '対象外' : `${line.taxRate}%`,
      ]);

    // Per rate: subtotal and the tax computed once on it.
    doc.moveDown(0.8);
    const sumX = left + WIDTH - 280;
    const sum = (label: string, value: string, bold = false) => {
      const y = doc.y;
      doc.font(bold ? 'bold' : 'regular').fontSize(bold ? 11 : 9.5);
      doc.text(label, sumX, y, { width: 170 });
      doc.text(value, sumX + 170, y, { width: 110, align: 'right' });
      doc.x = left;
    };
    for (const rate of d.totals.byRate) {
      if (rate.taxRate === 0) {
        sum(`${RATE_LABEL[0]}`, yen(rate.subtotal));
        continue;
      }
      sum(`${RATE_LABEL[rate.taxRate]} 小計（税抜）`, yen(rate.subtotal));
      sum(`${RATE_LABEL[rate.taxRate]} 消費税`, yen(rate.tax));
    }
    doc.moveDown(0.3);
    sum('合計（税込）', yen(d.totals.total), true);

    doc.moveDown(1.5).font('regular').fontSize(9);
    if (d.lines.some((l) => l.taxRate === 8)) doc.text('※は軽減税率対象です。');
    if (!credit && d.totals.total > 0) {
      doc.text(`お振込先：${d.issuer.bankAccount}`);
      doc.text('振込手数料はご負担くださいますようお願いいたします。');
    }
    doc.text(
      '消費税は税率ごとの合計額に対して一度だけ計算しています（1円未満の端数処理は請求書ごと・税率ごと）。',
    );
  });
}
