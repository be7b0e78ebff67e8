import { SESSION_ENDED_CLOSE } from '@dengon/domain';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { SessionUser } from '../common/request-context';
import type { AccessTokens } from './access-token';
import type { LiveSessions } from './live-sessions';

interface Socket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): void;
}

/** Told of each signed-in live connection: presence (acd) counts the operators' consoles. */
export interface LiveConnections {
  /** A user's connection opened; the returned function is called once it closes. */
  opened(user: SessionUser): () => void;
}

const tokenOf = (params: Readonly<Record<string, unknown>> | undefined) => {
  const header = params?.['authorization'];
  return typeof header === 'string' && header.startsWith('Bearer ')
    ? header.slice('Bearer '.length).trim()
    : null;
};

/**
 * Subscriptions keep no rights they no longer have: a socket is closed when
 * its token expires, and every event is checked against the user's current
 * rights (role, deactivation, password reset, sign-out, client terminated)
 * before it is sent. Each signed-in connection is reported to `connections`.
 */
export function liveSubscriptions(
  tokens: AccessTokens,
  sessions: LiveSessions,
  connections: LiveConnections,
): GraphQLWsSubscriptionsConfig {
  return {
    path: '/graphql',
    onConnect: (ctx) => {
      const token = tokenOf(ctx.connectionParams);
      const session = token ? tokens.verify(token) : null;
      if (session) {
        const socket = (ctx.extra as { socket: Socket }).socket;
        const timer = setTimeout(
          () => socket.close(SESSION_ENDED_CLOSE, 'Access token expired'),
          Math.max(0, session.expiresAt.getTime() - Date.now()),
        );
        const closed = connections.opened(session);
        socket.once('close', () => {
          clearTimeout(timer);
          closed();
        });
      }
      return true;
    },
    onNext: async (ctx) => {
      const token = tokenOf(ctx.connectionParams);
      if (!token) return undefined; // nothing signed in can subscribe: the guard refused it
      const session = tokens.verify(token);
      // Unknown (the database away for a moment) counts as ended: the app takes a fresh
      // token and subscribes again, where closing for an error would end it for good.
      const holds = session ? await sessions.holdsForEvent(session).catch(() => false) : false;
      if (holds) return undefined;
      (ctx.extra as { socket: Socket }).socket.close(SESSION_ENDED_CLOSE, 'Session ended');
      return { errors: [new GraphQLError('Your session has ended; sign in again')] };
    },
  };
}
