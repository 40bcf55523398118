/**
 * The bot's configuration, read from environment variables in one place. Reading is pure
 * (it takes the environment as an argument), so tests pass their own.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BOT_LIMITS, type BotLimits } from './bot-limits.js';

export interface BotConfig {
  /** The bot token; absent means terminal mode. Never printed. */
  readonly token?: string;
  /** REST base URL, `https://discord.com/api` unless DISCORD_API says otherwise. */
  readonly api: string;
  /** The SQLite file, or `:memory:`. */
  readonly databasePath: string;
  readonly examplesDir: string;
  readonly limits: BotLimits;
  /** Worker threads for evaluation; 0 evaluates on the main thread (no time limit). */
  readonly workers: number;
  /** An upload whose analysis took at most this long may be answered on the main thread. */
  readonly inlineBudgetMs: number;
}

export const DISCORD_API_DEFAULT = 'https://discord.com/api';

/** The folder of bundled examples in this checkout: packages/bot/{src,dist} -> examples. */
export function bundledExamplesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');
}

export function readConfig(env: NodeJS.ProcessEnv, cwd: string): BotConfig {
  const token = env['DISCORD_TOKEN']?.trim() || undefined;
  const dataDir = env['THREATLAB_DATA_DIR']?.trim() || join(cwd, '.threatlab');
  const absoluteDataDir = isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir);
  const workers = Number.parseInt(env['THREATLAB_WORKERS'] ?? '', 10);
  const inline = Number.parseFloat(env['THREATLAB_INLINE_MS'] ?? '');
  return {
    ...(token ? { token } : {}),
    api: (env['DISCORD_API']?.trim() || DISCORD_API_DEFAULT).replace(/\/+$/, ''),
    databasePath: env['THREATLAB_DATABASE']?.trim() || join(absoluteDataDir, 'bot.sqlite'),
    examplesDir: env['THREATLAB_EXAMPLES']?.trim() || bundledExamplesDir(),
    limits: DEFAULT_BOT_LIMITS,
    workers: Number.isFinite(workers) && workers >= 0 ? workers : 2,
    inlineBudgetMs: Number.isFinite(inline) && inline >= 0 ? inline : 20,
  };
}
