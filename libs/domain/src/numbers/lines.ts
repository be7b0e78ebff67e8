/**
 * The answering service's own lines (seed 001): each direct number (ID) is
 * one terminal and one channel; representative numbers ring several
 * terminals and are limited by the IDs. The channel limit is applied as
 * calls come in, by the database function dengon_enter_call.
 */
export const REPRESENTATIVE_WITHOUT_APPROVAL = 3;

/** Why one more representative number is refused, or null. */
export function representativeNumberProblem(
  representativeAfter: number,
  directCount: number,
  approvalNote: string | null,
): string | null {
  if (representativeAfter > directCount) {
    return `representative numbers (${representativeAfter}) cannot exceed direct numbers (IDs: ${directCount})`;
  }
  if (representativeAfter > REPRESENTATIVE_WITHOUT_APPROVAL && !approvalNote?.trim()) {
    return `more than ${REPRESENTATIVE_WITHOUT_APPROVAL} representative numbers need an approval note stating the purpose`;
  }
  return null;
}
