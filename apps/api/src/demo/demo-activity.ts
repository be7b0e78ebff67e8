import {
  addDaysToDate,
  coverageAt,
  dispatchCandidates,
  type IntakeStatus,
  Role,
  tokyoDate,
  urgentKeywordsIn,
} from '@dengon/domain';
import type { INestApplication } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { User } from '../auth/user.entity';
import { IntakeChannel, IntakeComment, IntakeRecord, IntakeStatusChange } from '../calls';
import { searchColumns } from '../calls/intake.service';
import { ClientCompany } from '../clients/client-company.entity';
import { Contract } from '../contracts/contract.entity';
import { Contractor } from '../dispatch/contractor.entity';
import { AckVia, Dispatch, DispatchStatus } from '../dispatch/dispatch.entity';
import { ScriptVersion } from '../scripts/script.entity';
import { Db } from '../database/db.service';
import { FileStore } from '../storage/file-store';
import { CallSession, CallState } from '../telephony/call-session.entity';
import { encodeWav, SAMPLE_RATE } from '../voice/call-audio';
import { CallRecording, RecordingKind } from '../voice/call-recording.entity';
import { concat, silence, tone } from '../voice/media/prompts';
import { DEMO_CLIENTS, e164 } from './demo-seed';

/**
 * A month of an answering service's life for the demo clients, so every
 * screen of a fresh `npm start` has something to show: calls through the
 * day in each client's hours, answered within seconds (a few waited, a few
 * hung up), records moved along by operators and clients, comments, jobs
 * dispatched to contractors, urgent calls and voicemails left out of hours.
 * Written once with the demo, straight into the tables as an import would,
 * so every row carries its own time; no report goes out for the past.
 * The same month every time: the numbers come from a seeded generator.
 */
export async function seedDemoActivity(app: INestApplication, now = new Date()): Promise<void> {
  const files = app.get(FileStore);
  await app.get(Db).dataSource.transaction((em) => writeMonth(em, files, now));
}

