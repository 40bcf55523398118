/**
 * The body of an evaluation worker: an engine over the bundled examples, answering one
 * message at a time. An exception here is a bug (analysis does not throw on user input); it is
 * sent back as an error rather than taking the worker down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AnswerEngine } from './answer-engine.js';
import type { EngineWorkerData, WorkerMessage, WorkerReply } from './engine-worker-protocol.js';
import { ExampleLibrary } from '../scenarios/example-library.js';

const data = workerData as EngineWorkerData;
const engine = new AnswerEngine(ExampleLibrary.fromFolder(data.examplesDir), data.limits);

parentPort!.on('message', (message: WorkerMessage) => {
  let reply: WorkerReply;
  try {
    const value = message.type === 'answer' ? engine.answer(message.job) : engine.states(message.session);
    reply = { id: message.id, ok: true, value };
  } catch (error) {
    reply = {
      id: message.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort!.postMessage(reply);
});
