/** Every request kind and the handler that answers it. */
import type { AnswerResult } from '../engine/jobs.js';
import type { Request } from '../request.js';
import { balanceAgainst } from './balance-against.js';
import { bandwagonWith } from './bandwagon-with.js';
import { claim } from './claim.js';
import { claims } from './claims.js';
import { compareTheories } from './compare-theories.js';
import { concept } from './concept.js';
import type { Handler, HandlerContext } from './context.js';
import { explainState } from './explain.js';
import { graph } from './graph.js';
import { help, notUnderstood } from './help.js';
import { predict } from './predict.js';
import {
  scenarioList,
  scenarioLoadExample,
  scenarioLoadFile,
  scenarioReset,
  scenarioShow,
} from './scenario.js';
import { threats } from './threats.js';
import { whatIf } from './whatif.js';

const HANDLERS: { readonly [K in Request['kind']]: Handler<K> } = {
  help,
  'balance-against': balanceAgainst,
  'bandwagon-with': bandwagonWith,
  threats,
  predict,
  explain: explainState,
  whatif: whatIf,
  claim,
  claims,
  concept,
  'compare-theories': compareTheories,
  graph,
  'scenario-show': scenarioShow,
  'scenario-list': scenarioList,
  'scenario-reset': scenarioReset,
  'scenario-load-example': scenarioLoadExample,
  'scenario-load-file': scenarioLoadFile,
  'not-understood': notUnderstood,
};

export function handle(request: Request, context: HandlerContext): AnswerResult {
  const handler = HANDLERS[request.kind] as Handler<Request['kind']>;
  return handler(request, context);
}
