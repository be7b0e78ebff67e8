import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { Client } from 'pg';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { DATABASE_URL } from '../events/event-bus';
import { Mailbox } from './mailbox.entity';
import { Mailboxes } from './mailboxes.service';

const WATCH = RequestContext.system('mailbox watch');
// Any constant: one process across the API's replicas keeps the IDLE connections.
const WATCH_LOCK = 0x6d626f78;
/** A connection that dropped is opened again after this. */
const RECONNECT_MS = 30_000;

interface Watcher {
  /** What the connection was opened with: a change (a new password) opens it anew. */
  signature: string;
  client: ImapFlow;
  stopped: boolean;
}

/**
 * Mail in a client's own mailbox comes in the moment it arrives: one process
 * keeps a connection to each working mailbox in IMAP IDLE (imapflow idles by
 * itself between commands), and a new message starts the mailbox's look at
 * once. The minute's look (job mailbox.poll) stays as the net: a server
 * without IDLE, a dropped connection, a failing mailbox. Watchers follow the
 * mailboxes as the back office changes them, every MAILBOX_WATCH_REFRESH_MS.
 */
@Injectable()
export class MailboxWatch implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('MailboxWatch');
  private readonly watchers = new Map<string, Watcher>();
  private lock?: Client;
  private leader = false;
  private timer?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly mailboxes: Mailboxes,
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.MAILBOX_WATCH_REFRESH_MS === 0) return;
    const tick = () =>
      void this.refresh()
        .catch((e: Error) => this.log.warn(`refresh: ${e.message}`))
        .finally(() => {
          if (!this.stopping)
            this.timer = setTimeout(tick, this.config.MAILBOX_WATCH_REFRESH_MS).unref();
        });
    tick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await Promise.all([...this.watchers.keys()].map((id) => this.unwatch(id)));
    await this.lock?.end().catch(() => undefined);
  }

  /** The mailboxes watched now, by id: for the tests and the health of the process. */
  get watching(): string[] {
    return [...this.watchers.keys()];
  }

  /** Watches each working mailbox (this process holding the lock), and stops watching the rest. */
  async refresh(): Promise<void> {
    const leader = await this.leading();
    const wanted = leader
      ? await this.db.transaction(WATCH, (em) => em.findBy(Mailbox, { status: 'OK' }))
      : [];
    const byId = new Map(wanted.map((m) => [m.id, m]));
    for (const [id, watcher] of this.watchers) {
      const mailbox = byId.get(id);
      if (!mailbox || signatureOf(mailbox) !== watcher.signature || !watcher.client.usable)
        await this.unwatch(id);
    }
    for (const mailbox of wanted)
      if (!this.watchers.has(mailbox.id)) await this.watch(mailbox).catch(() => undefined);
  }

  /** Whether this process keeps the IDLE connections: it holds the lock on a connection of its own. */
  private async leading(): Promise<boolean> {
    if (this.lock) return this.leader;
    const client = new Client({
      connectionString: this.url,
      application_name: 'dengon-mailbox-watch',
    });
    // The connection lost, the lock goes with it: this process stops, another may take over.
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.lock !== client) return;
      this.lock = undefined;
      this.leader = false;
    });
    await client.connect();
    this.lock = client;
    const { rows } = await client.query<{ held: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS held',
      [WATCH_LOCK],
    );
    this.leader = rows[0]?.held ?? false;
    // Not the leader: asked again at the next refresh, on a new connection.
    if (!this.leader) {
      this.lock = undefined;
      await client.end().catch(() => undefined);
    }
    return this.leader;
  }

  private async watch(mailbox: Mailbox): Promise<void> {
    const client = this.mailboxes.client(mailbox, {
      // A connection that only listens: IDLE at once after each command (NOOP where the
      // server has no IDLE), renewed every few minutes so no middlebox thinks it dead.
      autoIdleDelay: 0,
      maxIdleTime: 5 * 60_000,
    });
    const watcher: Watcher = { signature: signatureOf(mailbox), client, stopped: false };
    this.watchers.set(mailbox.id, watcher);
    client.on('error', (error: Error) => this.log.debug(`${mailbox.host}: ${error.message}`));
    client.on('close', () => {
      if (watcher.stopped || this.watchers.get(mailbox.id) !== watcher) return;
      // Dropped: looked at again later (refresh), the minute's look covering meanwhile.
      setTimeout(() => {
        if (this.watchers.get(mailbox.id) === watcher) this.watchers.delete(mailbox.id);
      }, RECONNECT_MS).unref();
    });
    client.on('exists', () => {
      void this.mailboxes.look(mailbox.id).catch((e: Error) => this.log.warn(e.message));
    });
    try {
      await client.connect();
      await client.mailboxOpen(mailbox.folder, { readOnly: true });
      // What came while nobody watched comes in now; from here on, as it arrives.
      void this.mailboxes.look(mailbox.id).catch((e: Error) => this.log.warn(e.message));
    } catch (error) {
      // The minute's look marks the mailbox failing, with why; nothing more to do here.
      this.log.debug(`${mailbox.username}@${mailbox.host}: ${(error as Error).message}`);
      await this.unwatch(mailbox.id);
      throw error;
    }
  }

  private async unwatch(id: string): Promise<void> {
    const watcher = this.watchers.get(id);
    if (!watcher) return;
    watcher.stopped = true;
    this.watchers.delete(id);
    await watcher.client.logout().catch(() => watcher.client.close());
  }
}

const signatureOf = (m: Mailbox) =>
  [m.host, m.port, m.tls, m.username, m.folder, m.passwordSealed].join('\n');
