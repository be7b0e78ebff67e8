import { isClientRole, type Permission, type Role } from '@dengon/domain';

/** Who is asking. For a client user the company comes from the session only. */
export interface SessionUser {
  id: string;
  role: Role;
  clientCompanyId: string | null;
  /** What the back office granted beyond the role (e.g. a supervisor's view of invoices). */
  grantedPermissions?: readonly Permission[];
}

/**
 * Passed first to every service method: who asks and from where. `system`
 * is Dengon itself (sign-in, jobs, seeds) and is not bound by row-level security.
 */
export class RequestContext {
  private constructor(
    readonly user: SessionUser | null,
    readonly address: string,
    readonly system: boolean,
  ) {}

  static anonymous(address: string): RequestContext {
    return new RequestContext(null, address, false);
  }

  static forUser(user: SessionUser, address: string): RequestContext {
    return new RequestContext(user, address, false);
  }

  static system(): RequestContext {
    return new RequestContext(null, 'system', true);
  }

  /** The signed-in user; resolvers reach services only through the guard, so absence is a bug. */
  get actor(): SessionUser {
    if (!this.user) throw new Error('RequestContext has no user');
    return this.user;
  }

  /** The tenant a client user is confined to; null for staff and system. */
  get tenantId(): string | null {
    return this.user && isClientRole(this.user.role) ? this.user.clientCompanyId : null;
  }
}
