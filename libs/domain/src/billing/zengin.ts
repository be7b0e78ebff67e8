import { type NormalisedPayerName, normalisePayerName } from './payer-name';

/**
 * Bank statements in the Zengin (全銀協) 200-byte formats, as banks deliver
 * them for reconciliation: 種別 01 振込入金通知 (incoming transfers) and 03
 * 入出金取引明細 (all account movements, of which only deposits are kept).
 *
 * A file is one or more groups, each header (データ区分 1), data records (2)
 * and a trailer (8), one group per account, closed by a single end record
 * (9). Records are Shift_JIS, 200 bytes, with or without CRLF or LF between
 * them. Fields are sliced from the raw bytes and only then decoded: a
 * half-width kana is one byte in the file but three in UTF-8, and ﾀﾞ is two.
 *
 * Layouts (0-based byte offsets), as given by Diva.Zengin (Records/*.cs,
 * commit f312bb1) and zengin-format-util (lib/spec.js), which agree on every
 * field read here; the 01 data record matches the bank spec quoted in
 * JAPAN.md §2 (awabank.co.jp):
 *
 * 01 header: 種別 1 N2, コード区分 3 N1, 作成日 4, 勘定日(自) 10, (至) 16 (N6 each),
 *   銀行コード 22 N4, 銀行名 26 C15, 支店コード 41 N3, 支店名 44 C15,
 *   預金種目 59 N1, 口座番号 60 N7, 口座名 67 C40.
 * 01 data: 照会番号 1 N6, 勘定日 7 N6, 起算日 13 N6, 金額 19 N10, 他店券 29 N10,
 *   依頼人コード 39 N10, 振込依頼人名 49 C48, 仕向銀行 97 C15, 仕向店 112 C15,
 *   取消区分 127 N1, EDI情報 128 C20.
 * 01 trailer: 振込合計件数 1 N6, 振込合計金額 7 N12, 取消合計件数 19 N6, then
 *   取消合計金額, N12 in Diva.Zengin but N10 in zengin-format-util, so not read.
 * 03 header: as 01 up to 支店名, then dummy 59 N3, 預金種目 62 N1,
 *   口座番号 63 N10, 口座名 73 C40.
 * 03 data: 照会番号 1 N8, 勘定日 9 N6, 預入払出日 15 N6, 入払区分 21 N1,
 *   取引区分 22 N2, 取引金額 24 N12, …, 振込依頼人名 81 C48, 仕向銀行名 129 C15,
 *   仕向店名 144 C15, 摘要 159 C20, EDI情報 179 C20.
 * 03 trailer: 入金件数 1 N6, 入金額合計 7 N13, 出金件数 20 N6, 出金額合計 26 N13,
 *   貸越区分 39 N1, 取引後残高 40 N14, データレコード件数 54 N7.
 * End: 01 has nothing but dummy; 03 has レコード総件数 and 口座数, not checked.
 */

export type ZenginKind = 'TRANSFER_NOTICE' | 'STATEMENT';

export interface ZenginDeposit {
  /** 1-based record number in the file. */
  line: number;
  /** 照会番号, the bank's reference, digits as in the file; null when blank. */
  reference: string | null;
  /** 勘定日, ISO YYYY-MM-DD. */
  date: string;
  /** Integer yen. */
  amount: number;
  /** 振込依頼人名 as in the file, half-width kana. */
  payerName: string;
  payerNameNormalised: NormalisedPayerName;
  /** 仕向銀行 and 仕向店: where the transfer came from. */
  bankName: string;
  branchName: string;
  ediInfo: string;
  /** 取消区分 1: the bank takes back a deposit it notified earlier (01 only). */
  cancelled: boolean;
}

export interface ZenginStatement {
  kind: ZenginKind;
  /** 1-based record number of the group's header. */
  line: number;
  /** 作成日 and the 勘定日 period, ISO YYYY-MM-DD. */
  createdOn: string;
  period: { from: string; to: string };
  bank: { code: string; name: string };
  /**
   * 預金種目 as its code (1 普通, 2 当座, 4 貯蓄); the number as 7 digits
   * when 03's 10-digit field holds only zeros in front.
   */
  account: { branchCode: string; branchName: string; type: string; number: string; name: string };
  deposits: ZenginDeposit[];
}

