/** `/bandwagon with`, "who bandwagons with Germany?". */
import { alignedWith } from './alignment.js';
import type { Handler } from './context.js';

export const bandwagonWith: Handler<'bandwagon-with'> = (request, context) =>
  alignedWith('bandwagon', request.target, request.theory ?? 'threat', context);
