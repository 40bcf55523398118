/**
 * Identifiers for imported states, made from their COW names so that a generated file reads
 * as prose: `United-Kingdom sees Germany as 0.74`. Characters a `.threat` identifier cannot
 * hold become hyphens; apostrophes vanish ("Yemen People's Republic" is
 * `Yemen-Peoples-Republic`). COW names are unique, so identifiers are too; a clash (a data
 * folder with duplicate names) is resolved with the COW abbreviation.
 */

export function identifierFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '')
    .replace(/&/g, 'and')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // An identifier starts with a letter; a name that does not (none in COW) gets a prefix.
  return /^[A-Za-z]/.test(id) ? id : `State-${id}`;
}

/** Identifiers for a list of (code, name, abbreviation), unique within the list. */
export function assignIdentifiers(
  states: readonly { ccode: number; name: string; abbreviation: string }[],
): Map<number, string> {
  const ids = new Map<number, string>();
  const used = new Set<string>();
  for (const s of states) {
    let id = identifierFromName(s.name);
    if (used.has(id)) id = `${id}-${s.abbreviation}`;
    if (used.has(id)) id = `${id}-${s.ccode}`;
    used.add(id);
    ids.set(s.ccode, id);
  }
  return ids;
}
