/**
 * The words a member may use for a value in a what-if, mapped to the language's own levels
 * (docs/language.md): "peaceful" is read as `benign`, "aggressive" as `hostile`, "15 percent"
 * as `15%`. The handlers turn the level into a number with the model's level tables.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  benign: 'benign',
  peaceful: 'benign',
  friendly: 'benign',
  harmless: 'benign',
  pacific: 'benign',
  'status-quo': 'status-quo',
  'status quo': 'status-quo',
  'status quo oriented': 'status-quo',
  satisfied: 'status-quo',
  content: 'status-quo',
  revisionist: 'revisionist',
  expansionist: 'revisionist',
  dissatisfied: 'revisionist',
  hostile: 'hostile',
  aggressive: 'hostile',
  belligerent: 'hostile',
  low: 'low',
  weak: 'low',
  defensive: 'low',
  medium: 'medium',
  moderate: 'medium',
  high: 'high',
  strong: 'high',
  offensive: 'high',
};

/**
 * The canonical form of a value as written: a level word, or a number (`0.2`, `15%`); undefined
 * when it is neither.
 */
export function valueWord(raw: string): string | undefined {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^(?:as |at |of |to |only |just |very |really |truly )+/, '')
    .replace(/[\s.]+$/, '');
  const percent = /^(-?\d+(?:\.\d+)?)\s*(?:%|percent|per cent)$/.exec(text);
  if (percent) return `${percent[1]}%`;
  if (/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/.test(text)) return text;
  return SYNONYMS[text];
}
