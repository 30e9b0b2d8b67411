package org.pharmadist.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpportunityStageTest {

    @ParameterizedTest
    @CsvSource({"PROSPECTING, 10", "QUALIFICATION, 20", "PROPOSAL, 50", "NEGOTIATION, 75", "WON, 100", "LOST, 0"})
    void defaultProbabilityPerStage(OpportunityStage stage, int percent) {
        assertThat(stage.probability(null)).isEqualTo(percent);
    }

    @Test
    void overrideReplacesTheDefaultExceptForClosedStages() {
        assertThat(OpportunityStage.PROPOSAL.probability(35)).isEqualTo(35);
        assertThat(OpportunityStage.WON.probability(35)).isEqualTo(100);
        assertThat(OpportunityStage.LOST.probability(35)).isZero();
        assertThatThrownBy(() -> OpportunityStage.NEGOTIATION.probability(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpportunityStage.NEGOTIATION.probability(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "1000.00, 75, 750.00",
        "27850.50, 50, 13925.25",
        "0.05, 50, 0.03",      // 0.025 rounds HALF_UP
        "0.01, 50, 0.01",      // 0.005 rounds HALF_UP
        "333.33, 10, 33.33",   // 33.333
        "99.99, 0, 0.00"})
    void expectedValueIsAmountTimesProbabilityScale2HalfUp(String amount, int percent, String expected) {
        BigDecimal v = OpportunityStage.expectedValue(new BigDecimal(amount), percent);
        assertThat(v).isEqualTo(new BigDecimal(expected));
        assertThat(v.scale()).isEqualTo(2);
    }

    @Test
    void opportunityKnowsItsExpectedValue() {
        Opportunity o = new Opportunity("x", 1L, null, java.time.Instant.now());
        o.update("x", OpportunityStage.NEGOTIATION, new BigDecimal("48500.00"), null, null);
        assertThat(o.probability()).isEqualTo(75);
        assertThat(o.expectedValue()).isEqualTo(new BigDecimal("36375.00"));
        o.update("x", OpportunityStage.NEGOTIATION, new BigDecimal("48500.00"), 60, null);
        assertThat(o.probability()).isEqualTo(60);
        assertThat(o.probabilityOverridden()).isTrue();
        assertThat(o.expectedValue()).isEqualTo(new BigDecimal("29100.00"));
    }
}