/** A file that is not a valid Zengin statement; `line` is the 1-based record number, `detail` what is wrong there. */
export class ZenginFormatError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`record ${line}: ${detail}`);
    this.name = 'ZenginFormatError';
  }
}

const RECORD_LENGTH = 200;
const CR = 0x0d;
const LF = 0x0a;
const EOF = 0x1a;

const decoder = new TextDecoder('shift_jis');

/**
 * The records of a file: split at line breaks if it has any, else every 200
 * bytes. Shift_JIS never uses CR or LF as the second byte of a character,
 * so a line break byte is always a line break.
 */
function splitRecords(file: Uint8Array): Uint8Array[] {
  let end = file.length;
  while (end > 0 && [EOF, CR, LF].includes(file[end - 1]!)) end--;
  const bytes = file.subarray(0, end);
  if (!bytes.length) return [];
  if (!bytes.some((b) => b === CR || b === LF)) {
    const records: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += RECORD_LENGTH)
      records.push(bytes.subarray(at, at + RECORD_LENGTH));
    return records;
  }
  const records: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== CR && bytes[i] !== LF) continue;
    records.push(bytes.subarray(start, i));
    if (bytes[i] === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
  }
  return records;
}

/** One record and the fields read from it, each error naming the record and the field. */
function reader(bytes: Uint8Array, line: number) {
  const raw = (offset: number, size: number) =>
    decoder.decode(bytes.subarray(offset, offset + size));
  const fail = (message: string): never => {
    throw new ZenginFormatError(line, message);
  };
  const where = (field: string, offset: number, size: number) =>
    `${field} (offset ${offset}, ${size} bytes)`;

  /** A C field, without its padding. */
  const text = (offset: number, size: number) => raw(offset, size).trimEnd();

  /** An N field's digits; blank is allowed only for optional fields and gives null. */
  function digits(field: string, offset: number, size: number, optional: true): string | null;
  function digits(field: string, offset: number, size: number): string;
  function digits(field: string, offset: number, size: number, optional = false) {
    const value = raw(offset, size);
    if (optional && /^ *$/.test(value)) return null;
    if (!/^[0-9]+$/.test(value))
      fail(`${where(field, offset, size)} should be digits, found "${value}"`);
    return value;
  }

  const number = (field: string, offset: number, size: number) =>
    Number(digits(field, offset, size));

  /** A 和暦 YYMMDD date without its era, read as Reiwa (令和1年 = 2019, from 1 May). */
  const date = (field: string, offset: number) => {
    const value = digits(field, offset, 6);
    const iso = reiwaDate(value);
    if (!iso) fail(`${where(field, offset, 6)} "${value}" is not a date (和暦 YYMMDD, 令和)`);
    return iso!;
  };

  return { line, raw, text, digits, number, date, fail };
}

type Reader = ReturnType<typeof reader>;

/**
 * ISO date of a Reiwa YYMMDD, or null for an impossible one. The era is not
 * in the file; Reiwa is our assumption (JAPAN.md, unverified), fine for any
 * statement from May 2019 until the next era.
 */
function reiwaDate(yymmdd: string): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  const year = 2018 + yy;
  if (yy < 1 || mm < 1 || mm > 12 || dd < 1) return null;
  if (dd > new Date(Date.UTC(year, mm, 0)).getUTCDate()) return null;
  if (yy === 1 && mm < 5) return null;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

const KINDS: Record<string, ZenginKind> = { '01': 'TRANSFER_NOTICE', '03': 'STATEMENT' };

