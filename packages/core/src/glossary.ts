/**
 * The theory glossary as data: one entry per concept, with a short text written for students,
 * the work it comes from, and the words a reader might hover over or ask about. The editor's
 * hovers, the CLI and the bot all read these entries; none of them writes its own.
 */
import { CONCEPT_IDS, type ConceptId } from './glossary-ids.js';

/** A published work the glossary cites, as author, year, title and venue. */
export interface Citation {
  readonly author: string;
  readonly year: number;
  readonly title: string;
  /** Journal with volume and pages, or publisher. */
  readonly venue: string;
}

/**
 * One concept of the theory or its critics: the term, a short definition, the words that find it
 * and the work it comes from.
 */
export interface GlossaryEntry {
  readonly id: ConceptId;
  readonly term: string;
  /** Two to four sentences. */
  readonly text: string;
  readonly citation: Citation;
  /** Lower-case words and phrases that lead to this entry. */
  readonly aliases: readonly string[];
}

const WALT_1987: Citation = {
  author: 'Stephen M. Walt',
  year: 1987,
  title: 'The Origins of Alliances',
  venue: 'Cornell University Press',
};
const CHRISTENSEN_SNYDER_1990: Citation = {
  author: 'Thomas J. Christensen and Jack Snyder',
  year: 1990,
  title: 'Chain Gangs and Passed Bucks: Predicting Alliance Patterns in Multipolarity',
  venue: 'International Organization 44(2), 137-168',
};

const ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'balance-of-power',
    term: 'Balance of power',
    text:
      "Waltz's structural realism: in an anarchic system states look to their survival, so they ally against whoever holds the most power, whatever it says about its aims. " +
      'Power alone decides the alignment; geography and intentions do not enter. ' +
      'In this model it is the same machinery as balance of threat with every weight but power set to zero.',
    citation: {
      author: 'Kenneth N. Waltz',
      year: 1979,
      title: 'Theory of International Politics',
      venue: 'Addison-Wesley',
    },
    aliases: ['balance of power', 'bop', 'waltz', 'power theory', 'neorealism', 'structural realism'],
  },
  {
    id: 'balance-of-threat',
    term: 'Balance of threat',
    text:
      "Walt's revision of balance of power: states ally against the state that threatens them most, and threat is more than power. " +
      'It also depends on how close the other state is, how well its forces can attack, and how aggressive it appears to the observer. ' +
      'That is why NATO formed around the stronger United States against the Soviet Union, and why no coalition formed against American primacy after 1991.',
    citation: {
      author: 'Stephen M. Walt',
      year: 1985,
      title: 'Alliance Formation and the Balance of World Power',
      venue: 'International Security 9(4), 3-43',
    },
    aliases: ['balance of threat', 'bot', 'threat', 'threats', 'threat score', 'walt', 'threat theory'],
  },
  {
    id: 'balancing',
    term: 'Balancing',
    text:
      'Joining others against the state that poses the prevailing threat. ' +
      'Walt finds it far more common than bandwagoning: siding with the weaker party keeps a would-be dominant state in check and gives the newcomer more say in the coalition.',
    citation: WALT_1987,
    aliases: ['balance', 'balances', 'balancing', 'balanced', 'balancer', 'balancers', 'balances against'],
  },
  {
    id: 'bandwagoning',
    term: 'Bandwagoning',
    text:
      'Aligning with the source of danger instead of resisting it, to appease it or to share in its gains. ' +
      'Walt expects it mainly from weak states that lie close to a strong threat and cannot find allies, and late in wars whose outcome looks settled.',
    citation: WALT_1987,
    aliases: [
      'bandwagon',
      'bandwagons',
      'bandwagoning',
      'bandwagoned',
      'bandwagoner',
      'bandwagoners',
      'bandwagons with',
    ],
  },
  {
    id: 'aggregate-power',
    term: 'Aggregate power',
    text:
      "A state's total resources: population, industry, wealth and armed forces. " +
      "The Correlates of War composite index (CINC) averages a state's share of six such components; the model can also use a share of GDP and military spending. " +
      'More power means more capacity to threaten, but in balance of threat it is one factor among four.',
    citation: {
      author: 'J. David Singer, Stuart Bremer and John Stuckey',
      year: 1972,
      title: 'Capability Distribution, Uncertainty, and Major Power War, 1820-1965',
      venue: 'in Bruce Russett (ed.), Peace, War, and Numbers, Sage',
    },
    aliases: [
      'power',
      'aggregate power',
      'cinc',
      'capabilities',
      'capability',
      'share',
      'power share',
      'economy',
      'gdp',
      'milex',
      'military spending',
    ],
  },
  {
    id: 'proximity',
    term: 'Geographic proximity',
    text:
      'The ability to project power falls with distance, so a neighbour is more dangerous than an equally strong state far away. ' +
      "Boulding called this decline the loss-of-strength gradient; the model uses 1 / (1 + d / R), where R is the distance at which the target's strength halves. " +
      'A land border counts as full proximity, and water adds to the distance.',
    citation: {
      author: 'Kenneth E. Boulding',
      year: 1962,
      title: 'Conflict and Defense: A General Theory',
      venue: 'Harper & Row',
    },
    aliases: [
      'proximity',
      'distance',
      'border',
      'borders',
      'neighbour',
      'neighbor',
      'near',
      'close',
      'reach',
      'sea',
      'land',
      'capital',
      'gradient',
      'loss-of-strength gradient',
      'geography',
    ],
  },
  {
    id: 'offensive-capability',
    term: 'Offensive capability',
    text:
      "Forces able to take another state's territory or threaten its sovereignty at a cost the attacker can bear. " +
      'When offence has the advantage over defence, the security dilemma sharpens and states feel threatened sooner; the same army reads as less threatening when defence dominates.',
    citation: {
      author: 'Robert Jervis',
      year: 1978,
      title: 'Cooperation under the Security Dilemma',
      venue: 'World Politics 30(2), 167-214',
    },
    aliases: [
      'offense',
      'offence',
      'offensive',
      'offensive capability',
      'offensive power',
      'offense-defense balance',
      'security dilemma',
    ],
  },
  {
    id: 'aggressive-intentions',
    term: 'Aggressive intentions',
    text:
      'How hostile another state appears to the observer: its declared aims, its record, its rhetoric. ' +
      'Intentions are perceived, so the same state can look menacing to one observer and benign to another. ' +
      'Walt treats them as what most separates threat from raw power, and the model weighs them double by default.',
    citation: WALT_1987,
    aliases: [
      'intent',
      'intents',
      'intention',
      'intentions',
      'hostile',
      'hostility',
      'aggressive',
      'perceives',
      'perception',
      'perceptions',
      'perceived',
      'sees',
      'revisionist',
      'status-quo',
      'status quo',
      'benign',
    ],
  },
  {
    id: 'buck-passing',
    term: 'Buck-passing',
    text:
      'Standing aside while others bear the cost of stopping a common threat. ' +
      'Christensen and Snyder argue that states pass the buck in a multipolar world when they believe defence has the advantage, so that the threat can be held without them.',
    citation: CHRISTENSEN_SNYDER_1990,
    aliases: ['buck-passing', 'buck passing', 'pass the buck', 'passed bucks', 'free riding', 'free-riding'],
  },
  {
    id: 'chain-ganging',
    term: 'Chain-ganging',
    text:
      "Allies chained together: each is dragged into its partners' wars because it cannot afford to see them defeated. " +
      'Christensen and Snyder expect it in a multipolar world when offence seems to have the advantage, as in Europe in 1914.',
    citation: CHRISTENSEN_SNYDER_1990,
    aliases: ['chain-ganging', 'chain ganging', 'chain gang', 'chain gangs'],
  },
  {
    id: 'weakness-condition',
    term: 'Weakness',
    text:
      'A state whose power is small next to its threat adds little to a balancing coalition and is the first to be overrun, so it is the likeliest to bandwagon. ' +
      "The model calls a state weak when its power is below the `weakness` fraction of its main threat's power (`wartime-weakness` in wartime).",
    citation: WALT_1987,
    aliases: ['weak', 'weakness', 'weak state', 'weak states', 'wartime-weakness'],
  },
  {
    id: 'ally-availability',
    term: 'Ally availability',
    text:
      'Balancing needs partners: a weak state with no one able to come to its aid may have to accommodate the threat. ' +
      "The model adds up what potential partners can bring, each discounted by distance, and compares it with the threat's power through the `ally-help` setting.",
    citation: WALT_1987,
    aliases: [
      'allies',
      'ally',
      'ally-help',
      'help',
      'partners',
      'partner',
      'partner-threat',
      'allies available',
      'alliance',
      'alliances',
    ],
  },
  {
    id: 'wartime-condition',
    term: 'Wartime',
    text:
      'Late in a war, when the outcome looks settled, weak states tend to join the side that is winning in order to share the spoils or escape punishment. ' +
      'In a scenario marked as wartime the model lets states below `wartime-weakness` bandwagon whatever the distance.',
    citation: WALT_1987,
    aliases: ['war', 'wartime', 'at war', 'winning side'],
  },
  {
    id: 'keohane-1988',
    term: 'Keohane: the information critique',
    text:
      'Keohane welcomed the theory but warned that it needs so much information about perceptions, as well as objective facts, that it risks explaining after the fact. ' +
      'The model makes the problem visible: every perception is an input someone must supply, and an explanation says when a default was used instead.',
    citation: {
      author: 'Robert O. Keohane',
      year: 1988,
      title: 'Alliances, Threats, and the Uses of Neorealism',
      venue: 'International Security 13(1), 169-176',
    },
    aliases: ['keohane', 'information', 'information critique', 'perception problem'],
  },
  {
    id: 'kaufman-1992',
    term: 'Kaufman: Europe in the 1930s',
    text:
      'Kaufman studied how Britain, France and the Soviet Union answered Nazi Germany and found them slow and divided, closer to appeasement and buck-passing than to prompt balancing. ' +
      'Walt replied that the threat was misread at first and that the states did balance once it was clear.',
    citation: {
      author: 'Robert G. Kaufman',
      year: 1992,
      title: "'To Balance or To Bandwagon?' Alignment Decisions in 1930s Europe",
      venue: 'Security Studies 1(3), 417-447',
    },
    aliases: ['kaufman', '1930s', 'appeasement'],
  },
  {
    id: 'labs-1992',
    term: 'Labs: do weak states bandwagon?',
    text:
      'Labs argued that even weak states seldom bandwagon and proposed a finer set of strategies for them, from balancing and hiding to bandwagoning. ' +
      "It is a reminder that the model's three outcomes simplify what small states actually do.",
    citation: {
      author: 'Eric J. Labs',
      year: 1992,
      title: 'Do Weak States Bandwagon?',
      venue: 'Security Studies 1(3), 383-416',
    },
    aliases: ['labs', 'small states', 'small state', 'minor powers'],
  },
  {
    id: 'vasquez-1997',
    term: 'Vasquez: degenerating research programmes',
    text:
      "Vasquez judged realism by Lakatos's standard and saw balance of threat as a sign of decline: when balancing against power failed the test, realists changed the theory rather than give it up. " +
      'Where the two theories here disagree is exactly where that argument bites.',
    citation: {
      author: 'John A. Vasquez',
      year: 1997,
      title:
        "The Realist Paradigm and Degenerative versus Progressive Research Programs: An Appraisal of Neotraditional Research on Waltz's Balancing Proposition",
      venue: 'American Political Science Review 91(4), 899-912',
    },
    aliases: ['vasquez', 'lakatos', 'degenerating', 'degenerative', 'research programme', 'research program'],
  },
  {
    id: 'schweller-1994',
    term: 'Schweller: bandwagoning for profit',
    text:
      'Schweller argued that states often bandwagon not out of fear but for gain, joining a rising revisionist power to share the spoils. ' +
      'The model only knows bandwagoning out of weakness and exposure, so it misses such opportunists.',
    citation: {
      author: 'Randall L. Schweller',
      year: 1994,
      title: 'Bandwagoning for Profit: Bringing the Revisionist State Back In',
      venue: 'International Security 19(1), 72-107',
    },
    aliases: ['schweller', 'profit', 'bandwagoning for profit', 'jackal', 'jackals', 'opportunism'],
  },
  {
    id: 'walt-1996-revolutions',
    term: 'Walt: revolution and war',
    text:
      "A revolution raises threat on every count: the new regime's intentions look hostile, its power and offensive potential are hard to judge, and each side expects the other to collapse or to spread. " +
      'Walt used this to explain why revolutions are so often followed by war.',
    citation: {
      author: 'Stephen M. Walt',
      year: 1996,
      title: 'Revolution and War',
      venue: 'Cornell University Press',
    },
    aliases: ['revolution', 'revolutions', 'revolutionary', 'revolution and war'],
  },
];

