/** `/balance against`, "who balances against Germany?". */
import { alignedWith } from './alignment.js';
import type { Handler } from './context.js';

export const balanceAgainst: Handler<'balance-against'> = (request, context) =>
  alignedWith('balance', request.target, request.theory ?? 'threat', context);
