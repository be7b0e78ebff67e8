import type { ContractorDetailsFragment, DispatchChannelKind } from '../gql/graphql';
import { nationalPhone } from '../format/format';

export interface AreaValues {
  prefecture: string;
  city: string;
}

export interface ChannelValues {
  kind: DispatchChannelKind;
  address: string;
  /** Both empty: any time. */
  start: string;
  end: string;
}

export interface ContractorValues {
  name: string;
  areas: AreaValues[];
  categories: string[];
  channels: ChannelValues[];
  priority: number | string;
  active: boolean;
  note: string;
}

export const CONTRACTOR_FIELDS = [
  'name',
  'areas',
  'categories',
  'channels',
  'priority',
  'active',
  'note',
];

export const emptyArea: AreaValues = { prefecture: '', city: '' };
export const emptyChannel: ChannelValues = { kind: 'FAX', address: '', start: '', end: '' };

export const emptyContractor: ContractorValues = {
  name: '',
  areas: [{ ...emptyArea }],
  categories: [],
  channels: [{ ...emptyChannel }],
  priority: 100,
  active: true,
  note: '',
};

export function contractorValuesOf(contractor: ContractorDetailsFragment): ContractorValues {
  return {
    name: contractor.name,
    areas: contractor.areas.map((area) => ({ prefecture: area.prefecture, city: area.city ?? '' })),
    categories: [...contractor.categories],
    channels: contractor.channels.map((channel) => ({
      kind: channel.kind,
      // Fax and phone come back in E.164; the API takes them as Japanese readers write them.
      address: channel.kind === 'EMAIL' ? channel.address : nationalPhone(channel.address),
      start: channel.hours?.start ?? '',
      end: channel.hours?.end ?? '',
    })),
    priority: contractor.priority,
    active: contractor.active,
    note: contractor.note,
  };
}

/** The values as the API takes them. */
export function contractorInputOf(values: ContractorValues) {
  return {
    name: values.name,
    areas: values.areas.map((area) => ({
      prefecture: area.prefecture,
      city: area.city.trim() || null,
    })),
    categories: values.categories,
    channels: values.channels.map((channel) => ({
      kind: channel.kind,
      address: channel.address,
      hours: channel.start || channel.end ? { start: channel.start, end: channel.end } : null,
    })),
    priority: Number(values.priority),
    active: values.active,
    note: values.note,
  };
}
