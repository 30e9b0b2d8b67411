package org.pharmadist.crm.domain;

import java.math.BigDecimal;

/**
 * Where an opportunity stands in the sales pipeline, with the default win probability of the stage (percent).
 * A user may override the probability of one opportunity; WON is always 100 and LOST always 0.
 */
public enum OpportunityStage {
    PROSPECTING(10),
    QUALIFICATION(20),
    PROPOSAL(50),
    NEGOTIATION(75),
    WON(100),
    LOST(0);

    private final int defaultProbability;

    OpportunityStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    /** Default win probability in percent (0-100). */
    public int defaultProbability() {
        return defaultProbability;
    }

    /** True for WON and LOST: the opportunity is decided and leaves the open pipeline. */
    public boolean closed() {
        return this == WON || this == LOST;
    }

    /**
     * The probability an opportunity in this stage has: the default when {@code override} is null; WON and LOST
     * ignore overrides (100 / 0).
     *
     * @throws IllegalArgumentException when the override is outside 0..100
     */
    public int probability(Integer override) {
        if (closed() || override == null) {
            return defaultProbability;
        }
        if (override < 0 || override > 100) {
            throw new IllegalArgumentException("probability must be a whole percent from 0 to 100, not " + override);
        }
        return override;
    }

    /** Expected value = amount x probability / 100, scale 2, HALF_UP (null amount gives 0.00). */
    public static BigDecimal expectedValue(BigDecimal amount, int probabilityPercent) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.multiply(BigDecimal.valueOf(probabilityPercent)).movePointLeft(2)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
