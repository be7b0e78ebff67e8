import type { IntakeFieldType } from '../gql/graphql';

/** What the preview renders: a draft or a published version. */
export interface ScriptContentView {
  greeting: string;
  fields: readonly {
    key: string;
    label: string;
    type: IntakeFieldType;
    required: boolean;
    helpText?: string | null;
    options?: readonly string[] | null;
  }[];
  specialInstructions: string;
  urgentKeywords: readonly string[];
  closingPhrase: string;
}
