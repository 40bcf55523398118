/**
 * The data files the importer reads, where they sit below the data folder, and whom to cite.
 * The files themselves are never copied into the project (ARCHITECTURE.md): the user points
 * `--data` at a folder laid out like ../shared/data.
 */

export interface DataFileInfo {
  /** Path below the data folder. */
  readonly path: string;
  /** The data set's name and version, as written in a scenario's `source` lines. */
  readonly dataset: string;
  /** The citation the data set's authors ask for. */
  readonly citation: string;
}

export const DATA_FILES = {
  states: {
    path: 'cow/states2016.csv',
    dataset: 'COW State System Membership (2016)',
    citation: 'Correlates of War Project 2017',
  },
  majors: {
    path: 'cow/majors2016.csv',
    dataset: 'COW Major Powers (2016)',
    citation: 'Correlates of War Project 2017',
  },
  capabilities: {
    path: 'cow/NMC-60-abridged.csv',
    dataset: 'COW National Material Capabilities v6.0',
    citation: 'Singer, Bremer & Stuckey 1972',
  },
  contiguity: {
    path: 'cow/contdir_master_directed.csv',
    dataset: 'COW Direct Contiguity v3.2',
    citation: 'Stinnett et al. 2002',
  },
  capitals: {
    path: 'cow/capitals_latlng.csv',
    dataset: 'capital coordinates (peacesciencer)',
    citation: 'Miller 2022',
  },
  disputes: {
    path: 'cow/MIDB_3.10.csv',
    dataset: 'Militarized Interstate Disputes v3.10',
    citation: 'Ghosn, Palmer & Bremer 2004',
  },
  wars: {
    path: 'cow/InterStateWarData_v4.0.csv',
    dataset: 'COW Inter-State Wars v4.0',
    citation: 'Sarkees & Wayman 2010',
  },
  alliances: {
    path: 'atop/atop_v4.01_alliance_level.csv',
    dataset: 'ATOP v4.01 alliance level',
    citation: 'Leeds et al. 2002',
  },
  members: {
    path: 'atop/atop_v4.01_member_level.csv',
    dataset: 'ATOP v4.01 member level',
    citation: 'Leeds et al. 2002',
  },
  leedsSavun: {
    path: 'other/leeds_savun_2007_threat.csv',
    dataset: 'external threat scores',
    citation: 'Leeds & Savun 2007',
  },
  capitalDistances: {
    path: 'other/capdist_gw.csv',
    dataset: 'capital distances',
    citation: 'Gleditsch & Ward 2001',
  },
} as const satisfies Record<string, DataFileInfo>;

export type DataFileName = keyof typeof DATA_FILES;

/** `source` text for a scenario header: "COW National Material Capabilities v6.0 (Singer, Bremer & Stuckey 1972)". */
export function sourceLine(file: DataFileName): string {
  const info = DATA_FILES[file];
  return `${info.dataset} (${info.citation})`;
}
