/** The provider name of calls that come through Dengon's own SIP edge. */
export const SIP_PROVIDER = 'sip';
