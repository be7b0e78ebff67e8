import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import type { Db } from '../database/db.service';
import { ClientCompany } from './client-company.entity';

/** Loads the companies a GraphQL response mentions in one query per request. */
export function clientCompanyLoader(
  db: Db,
  ctx: RequestContext,
): DataLoader<string, ClientCompany | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.transaction(ctx, (em) => em.findBy(ClientCompany, { id: In([...ids]) }));
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
