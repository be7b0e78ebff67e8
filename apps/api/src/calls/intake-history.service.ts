import {
  billsMailApart,
  bigrams,
  parseJapanesePhone,
  recordNumberIn,
  searchTerms,
  tokyoDate,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { planToday } from '../contracts/plan-today';
import { Db } from '../database/db.service';
import { priceOn } from '../plans/plans.service';
import { ScriptVersion } from '../scripts/script.entity';
import { IntakeRecord } from './intake-record.entity';
import type { IntakeRecordsArgs } from './intake.inputs';

export interface Usage {
  month: string;
  /** Billable intakes counted as calls: the mails among them unless the plan bills mail apart. */
  calls: number;
  /** The mails and faxes handled (メール対応). */
  mails: number;
  includedCalls: number;
  overCalls: number;
  /** The plan bills mail apart: mails count against the included mails, not calls. */
  mailsBilledApart: boolean;
  includedMails: number;
  overMails: number;
}

export interface IntakePage {
  items: IntakeRecord[];
  nextCursor: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const cursorOf = (r: IntakeRecord) =>
  Buffer.from(`${r.receivedAt.toISOString()}|${r.id}`).toString('base64url');

/** Finding intake records again: the history, a caller's earlier calls, the month's usage. */
@Injectable()
export class IntakeHistory {
  constructor(private readonly db: Db) {}

  get(ctx: RequestContext, id: string): Promise<IntakeRecord | null> {
    return this.db.transaction(ctx, (em) => em.findOneBy(IntakeRecord, { id }));
  }

  /** A caller's earlier intakes for this client, newest first, for the operator's screen. */
  callerHistory(
    ctx: RequestContext,
    clientCompanyId: string,
    callingNumber: string,
  ): Promise<IntakeRecord[]> {
    const parsed = parseJapanesePhone(callingNumber);
    if (!parsed.ok) throw badField('callingNumber', parsed.refused);
    return this.db.transaction(ctx, (em) => callerHistoryIn(em, clientCompanyId, parsed.e164));
  }

  /** Newest first, keyset-paginated on (received_at, id); days are Asia/Tokyo days. */
  list(ctx: RequestContext, args: IntakeRecordsArgs): Promise<IntakePage> {
    const companyId = ctx.tenantId
      ? companyInScope(ctx, args.clientCompanyId)
      : (args.clientCompanyId ?? null);
    if (ctx.tenantId && !companyId) return Promise.resolve({ items: [], nextCursor: null });
    return this.db.transaction(ctx, async (em) => {
      const qb = em.createQueryBuilder(IntakeRecord, 'r');
      if (companyId) qb.andWhere('r.client_company_id = :companyId', { companyId });
      if (args.from) qb.andWhere('r.received_at >= :from', { from: `${args.from}T00:00:00+09:00` });
      if (args.to)
        qb.andWhere(`r.received_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'`, {
          to: args.to,
        });
      if (args.statuses?.length)
        qb.andWhere('r.status IN (:...statuses)', { statuses: args.statuses });
      for (const [field, column] of [
        ['dialedNumber', 'dialed_e164'],
        ['callingNumber', 'calling_e164'],
      ] as const) {
        const text = args[field];
        if (!text) continue;
        const parsed = parseJapanesePhone(text);
        if (!parsed.ok) throw badField(field, parsed.refused);
        qb.andWhere(`r.${column} = :${field}`, { [field]: parsed.e164 });
      }
      // A record number (受付番号) finds its record; any other text is searched in the records' words.
      const recordNumber = recordNumberIn(args.text ?? '');
      if (recordNumber) qb.andWhere('r.record_number = :recordNumber', { recordNumber });
      else
        searchTerms(args.text ?? '').forEach((term, i) => {
          const grams = bigrams(term);
          if (grams.length) qb.andWhere(`r.search_bigrams @> :g${i}`, { [`g${i}`]: grams });
          qb.andWhere(`r.search_text LIKE :t${i} ESCAPE '\\'`, {
            [`t${i}`]: `%${escapeLike(term)}%`,
          });
        });
      if (args.after) {
        const [at, id] = Buffer.from(args.after, 'base64url').toString().split('|');
        if (!at || !id || Number.isNaN(Date.parse(at))) throw badField('after', 'invalidCursor');
        qb.andWhere('(r.received_at, r.id) < (:at, :id)', { at: new Date(at), id });
      }
      const rows = await qb
        .orderBy('r.received_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(args.first + 1)
        .getMany();
      const items = rows.slice(0, args.first);
      return {
        items,
        nextCursor:
          rows.length > args.first && items.length ? cursorOf(items[items.length - 1]!) : null,
      };
    });
  }

  /** The labels of a script version's intake fields, by key (「現場住所」 for site_address). */
  fieldLabels(ctx: RequestContext, scriptVersionId: string): Promise<Map<string, string>> {
    return this.db.transaction(ctx, async (em) => {
      const version = await em.findOneBy(ScriptVersion, { id: scriptVersionId });
      return new Map((version?.fields ?? []).map((f) => [f.key, f.label]));
    });
  }

  clientName(ctx: RequestContext, clientCompanyId: string): Promise<string> {
    return this.db.transaction(
      ctx,
      async (em) => (await em.findOneBy(ClientCompany, { id: clientCompanyId }))?.name ?? '',
    );
  }

  /** Billable intakes this month (Asia/Tokyo) against the calls (and mails) the plan includes. */
  async usageThisMonth(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
  ): Promise<Usage | null> {
    const companyId = companyInScope(ctx, clientCompanyId);
    if (!companyId) return null;
    const month = tokyoDate(new Date()).slice(0, 7);
    return this.db.transaction(ctx, async (em) => {
      const { plan, term } = await planToday(em, companyId);
      const price = await priceOn(em, plan.code, `${month}-01`);
      const includedCalls = term.includedCallsOverride ?? price?.includedCalls ?? 0;
      const [row]: { calls: number; mails: number }[] = await em.query(
        `SELECT count(*)::int AS calls,
                count(*) FILTER (WHERE channel IN ('EMAIL', 'FAX'))::int AS mails
           FROM intake_records
          WHERE client_company_id = $1 AND billable
            AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
            AND received_at < (($2::date) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Tokyo'`,
        [companyId, `${month}-01`],
      );
      const mails = row?.mails ?? 0;
      const apart = price !== null && billsMailApart(price);
      const calls = (row?.calls ?? 0) - (apart ? mails : 0);
      const includedMails = apart ? price.includedMails : 0;
      return {
        month,
        calls,
        mails,
        includedCalls,
        overCalls: Math.max(0, calls - includedCalls),
        mailsBilledApart: apart,
        includedMails,
        overMails: apart ? Math.max(0, mails - includedMails) : 0,
      };
    });
  }
}

/** A caller's 20 latest intakes for a client, in the caller's transaction. */
export function callerHistoryIn(
  em: EntityManager,
  clientCompanyId: string,
  callingE164: string,
): Promise<IntakeRecord[]> {
  return em.find(IntakeRecord, {
    where: { clientCompanyId, callingE164 },
    order: { receivedAt: 'DESC' },
    take: 20,
  });
}