async function writeMonth(em: EntityManager, files: FileStore, now: Date): Promise<void> {
  const random = seeded(20_261_207);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const staff = await em.find(User, {
    where: { clientCompanyId: IsNull() },
    order: { email: 'ASC' },
  });
  // operator1 first: the one trained for maintenance-linked clients.
  const operators = staff.filter((u) => u.role === Role.Operator);
  const supervisor = staff.find((u) => u.role === Role.Supervisor)!;
  const callers = CALLERS.map(([name, kana, company], i) => ({
    name,
    kana,
    company,
    number: company ? `03-5${String(100 + i).padStart(3, '0')}-${1000 + i * 37}` : mobile(i),
  }));

  for (const demo of DEMO_CLIENTS) {
    const life = LIVES[demo.recordPrefix]!;
    const client = await em.findOneByOrFail(ClientCompany, { recordPrefix: demo.recordPrefix });
    const [contract, script, admin, contractors] = await Promise.all([
      em.findOneByOrFail(Contract, { clientCompanyId: client.id }),
      em.findOneByOrFail(ScriptVersion, { clientCompanyId: client.id, versionNo: 1 }),
      em.findOneByOrFail(User, { clientCompanyId: client.id }),
      em.findBy(Contractor, { clientCompanyId: client.id }),
    ]);
    const coverage = { windows: contract.coverageWindows, holidayRule: contract.holidayRule };
    const dialed = e164(demo.tollFree);
    // This client's regulars: callers come back, so the call screen has a history to show.
    const regulars = Array.from({ length: 12 }, () => pick(callers));

    const calls: { at: Date; covered: boolean }[] = [];
    for (let back = DAYS; back >= 0; back--) {
      const date = tokyoDate(new Date(now.getTime() - back * DAY_MS));
      const count = Math.round(life.perDay * (0.6 + random() * 0.8));
      for (let n = 0; n < count; n++) {
        const at = new Date(
          `${date}T${pad(hourOfCall(random))}:${pad(random() * 60)}:${pad(random() * 60)}+09:00`,
        );
        if (at.getTime() > now.getTime() - 10 * 60_000) continue;
        const covered = coverageAt(coverage, at).covered;
        // Out of hours most callers hang up at the announcement; some leave a message.
        if (covered || random() < 0.15) calls.push({ at, covered });
      }
    }
    calls.sort((a, b) => a.at.getTime() - b.at.getTime());

    const sessions: Partial<CallSession>[] = [];
    const records: IntakeRecord[] = [];
    const steps: Partial<IntakeStatusChange>[][] = [];
    const comments: Partial<IntakeComment>[] = [];
    const dispatches: Partial<Dispatch>[] = [];
    const voicemails: { session: Partial<CallSession>; record: IntakeRecord }[] = [];
    for (const [i, { at, covered }] of calls.entries()) {
      const caller = random() < 0.4 ? pick(regulars) : pick(callers);
      const callingE164 = e164(caller.number);
      const session: Partial<CallSession> = {
        id: crypto.randomUUID(),
        provider: 'demo',
        providerCallId: `demo-${demo.recordPrefix}-${i}`,
        dialedE164: dialed,
        callingE164,
        clientCompanyId: client.id,
        scriptVersionId: script.id,
        startedAt: at,
        recorded: covered && contract.recordCalls,
      };
      sessions.push(session);
      if (!covered) {
        const record = intake(client.id, script, {
          channel: IntakeChannel.VOICEMAIL,
          dialedE164: dialed,
          callingE164,
          fields: {},
          memo: '時間外の留守番電話です。録音を聞いて折り返してください。',
          operatorId: null,
          receivedAt: at,
        });
        Object.assign(session, {
          state: CallState.VOICEMAIL,
          durationSeconds: VOICEMAIL_SECONDS,
          intakeId: record.id,
        });
        records.push(record);
        // Left to be called back, as a voicemail's record starts; the older ones the client has.
        const done = now.getTime() - at.getTime() > 2 * DAY_MS;
        steps.push(path(record, done ? ['COMPLETED'] : [], { staff: null, client: admin.id }));
        voicemails.push({ session, record });
        continue;
      }
      // A few callers hang up before anyone answers.
      if (random() < 0.04) {
        Object.assign(session, { state: CallState.FAILED, endedAt: later(at, 20 + random() * 40) });
        continue;
      }
      const waited = random() < 0.12 ? 20 + random() * 40 : 2 + random() * 12;
      const talked = 60 + random() * 240;
      const operator = pick(life.maintenance ? operators.slice(0, 1) : operators);
      const topic = pick(life.topics);
      const answeredAt = later(at, waited);
      const endedAt = later(answeredAt, talked);
      const fields: Record<string, string> = {
        caller_name: caller.name,
        caller_name_kana: caller.kana,
        ...(caller.company && { caller_company: caller.company }),
        callback_number: caller.number,
        message: topic.message,
        ...topic.fields,
      };
      const record = intake(client.id, script, {
        channel: IntakeChannel.PHONE,
        dialedE164: dialed,
        callingE164,
        fields,
        memo: topic.memo ?? '',
        operatorId: operator.id,
        receivedAt: at,
        answeredAt,
        endedAt,
        durationSeconds: Math.round(talked),
      });
      Object.assign(session, {
        state: CallState.COMPLETED,
        answeredAt,
        endedAt,
        durationSeconds: Math.round(talked),
        operatorId: operator.id,
      });
      records.push(record);
      const age = (now.getTime() - at.getTime()) / DAY_MS;
      const wrong = topic.wrongCall === true;
      const dispatch =
        life.maintenance && !wrong
          ? dispatchCandidates(contractors, fields['category']!, fields['site_address']!)[0]
          : undefined;
      const end = finalStatus(random, age, wrong, dispatch !== undefined);
      steps.push(path(record, end, { staff: operator.id, client: admin.id }));
      if (dispatch && end.includes('DISPATCHED')) {
        const acknowledged = age > 0.5 || random() < 0.5;
        dispatches.push({
          clientCompanyId: client.id,
          intakeId: record.id,
          contractorId: dispatch.contractor.id,
          nextContractorIds: [],
          channelIndex: 0,
          category: fields['category']!,
          siteAddress: fields['site_address']!,
          urgent: record.urgent,
          instructions: topic.message,
          overrideReason: null,
          status: acknowledged ? DispatchStatus.ACKNOWLEDGED : DispatchStatus.SENT,
          acknowledgedAt: acknowledged ? later(endedAt, 900 + random() * 1800) : null,
          acknowledgedVia: acknowledged ? pick([AckVia.LINK, AckVia.FAX]) : null,
          replyNote: acknowledged ? pick(['本日中に伺います。', '明朝9時に訪問予定です。']) : null,
          createdBy: operator.id,
          createdAt: later(endedAt, 120),
        });
      }
      // Some records carry a conversation between the client and the service.
      if (random() < 0.15) {
        const [first, reply] = pick(CONVERSATIONS);
        comments.push({
          intakeId: record.id,
          clientCompanyId: client.id,
          authorId: admin.id,
          body: first,
          createdAt: later(endedAt, 3600 + random() * 7200),
        });
        if (reply)
          comments.push({
            intakeId: record.id,
            clientCompanyId: client.id,
            authorId: supervisor.id,
            body: reply,
            createdAt: later(endedAt, 14_400 + random() * 3600),
          });
      }
    }

    // Numbered in the order they came in: gapless per client and year, as the trigger gives them.
    for (const chunk of chunks(records)) await em.insert(IntakeRecord, chunk);
    for (const chunk of chunks(sessions)) await em.insert(CallSession, chunk);
    const changes = steps.flat();
    for (const chunk of chunks(changes)) await em.insert(IntakeStatusChange, chunk);
    if (comments.length) await em.insert(IntakeComment, comments);
    if (dispatches.length) await em.insert(Dispatch, dispatches);
    for (const { session, record } of voicemails) {
      const audio = await files.put(`voicemails/${session.id}.wav`, voicemailAudio());
      await em.insert(CallRecording, {
        kind: RecordingKind.VOICEMAIL,
        callSessionId: session.id!,
        clientCompanyId: client.id,
        intakeId: record.id,
        fileKey: audio.key,
        sha256: audio.sha256,
        bytes: audio.bytes,
        durationSeconds: VOICEMAIL_SECONDS,
        deleteOn: addDaysToDate(tokyoDate(record.receivedAt), contract.recordingRetentionDays),
        createdAt: record.receivedAt,
      });
    }
  }
}

