/**
 * The glossary: one complete entry per concept, its citations, and the words that find it.
 */
import { describe, expect, it } from 'vitest';
import { conceptForWord, GLOSSARY, GLOSSARY_ENTRIES } from '../src/glossary.js';
import { CONCEPT_IDS } from '../src/glossary-ids.js';

describe('glossary', () => {
  it('has one complete entry per concept', () => {
    expect(GLOSSARY_ENTRIES.map((e) => e.id)).toEqual([...CONCEPT_IDS]);
    for (const entry of GLOSSARY_ENTRIES) {
      const sentences = entry.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(4);
      expect(entry.citation.author.length).toBeGreaterThan(0);
      expect(entry.citation.year).toBeGreaterThanOrEqual(1960);
      expect(entry.citation.title.length).toBeGreaterThan(0);
      expect(entry.citation.venue.length).toBeGreaterThan(0);
      expect(entry.aliases.length).toBeGreaterThan(0);
      for (const alias of entry.aliases) expect(alias).toBe(alias.toLowerCase());
    }
  });

  it('cites the works the theory and its critics are known by', () => {
    const cite = (id: keyof typeof GLOSSARY) =>
      `${GLOSSARY[id].citation.author} ${GLOSSARY[id].citation.year}`;
    expect(cite('balance-of-power')).toBe('Kenneth N. Waltz 1979');
    expect(cite('proximity')).toBe('Kenneth E. Boulding 1962');
    expect(cite('offensive-capability')).toBe('Robert Jervis 1978');
    expect(cite('keohane-1988')).toBe('Robert O. Keohane 1988');
    expect(cite('kaufman-1992')).toBe('Robert G. Kaufman 1992');
    expect(cite('labs-1992')).toBe('Eric J. Labs 1992');
    expect(cite('vasquez-1997')).toBe('John A. Vasquez 1997');
    expect(cite('schweller-1994')).toBe('Randall L. Schweller 1994');
    expect(cite('walt-1996-revolutions')).toBe('Stephen M. Walt 1996');
    expect(GLOSSARY['buck-passing'].citation).toEqual(GLOSSARY['chain-ganging'].citation);
  });

  it('finds the entry for the words a reader hovers or asks about', () => {
    const id = (word: string) => conceptForWord(word)?.id;
    expect(id('balances')).toBe('balancing');
    expect(id('balancing')).toBe('balancing');
    expect(id('Bandwagons')).toBe('bandwagoning');
    expect(id('hostile')).toBe('aggressive-intentions');
    expect(id('intent')).toBe('aggressive-intentions');
    expect(id('perceives')).toBe('aggressive-intentions');
    expect(id('offense')).toBe('offensive-capability');
    expect(id(' "Balance of Threat". ')).toBe('balance-of-threat');
    expect(id('chain-ganging')).toBe('chain-ganging');
    expect(id('schweller')).toBe('schweller-1994');
    expect(id('pineapple')).toBeUndefined();
  });

  it('gives every alias to one entry only', () => {
    const owners = new Map<string, string>();
    for (const entry of GLOSSARY_ENTRIES) {
      for (const alias of entry.aliases) {
        expect(
          owners.get(alias),
          `"${alias}" is claimed by ${owners.get(alias)} and ${entry.id}`,
        ).toBeUndefined();
        owners.set(alias, entry.id);
      }
    }
  });
});
