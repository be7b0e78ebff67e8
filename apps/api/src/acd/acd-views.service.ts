import {
  describeCoverage,
  formatNational,
  renderGreeting,
  scriptInForce,
  timeOfDayGreeting,
  tokyoHour,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../auth/user.entity';
import { IntakeRecord } from '../calls/intake-record.entity';
import { callerHistoryIn } from '../calls/intake-history.service';
import { ClientCompany } from '../clients/client-company.entity';
import { Contract } from '../contracts/contract.entity';
import { Db } from '../database/db.service';
import { ScriptVersion } from '../scripts/script.entity';
import { EMPTY_SCRIPT } from '../scripts/scripts.service';
import { CallSession } from '../telephony/call-session.entity';
import { CallOffer } from './acd.entities';

/** What the operator sees while a call is offered: whose call, what to say, and who is calling. */
@ObjectType()
export class OfferView {
  @Field(() => CallOffer)
  offer!: CallOffer;

  @Field(() => ClientCompany)
  client!: ClientCompany;

  @Field({ description: 'The greeting to read, variables filled in' })
  greeting!: string;

  @Field(() => ScriptVersion, { nullable: true })
  script!: ScriptVersion | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the call got its script: '夜間（18:00〜翌09:00）', '休日（祝日: 勤労感謝の日）', '通常'",
  })
  scriptReason!: string | null;

  @Field(() => String, { nullable: true })
  coverageSummary!: string | null;

  @Field(() => String, { nullable: true })
  callingNational!: string | null;

  @Field(() => [IntakeRecord], { description: "The caller's earlier intakes for this client" })
  callerHistory!: IntakeRecord[];
}

/** The call offered to an operator, as their screen shows it. */
@Injectable()
export class AcdViews {
  constructor(private readonly db: Db) {}

  /**
   * The offer as its operator sees it, or null when there is no such offer.
   * This is on the path from the ringing phone to the operator's screen, so
   * it reads in two steps of parallel queries rather than seven in a row;
   * reads only, as the system, so no transaction is needed.
   */
  offer(offer: CallOffer): Promise<OfferView>;
  offer(id: string): Promise<OfferView | null>;
  async offer(offerOrId: CallOffer | string): Promise<OfferView | null> {
    const em = this.db.dataSource.manager;
    const offer =
      typeof offerOrId === 'string' ? await em.findOneBy(CallOffer, { id: offerOrId }) : offerOrId;
    if (!offer) return null;
    const call = await em.findOneByOrFail(CallSession, { id: offer.callSessionId });
    const clientCompanyId = call.clientCompanyId ?? '';
    const [client, script, contract, operator, callerHistory] = await Promise.all([
      em.findOneByOrFail(ClientCompany, { id: clientCompanyId }),
      call.scriptVersionId ? em.findOneBy(ScriptVersion, { id: call.scriptVersionId }) : null,
      em.findOne(Contract, { where: { clientCompanyId }, order: { startDate: 'DESC' } }),
      em.findOneBy(User, { id: offer.operatorId }),
      call.callingE164 ? callerHistoryIn(em, clientCompanyId, call.callingE164) : [],
    ]);
    return {
      offer,
      client,
      greeting: renderGreeting(script?.greeting ?? EMPTY_SCRIPT.greeting, {
        会社名: client.name,
        挨拶: timeOfDayGreeting(tokyoHour(new Date())),
        オペレーター名: operator?.name.split(/\s/)[0] ?? '',
      }),
      script,
      scriptReason: script
        ? scriptInForce(new Set([script.variant, 'DEFAULT']), client.nightHours, call.startedAt)
            .reason
        : null,
      coverageSummary: contract
        ? describeCoverage({ windows: contract.coverageWindows, holidayRule: contract.holidayRule })
        : null,
      callingNational: call.callingE164 ? formatNational(call.callingE164) : null,
      callerHistory,
    };
  }
}
