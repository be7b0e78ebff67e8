import Encoding from 'encoding-japanese';

/** A small PDF, as a fax or a customer's attachment. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A message as Japanese mailers write it: ISO-2022-JP (JIS) subject and body. */
export function jisMessage(to: string, messageId: string, subject: string, body: string): Buffer {
  const jis = (text: string) =>
    Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
  const word = `=?ISO-2022-JP?B?${jis(subject).toString('base64')}?=`;
  const boundary = 'b1_dengon_test';
  return Buffer.concat([
    Buffer.from(
      [
        `From: =?ISO-2022-JP?B?${jis('山田').toString('base64')}?= <yamada@customer.example>`,
        `To: ${to}`,
        `Subject: ${word}`,
        `Message-ID: ${messageId}`,
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset=ISO-2022-JP',
        'Content-Transfer-Encoding: 7bit',
        '',
        '',
      ].join('\r\n'),
      'latin1',
    ),
    jis(body),
    Buffer.from(
      [
        '',
        `--${boundary}`,
        'Content-Type: application/pdf; name="mitsumori.pdf"',
        'Content-Disposition: attachment; filename="mitsumori.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        PDF.toString('base64'),
        `--${boundary}--`,
        '',
      ].join('\r\n'),
      'latin1',
    ),
  ]);
}
