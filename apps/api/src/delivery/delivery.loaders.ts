import { childrenOf } from '../common/loaders';
import { OutboundMessage } from './outbound-message.entity';

/** The messages sent about a record (e.g. a dispatch), oldest first. */
export const MESSAGES_ABOUT = childrenOf(OutboundMessage, 'relatedId', { createdAt: 'ASC' });
