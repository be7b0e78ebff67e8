import {
  type ClosedDays,
  closedOn,
  type CoverageWindow,
  coverageAt,
  describeCoverage,
  type HolidayRule,
  parseJapanesePhone,
  RINGING_STATUSES,
  type ScriptVariant,
  scriptInForce,
  tokyoDate,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';

export interface DialedNumberMatch {
  phoneNumberId: string;
  e164: string;
  clientCompanyId: string;
  clientName: string;
  /** The script in force at the moment: null until the client's first script is published. */
  scriptVersionId: string | null;
  scriptVersionNo: number | null;
  scriptVariant: ScriptVariant | null;
  /** Why that script: '夜間（18:00〜翌09:00）', '休日（祝日: 勤労感謝の日）', '通常'. */
  scriptReason: string | null;
  /** The closed days (臨時休業) the moment falls on: not covered, whatever the hours say. */
  closedReason: string | null;
  /** Null without a contract in force: nobody covers the client's calls. */
  coverageSummary: string | null;
  covered: boolean;
  /** The contract in force records its calls. */
  recordCalls: boolean;
  coveredUntil: Date | null;
  nextCoverageStart: Date | null;
  /** What a waiting caller hears, by the contract in force; null without one. */
  waiting: { announcementSeconds: number; maxWaitSeconds: number } | null;
  /** The routing_version it was read at: the database refuses it as stale after a change. */
  routingVersion: string;
}

const LOOKUP_SQL = `SELECT pn.id AS phone_number_id, pn.e164, cc.id AS client_company_id, cc.name AS client_name,
              (SELECT coalesce(json_agg(json_build_object('variant', sv.variant, 'id', sv.id, 'versionNo', sv.version_no)), '[]')
                 FROM scripts s
                 JOIN script_versions sv ON sv.client_company_id = s.client_company_id
                  AND sv.variant = s.variant AND sv.version_no = s.published_version_no
                WHERE s.client_company_id = cc.id) AS scripts,
              cc.night_from, cc.night_until, cc.closed_days,
              c.coverage_windows, c.holiday_rule, c.record_calls,
              c.wait_announcement_seconds, c.max_wait_seconds,
              (SELECT version FROM routing_version) AS routing_version
         FROM phone_numbers pn
         JOIN client_companies cc ON cc.id = pn.client_company_id
         LEFT JOIN LATERAL (
           SELECT coverage_windows, holiday_rule, record_calls, wait_announcement_seconds,
                  max_wait_seconds FROM contracts
            WHERE client_company_id = cc.id AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)
            ORDER BY start_date DESC LIMIT 1) c ON TRUE
        WHERE pn.e164 = $1 AND pn.status <> 'RELEASED' AND pn.status = ANY($3)`;

interface Row {
  phone_number_id: string;
  e164: string;
  client_company_id: string;
  client_name: string;
  scripts: { variant: ScriptVariant; id: string; versionNo: number }[];
  night_from: string | null;
  night_until: string | null;
  closed_days: ClosedDays[];
  coverage_windows: CoverageWindow[] | null;
  holiday_rule: HolidayRule | null;
  record_calls: boolean | null;
  wait_announcement_seconds: number | null;
  max_wait_seconds: number | null;
  routing_version: string;
}

/**
 * The first step of every incoming call: the dialed number (DNIS) tells
 * whose call it is, which script version the operator reads, and whether
 * the client is covered now. One indexed query (phone_numbers_held_e164_key);
 * coverage is computed in memory. Runs as Dengon itself: no user is signed in
 * on the call path. The last match of each number is kept for the next call
 * while its coverage holds; whoever routes with it learns from the database
 * whether it is still current (routing_version, dengon_enter_call).
 */
@Injectable()
export class DialedNumberLookup {
  private readonly recent = new Map<string, Recent>();

  constructor(private readonly db: Db) {}

  /** The number's last match, if it was read the same Tokyo day and its coverage holds at `at`. */
  recentMatch(dialed: string, at: Date): DialedNumberMatch | null {
    const parsed = parseJapanesePhone(dialed);
    const recent = parsed.ok ? this.recent.get(parsed.e164) : undefined;
    const time = at.getTime();
    return recent && recent.from <= time && time < recent.until && recent.day === tokyoDate(at)
      ? recent.match
      : null;
  }

  async lookup(dialed: string, at: Date = new Date()): Promise<DialedNumberMatch | null> {
    const parsed = parseJapanesePhone(dialed);
    if (!parsed.ok) return null;
    const today = tokyoDate(at);
    const rows = await this.db.prepared<Row>('dialed-number-lookup', LOOKUP_SQL, [
      parsed.e164,
      today,
      RINGING_STATUSES,
    ]);
    const row = rows[0];
    if (!row) {
      this.recent.delete(parsed.e164);
      return null;
    }
    const coverage =
      row.coverage_windows && row.holiday_rule
        ? { windows: row.coverage_windows, holidayRule: row.holiday_rule }
        : null;
    const closed = closedOn(row.closed_days, at);
    const now = closed
      ? { covered: false, until: undefined, nextStart: undefined }
      : coverage
        ? coverageAt(coverage, at)
        : { covered: false };
    const night =
      row.night_from && row.night_until ? { from: row.night_from, until: row.night_until } : null;
    const choice = scriptInForce(new Set(row.scripts.map((v) => v.variant)), night, at);
    const script = row.scripts.find((v) => v.variant === choice.variant) ?? null;
    const match: DialedNumberMatch = {
      phoneNumberId: row.phone_number_id,
      e164: row.e164,
      clientCompanyId: row.client_company_id,
      clientName: row.client_name,
      scriptVersionId: script?.id ?? null,
      scriptVersionNo: script?.versionNo ?? null,
      scriptVariant: script ? choice.variant : null,
      scriptReason: script ? choice.reason : null,
      closedReason: closed?.reason ?? null,
      coverageSummary: coverage ? describeCoverage(coverage) : null,
      covered: now.covered,
      recordCalls: row.record_calls ?? false,
      coveredUntil: now.until ?? null,
      nextCoverageStart: now.nextStart ?? null,
      waiting:
        row.wait_announcement_seconds === null || row.max_wait_seconds === null
          ? null
          : {
              announcementSeconds: row.wait_announcement_seconds,
              maxWaitSeconds: row.max_wait_seconds,
            },
      routingVersion: row.routing_version,
    };
    // Kept until coverage starts or ends, or another script takes over; a contract's start or
    // end date, a holiday and a closed day are whole Tokyo days.
    const until = Math.min(
      (now.until ?? now.nextStart)?.getTime() ?? Number.POSITIVE_INFINITY,
      choice.changesAt?.getTime() ?? Number.POSITIVE_INFINITY,
    );
    this.recent.set(parsed.e164, { match, day: today, from: at.getTime(), until });
    return match;
  }
}

interface Recent {
  match: DialedNumberMatch;
  day: string;
  from: number;
  until: number;
}
