/**
 * The server's features, in the order their capabilities are announced. Each is one module
 * with its capabilities and a `register` function.
 */
import { codeActionsFeature } from './code-actions.js';
import { codeLensFeature } from './code-lens.js';
import { completionFeature } from './completion.js';
import { documentsFeature } from './documents.js';
import type { Feature } from './feature.js';
import { foldingFeature } from './folding.js';
import { formattingFeature } from './formatting.js';
import { hoverFeature } from './hover.js';
import { inlayHintsFeature } from './inlay-hints.js';
import { navigationFeature } from './navigation.js';
import { renameFeature } from './rename.js';
import { scenarioRequestsFeature } from './scenario-requests.js';
import { semanticTokensFeature } from './semantic-tokens.js';
import { symbolsFeature } from './symbols.js';

export const FEATURES: readonly Feature[] = [
  documentsFeature,
  hoverFeature,
  completionFeature,
  navigationFeature,
  renameFeature,
  symbolsFeature,
  foldingFeature,
  formattingFeature,
  semanticTokensFeature,
  codeActionsFeature,
  codeLensFeature,
  inlayHintsFeature,
  scenarioRequestsFeature,
];

export { registerLifecycle } from './lifecycle.js';
export type { Feature } from './feature.js';
