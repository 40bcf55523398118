/**
 * The assistant pipeline: sessions, the default-example notice, effects written before answering,
 * rate limits.
 */
import { describe, expect, it } from 'vitest';
import { Assistant, type Incoming } from '../src/assistant.js';
import { DEFAULT_BOT_LIMITS, type BotLimits } from '../src/bot-limits.js';
import { EvaluationTimeout, InlineExecutor, type Executor } from '../src/engine/executor.js';
import { parseQuestion } from '../src/questions/parse-question.js';
import { ExampleLibrary } from '../src/scenarios/example-library.js';
import { ChannelStore } from '../src/store/channel-store.js';
import { openDatabase } from '../src/store/database.js';
import { FIXTURE_EXAMPLES, fixtureEngine, text } from './support.js';

const examples = ExampleLibrary.fromFolder(FIXTURE_EXAMPLES);

function setup(
  limits: BotLimits = DEFAULT_BOT_LIMITS,
  executor: Executor = new InlineExecutor(fixtureEngine(limits)),
) {
  let now = 1_000_000;
  const store = new ChannelStore(openDatabase(':memory:'));
  const errors: unknown[] = [];
  const assistant = new Assistant({
    store,
    executor,
    examples,
    limits,
    now: () => now,
    onError: (e) => errors.push(e),
  });
  const incoming = (question: string, extra: Partial<Incoming> = {}): Incoming => ({
    channelId: 'c1',
    guildId: 'g1',
    asker: { id: 'u1', name: 'Ada' },
    request: parseQuestion(question),
    text: question,
    ...extra,
  });
  return { store, assistant, incoming, errors, tick: (ms: number) => (now += ms) };
}

describe('the assistant pipeline', () => {
  it('starts a channel on the default example, says so in the first answer only, and remembers it', async () => {
    const { assistant, incoming, store } = setup();
    const first = await assistant.handle(incoming('who balances against Germany?'));
    expect(first.notice).toContain(
      'no scenario loaded, so I am using the bundled example **Europe, July 1914** (europe-1914)',
    );
    expect(store.scenario('c1')).toMatchObject({ origin: 'example', name: 'europe-1914' });
    const second = await assistant.handle(incoming('what threatens Italy most?'));
    expect(second.notice).toBeUndefined();
    // Another channel gets its own notice, on its first answer about the scenario.
    expect((await assistant.handle(incoming('help', { channelId: 'c2' }))).notice).toBeUndefined();
    expect(
      (await assistant.handle(incoming('what is bandwagoning?', { channelId: 'c2' }))).notice,
    ).toBeUndefined();
    expect((await assistant.handle(incoming('predictions', { channelId: 'c2' }))).notice).toContain(
      'europe-1914',
    );
  });

  it('an error answer does not use up the notice', async () => {
    const { assistant, incoming, store } = setup();
    await assistant.handle(incoming('who balances against Atlantis?'));
    expect(store.scenario('c1')).toBeUndefined();
    expect((await assistant.handle(incoming('who balances against Germany?'))).notice).toBeDefined();
  });

  it('writes effects before answering: loads, claims with their author, resets; and records questions', async () => {
    const { assistant, incoming, store } = setup();
    await assistant.handle(incoming('load teaching'));
    expect(store.scenario('c1')).toMatchObject({ origin: 'example', name: 'teaching', loadedBy: 'u1' });
    await assistant.handle(
      incoming('x', {
        request: {
          kind: 'scenario-load-file',
          fileName: 'mine.threat',
          text: 'state A { power 0.5 }\nstate B { power 0.5 }\n',
        },
      }),
    );
    expect(store.scenario('c1')).toMatchObject({
      origin: 'upload',
      name: 'mine.threat',
      source: 'state A { power 0.5 }\nstate B { power 0.5 }\n',
    });
    await assistant.handle(incoming('load europe-1914'));
    const claim = await assistant.handle(
      incoming('claim: UK balances against Germany', { asker: { id: 'u2', name: 'Bo' } }),
    );
    expect(claim.title).toBe('Holds: UK balances against Germany');
    expect(store.claims('c1')).toMatchObject([
      {
        authorId: 'u2',
        authorName: 'Bo',
        text: 'UK balances against Germany',
        held: true,
        createdAt: 1_000_000,
      },
    ]);
    const list = await assistant.handle(incoming('which claims hold?'));
    expect(list.title).toBe('Claims: 1 of 1 hold');
    await assistant.handle(incoming('reset the scenario'));
    expect(store.scenario('c1')).toBeUndefined();
    expect(store.claimCount('c1')).toBe(1);
    expect(store.recentQuestions('c1').map((q) => q.text)).toContain('claim: UK balances against Germany');
  });

  it('rate limits per member and per channel, with the time to wait', async () => {
    const limits = {
      ...DEFAULT_BOT_LIMITS,
      perUser: { requests: 2, windowMs: 10_000 },
      perChannel: { requests: 3, windowMs: 60_000 },
    };
    const { assistant, incoming, tick } = setup(limits);
    await assistant.handle(incoming('help'));
    await assistant.handle(incoming('help'));
    const refused = await assistant.handle(incoming('help'));
    expect(refused.title).toBe('Slow down');
    expect(text(refused)).toContain('ask again in 10 s');
    expect(refused.ephemeral).toBe(true);
    tick(10_001);
    expect((await assistant.handle(incoming('help'))).title).not.toBe('Slow down');
    const channel = await assistant.handle(incoming('help', { asker: { id: 'u9', name: 'Cy' } }));
    expect(channel.title).toBe('This channel is busy');
  });

  it('refuses over-long questions', async () => {
    const { assistant, incoming } = setup();
    const long = 'who balances against ' + 'x'.repeat(600);
    expect((await assistant.handle(incoming(long))).title).toBe('Question too long');
  });

  it('turns a timeout into a message and an engine bug into an apology, never a rejection', async () => {
    const slow: Executor = {
      answer: async () => Promise.reject(new EvaluationTimeout(5_000)),
      states: async () => [],
      close: async () => {},
    };
    const timed = setup(DEFAULT_BOT_LIMITS, slow);
    const reply = await timed.assistant.handle(timed.incoming('help'));
    expect(reply.title).toBe('Too slow to evaluate');
    expect(text(reply)).toContain("longer than 5 s, the bot's limit");
    const broken: Executor = {
      answer: async () => Promise.reject(new Error('bug')),
      states: async () => [],
      close: async () => {},
    };
    const failing = setup(DEFAULT_BOT_LIMITS, broken);
    expect((await failing.assistant.handle(failing.incoming('help'))).title).toBe('Something went wrong');
    expect(failing.errors).toHaveLength(1);
  });

  it('completes state names from the channel scenario', async () => {
    const { assistant } = setup();
    expect((await assistant.completeState('c1', 'au')).map((s) => s.id)).toEqual(['Austria-Hungary']);
    expect((await assistant.completeState('c1', 'bri')).map((s) => s.id)).toEqual(['UK']);
    expect((await assistant.completeState('c1', 'an')).map((s) => s.id)).toEqual([
      'France',
      'Germany',
      'Ottoman',
    ]);
  });
});
