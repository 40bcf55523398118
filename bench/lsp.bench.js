// The language server through the protocol, as an editor drives it: keystroke-to-diagnostics
// latency on a 1 MB scenario (200 states, a full perception matrix), and hover and completion
// latency on the same file. The server runs as its own process on stdio, exactly as an
// editor starts it. Targets (DESIGN.md): diagnostics p95 under 30 ms, hover and completion
// p95 under 10 ms.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateScenario } from '@threatlab/dsl';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { percentile, report, target } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
// LSP_BENCH_PROF=<folder> profiles the server (a .cpuprofile in that folder, for DevTools).
const profile = process.env.LSP_BENCH_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LSP_BENCH_PROF}`]
  : [];
const server = spawn(
  process.execPath,
  [...profile, join(here, '..', 'packages', 'vscode', 'bin', 'threat-language-server.js'), '--stdio'],
  {
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
const client = createProtocolConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
);
const waiting = new Map();
client.onNotification(PublishDiagnosticsNotification.type, (params) => {
  const resolve = waiting.get(params.version);
  if (resolve) {
    waiting.delete(params.version);
    resolve(params.diagnostics);
  }
});
client.onRequest('workspace/configuration', () => [null]);
client.listen();
await client.sendRequest(InitializeRequest.type, {
  processId: process.pid,
  rootUri: null,
  capabilities: {},
  workspaceFolders: null,
});
await client.sendNotification(InitializedNotification.type, {});

const uri = 'file:///bench/generated-200-matrix.threat';
let text = generateScenario(200, { perceptionMatrix: true });
const lines = text.split('\n');
const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));

let version = 1;
let pending = diagnosticsFor(version);
await client.sendNotification(DidOpenTextDocumentNotification.type, {
  textDocument: { uri, languageId: 'threat', version, text },
});
const initial = await pending;
console.log(
  `opened ${(text.length / 1e6).toFixed(2)} MB, ${lines.length} lines, ${initial.length} diagnostics`,
);

// Keystrokes come at a fast typist's pace (LSP_BENCH_GAP_MS, 50 ms by default): the server's
// model stage waits for a pause in typing, as it would for a person.
const gap = Number(process.env.LSP_BENCH_GAP_MS ?? 50);

/** Applies one edit locally and sends it; resolves with the latency to its diagnostics. */
async function keystroke(line, character, deleteCount, insert) {
  await new Promise((resolve) => setTimeout(resolve, gap));
  const start = lineOffset(line) + character;
  text = text.slice(0, start) + insert + text.slice(start + deleteCount);
  rebuildLines();
  version++;
  const result = diagnosticsFor(version);
  const t0 = performance.now();
  await client.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [
      {
        range: { start: { line, character }, end: { line, character: character + deleteCount } },
        text: insert,
      },
    ],
  });
  const diagnostics = await result;
  return { ms: performance.now() - t0, count: diagnostics.length };
}

let lineStarts = [];
function rebuildLines() {
  lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
}
rebuildLines();
const lineOffset = (line) => lineStarts[line];
const lineText = (line) => text.slice(lineStarts[line], (lineStarts[line + 1] ?? text.length + 1) - 1);

// Keystrokes of three kinds, as a person edits: change a perception's value in the middle of
// the file, type a new perception at the end character by character (invalid until it is
// complete), and type a typo into a state name and take it back.
const samples = [];
const typingCompletions = [];
const perceptionLines = [];
for (let i = 0; i < lines.length; i++)
  if (/^S\d+ sees S\d+ as \w[\w-]* 0\.\d\d$/.test(lines[i])) perceptionLines.push(i);
const rounds = Number(process.env.LSP_BENCH_ROUNDS ?? 12);
for (let round = 0; round < rounds; round++) {
  const line = perceptionLines[(round * 7919) % perceptionLines.length];
  const current = lineText(line);
  const digit = current.length - 1;
  samples.push({
    kind: 'middle',
    ...(await keystroke(line, digit, 1, String((Number(current[digit]) + 1) % 10))),
  });
  const end = lineStarts.length - 1;
  const typed = `S${round % 200} sees S${(round + 1) % 200} as hostile 0.5`;
  for (let i = 0; i < typed.length; i += 3) {
    samples.push({ kind: 'end', ...(await keystroke(end, i, 0, typed.slice(i, i + 3))) });
    // An editor asks for completions as the person types.
    const t0 = performance.now();
    await client.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: end, character: Math.min(typed.length, i + 3) },
    });
    typingCompletions.push(performance.now() - t0);
  }
  samples.push({ kind: 'end', ...(await keystroke(end, typed.length, 0, '\n')) });
  const border = lines.findIndex((l) => l.startsWith('border '));
  samples.push({ kind: 'top', ...(await keystroke(border, 8, 0, 'x')) });
  samples.push({ kind: 'top', ...(await keystroke(border, 8, 1, '')) });
}
const warm = samples
  .slice(Math.min(10, Math.floor(samples.length / 4)))
  .map((s) => s.ms)
  .sort((a, b) => a - b);
report('keystroke to diagnostics, 1 MB (200 states, matrix)', {
  keystrokes: warm.length,
  p50_ms: percentile(warm, 50),
  p95_ms: percentile(warm, 95),
  max_ms: warm[warm.length - 1],
});
target('diagnostics p95', percentile(warm, 95), 30);
// Where the keystroke was: a perception's value in the middle of the file (nothing moves),
// typing a new statement at the end, or near the top (every statement after it moves).
for (const kind of ['middle', 'end', 'top']) {
  const times = samples
    .slice(10)
    .filter((s) => s.kind === kind)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  report(
    `  keystrokes ${kind === 'top' ? 'near the top' : kind === 'end' ? 'at the end' : 'in the middle'}`,
    { keystrokes: times.length, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) },
  );
}

const typing = typingCompletions.slice(10).sort((a, b) => a - b);
report('completion while typing, 1 MB', {
  requests: typing.length,
  p50_ms: percentile(typing, 50),
  p95_ms: percentile(typing, 95),
});

// A person hovers after typing stops: let the model's stage (claims, lenses) finish first.
await new Promise((resolve) => setTimeout(resolve, 2500));

// Hover on state names and completion after "sees", all over the file.
const hovers = [];
const completions = [];
for (let i = 0; i < 120; i++) {
  const line = perceptionLines[(i * 104729) % perceptionLines.length];
  const t0 = performance.now();
  await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 1 } });
  hovers.push(performance.now() - t0);
  const t1 = performance.now();
  await client.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line, character: lineText(line).indexOf(' as ') },
  });
  completions.push(performance.now() - t1);
}
const warmHover = hovers.slice(20).sort((a, b) => a - b);
const warmCompletion = completions.slice(20).sort((a, b) => a - b);
report('hover, 1 MB', {
  requests: warmHover.length,
  p50_ms: percentile(warmHover, 50),
  p95_ms: percentile(warmHover, 95),
});
report('completion, 1 MB', {
  requests: warmCompletion.length,
  p50_ms: percentile(warmCompletion, 50),
  p95_ms: percentile(warmCompletion, 95),
});
target('hover p95', percentile(warmHover, 95), 10);
target('completion p95', percentile(warmCompletion, 95), 10);

// End the server the way an editor does (shutdown, then exit), so that a profile is written.
await client.sendRequest('shutdown');
await client.sendNotification('exit');
await new Promise((resolve) => server.on('exit', resolve));
client.dispose();
