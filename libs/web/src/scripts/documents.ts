import { graphql } from '../gql';

export const intakeFieldFragment = graphql(`
  fragment IntakeFieldDetails on IntakeFieldType_ {
    key
    label
    type
    required
    helpText
    options
  }
`);

export const publishedScriptFragment = graphql(`
  fragment PublishedScript on ScriptVersion {
    id
    versionNo
    publishedAt
    greeting
    specialInstructions
    urgentKeywords
    closingPhrase
    fields {
      ...IntakeFieldDetails
    }
  }
`);

/** Staff name the company; a client user's own script comes without one. */
export const publishedScriptQuery = graphql(`
  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {
    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {
      ...PublishedScript
    }
  }
`);
