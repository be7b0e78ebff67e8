/**
 * How a client is told of each intake, and what each way needs: an address
 * for e-mail and the digest, a fax number for fax, a time for the digest.
 */
export type ReportMethodCode = 'EMAIL' | 'FAX' | 'DAILY_DIGEST';

export interface ReportSettings {
  reportMethod: ReportMethodCode;
  reportEmail: string | null;
  reportFax: string | null;
  digestTime: string | null;
}

export function reportSettingsProblems(
  s: ReportSettings,
): { field: keyof ReportSettings; message: string }[] {
  const problems: { field: keyof ReportSettings; message: string }[] = [];
  if ((s.reportMethod === 'EMAIL' || s.reportMethod === 'DAILY_DIGEST') && !s.reportEmail) {
    problems.push({
      field: 'reportEmail',
      message: `is required when reports go by ${s.reportMethod === 'EMAIL' ? 'e-mail' : 'daily digest'}`,
    });
  }
  if (s.reportMethod === 'FAX' && !s.reportFax)
    problems.push({ field: 'reportFax', message: 'is required when reports go by fax' });
  if (s.reportMethod === 'DAILY_DIGEST' && !s.digestTime) {
    problems.push({ field: 'digestTime', message: 'is required for a daily digest' });
  }
  return problems;
}

/** Katakana reading (フリガナ): full-width katakana, prolonged sound mark, middle dot, spaces, Latin letters and digits. */
export function isKatakanaReading(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB\s\u3000A-Za-z0-9]+$/.test(text.normalize('NFKC'));
}
