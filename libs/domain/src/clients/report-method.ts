import { type FieldProblem, fieldProblem } from '../text/field-rules';

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

export function reportSettingsProblems(s: ReportSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (field: keyof ReportSettings) =>
    problems.push(fieldProblem(field, 'requiredForReportMethod', { method: s.reportMethod }));
  if ((s.reportMethod === 'EMAIL' || s.reportMethod === 'DAILY_DIGEST') && !s.reportEmail)
    required('reportEmail');
  if (s.reportMethod === 'FAX' && !s.reportFax) required('reportFax');
  if (s.reportMethod === 'DAILY_DIGEST' && !s.digestTime) required('digestTime');
  return problems;
}

/** Where one intake's report goes at once, if anywhere. */
export interface ReportRoute {
  channel: 'EMAIL' | 'FAX';
  recipient: string;
}

/**
 * By the client's method: a fax or an e-mail the moment an intake is saved.
 * A digest client waits for the digest, except for an urgent intake, which
 * is e-mailed at once.
 */
export function reportRouteNow(
  s: Pick<ReportSettings, 'reportMethod' | 'reportEmail' | 'reportFax'>,
  urgent: boolean,
): ReportRoute | null {
  if (s.reportMethod === 'FAX' && s.reportFax) return { channel: 'FAX', recipient: s.reportFax };
  if ((s.reportMethod === 'EMAIL' || urgent) && s.reportEmail)
    return { channel: 'EMAIL', recipient: s.reportEmail };
  return null;
}
