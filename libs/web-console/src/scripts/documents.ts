import { graphql } from '../gql';

export const scriptQuery = graphql(`
  query Script($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {
    script(clientCompanyId: $clientCompanyId, variant: $variant) {
      id
      clientCompanyId
      variant
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

export const scriptVersionsQuery = graphql(`
  query ScriptVersions($clientCompanyId: ID!, $variant: ScriptVariant! = DEFAULT) {
    scriptVersions(clientCompanyId: $clientCompanyId, variant: $variant) {
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
      variant
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
