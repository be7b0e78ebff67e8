import { childrenOf } from '../common/loaders';
import { IntakeComment, IntakeCorrection, IntakeStatusChange } from './intake-record.entity';

/** A record's status changes, oldest first. */
export const STATUS_HISTORY = childrenOf(IntakeStatusChange, 'intakeId', {
  changedAt: 'ASC',
  id: 'ASC',
});

/** A record's comments, oldest first. */
export const COMMENTS = childrenOf(IntakeComment, 'intakeId', { createdAt: 'ASC' });
export const CORRECTIONS = childrenOf(IntakeCorrection, 'intakeId', { createdAt: 'ASC' });
