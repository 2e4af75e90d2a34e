import { graphql } from "../gql";

export const WorklogFieldsFragment = graphql(`
  fragment WorklogFields on Worklog {
    id date content source draft highlight createdAt updatedAt
    metadata { employer project tags workType outcome }
    evidence { id originalName size contentType createdAt }
  }
`);

export const SuggestionsOp = graphql(`
  query WorklogSuggestions {
    worklogSuggestions {
      employers { value uses lastUsed }
      projects { value uses lastUsed }
      tags { value uses }
      workTypes { value uses }
    }
  }
`);

export function splitTags(text: string): string[] {
  return text.split(",").map((t) => t.trim()).filter(Boolean);
}
