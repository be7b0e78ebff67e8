import { RoleEnum } from '../common/role.graphql';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@dengon/domain';
import { CreatedAt } from '../database/columns';

/**
 * One line of the append-only audit log, written in the transaction of the
 * change it records. The database refuses updates and deletes.
 */
@ObjectType()
@Entity({ name: 'audit_log' })
@Index('audit_log_client_company_id_created_at_idx', ['clientCompanyId', 'createdAt'])
@Index('audit_log_entity_idx', ['entityType', 'entityId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  actorRole!: Role | null;

  /** Where Dengon acted from when no request did (a job, a webhook): `job billing.issue`. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  systemEntry!: string | null;

  /** The tenant the change belongs to; null for changes to staff or global data. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @Field()
  @Column()
  action!: string;

  @Field()
  @Column()
  entityType!: string;

  @Field()
  @Column()
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