/** How many days back the month reaches, today included. */
const DAYS = 30;
const DAY_MS = 86_400_000;
const VOICEMAIL_SECONDS = 6;

interface Topic {
  message: string;
  memo?: string;
  /** Values of the client's own intake fields. */
  fields?: Record<string, string>;
  /** A wrong or prank call (間違い電話), closed as such and not charged. */
  wrongCall?: boolean;
}

/** Each client's calls: how many a day, and what callers ring about. */
const LIVES: Record<string, { perDay: number; maintenance?: boolean; topics: Topic[] }> = {
  SS: {
    perDay: 6,
    topics: [
      { message: '見積もりの件で、営業の田中様から折り返しをお願いしたいとのこと。' },
      { message: 'カタログの送付希望。送付先は折り返しの際に伝えるとのこと。' },
      { message: '請求書の再発行をお願いしたい。経理担当者あて。' },
      { message: '納品日を確認したい。至急折り返しがほしいとのこと。', memo: '急ぎの様子' },
      { message: '先日の打ち合わせのお礼。折り返しは不要とのこと。' },
      { message: '届いた商品に傷があった。クレームとして対応してほしい。' },
      { message: '番号を間違えたとのこと。', wrongCall: true },
    ],
  },
  TS: {
    perDay: 5,
    maintenance: true,
    topics: [
      {
        message: '台所の蛇口の根元から水漏れしている。止水栓は閉めた。',
        fields: {
          category: '水漏れ',
          site_address: '〒160-0022 東京都新宿区新宿3-1-1 サンプルビル301',
        },
      },
      {
        message: 'ブレーカーが何度も落ちる。漏電ではないか心配。',
        fields: {
          category: '電気設備',
          site_address: '〒220-0012 神奈川県横浜市西区みなとみらい2-2-1',
        },
      },
      {
        message: 'トイレの水が止まらない。',
        fields: { category: '水漏れ', site_address: '〒231-0023 神奈川県横浜市中区山下町10' },
      },
      {
        message: 'コンセントから焦げたにおいがする。',
        fields: {
          category: '電気設備',
          site_address: '〒330-0063 埼玉県さいたま市浦和区高砂3-15-1',
        },
      },
      {
        message: '給湯器のお湯が出ない。点検に来てほしい。',
        fields: { category: 'その他', site_address: '〒150-0002 東京都渋谷区渋谷2-21-1' },
      },
    ],
  },
  SF: {
    perDay: 2,
    topics: [
      { message: 'さくらハイツ201号室の内見を希望。週末が都合がよいとのこと。' },
      { message: '鍵をなくして部屋に入れない。すぐに連絡がほしい。' },
      { message: '家賃の振込先を確認したい。' },
      { message: '退去の手続きについて相談したい。' },
    ],
  },
  NT: {
    perDay: 7,
    topics: [
      { message: '注文した商品が届かない。', fields: { order_number: '20261103' } },
      {
        message: '返品したい。サイズが合わなかったとのこと。',
        fields: { order_number: '20261115' },
      },
      { message: '返金はいつになるか知りたい。', fields: { order_number: '20261021' } },
      { message: '発送前なら注文をキャンセルしたい。', fields: { order_number: '20261128' } },
      { message: '領収書の宛名を変えて発行してほしい。' },
      { message: 'ポイントの使い方を教えてほしい。' },
    ],
  },
};

