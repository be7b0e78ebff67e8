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

export const scriptQuery = graphql(`
  query Script($clientCompanyId: ID!) {
    script(clientCompanyId: $clientCompanyId) {
      id
      clientCompanyId
      version
      publishedVersionNo
      draft {
        greeting
        specialInstructions
        urgentKeywords
        closingPhrase
        fields {
          ...IntakeFieldDetails
        }
      }
    }
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
  query PublishedScript($clientCompanyId: ID) {
    publishedScript(clientCompanyId: $clientCompanyId) {
      ...PublishedScript
    }
  }
`);

export const scriptVersionsQuery = graphql(`
  query ScriptVersions($clientCompanyId: ID!) {
    scriptVersions(clientCompanyId: $clientCompanyId) {
      id
      versionNo
      publishedAt
    }
  }
`);

export const saveScriptDraftMutation = graphql(`
  mutation SaveScriptDraft($input: SaveScriptDraftInput!) {
    saveScriptDraft(input: $input) {
      id
      clientCompanyId
      version
      publishedVersionNo
      draft {
        greeting
        specialInstructions
        urgentKeywords
        closingPhrase
        fields {
          ...IntakeFieldDetails
        }
      }
    }
  }
`);

export const publishScriptMutation = graphql(`
  mutation PublishScript($input: PublishScriptInput!) {
    publishScript(input: $input) {
      ...PublishedScript
    }
  }
`);
