import {
  assignableRoles,
  companyRuleViolation,
  grantablePermissions,
  grantProblem,
  isClientRole,
  Role,
} from '@dengon/domain';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword, replacePassword } from '../auth/passwords';
import { issueLink } from '../auth/reset-links';
import { User } from '../auth/user.entity';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Delivery } from '../delivery/delivery.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, checkVersion, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { TwoFactor } from './two-factor.service';
import type { CreateUserInput, UpdateUserInput } from './user.inputs';

/** What the audit log keeps of a user: never the password hash. */
const summary = (u: User) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  ...(u.grantedPermissions.length ? { grantedPermissions: u.grantedPermissions } : {}),
  active: u.active,
  clientCompanyId: u.clientCompanyId,
});

/**
 * Managing users. Back office manages everyone; a client admin manages the
 * users of their own company, which comes from the session.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactor,
    private readonly delivery: Delivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findOne(ctx: RequestContext, id: string): Promise<User | null> {
    return this.db.transaction(ctx, (em) => em.findOneBy(User, { id, ...this.scope(ctx) }));
  }

  list(ctx: RequestContext, clientCompanyId?: string): Promise<User[]> {
    const where = ctx.tenantId ? this.scope(ctx) : clientCompanyId ? { clientCompanyId } : {};
    return this.db.transaction(ctx, (em) => em.find(User, { where, order: { email: 'ASC' } }));
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    this.checkAssignable(ctx, input.role);
    if (ctx.tenantId && input.clientCompanyId && input.clientCompanyId !== ctx.tenantId) {
      throw violated(
        'OWN_COMPANY_USERS_ONLY',
        'A client admin creates users in their own company only',
      );
    }
    const clientCompanyId = ctx.tenantId ?? input.clientCompanyId ?? null;
    const violation = companyRuleViolation(input.role, clientCompanyId);
    if (violation) throw badField('clientCompanyId', violation);
    // Without a password the person is invited: they set their own from an e-mailed link.
    const passwordHash = await hashPassword(
      input.password ?? randomBytes(32).toString('base64url'),
    );

    return this.db.transaction(ctx, async (em) => {
      if (clientCompanyId && !(await em.existsBy(ClientCompany, { id: clientCompanyId }))) {
        throw badField('clientCompanyId', 'notFound');
      }
      const user = em.create(User, {
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        role: input.role,
        clientCompanyId,
        locale: input.locale ?? 'ja',
        passwordHash,
      });
      await saveUnique(em, user);
      if (!input.password)
        await issueLink(em, this.delivery, this.config, user, {
          kind: 'invitation',
          address: ctx.address,
        });
      await this.audit.record(em, ctx, {
        action: 'user.created',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId,
        after: { ...summary(user), ...(input.password ? {} : { invited: true }) },
      });
      return user;
    });
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    if (input.role) this.checkAssignable(ctx, input.role);
    return this.db.transaction(ctx, async (em) => {
      const user = await this.lockedUser(em, ctx, input.id);
      checkVersion('User', user.version, input.version);
      this.checkAssignable(ctx, user.role);
      const before = summary(user);
      if (input.role && isClientRole(input.role) !== isClientRole(user.role)) {
        throw badField('role', 'staffClientRoleSwitch');
      }
      const role = input.role ?? user.role;
      // Nobody locks themselves out: another admin (or the back office) does that.
      if (user.id === ctx.actor.id && (input.active === false || role !== user.role))
        throw violated('NOT_ON_YOURSELF', 'You cannot deactivate yourself or change your own role');
      // A new role keeps only the grants it may hold.
      const granted =
        input.grantedPermissions ??
        user.grantedPermissions.filter((p) => grantablePermissions(role).includes(p));
      const problem = grantProblem(role, granted);
      if (problem) throw badField('grantedPermissions', problem);
      if (input.grantedPermissions && ctx.actor.role !== Role.BackOffice)
        throw violated('BACK_OFFICE_GRANTS_PERMISSIONS', 'Only the back office grants permissions');
      const rightsChange =
        role !== user.role ||
        (input.active !== undefined && input.active !== user.active) ||
        [...granted].sort().join() !== [...user.grantedPermissions].sort().join();
      Object.assign(user, {
        name: input.name?.trim() ?? user.name,
        role,
        grantedPermissions: [...new Set(granted)],
        locale: input.locale ?? user.locale,
        active: input.active ?? user.active,
        // New rights or a deactivation hold from the user's next request, not their next sign-in.
        sessionVersion: user.sessionVersion + (rightsChange ? 1 : 0),
      });
      await em.save(user);
      await this.audit.record(em, ctx, {
        action: 'user.updated',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId: user.clientCompanyId,
        before,
        after: summary(user),
      });
      return user;
    });
  }

  /** Sets a new password, lifts a lock, and ends the user's sessions. */
  async resetPassword(ctx: RequestContext, userId: string, newPassword: string): Promise<User> {
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(ctx, async (em) => {
      const user = await this.lockedUser(em, ctx, userId);
      this.checkAssignable(ctx, user.role);
      await replacePassword(em, user, passwordHash);
      await this.audit.record(em, ctx, {
        action: 'user.password_reset',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId: user.clientCompanyId,
      });
      return user;
    });
  }

  /** Turns off a user's two-factor sign-in (a lost phone); a role that needs it sets it up again. */
  resetTwoFactor(ctx: RequestContext, userId: string): Promise<User> {
    return this.db.transaction(ctx, async (em) => {
      const user = await this.lockedUser(em, ctx, userId);
      this.checkAssignable(ctx, user.role);
      await this.twoFactor.reset(em, ctx, user);
      return user;
    });
  }

  /** A client user's reach ends at their company, whatever the arguments say. */
  private scope(ctx: RequestContext): { clientCompanyId?: string } {
    return ctx.tenantId ? { clientCompanyId: ctx.tenantId } : {};
  }

  private checkAssignable(ctx: RequestContext, role: Role): void {
    if (!assignableRoles(ctx.actor.role).includes(role)) {
      throw violated('ROLE_NOT_MANAGED', `Role ${ctx.actor.role} may not manage ${role} users`);
    }
  }

  private async lockedUser(em: EntityManager, ctx: RequestContext, id: string): Promise<User> {
    const user = await em.findOne(User, {
      where: { id, ...this.scope(ctx) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw notFound('User');
    return user;
  }
}

async function saveUnique(em: EntityManager, user: User): Promise<void> {
  try {
    await em.save(user);
  } catch (error) {
    if (
      error instanceof QueryFailedError &&
      (error.driverError as { code?: string }).code === '23505'
    ) {
      throw badField('email', 'alreadyInUse');
    }
    throw error;
  }
}
