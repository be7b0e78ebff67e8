import { graphqlEnum } from '../common/graphql-enum';
import { ClientCompany } from '../clients/client-company.entity';
import { NUMBER_KINDS, NUMBER_STATUSES, type NumberKind, type NumberStatus } from '@dengon/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

export const NumberKindEnum = graphqlEnum(NUMBER_KINDS, 'NumberKind');
export const NumberStatusEnum = graphqlEnum(NUMBER_STATUSES, 'NumberStatus');

/**
 * One holding of a phone number by a client company, or by the answering
 * service itself (no company: its own representative and direct lines).
 * A released number can be held again later as a new row; the earlier
 * holding and its history stay with the earlier holder.
 */
@ObjectType()
@Entity({ name: 'phone_numbers' })
// At most one holder at a time; also the index the call path looks numbers up by.
@Index('phone_numbers_held_e164_key', { synchronize: false })
export class PhoneNumber {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'E.164, e.g. +81120123456' })
  @Column()
  e164!: string;

  @Field(() => NumberKindEnum)
  @Column({ type: 'varchar' })
  kind!: NumberKind;

  @Field(() => NumberStatusEnum)
  @Column({ type: 'varchar' })
  status!: NumberStatus;

  @Field(() => ID, { nullable: true, description: "Null for the answering service's own lines" })
  @Index('phone_numbers_client_company_id_idx')
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => String, {
    nullable: true,
    description: 'E.164 of the fixed number a toll-free number forwards to',
  })
  @Column({ type: 'varchar', nullable: true })
  forwardToE164!: string | null;

  @Field()
  @Column({ default: '' })
  label!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  expectedOpenDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Expected end of a move' })
  @Column({ type: 'date', nullable: true })
  movingUntil!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  approvalNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'First activation' })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
