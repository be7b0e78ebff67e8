import { authResult, dkimOverall, type SenderAuthentication as Checked } from '@dengon/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { authenticate } from 'mailauth';
import { Resolver } from 'node:dns/promises';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** SPF, DKIM and DMARC as found, with the Authentication-Results header that says so. */
export interface SenderChecks extends Checked {
  header: string;
}

/** How the listener received a message, as SPF asks: who connected, what they called themselves, for whom. */
export interface Connection {
  mailFrom: string;
  remoteAddress: string;
  helo: string;
}

/** A lookup that does not answer in time is a temporary error, not a mail held up. */
const LOOKUPS_MS = 5_000;

/**
 * Checks who sent a mail (mailauth): SPF for the connecting address and the
 * envelope sender, DKIM signatures, and the From domain's DMARC policy, with
 * the DNS resolver of this machine or the servers DNS_SERVERS names. It never
 * refuses a mail by itself: the result is kept with it and shown to whoever
 * reads it.
 */
@Injectable()
export class SenderAuthentication {
  private readonly log = new Logger('SenderAuthentication');
  private readonly resolver = new Resolver({ timeout: 2_000, tries: 2 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.DNS_SERVERS.length) this.resolver.setServers(config.DNS_SERVERS);
  }

  /**
   * Checks a mail as it arrived here over SMTP (the connection), or, for one
   * read from a mailbox, as the Received header its own server wrote says.
   */
  async check(raw: Buffer, connection: Connection | 'received'): Promise<SenderChecks> {
    const lookups = authenticate(raw, {
      ...(connection === 'received'
        ? { trustReceived: true }
        : { ip: connection.remoteAddress, helo: connection.helo, sender: connection.mailFrom }),
      mta: this.config.INBOUND_MAIL_DOMAIN,
      resolver: (name, type) => this.resolver.resolve(name, type) as Promise<string[][]>,
      disableArc: true,
      disableBimi: true,
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, LOOKUPS_MS, null)));
    try {
      const found = await Promise.race([lookups, late]);
      if (!found) return unknown('lookups took too long');
      return {
        spf: found.spf ? authResult(found.spf.status.result) : 'none',
        dkim: dkimOverall(found.dkim.results.map((r) => authResult(r.status.result))),
        dmarc: found.dmarc ? authResult(found.dmarc.status.result) : 'none',
        header: found.headers,
      };
    } catch (error) {
      this.log.warn(`sender not checked: ${(error as Error).message}`);
      return unknown((error as Error).message);
    } finally {
      clearTimeout(timer);
    }
  }
}

const unknown = (why: string): SenderChecks => ({
  spf: 'temperror',
  dkim: 'temperror',
  dmarc: 'temperror',
  header: `Authentication-Results: (not checked: ${why})`,
});
