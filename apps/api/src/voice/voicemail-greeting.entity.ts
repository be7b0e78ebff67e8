import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { UpdatedAt } from '../database/columns';

/**
 * What an out-of-hours caller hears before the beep, recorded for one client
 * (the service's standard greeting plays where there is none). The audio is
 * kept through FileStore at the telephone's rate.
 */
@ObjectType()
@Entity({ name: 'voicemail_greetings' })
export class VoicemailGreeting {
  @PrimaryColumn({ type: 'uuid' })
  clientCompanyId!: string;

  @OneToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Column()
  fileKey!: string;

  @Column()
  sha256!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationSeconds!: number;

  @Field()
  @UpdatedAt()
  updatedAt!: Date;
}