/** Callers: name, its reading, and their company (those call from an office line). */
const CALLERS: [string, string, string | null][] = [
  ['山田 太郎', 'ヤマダ タロウ', '山田工務店'],
  ['佐々木 花子', 'ササキ ハナコ', null],
  ['田中 健一', 'タナカ ケンイチ', '株式会社田中製作所'],
  ['中村 美穂', 'ナカムラ ミホ', null],
  ['小林 大輔', 'コバヤシ ダイスケ', '小林商店'],
  ['加藤 由美', 'カトウ ユミ', null],
  ['吉田 誠', 'ヨシダ マコト', null],
  ['山口 恵子', 'ヤマグチ ケイコ', '山口会計事務所'],
  ['松本 翔太', 'マツモト ショウタ', null],
  ['井上 直子', 'イノウエ ナオコ', null],
  ['木村 拓也', 'キムラ タクヤ', '木村運輸株式会社'],
  ['林 真由美', 'ハヤシ マユミ', null],
  ['斎藤 隆', 'サイトウ タカシ', null],
  ['清水 陽子', 'シミズ ヨウコ', '清水デザイン'],
  ['森 勇気', 'モリ ユウキ', null],
  ['池田 千尋', 'イケダ チヒロ', null],
  ['橋本 光', 'ハシモト ヒカル', '橋本建設株式会社'],
  ['石川 さやか', 'イシカワ サヤカ', null],
  ['前田 浩二', 'マエダ コウジ', null],
  ['藤田 綾', 'フジタ アヤ', null],
];

/** A client's question on a record, and the service's answer. */
const CONVERSATIONS: [string, string | null][] = [
  [
    '折り返しましたが不在でした。再度かかってきたら携帯へ転送してください。',
    '承知しました。次回は携帯へおつなぎします。',
  ],
  ['先方の会社名をもう一度確認できますか。', '通話内容を確認しました。記録のとおりです。'],
  ['対応済みです。ありがとうございました。', null],
  [
    'この方は既存のお客様です。次回から担当の田中へ回してください。',
    '承知しました。スクリプトへの反映をご依頼ください。',
  ],
];

/** Where a record stands after this long, and the way it went there. */
function finalStatus(
  random: () => number,
  ageDays: number,
  wrong: boolean,
  dispatched: boolean,
): IntakeStatus[] {
  if (wrong) return ['WRONG_OR_PRANK'];
  const roll = random();
  if (dispatched)
    return ageDays > 2 || roll < 0.4
      ? ['REPORTED', 'DISPATCHED', 'COMPLETED']
      : ['REPORTED', 'DISPATCHED'];
  if (ageDays < 1) return roll < 0.3 ? [] : roll < 0.7 ? ['REPORTED'] : ['REPORTED', 'IN_PROGRESS'];
  if (ageDays < 4)
    return roll < 0.3
      ? ['REPORTED', 'CALLBACK_PENDING']
      : roll < 0.5
        ? ['REPORTED', 'IN_PROGRESS']
        : ['REPORTED', 'COMPLETED'];
  return roll < 0.05
    ? ['REPORTED', 'CANCELLED']
    : roll < 0.1
      ? ['REPORTED', 'CALLBACK_PENDING']
      : ['REPORTED', 'COMPLETED'];
}

