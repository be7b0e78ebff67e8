import type { CoverageWindow } from '../coverage/coverage';
import {
  coverageText,
  renderReply,
  replySubject,
  senderName,
  unknownReplyVariables,
} from './reply-template';

const w = (weekday: number, start: string, end: string) =>
  ({ weekday, start, end }) as CoverageWindow;

describe('reply templates', () => {
  it('fills in the variables it knows, and leaves other braces as written', () => {
    expect(
      renderReply('{お名前}様\n{会社名}です。受付番号 {受付番号}（{営業時間}）{不明}', {
        お名前: '山田',
        受付番号: 'NT-2026-000001',
        会社名: 'ネクスト通販株式会社',
        営業時間: '月〜金 9:00〜18:00',
      }),
    ).toBe('山田様\nネクスト通販株式会社です。受付番号 NT-2026-000001（月〜金 9:00〜18:00）{不明}');
  });

  it('names the variables no reply knows', () => {
    expect(unknownReplyVariables('{お名前}様 {ご住所} {会社名} {}')).toEqual(['ご住所', '']);
    expect(unknownReplyVariables('変数なし')).toEqual([]);
  });

  it.each([
    ['見積もり', 'Re: 見積もり'],
    ['Re: 見積もり', 'Re: 見積もり'],
    ['RE: Re:見積もり', 'Re: 見積もり'],
    ['Ｒｅ：見積もり', 'Re: 見積もり'],
    ['', 'Re: （件名なし）'],
  ])('answers %p as %p', (subject, reply) => {
    expect(replySubject(subject)).toBe(reply);
  });

  it('greets a sender by the display name, else by the address', () => {
    expect(senderName({ name: ' 山田 太郎 ', address: 'y@example.com' })).toBe('山田 太郎');
    expect(senderName({ name: '', address: 'y@example.com' })).toBe('y@example.com');
    expect(senderName(undefined)).toBe('');
  });
});

describe('business hours in words', () => {
  it('puts days with the same hours together, in runs', () => {
    expect(
      coverageText([...[1, 2, 3, 4, 5].map((d) => w(d, '08:00', '22:00')), w(6, '10:00', '17:00')]),
    ).toBe('月〜金 8:00〜22:00、土 10:00〜17:00');
    expect(
      coverageText([w(1, '09:00', '18:00'), w(3, '09:00', '18:00'), w(4, '09:00', '18:00')]),
    ).toBe('月・水・木 9:00〜18:00');
    expect(coverageText([w(6, '09:00', '12:00'), w(7, '09:00', '12:00')])).toBe(
      '土・日 9:00〜12:00',
    );
  });

  it('says round the clock for every day all day, and nothing for no hours', () => {
    expect(coverageText([1, 2, 3, 4, 5, 6, 7].map((d) => w(d, '00:00', '24:00')))).toBe(
      '24時間365日',
    );
    expect(coverageText([])).toBe('');
  });
});
