import iconv from 'iconv-lite';
import { normalisePayerName } from './payer-name';
import { parseZengin, ZenginFormatError } from './zengin';

/*
 * Fixtures are built field by field: each record starts as 200 spaces and
 * every field is written, Shift_JIS-encoded, at its offset. The layouts are
 * written out here from the public sources, independently of the parser.
 */
type Layout = Record<string, readonly [offset: number, size: number]>;

const HEADER_01 = {
  kind: [0, 1],
  type: [1, 2],
  code: [3, 1],
  created: [4, 6],
  from: [10, 6],
  to: [16, 6],
  bankCode: [22, 4],
  bankName: [26, 15],
  branchCode: [41, 3],
  branchName: [44, 15],
  accountType: [59, 1],
  accountNumber: [60, 7],
  accountName: [67, 40],
} as const satisfies Layout;

const DATA_01 = {
  kind: [0, 1],
  reference: [1, 6],
  date: [7, 6],
  valueDate: [13, 6],
  amount: [19, 10],
  otherBank: [29, 10],
  payerCode: [39, 10],
  payerName: [49, 48],
  bankName: [97, 15],
  branchName: [112, 15],
  cancel: [127, 1],
  edi: [128, 20],
} as const satisfies Layout;

const TRAILER_01 = {
  kind: [0, 1],
  count: [1, 6],
  total: [7, 12],
  cancelCount: [19, 6],
  cancelTotal: [25, 12],
} as const satisfies Layout;

const HEADER_03 = {
  ...HEADER_01,
  dummy: [59, 3],
  accountType: [62, 1],
  accountNumber: [63, 10],
  accountName: [73, 40],
} as const satisfies Layout;

const DATA_03 = {
  kind: [0, 1],
  reference: [1, 8],
  date: [9, 6],
  valueDate: [15, 6],
  direction: [21, 1],
  transaction: [22, 2],
  amount: [24, 12],
  otherBank: [36, 12],
  payerName: [81, 48],
  bankName: [129, 15],
  branchName: [144, 15],
  summary: [159, 20],
  edi: [179, 20],
} as const satisfies Layout;

const TRAILER_03 = {
  kind: [0, 1],
  depositCount: [1, 6],
  depositTotal: [7, 13],
  withdrawalCount: [20, 6],
  withdrawalTotal: [26, 13],
  balanceSign: [39, 1],
  balance: [40, 14],
  records: [54, 7],
} as const satisfies Layout;

const END = { kind: [0, 1] } as const satisfies Layout;

type Values<L extends Layout> = { [K in keyof L]?: string | number };

/** Numbers are N fields (right-aligned, zero-padded); strings are written as given. */
function record<L extends Layout>(layout: L, values: Values<L>, length = 200): Uint8Array {
  const bytes = new Uint8Array(length).fill(0x20);
  for (const [field, value] of Object.entries(values) as [keyof L & string, string | number][]) {
    const [offset, size] = layout[field]!;
    const text = typeof value === 'number' ? String(value).padStart(size, '0') : value;
    const encoded = iconv.encode(text, 'Shift_JIS');
    if (encoded.length > size) throw new Error(`fixture: ${field} "${text}" exceeds ${size} bytes`);
    bytes.set(encoded, offset);
  }
  return bytes;
}

const header01 = (values: Values<typeof HEADER_01> = {}) =>
  record(HEADER_01, {
    kind: '1',
    type: '01',
    code: '0',
    created: '081120',
    from: '081119',
    to: '081120',
    bankCode: 1,
    bankName: 'ﾐｽﾞﾎ',
    branchCode: 100,
    branchName: 'ﾎﾝﾃﾝ',
    accountType: '1',
    accountNumber: 1234567,
    accountName: 'ｶ)ﾃﾞﾝｺﾞﾝ',
    ...values,
  });

