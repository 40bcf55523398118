/**
 * The syntax tree the Peggy grammar builds (grammar/threat.peggy).
 *
 * Every node carries 0-based UTF-16 `start` and `end` offsets into its file's text; lines and
 * columns come from a `LineIndex` when something needs to be shown to a person. The tree is
 * plain JSON-like data so that it can be printed, cached and compared.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NameNode extends Span {
  readonly type: 'Name';
  readonly name: string;
}

export interface WordNode extends Span {
  readonly type: 'Word';
  readonly word: string;
}

export interface StringNode extends Span {
  readonly type: 'String';
  readonly value: string;
  /** False when the closing quote is missing (the string then ends at the end of its line). */
  readonly closed: boolean;
}

export type UnitName = '%' | 'km' | 'mi' | 'nm';

export interface UnitNode extends Span {
  readonly name: UnitName;
}

export interface NumberNode extends Span {
  readonly type: 'Number';
  readonly value: number;
  readonly unit: UnitNode | null;
}

/** A part of a line the grammar could not read; the parser attaches the message. */
export interface ErrorNode extends Span {
  readonly type: 'Error';
}

export interface AttrErrorNode extends Span {
  readonly type: 'AttrError';
}

// ---------------------------------------------------------------- scenario header

export interface YearNode extends Span {
  readonly type: 'Year';
  readonly value: NumberNode;
}

export interface SourceNode extends Span {
  readonly type: 'Source';
  readonly values: readonly StringNode[];
}

export interface WartimeNode extends Span {
  readonly type: 'Wartime';
}

export type HeaderEntry = YearNode | SourceNode | WartimeNode | AttrErrorNode;

export interface ScenarioStmt extends Span {
  readonly type: 'Scenario';
  readonly title: StringNode;
  readonly entries: readonly HeaderEntry[];
  readonly closed: boolean;
}

export interface ImportStmt extends Span {
  readonly type: 'Import';
  readonly path: StringNode;
}

// ---------------------------------------------------------------- states

export interface ComponentNode extends Span {
  readonly type: 'Component';
  readonly key: WordNode;
  readonly value: NumberNode;
}

export interface ComponentsNode extends Span {
  readonly type: 'Components';
  readonly entries: readonly (ComponentNode | AttrErrorNode)[];
  readonly closed: boolean;
}

export interface PowerAttr extends Span {
  readonly type: 'Power';
  readonly value: NumberNode | ComponentsNode;
}

export interface OffenseAttr extends Span {
  readonly type: 'Offense';
  readonly value: NumberNode | WordNode;
}

export interface IntentAttr extends Span {
  readonly type: 'Intent';
  readonly value: NumberNode | WordNode;
}

export interface CapitalAttr extends Span {
  readonly type: 'Capital';
  readonly lat: NumberNode;
  readonly lon: NumberNode;
}

export interface ReachAttr extends Span {
  readonly type: 'Reach';
  readonly value: NumberNode | WordNode;
}

export interface MajorAttr extends Span {
  readonly type: 'Major';
}

export type Attribute = PowerAttr | OffenseAttr | IntentAttr | CapitalAttr | ReachAttr | MajorAttr;

export interface StateStmt extends Span {
  readonly type: 'State';
  readonly id: NameNode;
  readonly name: StringNode | null;
  /** Null when the statement has no block at all (`state Belgium`). */
  readonly attrs: readonly (Attribute | AttrErrorNode)[] | null;
  readonly closed: boolean;
}

// ---------------------------------------------------------------- geography and perceptions

export interface PairNode extends Span {
  readonly a: NameNode;
  readonly b: NameNode;
}

export interface BorderStmt extends Span {
  readonly type: 'Border';
  readonly pairs: readonly PairNode[];
}

export interface SeaStmt extends Span {
  readonly type: 'Sea';
  readonly a: NameNode;
  readonly b: NameNode;
  readonly distance: NumberNode;
}

export interface DistanceStmt extends Span {
  readonly type: 'Distance';
  readonly a: NameNode;
  readonly b: NameNode;
  readonly distance: NumberNode;
}

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

export interface AllianceStmt extends Span {
  readonly type: 'Alliance';
  readonly name: StringNode;
  readonly kind: WordNode;
  readonly year: NumberNode | null;
  readonly members: readonly NameNode[];
}

export type ClaimVerb = 'balances' | 'bandwagons' | 'neutral' | 'threatens';

export interface UnderNode extends Span {
  readonly which: 'power' | 'threat';
}

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

export interface SettingNode extends Span {
  readonly type: 'Setting';
  /** The setting's name, or for `weight power 2` the factor. */
  readonly name: WordNode;
  readonly weight: boolean;
  readonly value: NumberNode;
}

export interface SettingsStmt extends Span {
  readonly type: 'Settings';
  readonly entries: readonly (SettingNode | AttrErrorNode)[];
  readonly closed: boolean;
}

// ---------------------------------------------------------------- variants

export interface VariantStmt extends Span {
  readonly type: 'Variant';
  readonly name: StringNode;
  readonly items: readonly Item[];
  readonly closed: boolean;
}

export type RemovableKind = 'alliance' | 'border' | 'sea' | 'distance' | 'perception';

export interface RemoveStmt extends Span {
  readonly type: 'Remove';
  readonly what: RemovableKind;
  readonly name: StringNode | null;
  readonly a: NameNode | null;
  readonly b: NameNode | null;
}

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

export type Item = Statement | ErrorNode;

/** A parsed file: its statements in order. Comments are not in the tree; see `comments.ts`. */
export interface FileNode {
  readonly type: 'File';
  readonly items: readonly Item[];
}
