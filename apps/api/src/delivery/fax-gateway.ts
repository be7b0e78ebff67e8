import { formatNational } from '@dengon/domain';
import { writeAtomically } from '../storage/write-atomically';
import { Inject, Injectable } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Mailer } from './mailer';

export interface Fax {
  /** Stable per message, so a repeat can be told from a new fax. */
  messageId: string;
  /** E.164. */
  to: string;
  subject: string;
  pdf: Buffer;
  fileName: string;
}

/** The gateway refused the fax for good (a bad number, a refused recipient): retrying will not help. */
export class FaxRefused extends Error {}

/** Sends a fax and returns the gateway's id for it. */
export abstract class FaxGateway {
  abstract send(fax: Fax): Promise<string>;
}

/** Local outbox (the default): the PDF and what it was for, under DATA_DIR/outbox/fax. */
@Injectable()
export class OutboxFaxGateway extends FaxGateway {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async send(fax: Fax): Promise<string> {
    const dir = join(this.config.dataDir, 'outbox', 'fax');
    await mkdir(dir, { recursive: true });
    const base = `${new Date().toISOString().replace(/[:.]/g, '-')}-${formatNational(fax.to).replace(/-/g, '')}`;
    await writeAtomically(join(dir, `${base}.pdf`), fax.pdf);
    await writeAtomically(
      join(dir, `${base}.json`),
      JSON.stringify({
        to: formatNational(fax.to),
        subject: fax.subject,
        messageId: fax.messageId,
      }),
    );
    return `outbox:${base}`;
  }
}

/**
 * E-mail-to-fax, the common Japanese internet-fax route: the PDF is mailed to
 * an address made from the fax number (FAX_EMAIL_ADDRESS, e.g.
 * `{number}@fax.tc` for InterFAX or `{number}@cl1.faximo.jp`).
 */
@Injectable()
export class EmailFaxGateway extends FaxGateway {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {
    super();
  }

  send(fax: Fax): Promise<string> {
    const number = formatNational(fax.to).replace(/-/g, '');
    return this.mailer.send({
      messageId: fax.messageId,
      to: this.config.FAX_EMAIL_ADDRESS.replace('{number}', number),
      subject: fax.subject,
      text: fax.subject,
      attachments: [{ filename: fax.fileName, content: fax.pdf, contentType: 'application/pdf' }],
    });
  }
}

/** HylaFAX: `sendfax` queues the PDF on the fax server and prints the job id. */
@Injectable()
export class HylaFaxGateway extends FaxGateway {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async send(fax: Fax): Promise<string> {
    const file = join(tmpdir(), `dengon-fax-${process.pid}-${Date.now()}.pdf`);
    await writeFile(file, fax.pdf);
    const number = formatNational(fax.to).replace(/-/g, '');
    try {
      const { stdout } = await promisify(execFile)(this.config.HYLAFAX_SENDFAX, [
        '-n',
        '-d',
        number,
        '-r',
        fax.subject,
        file,
      ]);
      const id = /request id is (\d+)/.exec(stdout)?.[1];
      if (!id) throw new Error(`sendfax answered without a job id: ${stdout.trim()}`);
      return `hylafax:${id}`;
    } catch (error) {
      const e = error as { code?: unknown; stderr?: string; message: string };
      // sendfax exits 1 when it rejects the job itself (bad number, no such modem class).
      if (e.code === 1) throw new FaxRefused(e.stderr?.trim() || e.message);
      throw error;
    }
  }
}
