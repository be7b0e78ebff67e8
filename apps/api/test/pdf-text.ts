import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const SCRIPT = resolve(__dirname, '../../../tools/pdf-text.cjs');

/** The text of a PDF as pdf.js extracts it, and its page count (see tools/pdf-text.cjs). */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const run = promisify(execFile)(process.execPath, [SCRIPT], { maxBuffer: 16 * 1024 * 1024 });
  run.child.stdin?.end(pdf);
  return JSON.parse((await run).stdout) as { text: string; pages: number };
}
