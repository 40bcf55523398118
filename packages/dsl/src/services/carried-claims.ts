/**
 * While the model has not run on the latest text, the editor keeps showing the claim warnings
 * of the previous run on the claims whose text has not changed (a claim's verdict rarely
 * changes with an unrelated keystroke, and warnings that blink on every keystroke are
 * noise). Each is moved to where its `expect` statement now is; its fixes, which may point
 * at statements that have moved, wait for the model's next run.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Problem } from '../problem.js';
import type { ExpectStmt, Item } from '../syntax-tree.js';

/**
 * The previous run's claim warnings on claims whose text is unchanged, moved to where those claims
 * now are.
 */
export function carryClaimProblems(
  previous: { readonly checked: CheckedProgram; readonly problems: readonly Problem[] },
  next: CheckedProgram,
): Problem[] {
  if (previous.problems.length === 0) return [];
  const carried: Problem[] = [];
  // The claims of each document in the new program, by their text.
  const claimsByUri = new Map<string, Map<string, ExpectStmt[]>>();
  const claimsOf = (uri: string) => {
    let claims = claimsByUri.get(uri);
    if (!claims) {
      claims = new Map();
      const document = next.program.byUri.get(uri);
      const visit = (items: readonly Item[]) => {
        for (const item of items) {
          if (item.type === 'Expect') {
            const text = document!.text.slice(item.start, item.end);
            const list = claims!.get(text);
            if (list) list.push(item);
            else claims!.set(text, [item]);
          } else if (item.type === 'Variant') visit(item.items);
        }
      };
      if (document) visit(document.file.items);
      claimsByUri.set(uri, claims);
    }
    return claims;
  };
  for (const problem of previous.problems) {
    if (problem.code !== 'claim-failed') continue;
    const oldText = previous.checked.program.byUri.get(problem.uri)?.text.slice(problem.start, problem.end);
    const match = oldText === undefined ? undefined : claimsOf(problem.uri).get(oldText)?.shift();
    if (!match) continue;
    const { fixes: _fixes, related: _related, ...rest } = problem;
    carried.push({ ...rest, start: match.start, end: match.end });
  }
  return carried;
}
