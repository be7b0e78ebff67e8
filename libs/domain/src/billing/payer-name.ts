/**
 * Matching the payer name on a bank transfer (振込依頼人名) against a client.
 * Bank files carry half-width kana, capitals, digits and a few symbols, no
 * small kana, and abbreviate the legal form (株式会社 → "ｶ)" before the name,
 * "(ｶ" after it). Clients register their kana by hand, in any width, with
 * small kana, with or without the legal form. Both sides are brought to one
 * canonical form and compared on it.
 */

/**
 * Legal forms as banks abbreviate them (全銀協 法人略語), with the ways
 * people write them in full. `abbr` is the canonical marker.
 */
const LEGAL_FORMS = [
  {
    abbr: 'カ',
    kanji: '株式会社',
    short: ['株'],
    readings: ['カブシキガイシヤ', 'カブシキカイシヤ'],
  },
  {
    abbr: 'ユ',
    kanji: '有限会社',
    short: ['有'],
    readings: ['ユウゲンガイシヤ', 'ユウゲンカイシヤ'],
  },
  {
    abbr: 'ド',
    kanji: '合同会社',
    short: ['同'],
    readings: ['ゴウドウガイシヤ', 'ゴウドウカイシヤ'],
  },
  {
    abbr: 'メ',
    kanji: '合名会社',
    short: ['名'],
    readings: ['ゴウメイガイシヤ', 'ゴウメイカイシヤ'],
  },
  { abbr: 'シ', kanji: '合資会社', short: ['資'], readings: ['ゴウシガイシヤ', 'ゴウシカイシヤ'] },
  { abbr: 'イ', kanji: '医療法人', short: ['医'], readings: ['イリヨウホウジン'] },
  { abbr: 'ザイ', kanji: '財団法人', short: ['財'], readings: ['ザイダンホウジン'] },
  { abbr: 'シヤ', kanji: '社団法人', short: ['社'], readings: ['シヤダンホウジン'] },
  { abbr: 'トクヒ', kanji: '特定非営利活動法人', short: ['特非'], readings: [] },
  { abbr: 'ガク', kanji: '学校法人', short: ['学'], readings: ['ガツコウホウジン'] },
  { abbr: 'フク', kanji: '社会福祉法人', short: ['福'], readings: ['シヤカイフクシホウジン'] },
  { abbr: 'ゼイ', kanji: '税理士法人', short: [], readings: ['ゼイリシホウジン'] },
  { abbr: 'ベン', kanji: '弁護士法人', short: [], readings: ['ベンゴシホウジン'] },
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number]['abbr'];

export interface NormalisedPayerName {
  /** The bank abbreviation of the legal form (カ = 株式会社), null when none is written. */
  legalForm: LegalForm | null;
  /** Whether the legal form comes before the name (前株) or after it (後株). */
  position: 'BEFORE' | 'AFTER' | null;
  /** The name without its legal form, in canonical kana. Empty when nothing is left. */
  body: string;
}

// Bank files have no small kana, so ャ and ヤ must compare equal.
const SMALL_KANA: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};

/**
 * The common canonical text of both sides: NFKC (half-width kana become
 * full-width, ﾀﾞ becomes ダ, ㈱ becomes (株)), hiragana as katakana, small kana
 * large, capitals, no spaces, every dash or long-vowel mark as ー, no dots
 * (banks write ・ as "." and people leave it out).
 */
function canonicalText(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[ァィゥェォッャュョヮヵヶ]/g, (c) => SMALL_KANA[c] ?? c)
    .toUpperCase()
    .replace(/\s/g, '')
    .replace(/[-‐‑‒–—―−─ｰ〜~]/g, 'ー')
    .replace(/[・.、,]/g, '')
    .replace(/[「［[{]/g, '(')
    .replace(/[」］\]}]/g, ')');
}

interface Marker {
  form: LegalForm;
  before: string[];
  after: string[];
}

// Every way each legal form is written before and after the name, longest first
// so that "(カ)" wins over "カ" and シヤ) is not read as シ.
const MARKERS: Marker[] = LEGAL_FORMS.map((f) => {
  const tokens = [f.abbr, ...f.short];
  const full = [f.kanji, ...f.readings];
  const before = [
    ...tokens.map((t) => `(${t})`),
    ...tokens.map((t) => `${t})`),
    ...full.map((t) => `(${t})`),
    ...full,
  ];
  const after = [
    ...tokens.map((t) => `(${t})`),
    ...tokens.map((t) => `(${t}`),
    ...full.map((t) => `(${t})`),
    ...full,
  ];
  return { form: f.abbr, before, after };
});

