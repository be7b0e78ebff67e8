import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ClientStatus } from '../clients/client-company.entity';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import type { TokenSession } from './access-token';

/** What a token's rights rest on, as the database has it now. */
interface Standing {
  role: string;
  active: boolean;
  sessionVersion: number;
  clientCompanyId: string | null;
  clientStatus: string | null;
}

/**
 * Rights are live: a token is honoured only while what it was issued for
 * still holds. The user is active, their role and session version unchanged
 * (a role change, deactivation, password reset or sign-out bumps it), and
 * their client not terminated.
 */
@Injectable()
export class LiveSessions {
  /**
   * Standings read for events sent to subscriptions, kept until the database
   * says they changed: its notice of a change arrives on the events channel
   * before any event committed after it, so no event outruns a change.
   */
  private readonly kept = new LRUCache<string, Standing>({ max: 10_000 });
  /** Counts the notices, so a read that a notice overtook is not kept. */
  private notices = 0;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
  ) {
    bus.on('session', (event) => {
      this.notices++;
      if (event.type !== 'session.changed') return;
      if (event.userId) this.kept.delete(event.userId);
      else if (event.clientCompanyId) {
        for (const [id, standing] of [...this.kept.entries()])
          if (standing.clientCompanyId === event.clientCompanyId) this.kept.delete(id);
      } else this.kept.clear();
    });
  }

  /** Whether a request's token still holds: read afresh, one indexed read. */
  async holds(session: TokenSession): Promise<boolean> {
    return honours(await this.read(session.id), session);
  }

  /** Whether a subscription's token still holds for the event about to be sent. */
  async holdsForEvent(session: TokenSession): Promise<boolean> {
    let standing = this.kept.get(session.id);
    if (!standing) {
      // Kept only if notices were arriving all along: one missed could be this user's.
      const [listening, notices] = [this.bus.isListening, this.notices];
      standing = await this.read(session.id);
      if (standing && listening && this.bus.isListening && notices === this.notices)
        this.kept.set(session.id, standing);
    }
    return honours(standing, session);
  }

  private async read(userId: string): Promise<Standing | undefined> {
    const [row] = await this.db.prepared<{
      role: string;
      active: boolean;
      session_version: number;
      client_company_id: string | null;
      status: string | null;
    }>(
      'live-session',
      `SELECT u.role, u.active, u.session_version, u.client_company_id, c.status
         FROM users u LEFT JOIN client_companies c ON c.id = u.client_company_id
        WHERE u.id = $1`,
      [userId],
    );
    return (
      row && {
        role: row.role,
        active: row.active,
        sessionVersion: row.session_version,
        clientCompanyId: row.client_company_id,
        clientStatus: row.status,
      }
    );
  }
}

const honours = (standing: Standing | undefined, session: TokenSession) =>
  standing !== undefined &&
  standing.active &&
  standing.role === session.role &&
  standing.sessionVersion === session.sessionVersion &&
  standing.clientStatus !== ClientStatus.TERMINATED;
