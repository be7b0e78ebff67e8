import { checkContractor } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, badInput, checkVersion, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { Contractor } from './contractor.entity';
import type { SaveContractorInput } from './contractor.inputs';

/** A client's contractors, kept by back office, supervisors and the client's admins. */
@Injectable()
export class ContractorsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** In the client's priority order. */
  list(ctx: RequestContext, clientCompanyId: string | undefined): Promise<Contractor[]> {
    const companyId = companyInScope(ctx, clientCompanyId);
    if (!companyId) return Promise.resolve([]);
    return this.db.transaction(ctx, (em) =>
      em.find(Contractor, {
        where: { clientCompanyId: companyId },
        order: { priority: 'ASC', name: 'ASC' },
      }),
    );
  }

  save(ctx: RequestContext, input: SaveContractorInput): Promise<Contractor> {
    const checked = checkContractor(input);
    if (checked.problems.length) throw badInput(checked.problems);
    return this.db.transaction(ctx, async (em) => {
      let contractor: Contractor;
      let before: Record<string, unknown> | undefined;
      if (input.id) {
        const existing = await em.findOneBy(Contractor, { id: input.id });
        if (!existing) throw notFound('Contractor');
        if (input.version === undefined) throw badField('version', 'isNotEmpty');
        checkVersion('The contractor', existing.version, input.version);
        before = snapshot(existing);
        contractor = existing;
      } else {
        const companyId = companyInScope(ctx, input.clientCompanyId);
        if (!companyId || !(await em.existsBy(ClientCompany, { id: companyId })))
          throw badField('clientCompanyId', 'notFound');
        contractor = em.create(Contractor, { clientCompanyId: companyId });
      }
      Object.assign(contractor, {
        name: input.name.trim(),
        areas: input.areas.map((a) => ({ prefecture: a.prefecture, city: a.city ?? null })),
        categories: [...new Set(input.categories.map((c) => c.trim()))],
        channels: checked.channels.map((c) => ({
          kind: c.kind,
          address: c.address,
          hours: c.hours ?? null,
        })),
        priority: input.priority,
        active: input.active,
        note: input.note,
      });
      await em.save(contractor);
      await this.audit.record(em, ctx, {
        action: input.id ? 'contractor.updated' : 'contractor.created',
        entityType: 'Contractor',
        entityId: contractor.id,
        clientCompanyId: contractor.clientCompanyId,
        before,
        after: snapshot(contractor),
      });
      return contractor;
    });
  }
}

const snapshot = (c: Contractor) => ({
  name: c.name,
  areas: c.areas,
  categories: c.categories,
  channels: c.channels,
  priority: c.priority,
  active: c.active,
});
