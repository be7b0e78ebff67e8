import {
  areaMatch,
  channelOpen,
  checkContractor,
  type ContractorRule,
  dispatchCandidates,
  PREFECTURES,
  prefectureOf,
} from './contractors';

const contractor = (over: Partial<ContractorRule>): ContractorRule => ({
  id: over.name ?? 'x',
  name: 'x',
  active: true,
  priority: 1,
  areas: [{ prefecture: '東京都', city: null }],
  categories: ['水回り'],
  channels: [{ kind: 'FAX', address: '+81312345678', hours: null }],
  ...over,
});

describe('contractor checks', () => {
  const valid = {
    name: '東京水道サービス',
    areas: [{ prefecture: '東京都', city: '新宿区' }],
    categories: ['水回り'],
    channels: [
      { kind: 'FAX' as const, address: '03-1234-5678', hours: null },
      {
        kind: 'EMAIL' as const,
        address: ' jobs@suido.example ',
        hours: { start: '09:00', end: '18:00' },
      },
      { kind: 'PHONE' as const, address: '090-1111-2222', hours: { start: '22:00', end: '06:00' } },
    ],
  };

  it('accepts a valid contractor and stores numbers as E.164, addresses trimmed', () => {
    const checked = checkContractor(valid);
    expect(checked.problems).toEqual([]);
    expect(checked.channels.map((c) => c.address)).toEqual([
      '+81312345678',
      'jobs@suido.example',
      '+819011112222',
    ]);
  });

  it('names every problem by its place', () => {
    const checked = checkContractor({
      name: ' ',
      areas: [
        { prefecture: '東京', city: null },
        { prefecture: '大阪府', city: '梅田' },
      ],
      categories: [''],
      channels: [
        { kind: 'FAX', address: '03-1234', hours: null },
        { kind: 'EMAIL', address: 'not-mail', hours: { start: '9:00', end: '18:00' } },
        { kind: 'PHONE', address: '090-1111-2222', hours: { start: '10:00', end: '10:00' } },
      ],
    });
    expect(checked.problems.map((p) => p.field)).toEqual([
      'name',
      'areas.0.prefecture',
      'areas.1.city',
      'categories',
      'channels.0.address',
      'channels.1.hours.start',
      'channels.1.address',
      'channels.2.hours',
    ]);
    expect(checked.problems[4]!.message).toContain('03-1234');
  });

  it('needs an area, a category and a channel', () => {
    expect(
      checkContractor({ name: 'A', areas: [], categories: [], channels: [] }).problems.map(
        (p) => p.field,
      ),
    ).toEqual(['areas', 'categories', 'channels']);
  });
});

describe('areas', () => {
  it('knows all 47 prefectures', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(new Set(PREFECTURES).size).toBe(47);
  });

  it('finds the prefecture an address starts with, full-width or not', () => {
    expect(prefectureOf('東京都新宿区西新宿２−８−１')).toBe('東京都');
    expect(prefectureOf(' 神奈川県横浜市中区')).toBe('神奈川県');
    expect(prefectureOf('京都府京都市')).toBe('京都府');
    expect(prefectureOf('新宿区西新宿')).toBeNull();
    expect(prefectureOf('〒100-0005 東京都千代田区丸の内1-1-1')).toBe('東京都');
    expect(prefectureOf('1000005 東京都千代田区')).toBe('東京都');
  });

  it('matches a city more closely than a whole prefecture, and never a city by its name inside another', () => {
    expect(areaMatch({ prefecture: '東京都', city: '新宿区' }, '東京都新宿区西新宿2-8-1')).toBe(2);
    expect(areaMatch({ prefecture: '東京都', city: null }, '東京都新宿区西新宿2-8-1')).toBe(1);
    expect(areaMatch({ prefecture: '東京都', city: '港区' }, '東京都新宿区西新宿2-8-1')).toBe(0);
    expect(areaMatch({ prefecture: '東京都', city: null }, '大阪府大阪市北区')).toBe(0);
    // 四日市市 is not 市川市, though both hold 市.
    expect(areaMatch({ prefecture: '三重県', city: '四日市市' }, '三重県四日市市諏訪町1-5')).toBe(
      2,
    );
    expect(areaMatch({ prefecture: '千葉県', city: '市川市' }, '三重県四日市市諏訪町1-5')).toBe(0);
  });
});

describe('dispatch candidates', () => {
  const site = '東京都新宿区西新宿2-8-1';

  it('puts the contractor for the site’s city first, then by the client’s priority, then by name', () => {
    const list = [
      contractor({ name: 'C都内全域', priority: 1 }),
      contractor({ name: 'B新宿', priority: 5, areas: [{ prefecture: '東京都', city: '新宿区' }] }),
      contractor({ name: 'A都内全域', priority: 1 }),
      contractor({ name: 'D都内全域', priority: 0 }),
    ];
    expect(
      dispatchCandidates(list, '水回り', site).map((c) => [c.contractor.name, c.match]),
    ).toEqual([
      ['B新宿', 2],
      ['D都内全域', 1],
      ['A都内全域', 1],
      ['C都内全域', 1],
    ]);
  });

  it('leaves out inactive ones, other categories and other areas', () => {
    const list = [
      contractor({ name: '休止中', active: false }),
      contractor({ name: '電気', categories: ['電気'] }),
      contractor({ name: '大阪', areas: [{ prefecture: '大阪府', city: null }] }),
      contractor({ name: '港区', areas: [{ prefecture: '東京都', city: '港区' }] }),
      contractor({ name: '対象' }),
    ];
    expect(dispatchCandidates(list, '水回り', site).map((c) => c.contractor.name)).toEqual([
      '対象',
    ]);
  });

  it('finds nobody for a site without a prefecture', () => {
    expect(dispatchCandidates([contractor({})], '水回り', '新宿区西新宿2-8-1')).toEqual([]);
  });
});

describe('channel hours (Asia/Tokyo)', () => {
  const at = (tokyo: string) => new Date(`${tokyo}+09:00`);
  const fax = { kind: 'FAX' as const, address: '+81312345678' };

  it('is always open without hours', () => {
    expect(channelOpen({ ...fax, hours: null }, at('2026-11-22T03:00:00'))).toBe(true);
  });

  it('is open from the start, closed at the end', () => {
    const day = { ...fax, hours: { start: '09:00', end: '18:00' } };
    expect(channelOpen(day, at('2026-11-22T08:59:00'))).toBe(false);
    expect(channelOpen(day, at('2026-11-22T09:00:00'))).toBe(true);
    expect(channelOpen(day, at('2026-11-22T17:59:00'))).toBe(true);
    expect(channelOpen(day, at('2026-11-22T18:00:00'))).toBe(false);
  });

  it('runs past midnight when the end is before the start', () => {
    const night = { ...fax, hours: { start: '22:00', end: '06:00' } };
    expect(channelOpen(night, at('2026-11-22T23:30:00'))).toBe(true);
    expect(channelOpen(night, at('2026-11-23T05:59:00'))).toBe(true);
    expect(channelOpen(night, at('2026-11-23T06:00:00'))).toBe(false);
    expect(channelOpen(night, at('2026-11-22T12:00:00'))).toBe(false);
  });

  it('reads 24:00 as the end of the day', () => {
    const late = { ...fax, hours: { start: '18:00', end: '24:00' } };
    expect(channelOpen(late, at('2026-11-22T23:59:00'))).toBe(true);
    expect(channelOpen(late, at('2026-11-22T17:00:00'))).toBe(false);
  });
});
