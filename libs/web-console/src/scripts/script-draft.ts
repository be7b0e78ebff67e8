import type { ScriptContentView } from '@dengon/web';
import type { IntakeFieldType, ScriptContentInput } from '../gql/graphql';

export { INTAKE_FIELD_TYPES } from '@dengon/domain';

/** An intake field as the editor holds it; `uid` keeps React rows stable while fields move. */
export interface DraftField {
  uid: string;
  key: string;
  label: string;
  type: IntakeFieldType;
  required: boolean;
  helpText: string;
  options: string[];
}

export interface ScriptDraft {
  greeting: string;
  fields: DraftField[];
  specialInstructions: string;
  urgentKeywords: string[];
  closingPhrase: string;
}

let nextUid = 0;
export const newUid = (): string => `field-${++nextUid}`;

export function draftOf(content: ScriptContentView): ScriptDraft {
  return {
    greeting: content.greeting,
    fields: content.fields.map((f) => ({
      uid: newUid(),
      key: f.key,
      label: f.label,
      type: f.type,
      required: f.required,
      helpText: f.helpText ?? '',
      options: [...(f.options ?? [])],
    })),
    specialInstructions: content.specialInstructions,
    urgentKeywords: [...content.urgentKeywords],
    closingPhrase: content.closingPhrase,
  };
}

export function contentInput(draft: ScriptDraft): ScriptContentInput {
  return {
    greeting: draft.greeting,
    fields: draft.fields.map((f) => ({
      key: f.key.trim(),
      label: f.label.trim(),
      type: f.type,
      required: f.required,
      helpText: f.helpText.trim() || null,
      // Only a choice has options; the API refuses them on anything else.
      options: f.type === 'CHOICE' ? f.options : null,
    })),
    specialInstructions: draft.specialInstructions,
    urgentKeywords: draft.urgentKeywords,
    closingPhrase: draft.closingPhrase,
  };
}

/** Same content, whatever the row ids: to tell whether there is anything to save. */
export function sameContent(a: ScriptDraft, b: ScriptDraft): boolean {
  return JSON.stringify(contentInput(a)) === JSON.stringify(contentInput(b));
}

export function moveField(fields: DraftField[], from: number, to: number): DraftField[] {
  if (to < 0 || to >= fields.length) return fields;
  const moved = [...fields];
  const [field] = moved.splice(from, 1);
  if (field) moved.splice(to, 0, field);
  return moved;
}
