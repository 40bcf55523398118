/**
 * The syntax tree the Peggy grammar builds (grammar/threat.peggy).
 *
 * Every node carries 0-based UTF-16 `start` and `end` offsets into its file's text; lines and
 * columns come from a `LineIndex` when something needs to be shown to a person. The tree is
 * plain JSON-like data so that it can be printed, cached and compared.
 */

/** Where a node is: 0-based UTF-16 offsets, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A state or identifier name as written (`Germany`, `Austria-Hungary`). */
export interface NameNode extends Span {
  readonly type: 'Name';
  readonly name: string;
}

/**
 * A keyword-like word whose meaning checks decide (a level, a kind, a setting), so the grammar
 * stays free of tables.
 */
export interface WordNode extends Span {
  readonly type: 'Word';
  readonly word: string;
}

/** A quoted string, its value without the quotes. */
export interface StringNode extends Span {
  readonly type: 'String';
  readonly value: string;
  /** False when the closing quote is missing (the string then ends at the end of its line). */
  readonly closed: boolean;
}

/** The units a number may carry. */
export type UnitName = '%' | 'km' | 'mi' | 'nm';

/** A number's unit as written. */
export interface UnitNode extends Span {
  readonly name: UnitName;
}

/** A number with its unit, if any (`15%`, `340 km`). */
export interface NumberNode extends Span {
  readonly type: 'Number';
  readonly value: number;
  readonly unit: UnitNode | null;
}

/** A part of a line the grammar could not read; the parser attaches the message. */
export interface ErrorNode extends Span {
  readonly type: 'Error';
}

/** A block entry the grammar could not read; the block goes on after it. */
export interface AttrErrorNode extends Span {
  readonly type: 'AttrError';
}

// ---------------------------------------------------------------- scenario header

/** `year 1914` in a scenario header. */
export interface YearNode extends Span {
  readonly type: 'Year';
  readonly value: NumberNode;
}

/** `source "...", "..."` in a scenario header: where the facts come from. */
export interface SourceNode extends Span {
  readonly type: 'Source';
  readonly values: readonly StringNode[];
}

/** `wartime` in a scenario header: the scenario is set during a war. */
export interface WartimeNode extends Span {
  readonly type: 'Wartime';
}

/** An entry of a scenario header. */
export type HeaderEntry = YearNode | SourceNode | WartimeNode | AttrErrorNode;

/** `scenario "Title" { ... }`: the file's header. */
export interface ScenarioStmt extends Span {
  readonly type: 'Scenario';
  readonly title: StringNode;
  readonly entries: readonly HeaderEntry[];
  readonly closed: boolean;
}

/** `import "file.threat"`: the facts of another file join this one's. */
export interface ImportStmt extends Span {
  readonly type: 'Import';
  readonly path: StringNode;
}

// ---------------------------------------------------------------- states

/** One component of a `power { ... }` block (`milex 120`). */
export interface ComponentNode extends Span {
  readonly type: 'Component';
  readonly key: WordNode;
  readonly value: NumberNode;
}

/** `power { ... }`: power given by its components. */
export interface ComponentsNode extends Span {
  readonly type: 'Components';
  readonly entries: readonly (ComponentNode | AttrErrorNode)[];
  readonly closed: boolean;
}

/** `power 0.3` or `power { ... }` in a state block. */
export interface PowerAttr extends Span {
  readonly type: 'Power';
  readonly value: NumberNode | ComponentsNode;
}

/** `offense high` or `offense 0.8` in a state block. */
export interface OffenseAttr extends Span {
  readonly type: 'Offense';
  readonly value: NumberNode | WordNode;
}

/** `intent revisionist` or `intent 0.7` in a state block: the state's declared intent. */
export interface IntentAttr extends Span {
  readonly type: 'Intent';
  readonly value: NumberNode | WordNode;
}

/** `capital 52.5 13.4` in a state block: latitude and longitude. */
export interface CapitalAttr extends Span {
  readonly type: 'Capital';
  readonly lat: NumberNode;
  readonly lon: NumberNode;
}

/** `reach global` or `reach 3000 km` in a state block. */
export interface ReachAttr extends Span {
  readonly type: 'Reach';
  readonly value: NumberNode | WordNode;
}

/** `major` in a state block: the state is a great power. */
export interface MajorAttr extends Span {
  readonly type: 'Major';
}

/** An entry of a state block. */
export type Attribute = PowerAttr | OffenseAttr | IntentAttr | CapitalAttr | ReachAttr | MajorAttr;

