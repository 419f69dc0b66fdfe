package com.saharamarketing.datagen;

import java.util.Arrays;
import java.util.Random;

/** An immutable list of strings, each drawn with an integer weight. */
final class WeightedTable {

    private final String[] values;
    private final int[] cumulative;

    WeightedTable(String[] values, int[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("need one weight per value, and at least one value");
        }
        this.values = values.clone();
        this.cumulative = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weights must be positive: " + values[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
    }

    /** Equal weights. */
    static WeightedTable uniform(String... values) {
        int[] weights = new int[values.length];
        Arrays.fill(weights, 1);
        return new WeightedTable(values, weights);
    }

    /** Values alternate with their weights: {@code "CN", 19, "ID", 12, ...}. */
    static WeightedTable of(Object... valueWeightPairs) {
        if (valueWeightPairs.length % 2 != 0) {
            throw new IllegalArgumentException("expected value/weight pairs");
        }
        String[] values = new String[valueWeightPairs.length / 2];
        int[] weights = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (String) valueWeightPairs[2 * i];
            weights[i] = (Integer) valueWeightPairs[2 * i + 1];
        }
        return new WeightedTable(values, weights);
    }

    String pick(Random random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, target + 1);
        // binarySearch returns the insertion point for absent keys: the first bucket above target.
        return values[i >= 0 ? i : -i - 1];
    }

    int size() {
        return values.length;
    }
}
