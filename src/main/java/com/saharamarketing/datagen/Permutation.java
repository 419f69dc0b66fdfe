package com.saharamarketing.datagen;

/**
 * A keyed pseudo-random permutation of {@code [0, size)} that needs O(1) memory.
 *
 * <p>The generator streams rows, so it cannot shuffle a list of ids. Instead it maps a row index
 * through a small Feistel network over the next power-of-four domain and "cycle-walks" (re-applies
 * the network) until the result falls inside {@code [0, size)}. Because a Feistel network is a
 * bijection, distinct indexes always give distinct results: ids stay unique at any scale.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    Permutation(long size, long key) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        this.size = size;
        int bits = size <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(size - 1);
        // Equal halves keep the network balanced; the domain is then at most 4 * size,
        // so the expected number of cycle-walking steps stays below four.
        this.halfBits = Math.max(1, (bits + 1) / 2);
        this.halfMask = (1L << halfBits) - 1;
        long k = key;
        for (int i = 0; i < ROUNDS; i++) {
            k = mix64(k + 0x9E3779B97F4A7C15L);
            roundKeys[i] = k;
        }
    }

    long size() {
        return size;
    }

    /** Returns the image of {@code index}, which must lie in {@code [0, size)}. */
    long apply(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
        }
        long x = index;
        do {
            x = encrypt(x);
        } while (x >= size);
        return x;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (long roundKey : roundKeys) {
            long next = left ^ (mix64(right ^ roundKey) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mixing function. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