/** Every entry, by concept identifier. */
export const GLOSSARY: Readonly<Record<ConceptId, GlossaryEntry>> = Object.freeze(
  Object.fromEntries(ENTRIES.map((e) => [e.id, e])) as Record<ConceptId, GlossaryEntry>,
);

/** The entries in the order of `CONCEPT_IDS`. */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = CONCEPT_IDS.map((id) => GLOSSARY[id]);

function normalise(word: string): string {
  return word
    .toLowerCase()
    .trim()
    .replace(/^[\s"'`([{]+|[\s"'`)\]},.;:!?]+$/g, '')
    .replace(/\s+/g, ' ');
}

const BY_WORD: ReadonlyMap<string, ConceptId> = (() => {
  const map = new Map<string, ConceptId>();
  for (const entry of ENTRIES) {
    for (const word of [entry.id, entry.term, ...entry.aliases]) {
      const key = normalise(word);
      // The first entry to claim a word keeps it; the order of ENTRIES puts the core concepts first.
      if (!map.has(key)) map.set(key, entry.id);
    }
  }
  return map;
})();

/**
 * The entry a word or phrase refers to, ignoring case, surrounding quotes and punctuation:
 * `conceptForWord('Bandwagons')` is the bandwagoning entry, `conceptForWord('hostile')` the
 * aggressive-intentions entry. Undefined for a word the glossary does not know.
 */
export function conceptForWord(word: string): GlossaryEntry | undefined {
  if (typeof word !== 'string') return undefined;
  const id = BY_WORD.get(normalise(word));
  return id === undefined ? undefined : GLOSSARY[id];
}

/** A citation in one line: "Stephen M. Walt (1987), The Origins of Alliances, Cornell University Press". */
export function citationText(citation: Citation): string {
  return `${citation.author} (${citation.year}), ${citation.title}, ${citation.venue}`;
}
