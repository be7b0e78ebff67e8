import { isClientRole, STAFF_ROLES } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { badField } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { ClientGroup, ClientGroupMember, OperatorSkill } from './acd.entities';

/** Client groups, and which groups each operator is trained for. */
@Injectable()
export class SkillsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  groups(ctx: RequestContext): Promise<ClientGroup[]> {
    return this.db.transaction(ctx, (em) => em.find(ClientGroup, { order: { name: 'ASC' } }));
  }

  members(ctx: RequestContext, groupIds: readonly string[]): Promise<ClientGroupMember[]> {
    return this.db.transaction(ctx, (em) =>
      em.findBy(ClientGroupMember, { groupId: In([...groupIds]) }),
    );
  }

  /** Creates or replaces a group with exactly these clients. */
  saveGroup(ctx: RequestContext, name: string, clientCompanyIds: string[]): Promise<ClientGroup> {
    return this.db.transaction(ctx, async (em) => {
      const ids = [...new Set(clientCompanyIds)];
      if ((await em.countBy(ClientCompany, { id: In(ids) })) !== ids.length)
        throw badField('clientCompanyIds', 'names a client that does not exist');
      const group =
        (await em.findOneBy(ClientGroup, { name })) ??
        (await em.save(em.create(ClientGroup, { name })));
      await em.delete(ClientGroupMember, { groupId: group.id });
      if (ids.length)
        await em.insert(
          ClientGroupMember,
          ids.map((clientCompanyId) => ({ groupId: group.id, clientCompanyId })),
        );
      await this.audit.record(em, ctx, {
        action: 'client_group.saved',
        entityType: 'ClientGroup',
        entityId: group.id,
        clientCompanyId: null,
        after: { name, clientCompanyIds: ids },
      });
      return group;
    });
  }

  /** The groups an operator takes calls for, replacing the earlier set. */
  setSkills(ctx: RequestContext, userId: string, groupIds: string[]): Promise<ClientGroup[]> {
    return this.db.transaction(ctx, async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user || isClientRole(user.role) || !STAFF_ROLES.includes(user.role))
        throw badField('userId', 'is not a staff user');
      const ids = [...new Set(groupIds)];
      const groups = await em.findBy(ClientGroup, { id: In(ids) });
      if (groups.length !== ids.length)
        throw badField('groupIds', 'names a group that does not exist');
      await em.delete(OperatorSkill, { userId });
      if (ids.length)
        await em.insert(
          OperatorSkill,
          ids.map((groupId) => ({ userId, groupId })),
        );
      await this.audit.record(em, ctx, {
        action: 'operator.skills_set',
        entityType: 'User',
        entityId: userId,
        clientCompanyId: null,
        after: { groups: groups.map((g) => g.name) },
      });
      return groups;
    });
  }
}