const transfer = (values: Values<typeof DATA_01> = {}) =>
  record(DATA_01, {
    kind: '2',
    reference: 1,
    date: '081120',
    valueDate: '081120',
    amount: 16500,
    otherBank: 0,
    payerCode: 0,
    payerName: 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ',
    bankName: 'ﾐﾂｲｽﾐﾄﾓ',
    branchName: 'ｼﾝｼﾞﾕｸ',
    cancel: '0',
    ...values,
  });

const trailer01 = (values: Values<typeof TRAILER_01>) =>
  record(TRAILER_01, { kind: '8', cancelCount: 0, cancelTotal: 0, ...values });

const header03 = (values: Values<typeof HEADER_03> = {}) =>
  record(HEADER_03, {
    kind: '1',
    type: '03',
    code: '0',
    created: '081120',
    from: '081101',
    to: '081120',
    bankCode: 5,
    bankName: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ',
    branchCode: 1,
    branchName: 'ﾎﾝﾃﾝ',
    dummy: '000',
    accountType: '2',
    accountNumber: 7654321,
    accountName: 'ｶ)ﾃﾞﾝｺﾞﾝ',
    ...values,
  });

const movement = (values: Values<typeof DATA_03> = {}) =>
  record(DATA_03, {
    kind: '2',
    reference: 1,
    date: '081105',
    valueDate: '081105',
    direction: '1',
    transaction: '11',
    amount: 8250,
    otherBank: 0,
    ...values,
  });

const trailer03 = (values: Values<typeof TRAILER_03>) =>
  record(TRAILER_03, { kind: '8', balanceSign: '1', balance: 0, ...values });

const end = () => record(END, { kind: '9' });

