import { INBOUND_MAX_BYTES } from '@dengon/domain';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { InboundMailService } from './inbound-mail.service';

/** An SMTP answer with its code, as smtp-server sends an error's responseCode. */
const answer = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * The service's inbound mail server (smtp-server) for the intake addresses:
 * a recipient that is no client's address is refused at RCPT (550), a
 * message over the size limit at DATA (552); both are kept with their reason.
 * A message is answered 250 only once it is stored: a failure answers 451,
 * and the sending server tries again later.
 */
@Injectable()
export class InboundSmtp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server: SMTPServer | null = null;

  constructor(
    private readonly inbound: InboundMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The port it listens on, once it does (INBOUND_SMTP_PORT=0 picks a free one). */
  port: number | null = null;

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.INBOUND_SMTP_PORT;
    if (port === undefined) return;
    const server = new SMTPServer({
      name: this.config.INBOUND_MAIL_DOMAIN,
      banner: 'Dengon intake',
      size: INBOUND_MAX_BYTES,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // No DNS here to ask; the sender's address is kept as it connected.
      disableReverseLookup: true,
      maxClients: 100,
      logger: false,
      onRcptTo: (address, session, callback) => {
        this.inbound.address(address.address).then(
          async (known) => {
            if (known) return callback();
            await this.inbound.refused(envelopeOf(session), address.address, 'UNKNOWN_ADDRESS');
            callback(answer(550, `5.1.1 <${address.address}>: no such intake address`));
          },
          (error: Error) => callback(answer(451, `4.3.0 try again later: ${error.message}`)),
        );
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= INBOUND_MAX_BYTES) chunks.push(chunk);
        });
        stream.on('end', () => {
          const envelope = envelopeOf(session);
          if (stream.sizeExceeded) {
            void Promise.all(
              envelope.recipients.map((to) =>
                this.inbound.refused(envelope, to, 'TOO_LARGE', size),
              ),
            ).finally(() =>
              callback(answer(552, `5.3.4 message of ${size} bytes is over the limit`)),
            );
            return;
          }
          this.inbound.receive(Buffer.concat(chunks), envelope).then(
            () => callback(),
            (error: Error) => {
              this.logger.error(`Could not keep a message: ${error.message}`);
              callback(answer(451, '4.3.0 could not store the message, try again later'));
            },
          );
        });
      },
    });
    server.on('error', (error) => this.logger.error(`SMTP: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.INBOUND_SMTP_HOST, () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    this.logger.log(
      `Taking mail for *@${this.config.INBOUND_MAIL_DOMAIN} on ${this.config.INBOUND_SMTP_HOST}:${this.port}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function envelopeOf(session: SMTPServerSession) {
  const from = session.envelope.mailFrom;
  return {
    mailFrom: from ? from.address : '',
    recipients: session.envelope.rcptTo.map((r) => r.address),
    remoteAddress: session.remoteAddress,
    helo: session.hostNameAppearsAs,
  };
}
