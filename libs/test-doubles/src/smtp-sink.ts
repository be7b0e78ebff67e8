import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpOptions {
  /** Recipients to refuse for good (550). */
  refuse?: (address: string) => boolean;
  /**
   * Messages to take in and never answer, as a server that hangs at the end of
   * DATA: the sender is left waiting for the 250 that would make it delivered.
   */
  hold?: number;
}

/** A real SMTP server in the test process; what arrives is parsed with mailparser. */
export class TestSmtp {
  /** The messages accepted (answered 250), parsed. */
  readonly mails: ParsedMail[] = [];
  private readonly server: SMTPServer;
  private toHold: number;
  private heldOne!: () => void;
  /** Resolves when a held message has been taken in, its sender waiting for the answer. */
  readonly held = new Promise<void>((resolve) => (this.heldOne = resolve));

  private constructor(options: SmtpOptions) {
    this.toHold = options.hold ?? 0;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // Senders keep pooled connections open: a stopping test server does not wait 30 s for them.
      closeTimeout: 200,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!options.refuse?.(address.address)) return callback();
        // A permanent refusal, as a fax gateway gives for a number it cannot reach.
        callback(Object.assign(new Error('550 recipient refused'), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        if (this.toHold > 0) {
          this.toHold--;
          stream.on('end', () => this.heldOne());
          stream.resume();
          return; // never answered
        }
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
  }

  /** Listens on the given port, or a free one. */
  static async start(options: SmtpOptions = {}, port = 0): Promise<TestSmtp> {
    const smtp = new TestSmtp(options);
    await new Promise<void>((resolve, reject) => {
      smtp.server.once('error', reject);
      smtp.server.listen(port, '127.0.0.1', () => resolve());
    });
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** Waits until at least n messages have arrived. */
  async waitFor(n: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.mails.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} mails, got ${this.mails.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.mails;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
