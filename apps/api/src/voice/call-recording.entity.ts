import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt } from '../database/columns';
import { CallSession } from '../telephony/call-session.entity';

/** A call's conversation, or the message a caller left out of hours. */
export enum RecordingKind {
  CALL = 'CALL',
  VOICEMAIL = 'VOICEMAIL',
}
registerEnumType(RecordingKind, { name: 'RecordingKind' });

/** A voicemail is the client's message and always theirs to hear; a call's conversation only where the contract says. */
export function playableInPortal(kind: RecordingKind, contractAllows: boolean): boolean {
  return kind === RecordingKind.VOICEMAIL || contractAllows;
}

/** The audio of one call, both directions in one file, kept through FileStore until its retention ends. */
@ObjectType()
@Entity({ name: 'call_recordings' })
export class CallRecording {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('call_recordings_call_session_id_key', { unique: true })
  @Column({ type: 'uuid' })
  callSessionId!: string;

  @ManyToOne(() => CallSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_session_id' })
  callSession?: CallSession;

  @Index('call_recordings_client_company_id_idx')
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => RecordingKind)
  @Column({
    type: 'enum',
    enum: RecordingKind,
    enumName: 'recording_kind',
    default: RecordingKind.CALL,
  })
  kind!: RecordingKind;

  @Field(() => ID, { nullable: true, description: 'The intake record taken on the call' })
  @Column({ type: 'uuid', nullable: true })
  intakeId!: string | null;

  @Column()
  fileKey!: string;

  @Column()
  sha256!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  bytes!: number;

  @Field(() => Int, { description: 'Length of the audio in seconds' })
  @Column({ type: 'int' })
  durationSeconds!: number;

  @Field({ description: 'The day it is deleted (Asia/Tokyo)' })
  @Index('call_recordings_delete_on_idx')
  @Column({ type: 'date' })
  deleteOn!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
