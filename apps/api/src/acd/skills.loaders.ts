import { childrenOf } from '../common/loaders';
import { ClientGroupMember } from './acd.entities';

/** The clients of each group, so the list of groups asks once. */
export const MEMBERS_OF = childrenOf(ClientGroupMember, 'groupId', {});
