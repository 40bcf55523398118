/**
 * Model settings: every number the model uses that a scholar might want to argue about.
 *
 * Each setting has a default (justified in `docs/model.md`), a range the checker enforces and a
 * one-line description that the editor shows on hover. A scenario overrides any of them in a
 * `settings { ... }` block; the model reads them only through `resolveSettings`.
 *
 * Changed in calibration (see docs/model.md, "Defaults"): `weight-intent` 1 -> 2,
 * `neutral-threat` 0.2 -> 0.5, `ally-help` 1 -> 0.5; added `neutral-power` (0.2), the
 * balance-of-power counterpart of `neutral-threat`.
 */

/** One model setting: its name, default, allowed range, kind and what it does. */
export interface SettingDescriptor {
  readonly name: SettingName;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** `flag` settings take 0 (off) or 1 (on). */
  readonly kind: 'number' | 'km' | 'flag';
  readonly description: string;
}

/**
 * Every model setting with its default, range, kind and description; the language, the docs and
 * the editor read them from here.
 */
export const SETTING_DESCRIPTORS = [
  {
    name: 'weight-power',
    default: 1,
    min: 0,
    max: 10,
    kind: 'number',
    description: 'weight of aggregate power in the threat score',
  },
  {
    name: 'weight-proximity',
    default: 1,
    min: 0,
    max: 10,
    kind: 'number',
    description: 'weight of geographic proximity in the threat score',
  },
  {
    name: 'weight-offense',
    default: 1,
    min: 0,
    max: 10,
    kind: 'number',
    description: 'weight of offensive capability in the threat score',
  },
  {
    name: 'weight-intent',
    default: 2,
    min: 0,
    max: 10,
    kind: 'number',
    description: 'weight of perceived intentions in the threat score (twice the others by default)',
  },
  {
    name: 'reach-local',
    default: 250,
    min: 1,
    max: 40000,
    kind: 'km',
    description: 'distance at which the strength of a state of local reach halves',
  },
  {
    name: 'reach-regional',
    default: 1000,
    min: 1,
    max: 40000,
    kind: 'km',
    description: 'distance at which the strength of a state of regional reach halves (the default reach)',
  },
  {
    name: 'reach-global',
    default: 4000,
    min: 1,
    max: 40000,
    kind: 'km',
    description: 'distance at which the strength of a state of global reach halves',
  },
  {
    name: 'sea-crossing',
    default: 250,
    min: 0,
    max: 10000,
    kind: 'km',
    description: 'distance added to a sea link for the stopping power of water',
  },
  {
    name: 'default-distance',
    default: 5000,
    min: 0,
    max: 40000,
    kind: 'km',
    description: 'distance assumed between two states with no border, link, distance or capitals',
  },
  {
    name: 'default-offense',
    default: 0.5,
    min: 0,
    max: 1,
    kind: 'number',
    description: 'offensive capability of a state that declares none',
  },
  {
    name: 'default-intent',
    default: 0.3,
    min: 0,
    max: 1,
    kind: 'number',
    description: 'intent of a state that declares none (status quo)',
  },
  {
    name: 'neutral-threat',
    default: 0.5,
    min: 0,
    max: 1,
    kind: 'number',
    description: 'under balance of threat, a state whose greatest threat scores below this stays neutral',
  },
  {
    name: 'neutral-power',
    default: 0.2,
    min: 0,
    max: 1,
    kind: 'number',
    description:
      "under balance of power, a state stays neutral when no other state's power factor reaches this (0.2: a quarter of its own power)",
  },
  {
    name: 'weakness',
    default: 0.25,
    min: 0,
    max: 1,
    kind: 'number',
    description: "a state is weak against a threat when its power is below this fraction of the threat's",
  },
  {
    name: 'ally-help',
    default: 0.5,
    min: 0,
    max: 10,
    kind: 'number',
    description:
      "allies can help when the state's power plus the help they can bring reaches this fraction of the threat's power",
  },
  {
    name: 'bandwagon-proximity',
    default: 0.75,
    min: 0,
    max: 1,
    kind: 'number',
    description: 'a threat is close enough to compel bandwagoning when its proximity factor reaches this',
  },
  {
    name: 'great-powers-bandwagon',
    default: 0,
    min: 0,
    max: 1,
    kind: 'flag',
    description: 'whether major powers may bandwagon (Walt: they do not)',
  },
  {
    name: 'wartime-weakness',
    default: 0.5,
    min: 0,
    max: 1,
    kind: 'number',
    description: 'in wartime, the weakness threshold rises to this: the weak join the side that is winning',
  },
  {
    name: 'partner-threat',
    default: 0.75,
    min: 0,
    max: 1,
    kind: 'number',
    description:
      "another state is a partner against a threat when that threat is at least this fraction of the partner's greatest threat",
  },
] as const satisfies readonly (Omit<SettingDescriptor, 'name'> & { name: string })[];

/** The name of a model setting as written in a `settings` block. */
export type SettingName = (typeof SETTING_DESCRIPTORS)[number]['name'];

/** A value for every setting: the defaults with the author's overrides applied. */
export type ModelSettings = Readonly<Record<SettingName, number>>;

/** Every setting at its default (docs/model.md gives the reason for each). */
export const DEFAULT_SETTINGS: ModelSettings = Object.freeze(
  Object.fromEntries(SETTING_DESCRIPTORS.map((d) => [d.name, d.default])) as Record<SettingName, number>,
);

const DESCRIPTOR_BY_NAME: ReadonlyMap<string, SettingDescriptor> = new Map(
  SETTING_DESCRIPTORS.map((d) => [d.name, d as SettingDescriptor]),
);

/** The descriptor of a setting, or undefined for a name the model does not know. */
export function settingDescriptor(name: string): SettingDescriptor | undefined {
  return DESCRIPTOR_BY_NAME.get(name);
}

/** The defaults with a scenario's overrides applied; unknown names are ignored (the checker reports them). */
export function resolveSettings(overrides: Readonly<Partial<Record<string, number>>>): ModelSettings {
  const merged: Record<string, number> = { ...DEFAULT_SETTINGS };
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined && DESCRIPTOR_BY_NAME.has(name)) merged[name] = value;
  }
  return merged as ModelSettings;
}
