import {
  AUTH_RESULTS,
  type AuthResult,
  INBOUND_MAIL_REASONS,
  INBOUND_MAIL_STATUSES,
  type InboundAddressKind,
  type InboundMailReason,
  type InboundMailStatus,
  SENDER_TRUST,
  type SenderTrust,
  senderTrust,
} from '@dengon/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { graphqlEnum } from '../common/graphql-enum';
import { CreatedAt } from '../database/columns';
import { InboundAddressKindEnum } from './inbound-address.entity';

export const InboundMailStatusEnum = graphqlEnum(INBOUND_MAIL_STATUSES, 'InboundMailStatus');
export const InboundMailReasonEnum = graphqlEnum(INBOUND_MAIL_REASONS, 'InboundMailReason');
const AuthResultEnum = graphqlEnum(AUTH_RESULTS, 'AuthResult');
const SenderTrustEnum = graphqlEnum(SENDER_TRUST, 'SenderTrust');

@ObjectType()
export class InboundAttachment {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  size!: number;

  /** Where FileStore keeps it; served by /api/inbound-mails/:id/attachments/:index. */
  key!: string;

  @Field(() => Int, {
    description:
      "A fax TIFF's pages, made PNG on arrival (…/attachments/:index/pages/:n); 0 for anything else",
  })
  pages!: number;
}

/**
 * A message that came in to an intake address: offered as an intake record,
 * held (kept, offered to nobody: the plan has no mail handling), or refused
 * (no such address, too large), each with why, for the back office to see.
 */
@ObjectType()
@Entity({ name: 'inbound_mails' })
@Index('inbound_mails_address_message_key', ['address', 'messageId'], {
  unique: true,
  where: 'message_id IS NOT NULL',
})
@Index('inbound_mails_received_idx', ['receivedAt', 'id'])
@Index('inbound_mails_intake_idx', ['intakeId'])
@Index('inbound_mails_waiting_idx', ['receivedAt'], {
  where: `status = 'OFFERED' AND taken_by IS NULL`,
})
@Index('inbound_mails_in_hand_idx', ['takenBy'], {
  where: `finished_at IS NULL AND taken_by IS NOT NULL`,
})
@Check('inbound_mails_kind_check', `kind IN ('EMAIL', 'FAX')`)
@Check('inbound_mails_status_check', `status IN ('OFFERED', 'HELD', 'REFUSED')`)
@Check('inbound_mails_offered_check', `(status = 'OFFERED') = (intake_id IS NOT NULL)`)
@Check('inbound_mails_finished_check', `finished_at IS NULL OR taken_by IS NOT NULL`)
export class InboundMail {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a mail to no client’s address' })
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'inbound_mails_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field({ description: 'The intake address it was sent to' })
  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @Field(() => InboundAddressKindEnum)
  @Column({ type: 'varchar' })
  kind!: InboundAddressKind;

  @Field(() => InboundMailStatusEnum)
  @Column({ type: 'varchar' })
  status!: InboundMailStatus;

  @Field(() => InboundMailReasonEnum, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  reason!: InboundMailReason | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 998, nullable: true })
  messageId!: string | null;

  @Field({ description: 'The envelope sender (MAIL FROM)' })
  @Column({ type: 'varchar', length: 254, default: '' })
  mailFrom!: string;

  @Field({ description: 'Whom a reply goes to: Reply-To, else From, else the envelope sender' })
  @Column({ type: 'varchar', length: 254, default: '' })
  replyAddress!: string;

  @Field({ description: "The sender's display name, to greet them by" })
  @Column({ type: 'varchar', length: 200, default: '' })
  senderName!: string;

  @Field({ description: 'The From header as sent, decoded' })
  @Column({ type: 'varchar', length: 500, default: '' })
  fromText!: string;

  @Field()
  @Column({ type: 'varchar', length: 998, default: '' })
  subject!: string;

  @Field({ description: 'The text, or the HTML reduced to text' })
  @Column({ type: 'text', default: '' })
  text!: string;

  @Field({ description: 'The text did not decode in the charset it declared' })
  @Column({ default: false })
  textMisdecoded!: boolean;

  @Field(() => [InboundAttachment])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: InboundAttachment[];

  @Field(() => Int, { description: 'Bytes, as received' })
  @Column({ type: 'integer' })
  size!: number;

  @Field()
  @Column({ type: 'varchar', length: 64, default: '' })
  remoteAddress!: string;

  @Field(() => String, {
    nullable: true,
    description: "The department the client's rules sent it to, else its intake address's label",
  })
  @Column({ type: 'varchar', length: 60, nullable: true })
  department!: string | null;

  @Field({ description: "From a VIP's domain, by the client's rules: offered before the rest" })
  @Column({ default: false })
  vip!: boolean;

  @Field(() => AuthResultEnum, { nullable: true, description: 'SPF, as checked on arrival' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  spf!: AuthResult | null;

  @Field(() => AuthResultEnum, { nullable: true, description: 'DKIM: any signature that holds' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  dkim!: AuthResult | null;

  @Field(() => AuthResultEnum, { nullable: true, description: "The From domain's DMARC policy" })
  @Column({ type: 'varchar', length: 16, nullable: true })
  dmarc!: AuthResult | null;

  @Field(() => String, {
    nullable: true,
    description: 'The Authentication-Results header written on arrival',
  })
  @Column({ type: 'text', nullable: true })
  authResults!: string | null;

  @Field(() => SenderTrustEnum, {
    nullable: true,
    description: 'What the checks say of the sender; null for a mail not checked (refused)',
  })
  get senderTrust(): SenderTrust | null {
    return this.spf && this.dkim && this.dmarc
      ? senderTrust({ spf: this.spf, dkim: this.dkim, dmarc: this.dmarc })
      : null;
  }

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  intakeId!: string | null;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id', foreignKeyConstraintName: 'inbound_mails_intake_fkey' })
  intake?: IntakeRecord;

  @Field()
  @CreatedAt()
  receivedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The operator handling it, once taken' })
  @Column({ type: 'uuid', nullable: true })
  takenBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taken_by', foreignKeyConstraintName: 'inbound_mails_taken_by_fkey' })
  taker?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  takenAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the operator who took it finished with it, freeing them for the next mail',
  })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
