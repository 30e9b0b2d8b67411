package org.pharmadist.tools.dataset;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws indexes 0..n-1 with fixed weights (cumulative table + binary search), e.g. Zipf-like popularity where a few
 * products or customers take most of the documents. Deterministic for a given random stream.
 */
final class WeightedSampler {

    private final double[] cumulative;

    private WeightedSampler(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Any non-negative weights (at least one positive). */
    static WeightedSampler of(double[] weights) {
        return new WeightedSampler(weights.clone());
    }

    /**
     * Zipf-like: the item at popularity rank r (1-based) has weight 1 / r^exponent; {@code rankOf[i]} gives item i's
     * rank, so popularity is not tied to id order.
     */
    static WeightedSampler zipf(int[] rankOf, double exponent) {
        double[] w = new double[rankOf.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / Math.pow(rankOf[i], exponent);
        }
        return new WeightedSampler(w);
    }

    /** A random permutation of the ranks 1..n (Fisher-Yates). */
    static int[] shuffledRanks(int n, SplittableRandom random) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = t;
        }
        return ranks;
    }

    /** Share of all weight held by index i (0..1). */
    double share(int i) {
        double total = cumulative[cumulative.length - 1];
        return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
    }

    int next(SplittableRandom random) {
        double total = cumulative[cumulative.length - 1];
        double x = random.nextDouble() * total;
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
