/** Scratch space for `Fingerprint.addIndex`: at most ten digits. */
const DIGITS = new Int32Array(10);

/**
 * A short, stable hash of the evaluation's inputs and settings, written to the log so that the
 * Board can see which evaluations ran on identical inputs. Two 32-bit FNV-1a style lanes give
 * 64 bits: plenty to tell inputs apart, not a security measure. Fed field by field, so a
 * 100k-member roster is hashed without building one large string.
 */
export class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

  add(value: string | number | boolean | null): this {
    return this.text(value === null ? "\u0000" : typeof value === "string" ? value : String(value));
  }

  /**
   * A non-negative integer, hashed as the digits `String(n)` gives, without making that string
   * (a roster's row and column numbers are hashed once per cell).
   */
  addIndex(n: number): this {
    if (!(Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) return this.add(n);
    // The digits, last first (integer arithmetic: exact below 2^31).
    const digits = DIGITS;
    let k = 0;
    do {
      digits[k++] = 0x30 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
    let a = this.a;
    let b = this.b;
    while (k > 0) {
      const c = digits[--k];
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    return this.endField(a, b);
  }

  private text(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    return this.endField(a, b);
  }

  /** Stores the running state with a separator, so that ("ab","c") and ("a","bc") differ. */
  private endField(a: number, b: number): this {
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    return this;
  }

  digest(): string {
    return ((this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0")).toUpperCase();
  }
}
