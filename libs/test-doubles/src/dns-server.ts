import { type Answer, decode, encode, type Question } from 'dns-packet';
import { createSocket, type Socket } from 'node:dgram';

/** The record types a test publishes: what SPF, DKIM and DMARC look up. */
type Published = { type: 'TXT'; data: string } | { type: 'A'; data: string };

/**
 * A real DNS server (UDP, on 127.0.0.1) answering from the records a test
 * publishes, so mail authentication runs its lookups through Node's resolver
 * as in service; any other name does not exist (NXDOMAIN).
 */
export class TestDns {
  private readonly records = new Map<string, Published[]>();

  private constructor(private readonly socket: Socket) {
    socket.on('message', (message, from) => {
      const query = decode(message);
      const [question] = query.questions ?? [];
      const answers = question ? this.answer(question) : [];
      const reply = encode({
        id: query.id,
        type: 'response',
        flags: (answers.length || this.records.has(key(question)) ? 0 : NXDOMAIN) | RECURSION,
        questions: query.questions,
        answers,
      });
      socket.send(reply, from.port, from.address);
    });
  }

  static async start(): Promise<TestDns> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new TestDns(socket);
  }

  /** Where to send queries, as Node's `Resolver.setServers` takes it. */
  get server(): string {
    const { address, port } = this.socket.address();
    return `${address}:${port}`;
  }

  publish(name: string, record: Published): void {
    const at = name.toLowerCase();
    this.records.set(at, [...(this.records.get(at) ?? []), record]);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private answer(question: Question): Answer[] {
    return (this.records.get(key(question)) ?? [])
      .filter((record) => record.type === question.type)
      .map((record) =>
        record.type === 'TXT'
          ? // A TXT string holds at most 255 bytes: longer ones (DKIM keys) go in parts.
            { name: question.name, type: 'TXT', ttl: 60, data: chunks(record.data) }
          : { name: question.name, type: 'A', ttl: 60, data: record.data },
      );
  }
}

const NXDOMAIN = 3;
const RECURSION = 1 << 7;
const key = (question: Question | undefined) => question?.name.toLowerCase() ?? '';
const chunks = (text: string) => text.match(/.{1,255}/g) ?? [''];
