import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { mapAsync } from './map-async';

export const DATABASE_URL = Symbol('DATABASE_URL');
const CHANNEL = 'dengon_events';

/** What changed, and for whom: subscribers load the data themselves, as the reader they are. */
export type DengonEvent =
  | { type: 'intake.created' | 'intake.changed'; clientCompanyId: string; id: string }
  | { type: 'dispatch.changed'; clientCompanyId: string; id: string }
  | { type: 'offer.created'; operatorId: string; id: string }
  /** A waiting mail offered to one operator (written by dengon_dispatch). */
  | { type: 'mail_offer.created'; operatorId: string; id: string }
  /** Calls or operators changed: the supervisors' board is stale. */
  | { type: 'acd.changed' }
  /** An invoice run moved on (back office only). */
  | { type: 'billing.run'; id: string }
  /**
   * A user's standing (role, active, session version) or their client's status
   * changed, sent by the database itself; with neither id, anything may have
   * changed (the listener was away).
   */
  | { type: 'session.changed'; userId?: string; clientCompanyId?: string };

export const ACD_CHANGED: DengonEvent = { type: 'acd.changed' };

/**
 * The topics an event is delivered under, so that each subscription wakes
 * only for events it may care about: with hundreds of operators connected,
 * an offer wakes one of them, not all.
 */
export function topicsOf(event: DengonEvent): string[] {
  switch (event.type) {
    case 'offer.created':
      return [`offer:${event.operatorId}`];
    case 'mail_offer.created':
      return [`mail-offer:${event.operatorId}`];
    case 'acd.changed':
      return ['acd'];
    case 'intake.created':
    case 'intake.changed':
      return [`intake:${event.clientCompanyId}`, 'intake:*'];
    case 'dispatch.changed':
      return [`dispatch:${event.clientCompanyId}`, 'dispatch:*'];
    case 'billing.run':
      return ['billing'];
    case 'session.changed':
      return ['session'];
  }
}

/**
 * Live events across every API process, through PostgreSQL LISTEN/NOTIFY:
 * an event is published inside the transaction of the change, and PostgreSQL
 * delivers it to every listener only if and when that transaction commits.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('EventBus');
  private readonly local = new EventEmitter().setMaxListeners(0);
  private client?: Client;
  private listening = false;
  private stopping = false;
  private retrying?: NodeJS.Timeout;

  constructor(@Inject(DATABASE_URL) private readonly url: string) {}

  static async publish(em: EntityManager, event: DengonEvent): Promise<void> {
    await em.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retrying);
    this.local.emit('close');
    await this.client?.end().catch(() => undefined);
  }

  /** Events of a topic (see topicsOf) as they arrive, until the consumer returns the iterator. */
  events(topic: string): AsyncIterableIterator<DengonEvent> {
    return mapAsync(
      on(this.local, topic, { close: ['close'] }),
      ([event]: unknown[]) => event as DengonEvent,
    );
  }

  /**
   * Calls the listener for each event of a topic, synchronously and in commit
   * order; returns how to stop. The "session" topic also gets a
   * "session.changed" of no ids whenever events may have been missed.
   */
  on(topic: string, listener: (event: DengonEvent) => void): () => void {
    this.local.on(topic, listener);
    return () => void this.local.off(topic, listener);
  }

  /** Whether events are arriving now: while not, none are missed only by reading afresh. */
  get isListening(): boolean {
    return this.listening;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'dengon-events' });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const event = JSON.parse(msg.payload) as DengonEvent;
      for (const topic of topicsOf(event)) this.local.emit(topic, event);
    });
    // A lost connection is re-established, however long PostgreSQL takes to come back;
    // events sent meanwhile are missed, which a reload repairs.
    let lost = false;
    const reconnect = (why: string) => {
      if (lost || this.stopping) return;
      lost = true;
      this.listening = false;
      this.local.emit('session', { type: 'session.changed' } satisfies DengonEvent);
      this.log.warn(`listener lost: ${why}`);
      this.retry();
    };
    client.on('error', (error) => reconnect(error.message));
    client.on('end', () => reconnect('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      // Not listening: the caller retries; this client must not retry too.
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.listening = true;
  }

  private retry(delayMs = 1000): void {
    if (this.stopping) return;
    this.retrying = setTimeout(() => {
      if (this.stopping) return;
      this.listen().catch((error: Error) => {
        this.log.warn(`listener not back yet: ${error.message}`);
        this.retry(Math.min(delayMs * 2, 10_000));
      });
    }, delayMs);
  }
}
