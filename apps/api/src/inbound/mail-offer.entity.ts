import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OfferState } from '../acd/acd.entities';
import { User } from '../auth/user.entity';
import { CreatedAt } from '../database/columns';
import { InboundMail } from './inbound-mail.entity';

/**
 * A waiting mail offered by the ACD to one operator, until taken or until it
 * stops ringing for them (rang out, a call came, they left): then it waits
 * for the next operator. Written by dengon_dispatch.
 */
@ObjectType()
@Entity({ name: 'mail_offers' })
@Index('mail_offers_operator_idx', ['operatorId', 'state'])
@Check('mail_offers_state_check', `state IN ('OFFERED', 'ACCEPTED', 'EXPIRED')`)
@Index('mail_offers_ringing_key', ['inboundMailId'], { unique: true, where: `state = 'OFFERED'` })
export class MailOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  inboundMailId!: string;

  @Field(() => InboundMail)
  @ManyToOne(() => InboundMail, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'inbound_mail_id',
    foreignKeyConstraintName: 'mail_offers_inbound_mail_fkey',
  })
  mail?: InboundMail;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  operatorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_id', foreignKeyConstraintName: 'mail_offers_operator_fkey' })
  operator?: User;

  @Field(() => OfferState)
  @Column({ type: 'varchar' })
  state!: OfferState;

  @Field()
  @CreatedAt()
  offeredAt!: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
