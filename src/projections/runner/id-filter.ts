/**
 * A set of strings that may answer "maybe" for one it never held, but never "no"
 * for one it did (a Bloom filter that grows by adding larger layers). It lets a
 * rebuild know a row is not in its tables without asking the database, in about
 * ten bits per row instead of the row's id.
 */
export class IdFilter {
  private readonly layers: Layer[] = [];

  constructor(private readonly firstCapacity = 65_536) {}

  add(value: string): void {
    let layer = this.layers.at(-1);
    if (!layer || layer.count >= layer.capacity) {
      layer = newLayer(layer ? layer.capacity * 2 : this.firstCapacity);
      this.layers.push(layer);
    }
    const [a, b] = hashes(value);
    for (let k = 0; k < HASHES; k++) set(layer, (a + k * b) >>> 0);
    layer.count++;
  }

  /** False only for a value never added. */
  mayHave(value: string): boolean {
    if (this.layers.length === 0) return false;
    const [a, b] = hashes(value);
    return this.layers.some((layer) => {
      for (let k = 0; k < HASHES; k++) if (!get(layer, (a + k * b) >>> 0)) return false;
      return true;
    });
  }
}

// Ten bits and seven probes per value: about one "maybe" in a hundred for values never added.
const BITS_PER_VALUE = 10;
const HASHES = 7;

interface Layer {
  readonly bits: Uint32Array;
  readonly size: number;
  readonly capacity: number;
  count: number;
}

const newLayer = (capacity: number): Layer => {
  const size = capacity * BITS_PER_VALUE;
  return { bits: new Uint32Array(Math.ceil(size / 32)), size, capacity, count: 0 };
};

const set = (layer: Layer, hash: number): void => {
  const bit = hash % layer.size;
  layer.bits[bit >>> 5]! |= 1 << (bit & 31);
};

const get = (layer: Layer, hash: number): boolean => {
  const bit = hash % layer.size;
  return (layer.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
};

/** Two independent 32-bit FNV-1a hashes; probe k is a + k·b (double hashing). */
const hashes = (value: string): [number, number] => {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  // An odd step visits every bit position of a layer whose size is even.
  return [a >>> 0, (b | 1) >>> 0];
};
