package org.pharmadist.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TaxIdAndSchedulesTest {

    @Test
    void einIsKeptHyphenated() {
        assertThat(TaxId.normalise("123456789")).isEqualTo("12-3456789");
        assertThat(TaxId.normalise(" 12-3456789 ")).isEqualTo("12-3456789");
        assertThatThrownBy(() -> TaxId.normalise("12-345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxId.normalise("123-456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxId.normalise("00-3456789")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulesParseAsASetAndFormatInScheduleOrder() {
        assertThat(ControlledSubstanceSchedule.parseSet("cv|CII, ciiin CII"))
                .isEqualTo(EnumSet.of(ControlledSubstanceSchedule.CII, ControlledSubstanceSchedule.CIIIN, ControlledSubstanceSchedule.CV));
        assertThat(ControlledSubstanceSchedule.format(ControlledSubstanceSchedule.parseSet("CV CII CIIN")))
                .isEqualTo("CII CIIN CV");
        assertThatThrownBy(() -> ControlledSubstanceSchedule.parseSet("CII CVI"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CVI");
    }
}
