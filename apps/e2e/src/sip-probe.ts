import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * Raw SIP over UDP from a chosen loopback address, for what no well-behaved
 * user agent sends: an INVITE from a stranger, a REGISTER with a bad credential.
 */
export class SipProbe {
  private readonly replies: string[] = [];

  private constructor(
    private readonly socket: Socket,
    private readonly edge: { host: string; port: number },
  ) {
    socket.on('message', (msg) => this.replies.push(msg.toString()));
  }

  static async open(from: string, edge: { host: string; port: number }): Promise<SipProbe> {
    const socket = createSocket('udp4');
    socket.bind(0, from);
    await once(socket, 'listening');
    return new SipProbe(socket, edge);
  }

  /** Sends a request and resolves with the first final (non-1xx) status line and headers. */
  async request(
    method: string,
    uri: string,
    headers: Record<string, string>,
    body = '',
  ): Promise<{ status: number; text: string }> {
    const { address, port } = this.socket.address();
    const callId = headers['Call-ID'] ?? `${randomBytes(8).toString('hex')}@probe`;
    const message = [
      `${method} ${uri} SIP/2.0`,
      `Via: SIP/2.0/UDP ${address}:${port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`,
      'Max-Forwards: 70',
      ...Object.entries({ ...headers, 'Call-ID': callId }).map(([k, v]) => `${k}: ${v}`),
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n');
    const seen = this.replies.length;
    this.socket.send(message, this.edge.port, this.edge.host);
    const deadline = Date.now() + 5000;
    for (;;) {
      const final = this.replies.slice(seen).find((r) => !/^SIP\/2\.0 1\d\d/.test(r));
      if (final) return { status: Number(final.split(' ')[1]), text: final };
      if (Date.now() > deadline) throw new Error(`no final answer to ${method}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * REGISTER as auth_ephemeral expects, with a credential minted by `secret`
   * that expires at `expiry` (unix seconds): challenged first, then answered.
   */
  async register(
    user: string,
    domain: string,
    credential: { secret: string; expiry: number },
  ): Promise<number> {
    const { address, port } = this.socket.address();
    const aor = `sip:${user}@${domain}`;
    const headers = {
      From: `<${aor}>;tag=${randomBytes(4).toString('hex')}`,
      To: `<${aor}>`,
      'Call-ID': `${randomBytes(8).toString('hex')}@probe`,
      Contact: `<sip:${user}@${address}:${port}>`,
      Expires: '60',
    };
    const challenge = await this.request('REGISTER', `sip:${domain}`, {
      ...headers,
      CSeq: '1 REGISTER',
    });
    if (challenge.status !== 401) return challenge.status;
    const realm = /realm="([^"]+)"/.exec(challenge.text)![1]!;
    const nonce = /nonce="([^"]+)"/.exec(challenge.text)![1]!;
    const username = `${credential.expiry}:${user}`;
    const password = createHmac('sha1', credential.secret).update(username).digest('base64');
    const uri = `sip:${domain}`;
    const response = md5(
      `${md5(`${username}:${realm}:${password}`)}:${nonce}:${md5(`REGISTER:${uri}`)}`,
    );
    const answered = await this.request('REGISTER', uri, {
      ...headers,
      CSeq: '2 REGISTER',
      Authorization: `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5`,
    });
    return answered.status;
  }

  close(): void {
    this.socket.close();
  }
}
