import { ClientCompany } from '../clients/client-company.entity';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CreatedAt } from '../database/columns';

export enum ChangeTarget {
  SCRIPT = 'SCRIPT',
  FAQ = 'FAQ',
}
registerEnumType(ChangeTarget, { name: 'ChangeTarget' });

export enum ChangeRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ChangeRequestStatus, { name: 'ChangeRequestStatus' });

/** A client's request to change its script or FAQ, which a supervisor approves or rejects (the manual assistant). */
@ObjectType()
@Entity({ name: 'change_requests' })
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

  @Field()
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
