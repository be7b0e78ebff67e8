import { INBOUND_ADDRESS_KINDS, type InboundAddressKind } from '@dengon/domain';
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

export const InboundAddressKindEnum = graphqlEnum(INBOUND_ADDRESS_KINDS, 'InboundAddressKind');

/**
 * One of a client's intake addresses under the service's domain: mail to it
 * is the client's (EMAIL), or the carrier's fax-to-mail of a fax to the
 * client's fax number (FAX). A client may have several (per department).
 */
@ObjectType()
@Entity({ name: 'inbound_addresses' })
@Unique('inbound_addresses_address_key', ['address'])
@Check('inbound_addresses_kind_check', `kind IN ('EMAIL', 'FAX')`)
@Check('inbound_addresses_address_check', `address = lower(address) AND address LIKE '%_@_%'`)
export class InboundAddress {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'inbound_addresses_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field({ description: 'Lower-case, e.g. sample-shoji@in.dengon.example' })
  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @Field(() => InboundAddressKindEnum)
  @Column({ type: 'varchar' })
  kind!: InboundAddressKind;

  @Field({ description: 'What it is for, e.g. a department (営業部)' })
  @Column({ type: 'varchar', length: 60, default: '' })
  label!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
