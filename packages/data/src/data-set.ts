/**
 * A data folder laid out like ../shared/data, read lazily: each file is parsed the first time
 * something needs it and kept, so an import of one year reads what it uses, and a back-test
 * of two centuries reads each file once.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvFile, type CsvTable } from './csv/read-csv.js';
import { DATA_FILES, type DataFileName } from './data-files.js';
import { DataError } from './data-error.js';
import { readStates, type StateSystem } from './sources/states.js';
import { readMajors, type MajorPowers } from './sources/majors.js';
import { readCapabilities, type Capabilities } from './sources/capabilities.js';
import { readContiguity, type Contiguity } from './sources/contiguity.js';
import { readCapitals, type Capitals } from './sources/capitals.js';
import { readDisputes, type Disputes } from './sources/disputes.js';
import { readWars, type Wars } from './sources/wars.js';
import {
  readAtopAlliances,
  readAtopMembers,
  type AtopAlliance,
  type MembershipSpell,
} from './sources/atop.js';
import { readLeedsSavun, type ThreatScores } from './sources/leeds-savun.js';
import { readCapitalDistances, type CapitalDistances } from './sources/capital-distances.js';

export class DataSet {
  private readonly cache = new Map<DataFileName, unknown>();

  /** @param folder a folder holding cow/, atop/ and other/ as ../shared/data does. */
  constructor(
    readonly folder: string,
    private readonly readTable: (path: string) => CsvTable = readCsvFile,
  ) {}

  get states(): StateSystem {
    return this.load('states', readStates);
  }
  get majors(): MajorPowers {
    return this.load('majors', readMajors);
  }
  get capabilities(): Capabilities {
    return this.load('capabilities', readCapabilities);
  }
  get contiguity(): Contiguity {
    return this.load('contiguity', readContiguity);
  }
  get capitals(): Capitals {
    return this.load('capitals', readCapitals);
  }
  get disputes(): Disputes {
    return this.load('disputes', readDisputes);
  }
  get wars(): Wars {
    return this.load('wars', readWars);
  }
  get alliances(): readonly AtopAlliance[] {
    return this.load('alliances', readAtopAlliances);
  }
  get members(): readonly MembershipSpell[] {
    return this.load('members', readAtopMembers);
  }
  get leedsSavun(): ThreatScores {
    return this.load('leedsSavun', readLeedsSavun);
  }
  get capitalDistances(): CapitalDistances {
    return this.load('capitalDistances', readCapitalDistances);
  }

  /** Whether a file is present, for the optional ones (the importer works without capdist). */
  has(file: DataFileName): boolean {
    return existsSync(join(this.folder, DATA_FILES[file].path));
  }

  private load<T>(file: DataFileName, read: (table: CsvTable) => T): T {
    if (!this.cache.has(file))
      this.cache.set(file, read(this.readTable(join(this.folder, DATA_FILES[file].path))));
    return this.cache.get(file) as T;
  }
}

/** Opens a data folder; throws a `DataError` when it is not a folder. Files are read on demand. */
export function openDataSet(folder: string): DataSet {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder)
    throw new DataError(
      folder,
      'is not a data folder (expected cow/, atop/ and other/ inside, as in ../shared/data)',
    );
  return new DataSet(folder);
}
