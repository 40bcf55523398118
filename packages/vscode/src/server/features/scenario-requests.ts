/**
 * The server's own requests (declared in protocol.ts, shared with the client): the status
 * bar's summary, the explanation of the state at the cursor (or one clicked in the predictions
 * view), and the predictions picture (focused on the state at the cursor when asked).
 */
import { explainStateAt, explainStateNamed, predictionsSvg, scenarioSummary, stateAt } from '@threatlab/dsl';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import {
  EXPLAIN_REQUEST,
  PREDICTIONS_REQUEST,
  SUMMARY_REQUEST,
  type ExplainParams,
  type ExplainResult,
  type PredictionsParams,
  type PredictionsResult,
  type SummaryParams,
  type SummaryResult,
} from '../protocol.js';
import type { Feature } from './feature.js';

export function registerScenarioRequests(server: ServerContext): void {
  const { connection, log } = server;

  connection.onRequest(
    SUMMARY_REQUEST,
    request(log, SUMMARY_REQUEST, null, (params: SummaryParams): SummaryResult | null => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return null;
      const summary = scenarioSummary(state.checked, state.analysis.all, state.analysis.evaluation);
      return { text: summary.text, errors: summary.errors, warnings: summary.warnings };
    }),
  );

  connection.onRequest(
    EXPLAIN_REQUEST,
    request(log, EXPLAIN_REQUEST, { markdown: null }, (params: ExplainParams): ExplainResult => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return { markdown: null };
      // A state clicked in the predictions view is named; the command names a position.
      if (typeof params.state === 'string') {
        const evaluation = server.evaluated(state.document.uri);
        const theory = params.theory === 'power' ? 'power' : 'threat';
        return { markdown: (evaluation && explainStateNamed(evaluation, params.state, theory)) ?? null };
      }
      if (!params.position) return { markdown: null };
      const offset = from.offset(state.document, params.position);
      const markdown = explainStateAt(
        state.checked,
        server.evaluated(state.document.uri),
        state.document.uri,
        offset,
      );
      return { markdown: markdown ?? null };
    }),
  );

  connection.onRequest(
    PREDICTIONS_REQUEST,
    request(log, PREDICTIONS_REQUEST, null, (params: PredictionsParams): PredictionsResult | null => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return null;
      const evaluation = server.evaluated(state.document.uri);
      if (!evaluation) return null;
      const theory: 'threat' | 'power' | 'both' =
        params.theory === 'power' || params.theory === 'both' ? params.theory : 'threat';
      // The state at the cursor, else the state the view was focused on, else the whole system.
      const focus =
        (params.position
          ? stateAt(state.checked, state.document.uri, from.offset(state.document, params.position))
          : undefined) ?? (typeof params.state === 'string' ? params.state : undefined);
      const width =
        typeof params.width === 'number' && params.width >= 320 ? Math.min(params.width, 4000) : undefined;
      const options = {
        theory,
        ...(focus !== undefined ? { focus } : {}),
        ...(width !== undefined ? { width } : {}),
      };
      return {
        title: evaluation.base.scenario.title,
        theory,
        ...(focus !== undefined ? { focus } : {}),
        svg: predictionsSvg(evaluation, options),
      };
    }),
  );
}

export const scenarioRequestsFeature: Feature = { capabilities: {}, register: registerScenarioRequests };
