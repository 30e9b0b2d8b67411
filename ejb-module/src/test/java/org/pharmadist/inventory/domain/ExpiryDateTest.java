package org.pharmadist.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "EXP 05/2027; 2027-05-31", "05/2027; 2027-05-31", "2027-05; 2027-05-31", "5/2027; 2027-05-31",
            "exp: 02/2028; 2028-02-29", "02/2027; 2027-02-28", "MAY 2027; 2027-05-31", "Exp. Nov-2026; 2026-11-30",
            "04-2027; 2027-04-30", "12/2026; 2026-12-31"})
    void monthAndYearOnlyIsTheLastDayOfThatMonth(String printed, LocalDate expected) {
        ExpiryDate e = ExpiryDate.parse(printed);
        assertThat(e.date()).isEqualTo(expected);
        assertThat(e.monthYearOnly()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"2027-05-14; 2027-05-14", "05/14/2027; 2027-05-14", "EXP 2026-10-30; 2026-10-30"})
    void fullDatesAreTakenAsPrinted(String printed, LocalDate expected) {
        ExpiryDate e = ExpiryDate.parse(printed);
        assertThat(e.date()).isEqualTo(expected);
        assertThat(e.monthYearOnly()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "13/2027", "2027-13", "02/30/2027", "FOO 2027", "next year", "2027"})
    void anythingElseIsRefusedWithAMessage(String printed) {
        assertThatThrownBy(() -> ExpiryDate.parse(printed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?s).*(expiry|date).*");
    }
}
