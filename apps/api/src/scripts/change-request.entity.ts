import { CHANGE_SUBJECTS, type ChangeSubject } from '@dengon/domain';
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

export enum ChangeTarget {
  SCRIPT = 'SCRIPT',
  FAQ = 'FAQ',
  CONTACT = 'CONTACT',
}
registerEnumType(ChangeTarget, { name: 'ChangeTarget' });

export enum ChangeRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ChangeRequestStatus, { name: 'ChangeRequestStatus' });

export const ChangeSubjectEnum = graphqlEnum(CHANGE_SUBJECTS, 'ChangeSubject');

/**
 * A client's request to change its script, FAQ or contacts, which a
 * supervisor approves (as proposed or edited), or rejects. A request with a
 * subject proposes new text for that one part, and approval writes it there;
 * one without is a free-form message.
 */
@ObjectType()
@Entity({ name: 'change_requests' })
@Check(
  'change_requests_subject_check',
  `subject IS NULL OR subject IN (${CHANGE_SUBJECTS.map((s) => `'${s}'`).join(', ')})`,
)
@Check('change_requests_proposal_check', '(subject IS NULL) = (proposed_text IS NULL)')
@Index('change_requests_client_company_id_status_idx', ['clientCompanyId', 'status'])
export class ChangeRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => ChangeTarget)
  @Column({ type: 'enum', enum: ChangeTarget, enumName: 'change_target' })
  target!: ChangeTarget;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  faqItemId!: string | null;

  @Field(() => ChangeSubjectEnum, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  subject!: ChangeSubject | null;

  @Field(() => String, {
    nullable: true,
    description: "The intake field's key (FIELD_HELP) or the contact's name (CONTACT_*)",
  })
  @Column({ type: 'varchar', nullable: true })
  subjectKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The text in force when it was asked' })
  @Column({ type: 'text', nullable: true })
  currentText!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  proposedText!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What approval wrote: the proposal, or the supervisor's edit of it",
  })
  @Column({ type: 'text', nullable: true })
  appliedText!: string | null;

  @Field({ description: 'Why, or (without a subject) the whole request' })
  @Column()
  message!: string;

  @Field(() => ChangeRequestStatus)
  @Column({
    type: 'enum',
    enum: ChangeRequestStatus,
    enumName: 'change_request_status',
    default: ChangeRequestStatus.PENDING,
  })
  status!: ChangeRequestStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  reviewComment!: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
