import { renderPdf } from '../pdf/japanese-pdf';

/** A report as a faxable A4 page: the same title and text the e-mail carries. */
export function renderReportPdf(title: string, text: string, sender: string): Promise<Buffer> {
  return renderPdf({ title, author: sender }, (doc) => {
    doc.font('bold').fontSize(15).text(title);
    doc.moveDown(0.8);
    doc.font('regular').fontSize(10.5).text(text, { lineGap: 2 });
  });
}
