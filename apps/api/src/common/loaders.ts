import type DataLoader from 'dataloader';
import { clientCompanyLoader } from '../clients/client-company.loader';
import type { ClientCompany } from '../clients/client-company.entity';
import type { Db } from '../database/db.service';
import type { DengonRequest } from './http';

/** Per-request DataLoaders, so a list never loads its relations one row at a time. */
export interface RequestLoaders {
  readonly clientCompany: DataLoader<string, ClientCompany | null>;
}

/** Loaders are made on first use: by then the guard has put the caller's context on the request. */
export function requestLoaders(db: Db, req: DengonRequest): RequestLoaders {
  let clientCompany: RequestLoaders['clientCompany'] | undefined;
  const ctx = () => {
    if (!req.dengon) throw new Error('A loader was used before AuthGuard ran');
    return req.dengon;
  };
  return {
    get clientCompany() {
      return (clientCompany ??= clientCompanyLoader(db, ctx()));
    },
  };
}