/**
 * A record's status history from where it started through `then`, each step by whom
 * the workflow gives it to: the report by Dengon, dispatch and wrong calls by
 * the operator, the client's follow-up by the client's user.
 */
function path(
  record: IntakeRecord,
  then: IntakeStatus[],
  by: { staff: string | null; client: string },
): Partial<IntakeStatusChange>[] {
  const at = record.endedAt ?? record.receivedAt;
  let from = record.status;
  const steps: Partial<IntakeStatusChange>[] = [
    { toStatus: from, fromStatus: null, changedBy: by.staff, changedAt: record.receivedAt },
  ];
  for (const [n, to] of then.entries()) {
    const changedBy = to === 'REPORTED' ? null : STAFF_MOVES.has(to) ? by.staff : by.client;
    steps.push({ fromStatus: from, toStatus: to, changedBy, changedAt: later(at, 120 + n * 5400) });
    from = to;
  }
  record.status = from;
  // As the workflow does: a wrong call is not charged.
  record.billable = from !== 'WRONG_OR_PRANK';
  return steps.map((step) => ({
    ...step,
    intakeId: record.id,
    clientCompanyId: record.clientCompanyId,
    note: '',
  }));
}
const STAFF_MOVES = new Set<IntakeStatus>(['CALLBACK_PENDING', 'DISPATCHED', 'WRONG_OR_PRANK']);

function intake(
  clientCompanyId: string,
  script: ScriptVersion,
  values: Pick<
    IntakeRecord,
    'channel' | 'dialedE164' | 'callingE164' | 'fields' | 'memo' | 'operatorId' | 'receivedAt'
  > &
    Partial<Pick<IntakeRecord, 'answeredAt' | 'endedAt' | 'durationSeconds'>>,
): IntakeRecord {
  const texts = [values.memo, ...Object.values(values.fields).map(String)];
  const urgentKeywords = urgentKeywordsIn(script.urgentKeywords, texts);
  return Object.assign(new IntakeRecord(), {
    answeredAt: null,
    endedAt: null,
    durationSeconds: null,
    ...values,
    id: crypto.randomUUID(),
    clientCompanyId,
    scriptVersionId: script.id,
    faqItemIds: [],
    urgent: urgentKeywords.length > 0,
    urgentKeywords,
    // A voicemail's record starts waiting for the call back (as CallRouting leaves it).
    status: values.channel === IntakeChannel.VOICEMAIL ? 'CALLBACK_PENDING' : 'RECEIVED',
    billable: true,
    recordingUrl: null,
    createdAt: values.receivedAt,
    ...searchColumns(values.memo, values.fields),
  });
}

/** The hour a call comes in: mornings and early afternoons are busiest, nights quiet. */
function hourOfCall(random: () => number): number {
  let roll = random() * HOUR_WEIGHTS_TOTAL;
  for (const [hour, weight] of HOUR_WEIGHTS.entries()) {
    roll -= weight;
    if (roll < 0) return hour;
  }
  return 12;
}
const HOUR_WEIGHTS = [
  1, 1, 0, 0, 0, 1, 2, 4, 8, 12, 14, 12, 8, 10, 12, 11, 10, 9, 7, 5, 4, 3, 2, 1,
];
const HOUR_WEIGHTS_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** Three notes and the caller's words as a tone, since no voice is recorded here. */
function voicemailAudio(): Buffer {
  return encodeWav(
    concat(
      tone(660, 0.3),
      silence(0.2),
      tone(880, 0.3),
      silence(0.2),
      tone(990, 0.5),
      silence(VOICEMAIL_SECONDS - 1.5),
    ),
    SAMPLE_RATE,
  );
}

function seeded(seed: number): () => number {
  // mulberry32: small, fast and good enough to scatter demo calls.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const later = (at: Date, seconds: number) => new Date(at.getTime() + Math.round(seconds * 1000));
const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
const mobile = (i: number) => `090-${2000 + i * 113}-${3000 + i * 71}`;
function* chunks<T>(items: T[], size = 200): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