const longestFirst = (side: 'before' | 'after') =>
  MARKERS.flatMap((m) => m[side].map((text) => ({ form: m.form, text }))).sort(
    (a, b) => b.text.length - a.text.length,
  );
const BEFORE = longestFirst('before');
const AFTER = longestFirst('after');

// Stray brackets left at either end once the legal form is gone.
const trimBrackets = (text: string) => text.replace(/^[()]+|[()]+$/g, '');

/**
 * The canonical form of a payer name from a bank file or of a client's
 * registered kana. A name that is only a legal form has an empty body.
 */
export function normalisePayerName(name: string): NormalisedPayerName {
  const text = canonicalText(name);
  for (const { form, text: marker } of BEFORE) {
    if (text.startsWith(marker))
      return { legalForm: form, position: 'BEFORE', body: trimBrackets(text.slice(marker.length)) };
  }
  for (const { form, text: marker } of AFTER) {
    if (text.endsWith(marker))
      return {
        legalForm: form,
        position: 'AFTER',
        body: trimBrackets(text.slice(0, text.length - marker.length)),
      };
  }
  return { legalForm: null, position: null, body: trimBrackets(text) };
}

const normalised = (name: string | NormalisedPayerName) =>
  typeof name === 'string' ? normalisePayerName(name) : name;

/**
 * Whether a bank payer name and a client's registered kana name the same
 * payer: equal bodies, and equal legal forms when both sides write one (a
 * client often registers its kana without the legal form). The position is
 * not compared: registered kana are typed by hand and 前株/後株 is often lost.
 * An empty body matches nothing.
 */
export function payerNameMatches(
  bankName: string | NormalisedPayerName,
  clientKana: string | NormalisedPayerName,
): boolean {
  const bank = normalised(bankName);
  const client = normalised(clientKana);
  if (!bank.body || bank.body !== client.body) return false;
  return (
    bank.legalForm === null || client.legalForm === null || bank.legalForm === client.legalForm
  );
}

export interface OpenInvoice {
  id: string;
  clientKana: string;
  /** Integer yen still owed. */
  amountDue: number;
}

export type DepositMatchKind = 'EXACT' | 'NAME_ONLY' | 'AMOUNT_ONLY';

export interface DepositCandidate {
  invoiceId: string;
  kind: DepositMatchKind;
  /**
   * Amount due minus the deposit: positive when the payer paid less (a
   * partial payment, or a bank fee deducted), negative when more; 0 unless NAME_ONLY.
   */
  difference: number;
}

const RANK: Record<DepositMatchKind, number> = { EXACT: 0, NAME_ONLY: 1, AMOUNT_ONLY: 2 };

/**
 * The open invoices a deposit may pay, best first: same name and amount
 * (EXACT); same name, other amount (NAME_ONLY, the closest amount first); the
 * amount alone (AMOUNT_ONLY), only when no other open invoice is due that
 * amount, since a common plan price says nothing on its own. Ties keep the
 * invoices' order. The caller auto-applies only a single EXACT candidate and
 * leaves the rest to a person. A cancelled deposit pays nothing.
 */
export function matchDeposit(
  deposit: { amount: number; payerNameNormalised: NormalisedPayerName; cancelled?: boolean },
  openInvoices: readonly OpenInvoice[],
): DepositCandidate[] {
  if (deposit.cancelled) return [];
  const sameAmount = openInvoices.filter((i) => i.amountDue === deposit.amount).length;
  const candidates: DepositCandidate[] = [];
  for (const invoice of openInvoices) {
    const nameMatches = payerNameMatches(deposit.payerNameNormalised, invoice.clientKana);
    const difference = invoice.amountDue - deposit.amount;
    if (nameMatches)
      candidates.push({
        invoiceId: invoice.id,
        kind: difference === 0 ? 'EXACT' : 'NAME_ONLY',
        difference,
      });
    else if (difference === 0 && sameAmount === 1)
      candidates.push({ invoiceId: invoice.id, kind: 'AMOUNT_ONLY', difference: 0 });
  }
  return candidates.sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      (a.kind === 'NAME_ONLY' ? Math.abs(a.difference) - Math.abs(b.difference) : 0),
  );
}
