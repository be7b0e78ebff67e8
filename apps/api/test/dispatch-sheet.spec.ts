import { type DispatchSheet, renderDispatchSheet } from '../src/dispatch/dispatch-sheet';
import { pdfText as textOf } from './pdf-text';

const sheet: DispatchSheet = {
  dispatchNo: 1042,
  issuedAt: new Date('2026-11-22T05:30:00Z'),
  urgent: true,
  category: '水回り',
  contractor: { name: '新宿水道サービス株式会社', fax: '03-1234-5678' },
  sender: { name: '電話代行サービス Dengon', phone: '03-9876-5432' },
  clientName: '東都設備サービス株式会社',
  siteAddress: '東京都新宿区西新宿2-8-1 サンプルビル3階',
  contact: { name: '山田 太郎', phone: '090-1111-2222' },
  details: [
    { label: '症状', value: '台所の給水管から水漏れ。床が濡れている。' },
    { label: '希望日時', value: '本日中' },
  ],
  instructions: '止水栓の確認と応急処置をお願いします。',
  ack: { url: 'https://dengon.example/ack/abc.def', expiresAt: new Date('2026-11-29T05:30:00Z') },
};

describe('dispatch sheet (手配書)', () => {
  it('is one A4 page under 200 KB with a subset Japanese font embedded', async () => {
    const pdf = await renderDispatchSheet(sheet);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(200 * 1024);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // A subset font is named with a six-letter tag: ABCDEF+NotoSansJP-Regular.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    expect(raw).toContain('/FontFile2');
    expect((await textOf(pdf)).pages).toBe(1);
  });

  it('carries the cover, the job and how to acknowledge, in Japanese', async () => {
    const { text } = await textOf(await renderDispatchSheet(sheet));
    for (const expected of [
      '【至急】手配書（作業のご依頼）',
      '手配番号：No.1042',
      '発行日時：2026年11月22日(日) 14:30',
      '新宿水道サービス株式会社 御中',
      'FAX：03-1234-5678',
      '送信枚数：1枚（本紙を含む）',
      '東都設備サービス株式会社',
      '東京都新宿区西新宿2-8-1 サンプルビル3階',
      '台所の給水管から水漏れ。床が濡れている。',
      '止水栓の確認と応急処置をお願いします。',
      'https://dengon.example/ack/abc.def',
      '2026年11月29日(日) 14:30まで有効',
      '□ 受諾します',
    ])
      expect(text).toContain(expected);
  });

  it('counts every page on the cover when the job runs long', async () => {
    const long = { ...sheet, instructions: '配管の状態を確認してください。'.repeat(200) };
    const { text, pages } = await textOf(await renderDispatchSheet(long));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`送信枚数：${pages}枚（本紙を含む）`);
  });
});