/** `state Germany "German Empire" { ... }`: a state and its facts. */
export interface StateStmt extends Span {
  readonly type: 'State';
  readonly id: NameNode;
  readonly name: StringNode | null;
  /** Null when the statement has no block at all (`state Belgium`). */
  readonly attrs: readonly (Attribute | AttrErrorNode)[] | null;
  readonly closed: boolean;
}

// ---------------------------------------------------------------- geography and perceptions

/** Two states named together (`France Germany` in a border list). */
export interface PairNode extends Span {
  readonly a: NameNode;
  readonly b: NameNode;
}

/** `border France Germany, ...`: land borders. */
export interface BorderStmt extends Span {
  readonly type: 'Border';
  readonly pairs: readonly PairNode[];
}

/** `sea UK France 34 km`: a sea link and its crossing. */
export interface SeaStmt extends Span {
  readonly type: 'Sea';
  readonly a: NameNode;
  readonly b: NameNode;
  readonly distance: NumberNode;
}

/** `distance USA USSR 7000 km`: a distance stated outright. */
export interface DistanceStmt extends Span {
  readonly type: 'Distance';
  readonly a: NameNode;
  readonly b: NameNode;
  readonly distance: NumberNode;
}

/** `France sees Germany as hostile`: how one state reads another's intent. */
export interface PerceptionStmt extends Span {
  readonly type: 'Perception';
  readonly observer: NameNode;
  readonly target: NameNode;
  /** `as hostile`: the level word; null for `as 0.4`. */
  readonly level: WordNode | null;
  /** `as hostile 0.7` or `as 0.4`: the number; null for a bare level. */
  readonly value: NumberNode | null;
}

// ---------------------------------------------------------------- alliances, claims, settings

/** `alliance "Name" defense 1907: A, B`: a declared alliance. */
export interface AllianceStmt extends Span {
  readonly type: 'Alliance';
  readonly name: StringNode;
  readonly kind: WordNode;
  readonly year: NumberNode | null;
  readonly members: readonly NameNode[];
}

/** What an `expect` claim asserts. */
export type ClaimVerb = 'balances' | 'bandwagons' | 'neutral' | 'threatens';

/** `under balance of power` (or of threat) after a claim: the theory it is judged under. */
export interface UnderNode extends Span {
  readonly which: 'power' | 'threat';
}

/** `expect X balances against Y`: a claim the model is asked to confirm. */
export interface ExpectStmt extends Span {
  readonly type: 'Expect';
  readonly subject: NameNode;
  readonly verb: ClaimVerb;
  readonly negated: boolean;
  /** The state balanced against or bandwagoned with; for `threatens`, the observer. */
  readonly target: NameNode | null;
  /** For `threatens X more than Z`: Z. */
  readonly other: NameNode | null;
  readonly theory: UnderNode | null;
}

/** One entry of a `settings` block. */
export interface SettingNode extends Span {
  readonly type: 'Setting';
  /** The setting's name, or for `weight power 2` the factor. */
  readonly name: WordNode;
  readonly weight: boolean;
  readonly value: NumberNode;
}

/** `settings { ... }`: the author's overrides of the model's defaults. */
export interface SettingsStmt extends Span {
  readonly type: 'Settings';
  readonly entries: readonly (SettingNode | AttrErrorNode)[];
  readonly closed: boolean;
}

// ---------------------------------------------------------------- variants

/** `variant "Name" { ... }`: the base scenario with changes, evaluated on its own. */
export interface VariantStmt extends Span {
  readonly type: 'Variant';
  readonly name: StringNode;
  readonly items: readonly Item[];
  readonly closed: boolean;
}

/** What a variant may remove from the base scenario. */
export type RemovableKind = 'alliance' | 'border' | 'sea' | 'distance' | 'perception';

/** `remove alliance "Name"` or `remove border A B` inside a variant. */
export interface RemoveStmt extends Span {
  readonly type: 'Remove';
  readonly what: RemovableKind;
  readonly name: StringNode | null;
  readonly a: NameNode | null;
  readonly b: NameNode | null;
}

/** A top-level statement (or one inside a variant). */
export type Statement =
  | ScenarioStmt
  | ImportStmt
  | StateStmt
  | BorderStmt
  | SeaStmt
  | DistanceStmt
  | PerceptionStmt
  | AllianceStmt
  | ExpectStmt
  | SettingsStmt
  | VariantStmt
  | RemoveStmt;

/** What a file or variant holds: a statement, or a line that could not be read. */
export type Item = Statement | ErrorNode;

/** A parsed file: its statements in order. Comments are not in the tree; see `comments.ts`. */
export interface FileNode {
  readonly type: 'File';
  readonly items: readonly Item[];
}