function readHeader(r: Reader): ZenginStatement {
  const type = r.digits('種別コード', 1, 2);
  const kind = KINDS[type];
  if (!kind)
    r.fail(`unknown 種別 "${type}": only 01 (振込入金通知) and 03 (入出金取引明細) are read`);
  if (r.digits('コード区分', 3, 1) !== '0')
    r.fail('コード区分 is 1 (EBCDIC); only 0 (JIS, read as Shift_JIS) is supported');
  const transferNotice = kind === 'TRANSFER_NOTICE';
  let number = transferNotice ? r.digits('口座番号', 60, 7) : r.digits('口座番号', 63, 10);
  if (/^000\d{7}$/.test(number)) number = number.slice(3);
  return {
    kind: kind!,
    line: r.line,
    createdOn: r.date('作成日', 4),
    period: { from: r.date('勘定日(自)', 10), to: r.date('勘定日(至)', 16) },
    bank: { code: r.digits('銀行コード', 22, 4), name: r.text(26, 15) },
    account: {
      branchCode: r.digits('支店コード', 41, 3),
      branchName: r.text(44, 15),
      type: transferNotice ? r.digits('預金種目', 59, 1) : r.digits('預金種目', 62, 1),
      number,
      name: transferNotice ? r.text(67, 40) : r.text(73, 40),
    },
    deposits: [],
  };
}

/** A data record: the deposit, or null for a 03 withdrawal, with what the trailer counts. */
interface DataRecord {
  deposit: ZenginDeposit | null;
  amount: number;
}

function deposit(
  r: Reader,
  fields: Omit<ZenginDeposit, 'line' | 'payerNameNormalised'>,
): ZenginDeposit {
  return {
    line: r.line,
    ...fields,
    payerNameNormalised: normalisePayerName(fields.payerName),
  };
}

function readTransfer(r: Reader): DataRecord {
  const amount = r.number('金額', 19, 10);
  const cancel = r.digits('取消区分', 127, 1, true);
  return {
    amount,
    deposit: deposit(r, {
      reference: r.digits('照会番号', 1, 6, true),
      date: r.date('勘定日', 7),
      amount,
      payerName: r.text(49, 48),
      bankName: r.text(97, 15),
      branchName: r.text(112, 15),
      ediInfo: r.text(128, 20),
      cancelled: cancel === '1',
    }),
  };
}

function readMovement(r: Reader): DataRecord & { withdrawal: boolean } {
  const date = r.date('勘定日', 9);
  const direction = r.digits('入払区分', 21, 1);
  if (direction !== '1' && direction !== '2')
    r.fail(`入払区分 (offset 21) should be 1 (deposit) or 2 (withdrawal), found "${direction}"`);
  const amount = r.number('取引金額', 24, 12);
  if (direction === '2') return { amount, deposit: null, withdrawal: true };
  return {
    amount,
    withdrawal: false,
    deposit: deposit(r, {
      reference: r.digits('照会番号', 1, 8, true),
      date,
      amount,
      payerName: r.text(81, 48),
      bankName: r.text(129, 15),
      branchName: r.text(144, 15),
      ediInfo: r.text(179, 20),
      cancelled: false,
    }),
  };
}

interface Tally {
  count: number;
  total: number;
}
const tally = (): Tally => ({ count: 0, total: 0 });
const add = (t: Tally, amount: number) => {
  t.count++;
  t.total += amount;
};
const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
const summary = (t: Tally, what: string) => `${t.count} ${what} totalling ${yen(t.total)}`;

/** What a group's data records added up to, for its trailer. */
interface Group {
  statement: ZenginStatement;
  records: number;
  deposits: Tally;
  withdrawals: Tally;
  cancelled: Tally;
}

/**
 * 01: the trailer's totals may count cancellations or leave them out (the
 * public sources do not say), so either is accepted; 取消合計件数 is checked
 * when the bank fills it in.
 */
function checkTransferTrailer(r: Reader, group: Group) {
  const expected = {
    count: r.number('振込合計件数', 1, 6),
    total: r.number('振込合計金額', 7, 12),
  };
  const all = group.deposits;
  const kept = {
    count: all.count - group.cancelled.count,
    total: all.total - group.cancelled.total,
  };
  const same = (t: Tally) => t.count === expected.count && t.total === expected.total;
  if (!same(all) && !same(kept)) {
    const cancellations = group.cancelled.count
      ? ` (${summary(group.cancelled, 'of them cancellations')})`
      : '';
    r.fail(
      `trailer expects ${summary(expected, 'transfers')}, but the group from record ` +
        `${group.statement.line} holds ${summary(all, 'transfers')}${cancellations}`,
    );
  }
  const cancelCount = r.digits('取消合計件数', 19, 6, true);
  if (
    cancelCount !== null &&
    Number(cancelCount) > 0 &&
    Number(cancelCount) !== group.cancelled.count
  )
    r.fail(
      `trailer expects ${Number(cancelCount)} cancellations, but the group from record ` +
        `${group.statement.line} holds ${group.cancelled.count}`,
    );
}

