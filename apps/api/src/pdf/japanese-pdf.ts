import { create as openFont } from 'fontkit';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * A4 documents in Japanese with pdfkit. Noto Sans JP comes from an npm
 * package (no system fonts needed) and pdfkit embeds only the glyphs used,
 * so a one-page sheet stays a few kilobytes. The fonts are parsed once by
 * fontkit and shared by every document: parsing the 5 MB font for each one
 * cost more than drawing the document (an invoice run renders thousands).
 */
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
};
// pdfkit takes a parsed fontkit font where its types say file or bytes.
type FontSource = PDFKit.Mixins.PDFFontSource;
let fonts: { regular: FontSource; bold: FontSource } | undefined;

export const A4 = { width: 595.28, height: 841.89, margin: 48 } as const;

/** Draws a document and returns its bytes. */
export function renderPdf(
  info: { title: string; author: string },
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  fonts ??= {
    regular: openFont(readFileSync(FONT_FILES.regular)) as unknown as FontSource,
    bold: openFont(readFileSync(FONT_FILES.bold)) as unknown as FontSource,
  };
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4.margin,
    info: { Title: info.title, Author: info.author, Creator: 'Dengon' },
    lang: 'ja-JP',
    // Pages stay open until the end, so a header can say how many there are.
    bufferPages: true,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
