import { isClientRole, Permission, type Role, rolesWith, STAFF_ROLES } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../common/role.graphql';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { badField } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { ClientGroup, ClientGroupMember, OperatorSkill } from './acd.entities';

@ObjectType({ description: 'A user who takes calls, with the client groups they are trained for' })
export class CallTaker {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID])
  groupIds!: string[];
}

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

  /** Active users whose role takes calls, each with the groups they are trained for. */
  callTakers(ctx: RequestContext): Promise<CallTaker[]> {
    return this.db.transaction(ctx, (em) =>
      em.query<CallTaker[]>(
        `SELECT u.id AS "userId", u.name, u.role,
                coalesce(array_agg(k.group_id ORDER BY g.name) FILTER (WHERE k.group_id IS NOT NULL), '{}') AS "groupIds"
           FROM users u
           LEFT JOIN operator_skills k ON k.user_id = u.id
           LEFT JOIN client_groups g ON g.id = k.group_id
          WHERE u.active AND u.role = ANY($1::user_role[])
          GROUP BY u.id
          ORDER BY u.role = 'SUPERVISOR', u.name`,
        [rolesWith(Permission.TakeCalls)],
      ),
    );
  }

  /** Creates or replaces a group with exactly these clients. */
  saveGroup(ctx: RequestContext, name: string, clientCompanyIds: string[]): Promise<ClientGroup> {
    return this.db.transaction(ctx, async (em) => {
      const ids = [...new Set(clientCompanyIds)];
      if ((await em.countBy(ClientCompany, { id: In(ids) })) !== ids.length)
        throw badField('clientCompanyIds', 'someNotFound');
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
        throw badField('userId', 'notStaffUser');
      const ids = [...new Set(groupIds)];
      const groups = await em.findBy(ClientGroup, { id: In(ids) });
      if (groups.length !== ids.length) throw badField('groupIds', 'someNotFound');
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
