import { childrenOf } from '../common/loaders';
import { VoicemailGreeting } from './voicemail-greeting.entity';

/** A client's greeting (one at most), so a list of clients asks once. */
export const GREETINGS_OF = childrenOf(VoicemailGreeting, 'clientCompanyId', {});
