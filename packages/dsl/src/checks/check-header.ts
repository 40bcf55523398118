/**
 * The scenario header: one per file.
 */
import type { CheckContext } from './check-context.js';

/** Reports a second `scenario` header in one file. */
export function checkHeader(context: CheckContext): void {
  const firstByDocument = new Map<string, { start: number; end: number }>();
  for (const { uri, node } of context.facts.headers) {
    const first = firstByDocument.get(uri);
    if (!first) {
      firstByDocument.set(uri, { start: node.title.start, end: node.title.end });
      continue;
    }
    context.report({
      code: 'duplicate-header',
      message: 'This file already has a "scenario" header; the first one names the scenario',
      uri,
      start: node.start,
      end: node.title.end,
      related: [{ uri, ...first, message: 'the first header' }],
    });
  }
}
