import { MAIL_ROUTING_KINDS, type MailRoutingKind } from '@dengon/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { graphqlEnum } from '../common/graphql-enum';
import { CreatedAt } from '../database/columns';

export const MailRoutingKindEnum = graphqlEnum(MAIL_ROUTING_KINDS, 'MailRoutingKind');

/** One of a client's rules for mail that comes in: a subject keyword's department, or a VIP's domain. */
@ObjectType()
@Entity({ name: 'mail_routing_rules' })
@Unique('mail_routing_rules_pattern_key', ['clientCompanyId', 'kind', 'pattern'])
@Check('mail_routing_rules_kind_check', `kind IN ('SUBJECT_KEYWORD', 'VIP_DOMAIN', 'FAX_SENDER')`)
export class MailRoutingRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'mail_routing_rules_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field(() => MailRoutingKindEnum)
  @Column({ type: 'varchar' })
  kind!: MailRoutingKind;

  @Field({
    description:
      'The subject keyword (見積), the sender domain (example.co.jp), or the fax carrier sender (an address or a domain)',
  })
  @Column({ type: 'varchar', length: 100 })
  pattern!: string;

  @Field({ description: 'Where a keyword sends the mail (営業部); empty for a VIP domain' })
  @Column({ type: 'varchar', length: 60, default: '' })
  department!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
