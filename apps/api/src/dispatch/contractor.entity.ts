import {
  type ChannelHours,
  type ContractorArea,
  type ContractorChannel,
  DISPATCH_CHANNEL_KINDS,
  type DispatchChannelKind,
  formatNational,
} from '@dengon/domain';
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
import { ClientCompany } from '../clients/client-company.entity';
import { graphqlEnum } from '../common/graphql-enum';
import { CreatedAt, UpdatedAt } from '../database/columns';

export const DispatchChannelEnum = graphqlEnum(DISPATCH_CHANNEL_KINDS, 'DispatchChannelKind');

@ObjectType('ContractorArea')
export class ContractorAreaType implements ContractorArea {
  @Field()
  prefecture!: string;

  @Field(() => String, { nullable: true, description: 'Null: the whole prefecture' })
  city!: string | null;
}

@ObjectType('ChannelHours', {
  description: "'HH:MM' in Asia/Tokyo; an end before the start runs past midnight",
})
export class ChannelHoursType implements ChannelHours {
  @Field()
  start!: string;

  @Field()
  end!: string;
}

@ObjectType('ContractorChannel')
export class ContractorChannelType implements ContractorChannel {
  @Field(() => DispatchChannelEnum)
  kind!: DispatchChannelKind;

  @Field({ description: 'Fax and phone in E.164, e-mail as given' })
  address!: string;

  @Field(() => ChannelHoursType, { nullable: true, description: 'Null: any time' })
  hours!: ChannelHours | null;
}

/** A contractor (手配先) of a client: where it works, what it does, how to reach it. */
@ObjectType()
@Entity({ name: 'contractors' })
@Index('contractors_client_priority_idx', ['clientCompanyId', 'priority'])
export class Contractor {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field()
  @Column()
  name!: string;

  @Field(() => [ContractorAreaType])
  @Column({ type: 'jsonb' })
  areas!: ContractorArea[];

  @Field(() => [String], { description: 'Job categories, e.g. 水回り, 電気' })
  @Column({ type: 'text', array: true })
  categories!: string[];

  @Field(() => [ContractorChannelType], { description: 'Tried in this order' })
  @Column({ type: 'jsonb' })
  channels!: ContractorChannel[];

  @Field(() => Int, { description: 'Lower comes first among equally good matches' })
  @Column({ type: 'int' })
  priority!: number;

  @Field()
  @Column({ default: true })
  active!: boolean;

  @Field()
  @Column({ type: 'text', default: '' })
  note!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** A channel's address as people read it. */
export const channelAddressText = (c: ContractorChannel): string =>
  c.kind === 'EMAIL' ? c.address : formatNational(c.address);
