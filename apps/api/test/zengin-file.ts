import iconv from 'iconv-lite';

/** A deposit as the bank writes it in a 振込入金通知 (種別 01). */
export interface FileDeposit {
  reference: number;
  amount: number;
  /** Half-width kana, as banks write names: 'ｶ)ﾃｽﾄ'. */
  payerName: string;
}

/** 'YYYY-MM-DD' as Zengin writes it: Reiwa year, month, day (令和1年 = 2019). */
const reiwa = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${String(Number(y) - 2018).padStart(2, '0')}${m}${d}`;
};

/** One 200-byte record: Shift_JIS fields written at their offsets over spaces. */
function record(fields: readonly [offset: number, value: string | number, size: number][]): Buffer {
  const bytes = Buffer.alloc(200, 0x20);
  for (const [offset, value, size] of fields) {
    const text = typeof value === 'number' ? String(value).padStart(size, '0') : value;
    iconv.encode(text, 'Shift_JIS').copy(bytes, offset, 0, size);
  }
  return bytes;
}

/**
 * A 振込入金通知 file for one account, records separated by CRLF, laid out
 * as the bank specs in JAPAN.md §2 give them; `trailer` overrides the
 * trailer's count or total to make a bad file.
 */
export function transferNotice(
  date: string,
  deposits: readonly FileDeposit[],
  trailer: { count?: number; total?: number } = {},
): Buffer {
  const day = reiwa(date);
  const header = record([
    [0, '1', 1],
    [1, '01', 2],
    [3, '0', 1],
    [4, day, 6],
    [10, day, 6],
    [16, day, 6],
    [22, '0001', 4],
    [26, 'ﾐｽﾞﾎ', 15],
    [41, '001', 3],
    [44, 'ﾏﾙﾉｳﾁ', 15],
    [59, '1', 1],
    [60, 1234567, 7],
    [67, 'ｶ)ﾃﾞﾝｺﾞﾝ', 40],
  ]);
  const data = deposits.map((d) =>
    record([
      [0, '2', 1],
      [1, d.reference, 6],
      [7, day, 6],
      [13, day, 6],
      [19, d.amount, 10],
      [29, 0, 10],
      [39, 0, 10],
      [49, d.payerName, 48],
      [97, 'ﾐﾂｲｽﾐﾄﾓ', 15],
      [112, 'ﾎﾝﾃﾝ', 15],
      [127, '0', 1],
    ]),
  );
  const end = record([
    [0, '8', 1],
    [1, trailer.count ?? deposits.length, 6],
    [7, trailer.total ?? deposits.reduce((sum, d) => sum + d.amount, 0), 12],
    [19, 0, 6],
    [25, 0, 12],
  ]);
  const records = [header, ...data, end, record([[0, '9', 1]])];
  return Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}

/** A movement in an 入出金取引明細: a deposit, or a withdrawal (which reconciliation skips). */
export interface FileMovement extends FileDeposit {
  withdrawal?: boolean;
}

/** A 入出金取引明細 file (種別 03) for one account, records separated by CRLF. */
export function accountStatement(date: string, movements: readonly FileMovement[]): Buffer {
  const day = reiwa(date);
  const header = record([
    [0, '1', 1],
    [1, '03', 2],
    [3, '0', 1],
    [4, day, 6],
    [10, day, 6],
    [16, day, 6],
    [22, '0001', 4],
    [26, 'ﾐｽﾞﾎ', 15],
    [41, '001', 3],
    [44, 'ﾏﾙﾉｳﾁ', 15],
    [59, '000', 3],
    [62, '1', 1],
    [63, 1234567, 10],
    [73, 'ｶ)ﾃﾞﾝｺﾞﾝ', 40],
  ]);
  const data = movements.map((m) =>
    record([
      [0, '2', 1],
      [1, m.reference, 8],
      [9, day, 6],
      [15, day, 6],
      [21, m.withdrawal ? '2' : '1', 1],
      [22, m.withdrawal ? '14' : '11', 2],
      [24, m.amount, 12],
      [36, 0, 12],
      [81, m.payerName, 48],
    ]),
  );
  const sum = (list: readonly FileMovement[]) => list.reduce((total, m) => total + m.amount, 0);
  const deposits = movements.filter((m) => !m.withdrawal);
  const withdrawals = movements.filter((m) => m.withdrawal);
  const trailer = record([
    [0, '8', 1],
    [1, deposits.length, 6],
    [7, sum(deposits), 13],
    [20, withdrawals.length, 6],
    [26, sum(withdrawals), 13],
    [39, '1', 1],
    [40, 0, 14],
    [54, movements.length, 7],
  ]);
  const records = [header, ...data, trailer, record([[0, '9', 1]])];
  return Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}
