/**
 * Downloading an uploaded `.threat` file: the size Discord reports is checked before anything
 * is fetched, and the body is read with a cap in case the report was wrong. Failures are
 * messages for the member, never exceptions.
 */
import type { AttachmentInfo } from '../commands/command.js';
import { isThreatFileName } from '../scenarios/file-names.js';

export type Download =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** The pure part: whether an attachment may be downloaded at all. */
export function checkAttachment(attachment: AttachmentInfo, maxBytes: number): string | undefined {
  if (!isThreatFileName(attachment.name))
    return `"${attachment.name}" is not a .threat file; upload a scenario written in the .threat language`;
  if (attachment.size > maxBytes)
    return `"${attachment.name}" is ${kb(attachment.size)}, over the ${kb(maxBytes)} limit for a scenario file`;
  return undefined;
}

export async function downloadAttachment(
  attachment: AttachmentInfo,
  maxBytes: number,
  timeoutMs = 10_000,
): Promise<Download> {
  const refused = checkAttachment(attachment, maxBytes);
  if (refused) return { ok: false, message: refused };
  try {
    const response = await fetch(attachment.url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body)
      return {
        ok: false,
        message: `Discord did not hand over "${attachment.name}" (HTTP ${response.status}); try uploading it again`,
      };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxBytes)
        return {
          ok: false,
          message: `"${attachment.name}" is over the ${kb(maxBytes)} limit for a scenario file`,
        };
      chunks.push(chunk);
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, text };
  } catch (error) {
    if (error instanceof TypeError && /decode|encoded/i.test(error.message))
      return { ok: false, message: `"${attachment.name}" is not UTF-8 text` };
    return { ok: false, message: `"${attachment.name}" could not be downloaded; try again` };
  }
}

function kb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}
