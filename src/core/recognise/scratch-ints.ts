/**
 * Arrays of integers reused from one call to the next, for code that runs synchronously and is
 * never re-entered (the name finder keeps several numbers per token and per word of a text).
 * Fresh typed arrays per call are zeroed memory outside the JavaScript heap that the engine counts
 * towards its next garbage collection; clearing the part of the last call's array that is used
 * costs less.
 */
export class ScratchInts {
  private buffer = new Int32Array(0);

  /** `length` zeros, valid until the next call of `zeros` on this scratch. */
  zeros(length: number): Int32Array {
    if (this.buffer.length < length) this.buffer = new Int32Array(length);
    else this.buffer.fill(0, 0, length);
    return this.buffer.subarray(0, length);
  }
}
