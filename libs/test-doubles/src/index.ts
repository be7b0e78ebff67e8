/**
 * Stand-ins for what cannot run on this machine (a provider's cloud), a real
 * SMTP server that takes what is sent, the mail tests send in, and the
 * measures tests take of what they hear, for the API's tests and the browser
 * tests alike. Never imported by shipped code.
 */
export { FakeTwilio, type TwilioRequest, twilioWebhooks } from './fake-twilio';
export { tonePower } from './tone';
export { TestSmtp, type SmtpOptions } from './smtp-sink';
export { jisMessage, PDF } from './japanese-mail';
export { TestDns } from './dns-server';
export { TestImap } from './imap-server';
export { blackShare, faxTiff } from './fax-tiff';
