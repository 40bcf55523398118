/** `/scenario load|show|list|reset`: which scenario the channel debates. */
import { basenameOf, renderDiagnostic, summaryLine, type Diagnostic } from '@threatlab/dsl';
import type { AnswerResult, SessionSource } from '../engine/jobs.js';
import type { ReplySection } from '../reply/reply.js';
import type { LoadedScenario } from '../scenarios/load-scenario.js';
import { listNames } from '../scenarios/load-scenario.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';

/** Diagnostics shown in a reply; the rest are counted. */
const DIAGNOSTICS_SHOWN = 12;

export const scenarioList: Handler<'scenario-list'> = (_request, context) => {
  const examples = context.examples.list();
  if (examples.length === 0)
    return failure(
      'No examples',
      'This bot has no bundled examples; load a `.threat` file with `/scenario load file:`',
    );
  const lines = examples.map((example) => {
    const loaded = context.analyzed({ origin: 'example', name: example.name });
    if (isReply(loaded)) return `- **${example.name}**`;
    const { base } = loaded.loaded;
    return `- **${example.name}**: ${base.title}${base.year !== undefined && !base.title.includes(String(base.year)) ? ` (${base.year})` : ''}, ${base.states.length} states`;
  });
  return answer({
    title: 'Bundled example scenarios',
    tone: 'info',
    sections: [
      { body: lines.join('\n') },
      {
        body: 'Load one with `/scenario load example:<name>`, or upload your own `.threat` file with `/scenario load file:`.',
      },
    ],
  });
};

export const scenarioShow: Handler<'scenario-show'> = (_request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  return answer({
    title: session.loaded.base.title || session.loaded.label,
    tone: 'info',
    sections: describe(session.loaded),
    footer: scenarioFooter(session),
  });
};

export const scenarioReset: Handler<'scenario-reset'> = (_request, context) => {
  const fallback = context.examples.defaultExample();
  return answer(
    {
      title: 'Scenario reset',
      tone: 'success',
      sections: [
        {
          body: `This channel is back on the default example${fallback ? ` **${fallback.name}**` : ''}. Its claims are kept and are now judged against it.`,
        },
      ],
    },
    [{ kind: 'reset-scenario' }],
  );
};

export const scenarioLoadExample: Handler<'scenario-load-example'> = (request, context) => {
  const example = context.examples.get(request.name);
  if (!example)
    return failure(
      'Unknown example',
      `There is no bundled example "${request.name}"; the examples are ${listNames(context.examples)}`,
    );
  const source: SessionSource = { origin: 'example', name: example.name };
  const loaded = context.analyzed(source);
  if (isReply(loaded)) return answer(loaded);
  return loadedAnswer(loaded.loaded, source);
};

export const scenarioLoadFile: Handler<'scenario-load-file'> = (request, context) => {
  const { limits } = context;
  if (request.text.length > limits.maxAttachmentBytes) {
    return failure(
      'File too large',
      `"${request.fileName}" is ${Math.ceil(request.text.length / 1024)} KB, over the ${Math.round(limits.maxAttachmentBytes / 1024)} KB limit for a scenario file`,
    );
  }
  const source: SessionSource = { origin: 'upload', name: request.fileName, text: request.text };
  const outcome = context.load(source);
  if (!outcome.ok) return failure('Cannot load', outcome.reason);
  const loaded = outcome.loaded;
  if (loaded.hasErrors) {
    return answer({
      title: `${loaded.label} has errors; the channel's scenario is unchanged`,
      tone: 'error',
      sections: diagnosticsSections(loaded),
      ephemeral: true,
    });
  }
  if (loaded.base.states.length === 0)
    return failure('No states', `"${loaded.label}" declares no states, so there is nothing to ask about`);
  return loadedAnswer(loaded, source);
};

function loadedAnswer(loaded: LoadedScenario, source: SessionSource): AnswerResult {
  const sections = describe(loaded);
  const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) sections.push(...diagnosticsSections(loaded, 'Warnings'));
  return answer(
    {
      title: `Loaded ${loaded.label} for this channel`,
      tone: 'success',
      sections,
      footer:
        'Ask away: /balance, /threats, /predict, /explain, /whatif, /claim, or mention me with a question',
    },
    [{ kind: 'set-scenario', source }],
  );
}

function describe(loaded: LoadedScenario): ReplySection[] {
  const { base } = loaded;
  const header = [
    base.year !== undefined ? `**Year** ${base.year}` : '',
    base.wartime ? '**Wartime**' : '',
    base.sources.length > 0 ? `**Sources** ${base.sources.join('; ')}` : '',
  ].filter(Boolean);
  const sections: ReplySection[] = [];
  if (header.length > 0) sections.push({ body: header.join('\n') });
  sections.push({
    title: `${base.states.length} states`,
    body: base.states.map((s) => (s.name !== s.id ? `${s.name} (${s.id})` : s.id)).join(', ') || 'none',
  });
  if (base.alliances.length > 0) {
    sections.push({
      title: 'Alliances',
      body: base.alliances
        .map(
          (a) =>
            `- ${a.name} (${a.kind}${a.year !== undefined ? `, ${a.year}` : ''}): ${a.members.join(', ')}`,
        )
        .join('\n'),
    });
  }
  if (loaded.variants.length > 0)
    sections.push({
      title: 'Variants',
      body: loaded.variants.map((v) => `"${v.name}"`).join(', ') + ' (ask with `/predict variant:`)',
    });
  if (base.claims.length > 0)
    sections.push({
      title: 'Claims in the file',
      body: `${base.claims.length}; members' claims are made with \`/claim\``,
    });
  return sections;
}

/** Diagnostics with line and column, quoting the line, in a code block so the carets line up. */
export function diagnosticsSections(loaded: LoadedScenario, title = 'Diagnostics'): ReplySection[] {
  const relevant: Diagnostic[] =
    title === 'Warnings'
      ? loaded.diagnostics.filter((d) => d.severity === 'warning')
      : [...loaded.diagnostics];
  const shown = relevant.slice(0, DIAGNOSTICS_SHOWN);
  const rendered = shown
    .map((d) => renderDiagnostic(d, { textOf: loaded.textOf, displayUri: displayName(loaded) }))
    .join('\n\n');
  const more = relevant.length > shown.length ? `\n\n… and ${relevant.length - shown.length} more` : '';
  return [
    { title, body: '```\n' + rendered.replace(/```/g, "'''") + more + '\n```', text: rendered + more },
    { body: summaryLine(loaded.diagnostics) + ' · each code is explained in docs/language.md' },
  ];
}

function displayName(loaded: LoadedScenario): (uri: string) => string {
  return (uri) => (uri === loaded.uri ? loaded.label : basenameOf(uri));
}
