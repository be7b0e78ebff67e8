import { Injectable } from '@nestjs/common';
import { ClientStatus } from '../clients/client-company.entity';
import { Db } from '../database/db.service';
import type { TokenSession } from './access-token';

/**
 * Rights are live: a token is honoured only while what it was issued for
 * still holds. The user is active, their role and session version unchanged
 * (a role change, deactivation, password reset or sign-out bumps it), and
 * their client not terminated. One indexed read per request or event.
 */
@Injectable()
export class LiveSessions {
  constructor(private readonly db: Db) {}

  async holds(session: TokenSession): Promise<boolean> {
    const [row] = await this.db.prepared<{
      role: string;
      active: boolean;
      session_version: number;
      status: string | null;
    }>(
      'live-session',
      `SELECT u.role, u.active, u.session_version, c.status
         FROM users u LEFT JOIN client_companies c ON c.id = u.client_company_id
        WHERE u.id = $1`,
      [session.id],
    );
    return (
      row !== undefined &&
      row.active &&
      row.role === session.role &&
      row.session_version === session.sessionVersion &&
      row.status !== ClientStatus.TERMINATED
    );
  }
}
