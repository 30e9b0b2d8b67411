package org.pharmadist.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DEA number format and check digit: (d1+d3+d5) + 2*(d2+d4+d6), last digit = d7. */
class DeaNumberTest {

    @ParameterizedTest
    @CsvSource({
        // AB123456?: (1+3+5) + 2*(2+4+6) = 9 + 24 = 33 -> 3
        "AB1234563, AB1234563",
        // BJ613184?: (6+3+8) + 2*(1+1+4) = 17 + 12 = 29 -> 9
        "bj6131849, BJ6131849",
        // FN000000?: 0 -> 0
        "' FN0000000 ', FN0000000",
        // MZ987654?: (9+7+5) + 2*(8+6+4) = 21 + 36 = 57 -> 7
        "MZ9876547, MZ9876547"})
    void validNumbersAreAcceptedAndUpperCased(String text, String expected) {
        assertThat(DeaNumber.parse(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB1234564", "AB1234560", "BJ6131848", "MZ9876540"})
    void wrongCheckDigitIsRefusedSayingWhichDigitIsExpected(String text) {
        assertThatThrownBy(() -> DeaNumber.parse(text)).isInstanceOf(InvalidDeaNumberException.class)
                .hasMessageContaining("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1234563", "AB123456", "AB12345633", "1B1234563", "AB12E4563", "AB-1234563", ""})
    void wrongShapeIsRefused(String text) {
        assertThatThrownBy(() -> DeaNumber.parse(text)).isInstanceOf(InvalidDeaNumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IB1234563", "NB1234563", "ZB1234563", "OB1234563"})
    void firstLetterMustBeARegistrantType(String text) {
        assertThatThrownBy(() -> DeaNumber.parse(text)).isInstanceOf(InvalidDeaNumberException.class)
                .hasMessageContaining("registrant type");
    }

    @ParameterizedTest
    @CsvSource({"123456, 3", "613184, 9", "000000, 0", "987654, 7", "111111, 9"})
    void checkDigit(String six, int digit) {
        assertThat(DeaNumber.checkDigit(six)).isEqualTo(digit);
    }
}
