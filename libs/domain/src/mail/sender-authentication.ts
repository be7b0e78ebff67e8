/**
 * What the receiving side found of a mail's sender (RFC 8601
 * Authentication-Results): SPF for the envelope sender's domain and the
 * sending address, DKIM for the signatures, DMARC for the From domain.
 */
export const AUTH_RESULTS = [
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'policy',
  'temperror',
  'permerror',
] as const;
export type AuthResult = (typeof AUTH_RESULTS)[number];

export interface SenderAuthentication {
  spf: AuthResult;
  dkim: AuthResult;
  dmarc: AuthResult;
}

/** What a person reading the mail is told of its sender. */
export const SENDER_TRUST = ['AUTHENTICATED', 'UNVERIFIED', 'SUSPICIOUS'] as const;
export type SenderTrust = (typeof SENDER_TRUST)[number];

/**
 * AUTHENTICATED when the From domain's own policy says the mail is theirs
 * (DMARC pass); SUSPICIOUS when it says the mail is not (DMARC fail), or, with
 * no policy to ask, when SPF fails outright and no signature holds; otherwise
 * UNVERIFIED: most small senders publish nothing, and a lookup may have failed.
 */
export function senderTrust({ spf, dkim, dmarc }: SenderAuthentication): SenderTrust {
  if (dmarc === 'pass') return 'AUTHENTICATED';
  if (dmarc === 'fail') return 'SUSPICIOUS';
  if (spf === 'fail' && dkim !== 'pass') return 'SUSPICIOUS';
  return 'UNVERIFIED';
}

/** One DKIM result for a mail that may carry several signatures: any that holds is enough. */
export function dkimOverall(results: readonly AuthResult[]): AuthResult {
  if (results.length === 0) return 'none';
  return results.includes('pass') ? 'pass' : results[0]!;
}

/** A result as a provider wrote it, or `temperror` for anything outside RFC 8601's words. */
export function authResult(value: unknown): AuthResult {
  const word = typeof value === 'string' ? value.toLowerCase() : '';
  return (AUTH_RESULTS as readonly string[]).includes(word) ? (word as AuthResult) : 'temperror';
}
