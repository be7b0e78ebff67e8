import { badField } from './errors';
import type { RequestContext } from './request-context';

/**
 * Which company a call is about. A client user is always confined to their
 * own: asking about another company yields null (nothing found), never an
 * error that would confirm it exists. Staff must name the company.
 */
export function companyInScope(
  ctx: RequestContext,
  requested: string | null | undefined,
): string | null {
  if (ctx.tenantId) return !requested || requested === ctx.tenantId ? ctx.tenantId : null;
  if (!requested) throw badField('clientCompanyId', 'isNotEmpty');
  return requested;
}
