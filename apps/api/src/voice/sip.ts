/** The provider name of calls that come through Dengon's own SIP edge. */
export const SIP_PROVIDER = 'sip';

/** The SIP user an operator's softphone registers as. */
export const sipUserOf = (operatorId: string) => `op-${operatorId}`;