/** A file of records joined by the separator, optionally closed by an EOF byte (0x1A). */
function file(records: Uint8Array[], separator = '\r\n', eof = false): Uint8Array {
  const sep = iconv.encode(separator, 'ascii');
  const parts = records.flatMap((r) => [r, sep]);
  if (eof) parts.push(Uint8Array.of(0x1a));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The error a parse throws, to check its record number and message. */
function errorOf(bytes: Uint8Array): ZenginFormatError {
  try {
    parseZengin(bytes);
  } catch (e) {
    if (e instanceof ZenginFormatError) return e;
    throw e;
  }
  throw new Error('parsed without error');
}

describe('Zengin 01 振込入金通知', () => {
  const records = [
    header01(),
    transfer({ reference: 101, payerName: 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ', edi: 'INV-2026-0042' }),
    // ﾀﾞ and ﾊﾞ are two bytes each; the fields after the name must not move.
    transfer({
      reference: 102,
      amount: 8250,
      payerName: 'ｶ)ﾀﾞｲﾊﾞｼﾖｳｼﾞ',
      bankName: 'ﾕｳﾁﾖ',
      branchName: 'ｾﾞﾛｲﾁﾊﾁ',
    }),
    transfer({ reference: 103, amount: 44000, payerName: 'ﾔﾏﾀﾞ ﾀﾛｳ', cancel: '1' }),
    trailer01({ count: 3, total: 68750, cancelCount: 1, cancelTotal: 44000 }),
    end(),
  ];

  const expected = [
    {
      kind: 'TRANSFER_NOTICE',
      line: 1,
      createdOn: '2026-11-20',
      period: { from: '2026-11-19', to: '2026-11-20' },
      bank: { code: '0001', name: 'ﾐｽﾞﾎ' },
      account: {
        branchCode: '100',
        branchName: 'ﾎﾝﾃﾝ',
        type: '1',
        number: '1234567',
        name: 'ｶ)ﾃﾞﾝｺﾞﾝ',
      },
      deposits: [
        {
          line: 2,
          reference: '000101',
          date: '2026-11-20',
          amount: 16500,
          payerName: 'ｶ)ﾃｽﾄﾌﾞﾂｻﾝ',
          payerNameNormalised: { legalForm: 'カ', position: 'BEFORE', body: 'テストブツサン' },
          bankName: 'ﾐﾂｲｽﾐﾄﾓ',
          branchName: 'ｼﾝｼﾞﾕｸ',
          ediInfo: 'INV-2026-0042',
          cancelled: false,
        },
        {
          line: 3,
          reference: '000102',
          date: '2026-11-20',
          amount: 8250,
          payerName: 'ｶ)ﾀﾞｲﾊﾞｼﾖｳｼﾞ',
          payerNameNormalised: { legalForm: 'カ', position: 'BEFORE', body: 'ダイバシヨウジ' },
          bankName: 'ﾕｳﾁﾖ',
          branchName: 'ｾﾞﾛｲﾁﾊﾁ',
          ediInfo: '',
          cancelled: false,
        },
        {
          line: 4,
          reference: '000103',
          date: '2026-11-20',
          amount: 44000,
          payerName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
          payerNameNormalised: { legalForm: null, position: null, body: 'ヤマダタロウ' },
          bankName: 'ﾐﾂｲｽﾐﾄﾓ',
          branchName: 'ｼﾝｼﾞﾕｸ',
          ediInfo: '',
          cancelled: true,
        },
      ],
    },
  ];

  it('reads header, deposits and cancellations from a CRLF file', () => {
    expect(parseZengin(file(records))).toEqual(expected);
  });

  it('reads the same file without line breaks, with LF, and with a trailing EOF byte', () => {
    expect(parseZengin(file(records, ''))).toEqual(expected);
    expect(parseZengin(file(records, '\n'))).toEqual(expected);
    expect(parseZengin(file(records, '\r\n', true))).toEqual(expected);
    expect(parseZengin(file(records, '', true))).toEqual(expected);
  });

  it('keeps half-width kana as in the file and normalises them separately', () => {
    const [deposit] = parseZengin(file(records))[0]!.deposits;
    expect(deposit!.payerName).toBe('ｶ)ﾃｽﾄﾌﾞﾂｻﾝ');
    expect(deposit!.payerNameNormalised).toEqual(normalisePayerName('ｶ)ﾃｽﾄﾌﾞﾂｻﾝ'));
  });

  it('accepts trailer totals that leave cancellations out', () => {
    const withoutCancellations = [...records];
    withoutCancellations[4] = trailer01({ count: 2, total: 24750, cancelCount: 1 });
    expect(parseZengin(file(withoutCancellations))[0]!.deposits).toHaveLength(3);
  });

  it('accepts a blank reference and a blank 取消区分', () => {
    const [statement] = parseZengin(
      file([
        header01(),
        transfer({ reference: '      ', cancel: ' ' }),
        trailer01({ count: 1, total: 16500 }),
        end(),
      ]),
    );
    expect(statement!.deposits[0]).toMatchObject({ reference: null, cancelled: false });
  });

  it('reads dates as Reiwa, from 1 May 2019, with leap days', () => {
    const dateOf = (date: string) =>
      parseZengin(
        file([header01(), transfer({ date }), trailer01({ count: 1, total: 16500 }), end()]),
      )[0]!.deposits[0]!.date;
    expect(dateOf('010501')).toBe('2019-05-01');
    expect(dateOf('020229')).toBe('2020-02-29');
    expect(dateOf('061231')).toBe('2024-12-31');
  });

  it('reads several accounts, one group each, numbering records across the file', () => {
    const statements = parseZengin(
      file([
        header01(),
        transfer({ reference: 1 }),
        trailer01({ count: 1, total: 16500 }),
        header01({ accountNumber: 7654321, accountType: '2' }),
        transfer({ reference: 2, amount: 8250 }),
        transfer({ reference: 3, amount: 8250 }),
        trailer01({ count: 2, total: 16500 }),
        end(),
      ]),
    );
    expect(
      statements.map((s) => ({
        line: s.line,
        account: `${s.account.type}-${s.account.number}`,
        deposits: s.deposits.map((d) => [d.line, d.reference, d.amount]),
      })),
    ).toEqual([
      { line: 1, account: '1-1234567', deposits: [[2, '000001', 16500]] },
      {
        line: 4,
        account: '2-7654321',
        deposits: [
          [5, '000002', 8250],
          [6, '000003', 8250],
        ],
      },
    ]);
  });

  it('reads a group with no deposits', () => {
    expect(
      parseZengin(file([header01(), trailer01({ count: 0, total: 0 }), end()]))[0]!.deposits,
    ).toEqual([]);
  });
});

describe('Zengin 03 入出金取引明細', () => {
  const records = [
    header03(),
    movement({ reference: 11, payerName: 'ﾃｽﾄﾌﾞﾂｻﾝ(ｶ', bankName: 'ﾘｿﾅ', edi: '12345' }),
    movement({ reference: 12, direction: '2', transaction: '14', amount: 3300, payerName: '' }),
    movement({ reference: 13, date: '081110', amount: 16060, payerName: 'ｻﾄｳ ﾊﾅｺ' }),
    trailer03({
      depositCount: 2,
      depositTotal: 24310,
      withdrawalCount: 1,
      withdrawalTotal: 3300,
      records: 3,
    }),
    end(),
  ];

  it('returns deposits only, and counts withdrawals for the trailer', () => {
    const [statement] = parseZengin(file(records));
    expect(statement).toMatchObject({
      kind: 'STATEMENT',
      line: 1,
      createdOn: '2026-11-20',
      period: { from: '2026-11-01', to: '2026-11-20' },
      bank: { code: '0005', name: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ' },
      // The 10-digit field 0007654321 comes back as the 7-digit account number.
      account: { branchCode: '001', branchName: 'ﾎﾝﾃﾝ', type: '2', number: '7654321' },
    });
    expect(statement!.deposits).toEqual([
      {
        line: 2,
        reference: '00000011',
        date: '2026-11-05',
        amount: 8250,
        payerName: 'ﾃｽﾄﾌﾞﾂｻﾝ(ｶ',
        payerNameNormalised: { legalForm: 'カ', position: 'AFTER', body: 'テストブツサン' },
        bankName: 'ﾘｿﾅ',
        branchName: '',
        ediInfo: '12345',
        cancelled: false,
      },
      {
        line: 4,
        reference: '00000013',
        date: '2026-11-10',
        amount: 16060,
        payerName: 'ｻﾄｳ ﾊﾅｺ',
        payerNameNormalised: { legalForm: null, position: null, body: 'サトウハナコ' },
        bankName: '',
        branchName: '',
        ediInfo: '',
        cancelled: false,
      },
    ]);
  });

  it('reads the file without line breaks', () => {
    expect(parseZengin(file(records, ''))).toEqual(parseZengin(file(records)));
  });

  it('keeps a 10-digit account number that needs all its digits', () => {
    const [statement] = parseZengin(
      file([
        header03({ accountNumber: 1234567890 }),
        trailer03({
          depositCount: 0,
          depositTotal: 0,
          withdrawalCount: 0,
          withdrawalTotal: 0,
          records: 0,
        }),
        end(),
      ]),
    );
    expect(statement!.account.number).toBe('1234567890');
  });

  it('allows 01 and 03 groups in one file', () => {
    const statements = parseZengin(
      file([...records.slice(0, 5), header01(), trailer01({ count: 0, total: 0 }), end()]),
    );
    expect(statements.map((s) => [s.kind, s.line])).toEqual([
      ['STATEMENT', 1],
      ['TRANSFER_NOTICE', 6],
    ]);
  });

  it('refuses trailers whose deposits, withdrawals or record count disagree', () => {
    const trailer = {
      depositCount: 2,
      depositTotal: 24310,
      withdrawalCount: 1,
      withdrawalTotal: 3300,
      records: 3,
    };
    const withTrailer = (values: Partial<typeof trailer>) =>
      errorOf(file([...records.slice(0, 4), trailer03({ ...trailer, ...values }), end()]));

    const deposits = withTrailer({ depositTotal: 24300 });
    expect(deposits.line).toBe(5);
    expect(deposits.message).toBe(
      'record 5: trailer expects 2 deposits totalling ¥24,300, but the group from record 1 holds 2 deposits totalling ¥24,310',
    );
    expect(withTrailer({ withdrawalCount: 2 }).message).toContain(
      'trailer expects 2 withdrawals totalling ¥3,300, but the group from record 1 holds 1 withdrawals totalling ¥3,300',
    );
    expect(withTrailer({ records: 4 }).message).toBe(
      'record 5: trailer expects 4 data records, but the group from record 1 holds 3',
    );
  });

  it('refuses an 入払区分 other than 1 or 2', () => {
    const error = errorOf(
      file([header03(), movement({ direction: '3' }), trailer03({ records: 1 }), end()]),
    );
    expect(error.line).toBe(2);
    expect(error.message).toContain('入払区分');
  });
});

describe('Zengin format errors', () => {
  const ok = [header01(), transfer(), trailer01({ count: 1, total: 16500 }), end()];
  const replace = (index: number, bytes: Uint8Array) => ok.map((r, i) => (i === index ? bytes : r));

  it('is a ZenginFormatError carrying the record number', () => {
    const error = errorOf(file(replace(1, transfer({ kind: '7' }))));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ZenginFormatError');
    expect(error.line).toBe(2);
  });

  it('refuses a record that is not 200 bytes', () => {
    const short = record(DATA_01, { kind: '2' }, 199);
    expect(errorOf(file(replace(1, short))).message).toBe(
      'record 2: is 199 bytes long; Zengin records are 200 bytes',
    );
    const long = record(DATA_01, { kind: '2' }, 201);
    expect(errorOf(file(replace(2, long))).line).toBe(3);
    // Without line breaks, the last record is the one cut short.
    const truncated = file(ok, '').subarray(0, 799);
    expect(errorOf(truncated)).toMatchObject({ line: 4 });
    expect(errorOf(truncated).message).toContain('199 bytes');
  });

  it('refuses an empty line between records', () => {
    expect(errorOf(file([ok[0]!, new Uint8Array(0), ...ok.slice(1)])).message).toBe(
      'record 2: is 0 bytes long; Zengin records are 200 bytes',
    );
  });

  it('refuses an empty file', () => {
    expect(errorOf(new Uint8Array(0))).toMatchObject({ line: 1 });
    expect(errorOf(Uint8Array.of(0x0d, 0x0a, 0x1a)).message).toBe('record 1: the file is empty');
  });

  it('refuses an unknown データ区分', () => {
    expect(
      errorOf(file(replace(2, trailer01({ kind: '7', count: 1, total: 16500 })))).message,
    ).toBe('record 3: unknown データ区分 "7" (1 header, 2 data, 8 trailer, 9 end)');
  });

  it('refuses an unknown 種別 and EBCDIC', () => {
    expect(errorOf(file(replace(0, header01({ type: '21' })))).message).toBe(
      'record 1: unknown 種別 "21": only 01 (振込入金通知) and 03 (入出金取引明細) are read',
    );
    expect(errorOf(file(replace(0, header01({ code: '1' }))))).toMatchObject({ line: 1 });
  });

  it('refuses records out of order', () => {
    const [h, d, t, e] = ok as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(errorOf(file([d, h, d, t, e])).message).toBe(
      'record 1: data record (2) outside a group: no header (1) before it',
    );
    expect(errorOf(file([h, d, t, d, t, e])).message).toBe(
      'record 4: data record (2) outside a group: no header (1) before it',
    );
    expect(errorOf(file([t, e])).message).toBe(
      'record 1: trailer (8) without a header (1) before it',
    );
    expect(errorOf(file([e])).message).toBe('record 1: end record (9) before any header (1)');
    expect(errorOf(file([h, d, t, e, d])).message).toBe(
      'record 5: comes after the end record (9) at record 4',
    );
    expect(errorOf(file([h, d, t, e, h])).line).toBe(5);
  });

  it('refuses a group without its trailer', () => {
    const [h, d, t, e] = ok as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(errorOf(file([h, d, e])).message).toBe(
      'record 3: end record (9) before the trailer (8) of the group from record 1',
    );
    expect(errorOf(file([h, d, h, d, t, e])).message).toBe(
      'record 3: header (1) before the trailer (8) of the group from record 1',
    );
    expect(errorOf(file([h, d])).message).toBe(
      'record 2: the file ends inside the group from record 1, without a trailer (8) and an end record (9)',
    );
  });

  it('refuses a file without its end record', () => {
    expect(errorOf(file(ok.slice(0, 3)))).toMatchObject({
      line: 3,
      message: 'record 3: the file ends without an end record (9)',
    });
  });

  it('refuses a non-numeric N field, naming it and its place', () => {
    expect(errorOf(file(replace(1, transfer({ amount: '00001A5000' })))).message).toBe(
      'record 2: 金額 (offset 19, 10 bytes) should be digits, found "00001A5000"',
    );
    expect(errorOf(file(replace(1, transfer({ amount: '     16500' })))).line).toBe(2);
    expect(errorOf(file(replace(0, header01({ bankCode: '00X1' })))).message).toContain(
      '銀行コード',
    );
    expect(errorOf(file(replace(2, trailer01({ count: '1', total: 16500 })))).message).toBe(
      'record 3: 振込合計件数 (offset 1, 6 bytes) should be digits, found "1     "',
    );
    expect(errorOf(file(replace(1, transfer({ cancel: 'X' })))).message).toContain('取消区分');
  });

  it('refuses impossible dates', () => {
    const withDate = (date: string) => errorOf(file(replace(1, transfer({ date }))));
    expect(withDate('081131').message).toBe(
      'record 2: 勘定日 (offset 7, 6 bytes) "081131" is not a date (和暦 YYMMDD, 令和)',
    );
    // 令和7年 is 2025, not a leap year.
    expect(withDate('070229').line).toBe(2);
    expect(withDate('081301').line).toBe(2);
    expect(withDate('081100').line).toBe(2);
    expect(withDate('000101').line).toBe(2);
    expect(withDate('000000').line).toBe(2);
    // 令和 began on 1 May 2019; 令和1年4月30日 did not exist.
    expect(withDate('010430').line).toBe(2);
    expect(withDate('08112 ').message).toContain('should be digits');
    expect(errorOf(file(replace(0, header01({ from: '081232' })))).message).toContain('勘定日(自)');
  });

  it('refuses a trailer whose count or total does not match, saying expected and found', () => {
    expect(errorOf(file(replace(2, trailer01({ count: 2, total: 16500 })))).message).toBe(
      'record 3: trailer expects 2 transfers totalling ¥16,500, but the group from record 1 holds 1 transfers totalling ¥16,500',
    );
    expect(errorOf(file(replace(2, trailer01({ count: 1, total: 15000 })))).line).toBe(3);
  });

  it('mentions cancellations in a trailer mismatch, and checks the cancellation count', () => {
    const withCancellation = [
      header01(),
      transfer(),
      transfer({ amount: 8250, cancel: '1' }),
      trailer01({ count: 3, total: 24750 }),
      end(),
    ];
    expect(errorOf(file(withCancellation)).message).toBe(
      'record 4: trailer expects 3 transfers totalling ¥24,750, but the group from record 1 holds 2 transfers totalling ¥24,750 (1 of them cancellations totalling ¥8,250)',
    );
    withCancellation[3] = trailer01({ count: 2, total: 24750, cancelCount: 2 });
    expect(errorOf(file(withCancellation)).message).toBe(
      'record 4: trailer expects 2 cancellations, but the group from record 1 holds 1',
    );
  });
});
