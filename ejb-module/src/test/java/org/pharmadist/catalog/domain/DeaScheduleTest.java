package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeaScheduleTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
            "CI, CI", "C-I, CI", "I, CI", "1, CI",
            "CII, CII", "C-II, CII", "II, CII", "2, CII", "cii, CII", "c-ii, CII", "' CII ', CII", "C2, CII", "C II, CII",
            "CIII, CIII", "C-III, CIII", "III, CIII", "3, CIII",
            "CIV, CIV", "C-IV, CIV", "IV, CIV", "4, CIV", "civ, CIV",
            "CV, CV", "C-V, CV", "V, CV", "5, CV", "cv, CV",
    })
    void parsesTheUsualNotations(String text, DeaSchedule expected) {
        assertThat(DeaSchedule.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankMeansNoSchedule(String text) {
        assertThat(DeaSchedule.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "CVI", "6", "0", "VI", "IIII", "schedule 2", "Rx", "C-", "X"})
    void otherTextsAreRejected(String text) {
        assertThatThrownBy(() -> DeaSchedule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one of CI, CII, CIII, CIV, CV");
    }

    @Test
    void restrictivenessFollowsTheScheduleNumber() {
        assertThat(DeaSchedule.CI.isMoreRestrictiveThan(DeaSchedule.CII)).isTrue();
        assertThat(DeaSchedule.CII.isMoreRestrictiveThan(DeaSchedule.CV)).isTrue();
        assertThat(DeaSchedule.CV.isMoreRestrictiveThan(DeaSchedule.CIV)).isFalse();
        assertThat(DeaSchedule.CIII.isMoreRestrictiveThan(DeaSchedule.CIII)).isFalse();
        assertThat(DeaSchedule.CIV.number()).isEqualTo(4);
        assertThat(DeaSchedule.CIV.roman()).isEqualTo("IV");
    }

    @Test
    void pricingUnitParsesNadacUnits() {
        assertThat(PricingUnit.parse("EA")).isEqualTo(PricingUnit.EA);
        assertThat(PricingUnit.parse(" ml ")).isEqualTo(PricingUnit.ML);
        assertThat(PricingUnit.parse("GM")).isEqualTo(PricingUnit.GM);
        assertThat(PricingUnit.parse(" ")).isNull();
        assertThat(PricingUnit.parse(null)).isNull();
        assertThatThrownBy(() -> PricingUnit.parse("G")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pricing unit 'G' is not EA, ML or GM");
    }
}
