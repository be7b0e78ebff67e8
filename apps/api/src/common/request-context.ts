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
 * work runs with Dengon's own rights, not bound by row-level security: Dengon
 * itself at one of its entry points (a job, a provider's webhook, sign-in),
 * or a person's request that needs those rights, which still names the person.
 */
export class RequestContext {
  private constructor(
    readonly user: SessionUser | null,
    readonly address: string,
    readonly system: boolean,
    /** The entry point Dengon acted from (`job billing.issue`), kept in the audit; null for a request. */
    readonly entry: string | null = null,
  ) {}

  static anonymous(address: string): RequestContext {
    return new RequestContext(null, address, false);
  }

  static forUser(user: SessionUser, address: string): RequestContext {
    return new RequestContext(user, address, false);
  }

  /** Dengon itself, at the entry point named (for the logs: `system:job intake.report`). */
  static system(entry: string): RequestContext {
    return new RequestContext(null, `system:${entry}`, true, entry);
  }

  /** Work a person asked for that runs later, as a job: the audit names them and the job. */
  static onBehalfOf(user: SessionUser, entry: string): RequestContext {
    return new RequestContext(user, `system:${entry}`, true, entry);
  }

  /**
   * This person's request with Dengon's own rights, for work on tables that
   * are Dengon's rather than a tenant's (the ACD's): who acted stays known.
   */
  withServiceRights(): RequestContext {
    return new RequestContext(this.user, this.address, true, this.entry);
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
