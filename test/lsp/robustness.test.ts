/**
 * The server never crashes: unknown documents, failing handlers and every position of broken text
 * answered.
 */
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticsScheduler } from '../../packages/vscode/src/server/diagnostics-scheduler.js';
import { positionAt, startHarness, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

describe('robustness', () => {
  it('answers an empty result for a document it does not know', async () => {
    harness = await startHarness();
    const position = { line: 0, character: 0 };
    const textDocument = { uri: 'file:///ws/never-opened.threat' };
    expect(await harness.client.sendRequest(HoverRequest.type, { textDocument, position })).toBeNull();
    expect(await harness.client.sendRequest(DefinitionRequest.type, { textDocument, position })).toEqual([]);
    expect(await harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument })).toEqual([]);
  });

  it('survives a handler failure: logs it, answers empty, and keeps serving', async () => {
    harness = await startHarness();
    await harness.open(uri, EUROPE);
    // Malformed parameters make the handler throw inside the server.
    const broken = await harness.client.sendRequest(HoverRequest.type, {
      textDocument: null,
      position: null,
    } as never);
    expect(broken).toBeNull();
    await expect.poll(() => harness!.logs.some((l) => l.startsWith('threat: hover failed'))).toBe(true);
    const ok = await harness.client.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 2, character: 8 },
    });
    expect(ok).not.toBeNull();
  });

  it('answers every request at every position of broken text without an error', async () => {
    harness = await startHarness();
    const texts = [
      EUROPE.slice(0, 400),
      'state { power\nborder , ,\n"unclosed\nA sees as\nexpect B does not\nvariant "V" { state X {\nalliance "A" : ,\n',
      'settings { weight 3 km\n/* unclosed comment\nstate Ö { power 10% }',
      '\r\n\t;;;}}}{{{ sees sees as 1e999 -0 %%% km km',
    ];
    let version = 1;
    await harness.open(uri, texts[0]!);
    for (const text of texts) {
      const next = harness.diagnostics(uri, ++version);
      harness.change(uri, text, version);
      await next;
      for (let offset = 0; offset <= text.length; offset += 3) {
        const position = positionAt(text, offset);
        const textDocument = { uri };
        await harness.client.sendRequest(HoverRequest.type, { textDocument, position });
        await harness.client.sendRequest(CompletionRequest.type, { textDocument, position });
        await harness.client.sendRequest(DefinitionRequest.type, { textDocument, position });
        await harness.client.sendRequest(DocumentHighlightRequest.type, { textDocument, position });
      }
      await harness.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      await harness.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      await harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    }
    expect(harness.logs.filter((l) => l.includes('failed'))).toEqual([]);
  });
});

describe('the diagnostics scheduler', () => {
  it('cancels a staged analysis at its next stage when a newer edit arrives', async () => {
    const stages: string[] = [];
    const scheduler: DiagnosticsScheduler = new DiagnosticsScheduler(
      function* (uri, flag) {
        stages.push(`${uri} check`);
        yield;
        if (flag.cancelled) return;
        stages.push(`${uri} model`);
      },
      () => 0,
      (error) => {
        throw error;
      },
    );
    scheduler.schedule('a');
    await new Promise((r) => setImmediate(r));
    // The check ran; a newer edit arrives before the model stage.
    scheduler.schedule('a');
    await new Promise((r) => setTimeout(r, 20));
    expect(stages).toEqual(['a check', 'a check', 'a model']);
  });
});
