// Prints {"text", "pages"} of the PDF on stdin, with pdf-parse (pdf.js).
// Tests call it in its own Node process: pdf.js loads its worker with a
// dynamic import, which Jest's CommonJS sandbox does not allow.
const { PDFParse } = require('pdf-parse');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const result = await parser.getText();
    process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
  } finally {
    await parser.destroy();
  }
});
