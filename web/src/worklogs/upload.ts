// Evidence upload as a GraphQL multipart request over XHR: fetch cannot report upload progress.
import { stringifyDocument } from "@urql/core";
import { messageFor, MESSAGES } from "../app/errors";
import { graphql } from "../gql";

const UploadEvidenceOp = graphql(`
  mutation UploadEvidence($worklogId: ID!, $file: Upload!) {
    uploadEvidence(worklogId: $worklogId, file: $file) {
      evidence { id originalName size contentType createdAt }
      errors { field message code }
    }
  }
`);

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function uploadEvidence(worklogId: string, file: File, onProgress: (fraction: number) => void): Promise<string | null> {
  if (file.size > MAX_FILE_BYTES) return Promise.resolve(MESSAGES.FILE_TOO_LARGE);
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: stringifyDocument(UploadEvidenceOp), variables: { worklogId, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", file, file.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/graphql");
    // A non-simple request: browsers preflight it cross-origin, which blocks cross-site uploads.
    xhr.setRequestHeader("x-requested-with", "afterresume");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => resolve(MESSAGES.NETWORK);
    xhr.onload = () => {
      if (xhr.status === 413) return resolve(MESSAGES.FILE_TOO_LARGE);
      try {
        const body = JSON.parse(xhr.responseText) as {
          data?: { uploadEvidence: { errors: { code: string; message: string }[] } };
          errors?: { extensions?: { code?: string } }[];
        };
        if (body.errors?.length) return resolve(messageFor(body.errors[0].extensions?.code));
        const error = body.data?.uploadEvidence.errors[0];
        resolve(error ? messageFor(error.code, error.message) : null);
      } catch {
        resolve(MESSAGES.INTERNAL);
      }
    };
    xhr.send(form);
  });
}
