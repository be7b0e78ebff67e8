import { can } from '@dengon/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import { Db } from '../database/db.service';
import { forbidden, unauthenticated, violated } from '../common/errors';
import { httpPair } from '../common/http';
import { RequestContext, type SessionUser } from '../common/request-context';
import { AccessTokens, type TokenSession } from './access-token';
import { LiveSessions } from './live-sessions';
import { ACCESS_RULE, type AccessRule } from '../common/access.decorator';

/**
 * The one global guard: deny by default. An operation without a stated rule
 * is refused; a public one is let through; any other needs a valid access
 * token whose user holds the rule's permission.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly sessions: LiveSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) throw forbidden('This operation states no access rule');

    const { req } = httpPair(context);
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ')
      ? header.slice('Bearer '.length).trim()
      : undefined;
    const token = bearer ? this.tokens.verify(bearer) : null;
    // A token whose rights have changed since it was issued is no session at all.
    const ended = token !== null && !(await this.sessions.holds(token));
    const user = token && !ended ? sessionUser(token) : null;
    req.dengon = user ? RequestContext.forUser(user, address) : RequestContext.anonymous(address);

    if (rule === 'public') return true;
    if (!user)
      throw unauthenticated(
        ended
          ? 'Your session has ended (your rights changed); sign in again'
          : bearer
            ? 'Access token is invalid or expired'
            : 'Sign-in required',
      );
    // A role that signs in with a one-time code sets it up before it does anything else.
    if (rule !== 'signed-in' && token?.twoFactorSetupDue)
      throw violated('TWO_FACTOR_SETUP_REQUIRED', 'Set up two-factor sign-in first');
    if (rule !== 'signed-in' && !can(user, rule.permission)) {
      // A signed-in person reaching past their rights is worth a look from the back office.
      const system = RequestContext.system('session check');
      await this.db.transaction(system, (em) =>
        this.audit.record(em, system, {
          action: 'access.denied',
          entityType: 'User',
          entityId: user.id,
          clientCompanyId: user.clientCompanyId,
          after: {
            role: user.role,
            permission: rule.permission,
            operation: operationOf(context),
            address,
          },
        }),
      );
      throw forbidden(`This needs ${rule.permission}, which role ${user.role} does not have`);
    }
    return true;
  }
}

const sessionUser = ({
  id,
  role,
  clientCompanyId,
  grantedPermissions,
}: TokenSession): SessionUser => ({ id, role, clientCompanyId, grantedPermissions });

/** The GraphQL field or the HTTP route that was refused. */
function operationOf(context: ExecutionContext): string {
  if (context.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<{
      parentType: { name: string };
      fieldName: string;
    }>();
    return `${info.parentType.name}.${info.fieldName}`;
  }
  const req = context.switchToHttp().getRequest<{ method: string; path: string }>();
  return `${req.method} ${req.path}`;
}