function checkStatementTrailer(r: Reader, group: Group) {
  const from = `the group from record ${group.statement.line}`;
  const check = (what: string, expected: Tally, found: Tally) => {
    if (expected.count !== found.count || expected.total !== found.total)
      r.fail(
        `trailer expects ${summary(expected, what)}, but ${from} holds ${summary(found, what)}`,
      );
  };
  check(
    'deposits',
    { count: r.number('入金件数', 1, 6), total: r.number('入金額合計', 7, 13) },
    group.deposits,
  );
  check(
    'withdrawals',
    { count: r.number('出金件数', 20, 6), total: r.number('出金額合計', 26, 13) },
    group.withdrawals,
  );
  const records = r.number('データレコード件数', 54, 7);
  if (records !== group.records)
    r.fail(`trailer expects ${records} data records, but ${from} holds ${group.records}`);
}

/**
 * Parses a Zengin 01 or 03 file into one statement per account, keeping
 * deposits only. Throws ZenginFormatError at the first record that is not
 * 200 bytes, is out of order, has a non-numeric N field or an impossible
 * date, or at a trailer that disagrees with its data records.
 */
export function parseZengin(file: Uint8Array): ZenginStatement[] {
  const records = splitRecords(file);
  if (!records.length) throw new ZenginFormatError(1, 'the file is empty');
  const statements: ZenginStatement[] = [];
  let group: Group | null = null;
  let ended: number | null = null;
  let last = 0;

  for (const [index, bytes] of records.entries()) {
    const line = index + 1;
    const r: Reader = reader(bytes, line);
    if (bytes.length !== RECORD_LENGTH)
      r.fail(`is ${bytes.length} bytes long; Zengin records are ${RECORD_LENGTH} bytes`);
    if (ended !== null) r.fail(`comes after the end record (9) at record ${ended}`);
    const dataKind = r.raw(0, 1);
    switch (dataKind) {
      case '1': {
        if (group)
          r.fail(
            `header (1) before the trailer (8) of the group from record ${group.statement.line}`,
          );
        const statement = readHeader(r);
        statements.push(statement);
        group = {
          statement,
          records: 0,
          deposits: tally(),
          withdrawals: tally(),
          cancelled: tally(),
        };
        break;
      }
      case '2': {
        if (!group) return r.fail('data record (2) outside a group: no header (1) before it');
        const g: Group = group;
        g.records++;
        if (g.statement.kind === 'TRANSFER_NOTICE') {
          const { deposit, amount } = readTransfer(r);
          add(g.deposits, amount);
          if (deposit!.cancelled) add(g.cancelled, amount);
          g.statement.deposits.push(deposit!);
        } else {
          const { deposit, amount, withdrawal } = readMovement(r);
          add(withdrawal ? g.withdrawals : g.deposits, amount);
          if (deposit) g.statement.deposits.push(deposit);
        }
        break;
      }
      case '8': {
        if (!group) return r.fail('trailer (8) without a header (1) before it');
        const g: Group = group;
        if (g.statement.kind === 'TRANSFER_NOTICE') checkTransferTrailer(r, g);
        else checkStatementTrailer(r, g);
        group = null;
        break;
      }
      case '9': {
        if (group)
          r.fail(
            `end record (9) before the trailer (8) of the group from record ${group.statement.line}`,
          );
        if (!statements.length) r.fail('end record (9) before any header (1)');
        ended = line;
        break;
      }
      default:
        r.fail(`unknown データ区分 "${dataKind}" (1 header, 2 data, 8 trailer, 9 end)`);
    }
    last = line;
  }

  if (group !== null)
    throw new ZenginFormatError(
      last,
      `the file ends inside the group from record ${group.statement.line}, without a trailer (8) and an end record (9)`,
    );
  if (ended === null) throw new ZenginFormatError(last, 'the file ends without an end record (9)');
  return statements;
}
