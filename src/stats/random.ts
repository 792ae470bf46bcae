/**
 * A small seedable PRNG and the draws the permutation test and the simulations need.
 *
 * The core never touches `Math.random`: every random choice goes through an `Rng` passed in, so a
 * seed reproduces a permutation p-value or a whole simulation bit for bit.
 *
 * Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 2021; reference code prng.di.unimi.it/xoshiro128starstar.c): 128 bits of state, period
 * 2^128 − 1, passes BigCrush, and needs only 32-bit integer arithmetic (`Math.imul`), which is what
 * JavaScript does fast. The state is filled from a 32-bit seed with SplitMix32 so that nearby seeds
 * give unrelated streams and the all-zero state cannot occur.
 */

export interface Rng {
  /** The next 32-bit output, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** xoshiro128** from an explicit state (four 32-bit words, not all zero). */
export function xoshiro128ss(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128**: the all-zero state is not allowed');
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  // 27 + 26 bits, as in Java's nextDouble: every double k·2^-53 is equally likely.
  const next = (): number => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;
  return { nextUint32, next };
}

/** SplitMix32 (a 32-bit variant of Steele, Lea & Flood's SplitMix, OOPSLA 2014), for seeding only. */
function splitMix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** A generator seeded from one integer (only its low 32 bits count). */
export function createRng(seed: number): Rng {
  const mix = splitMix32(seed);
  const state: [number, number, number, number] = [mix(), mix(), mix(), mix()];
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return xoshiro128ss(state);
}

/** A uniform integer in [0, n), without modulo bias (Lemire's rejection on the 32-bit output). */
export function uniformInt(rng: Rng, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError(`uniformInt: n must be an integer in [1, 2^32], got ${n}`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const x = rng.nextUint32();
    if (x < limit) return x % n;
  }
}

/** Fisher–Yates (Durstenfeld) shuffle in place; every permutation equally likely. */
export function shuffleInPlace<T>(rng: Rng, values: T[]): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = uniformInt(rng, i + 1);
    const tmp = values[i] as T;
    values[i] = values[j] as T;
    values[j] = tmp;
  }
  return values;
}

/**
 * A standard normal draw by Box–Muller (Box & Muller 1958): z = √(−2 ln u₁) · cos(2π u₂).
 * u₁ is taken from (0, 1] so the logarithm is finite; the sine twin is dropped to keep no state.
 */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** exp(N(mu, sigma²)): a log-normal draw. */
export function logNormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (ACM TOMS 2000, "A simple method for generating
 * gamma variables"); shapes below 1 use their boost Gamma(a) = Gamma(a + 1) · U^(1/a).
 */
export function gamma(rng: Rng, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gamma: shape must be > 0, got ${shape}`);
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Student-t with `df` degrees of freedom: Z / √(χ²_df / df), with χ²_df = 2 · Gamma(df / 2). */
export function studentT(rng: Rng, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentT: df must be > 0, got ${df}`);
  const chiSquare = 2 * gamma(rng, df / 2);
  return normal(rng) / Math.sqrt(chiSquare / df);
}
