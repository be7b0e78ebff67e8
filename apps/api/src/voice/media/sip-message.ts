/**
 * SIP messages (RFC 3261) as the media server meets them: requests from the
 * voice edge, the responses and BYEs it sends back. Only what a user agent
 * server behind one trusted proxy needs; anything it cannot read is refused.
 */

export interface SipRequest {
  kind: 'request';
  method: string;
  uri: string;
  headers: SipHeader[];
  body: string;
}

export interface SipResponse {
  kind: 'response';
  status: number;
  reason: string;
  headers: SipHeader[];
  body: string;
}

export type SipMessage = SipRequest | SipResponse;
export type SipHeader = [name: string, value: string];

export class SipParseError extends Error {}

const COMPACT: Record<string, string> = {
  v: 'Via',
  f: 'From',
  t: 'To',
  i: 'Call-ID',
  m: 'Contact',
  l: 'Content-Length',
  c: 'Content-Type',
  k: 'Supported',
};
const CANONICAL = new Map(
  [
    'Via',
    'From',
    'To',
    'Call-ID',
    'CSeq',
    'Contact',
    'Content-Length',
    'Content-Type',
    'Record-Route',
    'Route',
    'Max-Forwards',
    'Supported',
    'User-Agent',
    'Server',
    'Allow',
    'Reason',
  ].map((name) => [name.toLowerCase(), name]),
);

function canonicalName(raw: string): string {
  const lower = raw.trim().toLowerCase();
  return COMPACT[lower] ?? CANONICAL.get(lower) ?? raw.trim();
}

export function parseSip(text: string): SipMessage {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new SipParseError('SIP: no blank line after the headers');
  const [startLine, ...lines] = text.slice(0, split).split('\r\n');
  const headers: SipHeader[] = [];
  for (const line of lines) {
    // Folded continuation lines belong to the header before them.
    if (/^[ \t]/.test(line) && headers.length) {
      headers[headers.length - 1]![1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SipParseError(`SIP: header line without a name: ${line}`);
    headers.push([canonicalName(line.slice(0, colon)), line.slice(colon + 1).trim()]);
  }
  const length = Number(headerOf({ headers }, 'Content-Length') ?? '0');
  if (!Number.isInteger(length) || length < 0) throw new SipParseError('SIP: bad Content-Length');
  const rest = Buffer.from(text.slice(split + 4), 'utf8');
  if (rest.length < length) throw new SipParseError('SIP: body shorter than its Content-Length');
  const body = rest.subarray(0, length).toString('utf8');

  const status = /^SIP\/2\.0 ([1-6]\d\d) ?(.*)$/.exec(startLine ?? '');
  if (status)
    return { kind: 'response', status: Number(status[1]), reason: status[2]!, headers, body };
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(startLine ?? '');
  if (!request) throw new SipParseError(`SIP: not a request or status line: ${startLine}`);
  for (const needed of ['Via', 'From', 'To', 'Call-ID', 'CSeq'])
    if (!headerOf({ headers }, needed)) throw new SipParseError(`SIP: no ${needed} header`);
  return { kind: 'request', method: request[1]!, uri: request[2]!, headers, body };
}

/** The first value of a header, by its canonical name. */
export function headerOf(message: { headers: SipHeader[] }, name: string): string | undefined {
  return message.headers.find(([n]) => n === name)?.[1];
}

/** Every value of a header, comma-separated lists split (outside <...> and quotes). */
export function headersOf(message: { headers: SipHeader[] }, name: string): string[] {
  return message.headers.filter(([n]) => n === name).flatMap(([, v]) => splitList(v));
}

function splitList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && c === '<') depth++;
    else if (!quoted && c === '>') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter(Boolean);
}

/** The tag parameter of a From or To value. */
export function tagOf(value: string | undefined): string | undefined {
  return /;\s*tag=([^;>\s]+)/i.exec(value?.replace(/<[^>]*>/, '') ?? '')?.[1];
}

/** The URI of a name-addr (`"x" <sip:...>;p`) or addr-spec (`sip:...;p`). */
export function uriOf(value: string): string {
  const angle = /<([^>]*)>/.exec(value);
  return angle ? angle[1]! : value.split(';')[0]!.trim();
}

/** The user part of a SIP URI (`sip:user@host`), or '' without one. */
export function userOf(uri: string): string {
  return /^sips?:([^@;>]+)@/.exec(uri)?.[1] ?? '';
}

export function serialize(message: SipMessage): string {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.uri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason}`;
  const headers = message.headers.filter(([n]) => n !== 'Content-Length');
  const body = Buffer.from(message.body, 'utf8');
  return [
    start,
    ...headers.map(([n, v]) => `${n}: ${v}`),
    `Content-Length: ${body.length}`,
    '',
    message.body,
  ].join('\r\n');
}

/**
 * A response to a request: Via, From, Call-ID, CSeq copied; the To tagged with
 * ours (dialog-forming answers); Record-Route copied where a dialog forms.
 */
export function responseTo(
  request: SipRequest,
  status: number,
  reason: string,
  options: { toTag?: string; headers?: SipHeader[]; body?: string } = {},
): SipResponse {
  const to = headerOf(request, 'To')!;
  const tagged = options.toTag && !tagOf(to) ? `${to};tag=${options.toTag}` : to;
  const dialog = request.method === 'INVITE' && status > 100 && status < 300;
  return {
    kind: 'response',
    status,
    reason,
    headers: [
      ...request.headers.filter(([n]) => n === 'Via'),
      ...(dialog ? request.headers.filter(([n]) => n === 'Record-Route') : []),
      ['From', headerOf(request, 'From')!],
      ['To', tagged],
      ['Call-ID', headerOf(request, 'Call-ID')!],
      ['CSeq', headerOf(request, 'CSeq')!],
      ...(options.headers ?? []),
    ],
    body: options.body ?? '',
  };
}
