import { graphql } from '../gql';

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
