import {
  type InboundAddressKind,
  MAILBOX_PROBLEMS,
  MAILBOX_STATUSES,
  type MailboxProblem,
  type MailboxStatus,
} from '@dengon/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { graphqlEnum } from '../common/graphql-enum';
import { CreatedAt } from '../database/columns';
import { InboundAddressKindEnum } from './inbound-address.entity';

export const MailboxStatusEnum = graphqlEnum(MAILBOX_STATUSES, 'MailboxStatus');
const MailboxProblemEnum = graphqlEnum(MAILBOX_PROBLEMS, 'MailboxProblem');

/**
 * A mailbox a client already has, read over IMAP: its new mail becomes the
 * client's as mail to an intake address does. The password is sealed and
 * never shown again; how far it was read and whether the last look worked
 * are kept for the back office.
 */
@ObjectType()
@Entity({ name: 'mailboxes' })
@Unique('mailboxes_account_key', ['host', 'port', 'username', 'folder'])
@Check('mailboxes_kind_check', `kind IN ('EMAIL', 'FAX')`)
@Check('mailboxes_status_check', `status IN ('NEW', 'OK', 'FAILING')`)
@Check('mailboxes_port_check', `port BETWEEN 1 AND 65535`)
@Check(
  'mailboxes_problem_check',
  `problem IN ('SIGN_IN_REFUSED', 'UNREACHABLE', 'NO_SUCH_FOLDER', 'OTHER')`,
)
export class Mailbox {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'mailboxes_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field(() => InboundAddressKindEnum, { description: 'FAX: a fax-to-mail mailbox' })
  @Column({ type: 'varchar' })
  kind!: InboundAddressKind;

  @Field({ description: 'What it is for, e.g. a department (営業部)' })
  @Column({ type: 'varchar', length: 60, default: '' })
  label!: string;

  @Field()
  @Column({ type: 'varchar', length: 253 })
  host!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  port!: number;

  @Field({ description: 'Implicit TLS (993); false for a plain connection' })
  @Column()
  tls!: boolean;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  username!: string;

  /** AES-256-GCM under DATA_ENCRYPTION_KEY (Sealer). */
  @Column({ type: 'text' })
  passwordSealed!: string;

  @Field()
  @Column({ type: 'varchar', length: 200, default: 'INBOX' })
  folder!: string;

  /** The folder's UIDVALIDITY when last read: a new one means UIDs start over. */
  @Column({ type: 'bigint', nullable: true })
  uidValidity!: string | null;

  /** The last UID taken in: the next look takes those after it. */
  @Column({ type: 'bigint', default: 0 })
  lastUid!: string;

  @Field(() => MailboxStatusEnum)
  @Column({ type: 'varchar', default: 'NEW' })
  status!: MailboxStatus;

  @Field(() => MailboxProblemEnum, { nullable: true, description: 'Why the last look failed' })
  @Column({ type: 'varchar', nullable: true })
  problem!: MailboxProblem | null;

  @Field(() => String, { nullable: true, description: "The server's own words for it" })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
