/**
 * Names: states used but not declared (with "did you mean" and "declare it" fixes), states,
 * alliances and variants declared twice.
 */
import type { ProblemFix } from '../problem.js';
import { closestMatch } from '../suggest.js';
import type { NameNode } from '../syntax-tree.js';
import type { CheckContext } from './check-context.js';
import { unknownStateMessage } from '../messages.js';
import { endsLine, nextLineStart } from '../line-index.js';

/**
 * "Did you mean" compares a name with every declared one; past this many unknown names (a
 * file that is mostly wrong) the search would cost more than it helps, so it stops.
 */
const MAX_SUGGESTIONS = 200;

/** Reports undeclared states (with fixes) and states, alliances and variants declared twice. */
export function checkNames(context: CheckContext): void {
  const { symbols, facts, report } = context;
  for (const duplicate of symbols.duplicateStates) {
    const first = symbols.states.get(duplicate.id)!;
    report({
      code: 'duplicate-state',
      message: `State "${duplicate.id}" is declared twice`,
      uri: duplicate.uri,
      start: duplicate.statement.id.start,
      end: duplicate.statement.id.end,
      related: [
        {
          uri: first.uri,
          start: first.statement.id.start,
          end: first.statement.id.end,
          message: `"${duplicate.id}" is first declared here`,
        },
      ],
    });
  }

  const declared = [...symbols.states.keys()];
  let suggestionsLeft = MAX_SUGGESTIONS;
  for (const reference of symbols.references) {
    // Overrides and removals inside variants are reported as unknown facts by the variant check.
    if (
      reference.symbol ||
      reference.role === 'declaration' ||
      reference.role === 'override' ||
      reference.role === 'remove'
    )
      continue;
    const name = reference.node.name;
    const suggestion = suggestionsLeft-- > 0 ? closestMatch(name, declared) : undefined;
    const fixes: ProblemFix[] = [];
    if (suggestion) {
      fixes.push({
        title: `Change to "${suggestion}"`,
        edits: [{ start: reference.node.start, end: reference.node.end, newText: suggestion }],
        preferred: true,
      });
    }
    fixes.push(declareStateFix(context, reference.uri, reference.node));
    report({
      code: 'unknown-state',
      message: unknownStateMessage(name, suggestion),
      uri: reference.uri,
      start: reference.node.start,
      end: reference.node.end,
      fixes,
    });
  }

  const seenAlliances = new Map<string, { uri: string; start: number; end: number }>();
  for (const { uri, node } of facts.base.alliances) {
    const first = seenAlliances.get(node.name.value);
    if (!first) {
      seenAlliances.set(node.name.value, { uri, start: node.name.start, end: node.name.end });
      continue;
    }
    report({
      code: 'duplicate-alliance',
      message: `Alliance "${node.name.value}" is declared twice`,
      uri,
      start: node.name.start,
      end: node.name.end,
      related: [{ ...first, message: `"${node.name.value}" is first declared here` }],
    });
  }

  const seenVariants = new Map<string, { uri: string; start: number; end: number }>();
  for (const variant of facts.variants) {
    const name = variant.located.node.name;
    const first = seenVariants.get(variant.name);
    if (!first) {
      seenVariants.set(variant.name, { uri: variant.located.uri, start: name.start, end: name.end });
      continue;
    }
    report({
      code: 'duplicate-variant',
      message: `Variant "${variant.name}" is declared twice`,
      uri: variant.located.uri,
      start: name.start,
      end: name.end,
      related: [{ ...first, message: `"${variant.name}" is first declared here` }],
    });
  }
}

/** Inserts a declaration on the line after the last state declared in the same document, or at its end. */
function declareStateFix(context: CheckContext, uri: string, name: NameNode): ProblemFix {
  const document = context.program.byUri.get(uri);
  const text = document?.text ?? '';
  let lastState = -1;
  for (const item of document?.file.items ?? []) if (item.type === 'State') lastState = item.end;
  // A statement ends before its line break; the new line goes after that break.
  const insertAt = lastState < 0 ? text.length : nextLineStart(text, lastState);
  const needsNewline = !endsLine(text.slice(0, insertAt));
  return {
    title: `Declare state "${name.name}"`,
    edits: [
      {
        start: insertAt,
        end: insertAt,
        newText: `${needsNewline ? '\n' : ''}state ${name.name} { power 0 }\n`,
      },
    ],
  };
}
