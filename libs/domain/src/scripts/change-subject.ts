/**
 * What a client's change request (変更依頼) proposes new text for: one part
 * of its script, one FAQ item or one emergency contact. A request names its
 * subject (and the intake field, FAQ item or contact it belongs to), so the
 * supervisor compares the text in force with the proposal and approval
 * writes it where it belongs.
 */
export const CHANGE_SUBJECTS = [
  'GREETING',
  'SPECIAL_INSTRUCTIONS',
  'CLOSING_PHRASE',
  /** The help text an operator sees under one intake field; keyed by the field's key. */
  'FIELD_HELP',
  'FAQ_QUESTION',
  'FAQ_ANSWER',
  /** An emergency contact's phone number; keyed by the contact's name. */
  'CONTACT_PHONE',
  /** An emergency contact's note (when and how to call); keyed by the contact's name. */
  'CONTACT_NOTE',
] as const;
export type ChangeSubject = (typeof CHANGE_SUBJECTS)[number];

export type ChangeTargetKind = 'SCRIPT' | 'FAQ' | 'CONTACT';

export function targetOfSubject(subject: ChangeSubject): ChangeTargetKind {
  if (subject === 'FAQ_QUESTION' || subject === 'FAQ_ANSWER') return 'FAQ';
  if (subject === 'CONTACT_PHONE' || subject === 'CONTACT_NOTE') return 'CONTACT';
  return 'SCRIPT';
}

/** Whether the subject needs a key: which intake field or which contact. FAQ subjects name their item by id. */
export const subjectNeedsKey = (subject: ChangeSubject): boolean =>
  subject === 'FIELD_HELP' || targetOfSubject(subject) === 'CONTACT';

/** The script parts a request may change; the same shape as a script's content. */
export interface ScriptTexts {
  greeting: string;
  specialInstructions: string;
  closingPhrase: string;
  fields: readonly { key: string; helpText?: string | null }[];
}

/** The text of a script subject in force, or undefined when the field it names is not in the script. */
export function scriptTextOf(
  content: ScriptTexts,
  subject: ChangeSubject,
  key: string | null,
): string | undefined {
  switch (subject) {
    case 'GREETING':
      return content.greeting;
    case 'SPECIAL_INSTRUCTIONS':
      return content.specialInstructions;
    case 'CLOSING_PHRASE':
      return content.closingPhrase;
    case 'FIELD_HELP': {
      const field = content.fields.find((f) => f.key === key);
      return field ? (field.helpText ?? '') : undefined;
    }
    default:
      return undefined;
  }
}

/** The script with the subject's text replaced; the field a FIELD_HELP names must exist. */
export function withScriptText<T extends ScriptTexts>(
  content: T,
  subject: ChangeSubject,
  key: string | null,
  text: string,
): T {
  switch (subject) {
    case 'GREETING':
      return { ...content, greeting: text };
    case 'SPECIAL_INSTRUCTIONS':
      return { ...content, specialInstructions: text };
    case 'CLOSING_PHRASE':
      return { ...content, closingPhrase: text };
    case 'FIELD_HELP':
      if (!content.fields.some((f) => f.key === key))
        throw new Error(`the script has no field ${String(key)}`);
      return {
        ...content,
        fields: content.fields.map((f) => (f.key === key ? { ...f, helpText: text || null } : f)),
      };
    default:
      throw new Error(`${subject} is not part of a script`);
  }
}

export interface ContactTexts {
  name: string;
  phone: string;
  note?: string | null;
}

/** The text of a contact subject in force (the phone as stored), or undefined when no contact has the name. */
export function contactTextOf(
  contacts: readonly ContactTexts[],
  subject: ChangeSubject,
  name: string | null,
): string | undefined {
  const contact = contacts.find((c) => c.name === name);
  if (!contact) return undefined;
  return subject === 'CONTACT_PHONE' ? contact.phone : (contact.note ?? '');
}

/** The contacts with the named one's phone or note replaced. */
export function withContactText<T extends ContactTexts>(
  contacts: readonly T[],
  subject: ChangeSubject,
  name: string | null,
  text: string,
): T[] {
  if (!contacts.some((c) => c.name === name)) throw new Error(`no contact named ${String(name)}`);
  return contacts.map((c) =>
    c.name !== name
      ? c
      : subject === 'CONTACT_PHONE'
        ? { ...c, phone: text }
        : { ...c, note: text || null },
  );
}
