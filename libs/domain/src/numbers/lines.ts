import { type FieldProblem, fieldProblem } from '../text/field-rules';

/**
 * The answering service's own lines (seed 001): each direct number (ID) is
 * one terminal and one channel; representative numbers ring several
 * terminals and are limited by the IDs. The channel limit is applied as
 * calls come in, by the database function dengon_enter_call.
 */
export const REPRESENTATIVE_WITHOUT_APPROVAL = 3;

/** Why one more representative number is refused, naming the field at fault, or null. */
export function representativeNumberProblem(
  representativeAfter: number,
  directCount: number,
  approvalNote: string | null,
): FieldProblem | null {
  if (representativeAfter > directCount) {
    return fieldProblem('kind', 'representativeOverDirect', {
      representative: representativeAfter,
      direct: directCount,
    });
  }
  if (representativeAfter > REPRESENTATIVE_WITHOUT_APPROVAL && !approvalNote?.trim()) {
    return fieldProblem('approvalNote', 'approvalNoteRequired', {
      limit: REPRESENTATIVE_WITHOUT_APPROVAL,
    });
  }
  return null;
}
