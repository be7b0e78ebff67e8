import Encoding from 'encoding-japanese';

/**
 * The text of a single-part message read again in the Japanese encoding its
 * bytes are in, for a sender that declared the wrong charset (a Shift_JIS
 * body labelled UTF-8 is the usual case). Null when the message is not one
 * plain text part, or its bytes are no Japanese encoding either.
 */
export function redecodeJapanese(raw: Buffer): string | null {
  const split = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  if (split < 0) return null;
  const head = raw
    .subarray(0, split)
    .toString('latin1')
    .replace(/\r?\n[ \t]+/g, ' ');
  const type = /^content-type:\s*([^;\s]+)/im.exec(head)?.[1]?.toLowerCase() ?? 'text/plain';
  if (type !== 'text/plain') return null;
  const transfer = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase() ?? '7bit';
  const body = raw.subarray(split).subarray(raw[split] === 0x0d ? 4 : 2);
  let bytes: Buffer;
  if (transfer === 'base64') bytes = Buffer.from(body.toString('latin1'), 'base64');
  else if (transfer === '7bit' || transfer === '8bit' || transfer === 'binary') bytes = body;
  else return null;
  const detected = Encoding.detect(bytes);
  if (!detected || !['SJIS', 'EUCJP', 'JIS', 'UTF8'].includes(detected)) return null;
  return Encoding.convert(bytes, { from: detected, to: 'UNICODE', type: 'string' });
}
