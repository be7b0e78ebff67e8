import { TZDate } from '@date-fns/tz';
import { parseJapanesePhone } from '../numbers/phone';
import { type FieldProblem, fieldProblem } from '../text/field-rules';

/**
 * Contractors (手配先) and how a dispatch picks them: by the site's area
 * (prefecture, optionally a city or ward) and the job category, in the
 * client's priority order; each contractor is reached by its channels in
 * their order, each only within its hours.
 */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

export type DispatchChannelKind = 'FAX' | 'EMAIL' | 'PHONE';
export const DISPATCH_CHANNEL_KINDS: readonly DispatchChannelKind[] = ['FAX', 'EMAIL', 'PHONE'];

/** 'HH:MM'–'HH:MM' in Asia/Tokyo; an end before the start runs past midnight. */
export interface ChannelHours {
  start: string;
  end: string;
}

export interface ContractorChannel {
  kind: DispatchChannelKind;
  /** Fax and phone in E.164 once checked; e-mail as given. */
  address: string;
  /** Null: any time. */
  hours: ChannelHours | null;
}

export interface ContractorArea {
  prefecture: string;
  /** A city, ward, town or village (e.g. 新宿区, 横浜市); null covers the whole prefecture. */
  city: string | null;
}

export interface ContractorRule {
  id: string;
  name: string;
  active: boolean;
  /** Lower comes first among contractors that match equally well. */
  priority: number;
  areas: readonly ContractorArea[];
  categories: readonly string[];
  channels: readonly ContractorChannel[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * Checks a contractor's areas, categories and channels; fax and phone
 * numbers come back in E.164. Problems name the field, e.g. `channels.1.address`.
 */
export function checkContractor(input: {
  name: string;
  areas: readonly ContractorArea[];
  categories: readonly string[];
  channels: readonly ContractorChannel[];
}): { problems: FieldProblem[]; channels: ContractorChannel[] } {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push(fieldProblem('name', 'isNotEmpty'));
  if (!input.areas.length) problems.push(fieldProblem('areas', 'arrayMinSize', { n: 1 }));
  input.areas.forEach((area, i) => {
    if (!(PREFECTURES as readonly string[]).includes(area.prefecture))
      problems.push(fieldProblem(`areas.${i}.prefecture`, 'isPrefecture'));
    if (area.city !== null && !/^\S+[市区町村]$/.test(area.city))
      problems.push(fieldProblem(`areas.${i}.city`, 'isMunicipality'));
  });
  if (!input.categories.length) problems.push(fieldProblem('categories', 'arrayMinSize', { n: 1 }));
  else if (input.categories.some((c) => !c.trim()))
    problems.push(fieldProblem('categories', 'noBlankEntries'));
  if (!input.channels.length) problems.push(fieldProblem('channels', 'arrayMinSize', { n: 1 }));
  const channels = input.channels.map((channel, i) => {
    const at = `channels.${i}`;
    if (channel.hours) {
      for (const end of ['start', 'end'] as const) {
        if (!TIME.test(channel.hours[end]))
          problems.push(
            fieldProblem(`${at}.hours.${end}`, end === 'end' ? 'isEndTime' : 'isTimeOfDay'),
          );
      }
      if (channel.hours.start === channel.hours.end)
        problems.push(fieldProblem(`${at}.hours`, 'emptyTimeRange'));
    }
    if (channel.kind === 'EMAIL') {
      if (!EMAIL.test(channel.address.trim()))
        problems.push(fieldProblem(`${at}.address`, 'isEmail'));
      return { ...channel, address: channel.address.trim() };
    }
    const phone = parseJapanesePhone(channel.address);
    if (!phone.ok) {
      problems.push({ field: `${at}.address`, ...phone.refused });
      return channel;
    }
    return { ...channel, address: phone.e164 };
  });
  return { problems, channels };
}

/** The prefecture an address starts with, or null. */
export function prefectureOf(address: string): string | null {
  const text = normalizeAddress(address);
  return PREFECTURES.find((p) => text.startsWith(p)) ?? null;
}

// A leading postal code (〒100-0005) is not part of the place.
const normalizeAddress = (address: string) =>
  address
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^〒?\d{3}-?\d{4}/, '');

/** How well an area covers a site address: 2 its city, 1 its prefecture, 0 not at all. */
export function areaMatch(area: ContractorArea, address: string): 0 | 1 | 2 {
  const text = normalizeAddress(address);
  if (!text.startsWith(area.prefecture)) return 0;
  if (area.city === null) return 1;
  return text.slice(area.prefecture.length).startsWith(area.city) ? 2 : 0;
}

export interface Candidate {
  contractor: ContractorRule;
  /** 2 the site's city is served, 1 its prefecture. */
  match: 1 | 2;
}

/**
 * The contractors for a job, best first: active ones doing the category and
 * serving the site's area; a contractor named for the site's city before one
 * serving the whole prefecture; then the client's priority; then by name.
 */
export function dispatchCandidates(
  contractors: readonly ContractorRule[],
  category: string,
  siteAddress: string,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const contractor of contractors) {
    if (!contractor.active || !contractor.categories.includes(category)) continue;
    const match = Math.max(0, ...contractor.areas.map((a) => areaMatch(a, siteAddress)));
    if (match > 0) candidates.push({ contractor, match: match as 1 | 2 });
  }
  return candidates.sort(
    (a, b) =>
      b.match - a.match ||
      a.contractor.priority - b.contractor.priority ||
      a.contractor.name.localeCompare(b.contractor.name, 'ja'),
  );
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a channel may be used at the instant (its hours in Asia/Tokyo). */
export function channelOpen(channel: ContractorChannel, at: Date): boolean {
  if (!channel.hours) return true;
  const d = new TZDate(at, 'Asia/Tokyo');
  const now = d.getHours() * 60 + d.getMinutes();
  const start = minutes(channel.hours.start);
  const end = minutes(channel.hours.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}
