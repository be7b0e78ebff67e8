import { tokyoDateTimeText } from '@dengon/domain';
import { A4, renderPdf } from '../pdf/japanese-pdf';

/** What a dispatch sheet (手配書) says; every text already as people read it. */
export interface DispatchSheet {
  dispatchNo: number;
  issuedAt: Date;
  urgent: boolean;
  category: string;
  contractor: { name: string; fax: string | null };
  sender: { name: string; phone: string | null };
  clientName: string;
  siteAddress: string;
  contact: { name: string; phone: string | null };
  details: readonly { label: string; value: string }[];
  instructions: string;
  ack: { url: string; expiresAt: Date };
}

const WIDTH = A4.width - 2 * A4.margin;
const LABEL = 110;

/**
 * The A4 sheet sent to a contractor by fax or e-mail: a fax cover (date,
 * recipient 御中, sender, pages including this one), the job, and how to
 * acknowledge it: the signed link, or the reply box faxed back.
 */
export function renderDispatchSheet(s: DispatchSheet): Promise<Buffer> {
  return renderPdf({ title: `手配書 No.${s.dispatchNo}`, author: s.sender.name }, (doc) => {
    const left = A4.margin;
    doc.fontSize(9).text(`発行日時：${tokyoDateTimeText(s.issuedAt)}`, { align: 'right' });
    doc.text(`手配番号：No.${s.dispatchNo}`, { align: 'right' });
    doc.moveDown(0.5);
    doc
      .font('bold')
      .fontSize(20)
      .text(`${s.urgent ? '【至急】' : ''}手配書（作業のご依頼）`, {
        align: 'center',
      });
    doc.moveDown(0.8);

    const top = doc.y;
    doc
      .font('bold')
      .fontSize(13)
      .text(`${s.contractor.name} 御中`, left, top, { width: WIDTH / 2 });
    doc.font('regular').fontSize(10);
    if (s.contractor.fax) doc.text(`FAX：${s.contractor.fax}`, { width: WIDTH / 2 });
    const senderX = left + WIDTH / 2 + 20;
    doc.text(`送信元：${s.sender.name}`, senderX, top, { width: WIDTH / 2 - 20 });
    if (s.sender.phone)
      doc.text(`TEL：${s.sender.phone}`, senderX, doc.y, { width: WIDTH / 2 - 20 });
    const pagesLine = doc.y;
    doc.moveDown(1.5);
    doc.x = left;

    doc
      .fontSize(10.5)
      .text(
        'いつもお世話になっております。下記のとおり作業をご依頼いたします。' +
          '内容をご確認のうえ、受諾のご連絡をお願いいたします。',
        { width: WIDTH },
      );
    doc.moveDown(0.8);

    const rows: [string, string][] = [
      ['依頼元', s.clientName],
      ['区分', s.category],
      ['現場住所', s.siteAddress],
      ['ご連絡先', [s.contact.name, s.contact.phone].filter(Boolean).join('　')],
      ...s.details.map((d): [string, string] => [d.label, d.value]),
      ['作業内容', s.instructions],
    ];
    for (const [label, value] of rows) row(doc, label, value);
    doc.moveDown(1);

    doc.font('bold').fontSize(12).text('受諾のご連絡', left);
    doc.font('regular').fontSize(10);
    doc.text(
      `次のURLを開き「受諾する」を押してください（${tokyoDateTimeText(s.ack.expiresAt)}まで有効）。`,
      { width: WIDTH },
    );
    doc.fillColor('#1a4fa0').text(s.ack.url, { width: WIDTH, link: s.ack.url }).fillColor('black');
    doc.moveDown(0.5);
    doc.text('または下欄にご記入のうえ、本紙をFAXでご返信ください。', { width: WIDTH });
    doc.moveDown(0.5);
    const boxTop = doc.y;
    doc.rect(left, boxTop, WIDTH, 70).stroke();
    doc.text('□ 受諾します　　□ お受けできません', left + 10, boxTop + 10);
    doc.text('到着予定日時：　　　月　　　日　　　時頃', left + 10, boxTop + 30);
    doc.text('ご担当者名：', left + 10, boxTop + 50);

    // The fax cover says how many pages follow, this one included.
    const pages = doc.bufferedPageRange().count;
    doc.switchToPage(0);
    doc.fontSize(10).text(`送信枚数：${pages}枚（本紙を含む）`, senderX, pagesLine, {
      width: WIDTH / 2 - 20,
    });
  });
}

function row(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const x = A4.margin;
  const y = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(label, x + 6, y + 5, { width: LABEL - 12 });
  const labelBottom = doc.y;
  doc.font('regular').text(value || '—', x + LABEL + 6, y + 5, { width: WIDTH - LABEL - 12 });
  const bottom = Math.max(labelBottom, doc.y) + 5;
  doc.rect(x, y, LABEL, bottom - y).stroke();
  doc.rect(x + LABEL, y, WIDTH - LABEL, bottom - y).stroke();
  doc.x = x;
  doc.y = bottom;
}
