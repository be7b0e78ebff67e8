import type { ApolloClient } from '@apollo/client';
import type { Role } from '../gql/graphql';
import type { ApolloAuth } from './apollo-client';
import { authRequest } from './auth-request';
import { loginMutation, logoutMutation, refreshTokenMutation, type SessionUser } from './documents';
import { errorCode, errorKey, type ErrorKey } from './errors';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; notice?: ErrorKey }
  | { status: 'signedIn'; user: SessionUser };

interface AuthPayload {
  accessToken: string;
  user: SessionUser;
}

/**
 * Who is signed in to this app. The access token lives only in this object's memory;
 * the httpOnly refresh cookie restores it after a reload.
 */
export class Session {
  private client: ApolloClient | null = null;
  private accessToken: string | null = null;
  private state: SessionState = { status: 'restoring' };
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;

  constructor(private readonly allowedRoles: readonly Role[]) {}

  /**
   * The GraphQL client of the signed-in screens, made by them on first use with
   * this session's token (the sign-in screen loads without it); one per session,
   * its cache emptied at each sign-out.
   */
  graphqlClient(create: (auth: ApolloAuth) => ApolloClient): ApolloClient {
    return (this.client ??= create({
      accessToken: () => this.accessToken,
      refresh: () => this.refresh(),
    }));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /** Shared by concurrent callers: the server rotates the cookie, so two refreshes would race. */
  refresh(): Promise<boolean> {
    this.refreshing ??= authRequest(refreshTokenMutation)
      .then((data) => this.start(data.refreshToken))
      .catch((error: unknown) => {
        if (errorCode(error) !== 'UNAUTHENTICATED') this.end(errorKey(error));
        else this.end(this.state.status === 'signedIn' ? 'sessionExpired' : undefined);
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /**
   * A same-origin request outside GraphQL (file exports) with the access token
   * as a Bearer header; an expired token costs one refresh and one retry, as in GraphQL.
   */
  async authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
    const send = () => {
      const headers = new Headers(init.headers);
      if (this.accessToken) headers.set('Authorization', `Bearer ${this.accessToken}`);
      return fetch(url, { ...init, headers, credentials: 'include' });
    };
    const response = await send();
    if (response.status !== 401 || !(await this.refresh())) return response;
    return send();
  }

  /** Rejects with the API error; map it with `errorKey` ('codeRequired': ask for the one-time code). */
  async signIn(email: string, password: string, code?: string): Promise<void> {
    const data = await authRequest(loginMutation, { email, password, code: code || null });
    await this.start(data.login);
  }

  async signOut(notice?: ErrorKey): Promise<void> {
    try {
      await authRequest(logoutMutation);
    } catch {
      // Best effort: the cookie may already be gone, and the local sign-out must happen anyway.
    } finally {
      this.end(notice);
    }
  }

  private async start({ accessToken, user }: AuthPayload): Promise<boolean> {
    this.accessToken = accessToken;
    if (this.allowedRoles.includes(user.role)) {
      this.setState({ status: 'signedIn', user });
      return true;
    }
    // Sign out server-side too, or a reload would restore the same refused session.
    await this.signOut('roleNotAllowed');
    return false;
  }

  private end(notice?: ErrorKey): void {
    this.accessToken = null;
    void this.client?.clearStore(); // nothing of the previous user may stay in the cache
    this.setState({ status: 'signedOut', notice });
  }

  private setState(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}
