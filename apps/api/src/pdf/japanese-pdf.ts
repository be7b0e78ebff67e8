import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * A4 documents in Japanese with pdfkit. Noto Sans JP comes from an npm
 * package (no system fonts needed) and pdfkit embeds only the glyphs used,
 * so a one-page sheet stays a few kilobytes. The font files are read once.
 */
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
};
let fonts: { regular: Buffer; bold: Buffer } | undefined;

export const A4 = { width: 595.28, height: 841.89, margin: 48 } as const;

/** Draws a document and returns its bytes. */
export function renderPdf(
  info: { title: string; author: string },
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  fonts ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
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
