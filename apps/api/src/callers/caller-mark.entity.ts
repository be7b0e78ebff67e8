import { CALLER_MARK_KINDS, type CallerMarkKind, callerMarkLabel } from '@dengon/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { graphqlEnum } from '../common/graphql-enum';
import { CreatedAt } from '../database/columns';

export const CallerMarkKindEnum = graphqlEnum(CALLER_MARK_KINDS, 'CallerMarkKind');

export enum CallerMarkStatus {
  /** Applied to every call from the number. */
  ACTIVE = 'ACTIVE',
  /** An operator's report, applied once a supervisor confirms it. */
  PROPOSED = 'PROPOSED',
}
registerEnumType(CallerMarkStatus, { name: 'CallerMarkStatus' });

/**
 * A client's mark on a calling number or prefix: VIP (offered first) or
 * nuisance (迷惑電話: a short message, no operator). Routing applies the
 * ACTIVE ones as a call enters (dengon_enter_call).
 */
@ObjectType()
@Entity({ name: 'caller_marks' })
@Index('caller_marks_client_pattern_key', ['clientCompanyId', 'pattern', 'isPrefix'], {
  unique: true,
})
@Check('caller_marks_kind_check', `kind IN ('VIP', 'NUISANCE')`)
@Check('caller_marks_status_check', `status IN ('ACTIVE', 'PROPOSED')`)
@Check('caller_marks_pattern_check', `pattern ~ '^\\+81[0-9]{1,12}$'`)
export class CallerMark {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'caller_marks_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field({ description: 'E.164, or the start of E.164 numbers for a prefix' })
  @Column({ type: 'varchar', length: 16 })
  pattern!: string;

  @Field()
  @Column()
  isPrefix!: boolean;

  @Field(() => CallerMarkKindEnum)
  @Column({ type: 'varchar' })
  kind!: CallerMarkKind;

  @Field(() => CallerMarkStatus)
  @Column({ type: 'varchar' })
  status!: CallerMarkStatus;

  @Field()
  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  @Field(() => ID, { nullable: true, description: 'The operator who reported the caller' })
  @Column({ type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;

  @Field({ description: 'In national format; a prefix ends in …' })
  get label(): string {
    return callerMarkLabel(this.pattern, this.isPrefix);
  }
}
