package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * GS1 element strings as scanners send them from DSCSA package DataMatrix codes (GTIN of NDC 0338-0424-18,
 * Baxter heparin, is 00303380424184).
 */
class Gs1ElementStringTest {

    private static final char GS = Gs1ElementString.GROUP_SEPARATOR;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Gs1ElementString parse(String s) {
        return Gs1ElementString.parse(s, TODAY);
    }

    @Test
    void rawScanWithSymbologyIdentifierAndGroupSeparator() {
        Gs1ElementString p = parse("]d201003033804241841727113010A23B045" + GS + "21X4D7K2PQ9");
        assertThat(p.gtin()).isEqualTo(Gtin.of("00303380424184"));
        assertThat(p.gtin().ndc10Digits()).contains("0338042418");
        assertThat(p.expiryDate()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(p.lotNumber()).isEqualTo("A23B045");
        assertThat(p.serialNumber()).isEqualTo("X4D7K2PQ9");
    }

    @Test
    void serialBeforeLotAsManyLabelersPrintThem() {
        Gs1ElementString p = parse("0100303380424184" + "21100000012345" + GS + "17280531" + "10LOT-77/B");
        assertThat(p.serialNumber()).isEqualTo("100000012345");
        assertThat(p.expiryDate()).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(p.lotNumber()).isEqualTo("LOT-77/B");
    }

    @Test
    void groupSeparatorAfterAFixedLengthFieldAndTrailingLineEndAreTolerated() {
        Gs1ElementString p = parse("01003033804241842" + "1SN1" + GS + GS + "17270100" + GS + "10L1\r\n");
        assertThat(p.serialNumber()).isEqualTo("SN1");
        assertThat(p.lotNumber()).isEqualTo("L1");
    }

    @Test
    void humanReadableFormWithParentheses() {
        Gs1ElementString p = parse("(01)00303380424184(17)270228(10)23A045(21)0000123456789");
        assertThat(p.gtin().value()).isEqualTo("00303380424184");
        assertThat(p.expiryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(p.lotNumber()).isEqualTo("23A045");
        assertThat(p.serialNumber()).isEqualTo("0000123456789");
        assertThat(p.toString()).isEqualTo("(01)00303380424184(17)270228(10)23A045(21)0000123456789");
    }

    @Test
    void gtinOnlyLeavesTheOthersNull() {
        Gs1ElementString p = parse("0100303380424184");
        assertThat(p.expiryDate()).isNull();
        assertThat(p.lotNumber()).isNull();
        assertThat(p.serialNumber()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "270200, 2027-02-28",   // day 00: last day of the month
            "280200, 2028-02-29",   // leap year
            "261200, 2026-12-31",
            "270415, 2027-04-15"})
    void dayZeroMeansTheLastDayOfTheMonth(String yymmdd, LocalDate expected) {
        assertThat(parse("0100303380424184" + "17" + yymmdd).expiryDate()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "YY {0} in {1} -> {2}")
    @CsvSource({
            "26, 2026, 2026",
            "76, 2026, 2076",   // 50 years ahead: still this century
            "77, 2026, 1977",   // 51 ahead: previous century
            "99, 2026, 1999",
            "00, 2026, 2000",
            "75, 2026, 2075",
            "02, 2051, 2002",   // 02-51 = -49: same century
            "01, 2051, 2101"})  // 01-51 = -50: next century
    void centuryRuleOfSection712(int yy, int currentYear, int expected) {
        assertThat(Gs1ElementString.centuryYear(yy, currentYear)).isEqualTo(expected);
    }

    @Test
    void expiryOnAFarFutureScanDayUsesTheRule() {
        assertThat(Gs1ElementString.parse("0100303380424184" + "17991231", LocalDate.of(2026, 1, 1)).expiryDate())
                .isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void wrongCheckDigitIsRefusedNamingThePosition() {
        assertThatThrownBy(() -> parse("]d20100303380424185" + "17271130"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("position 6")
                .hasMessageContaining("check digit")
                .satisfies(e -> {
                    InvalidInputException i = (InvalidInputException) e;
                    assertThat(i.type()).isEqualTo("invalid-gs1-barcode");
                    assertThat(i.fieldErrors()).containsKey("barcode");
                });
    }

    @Test
    void unknownApplicationIdentifierIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parse("0100303380424184" + "99ABC"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("position 17")
                .hasMessageContaining("(99)");
        assertThatThrownBy(() -> parse("(01)00303380424184(240)X"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("(240)");
    }

    @Test
    void malformedValuesAreRefused() {
        assertThatThrownBy(() -> parse("01003033804241"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs 14 digits");
        assertThatThrownBy(() -> parse("0100303380424184" + "1727AB30"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("position 21").hasMessageContaining("digits only");
        assertThatThrownBy(() -> parse("0100303380424184" + "17271330"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> parse("0100303380424184" + "17270231"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> parse("0100303380424184" + "10" + "A".repeat(21)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 20");
        assertThatThrownBy(() -> parse("0100303380424184" + "10" + GS + "21X"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lot number (10) is empty");
        assertThatThrownBy(() -> parse("0100303380424184" + "10AB#1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'#'");
        assertThatThrownBy(() -> parse("0100303380424184" + "10A" + GS + "10B"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("second time");
        assertThatThrownBy(() -> parse("17271130" + "10A"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no GTIN");
        assertThatThrownBy(() -> parse("   "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("]E00100303380424184"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("symbology identifier");
        assertThatThrownBy(() -> parse("(01)00303380424184(17)2711"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exactly 6 digits");
        assertThatThrownBy(() -> parse("(01)00303380424184 (10)X"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void lotRunningIntoSerialWithoutSeparatorIsCaughtByTheLengthLimitOrReadAsLot() {
        // Without <GS>, "21..." after a lot is part of the lot (GS1: the separator is mandatory).
        Gs1ElementString p = parse("0100303380424184" + "10ABC21XYZ");
        assertThat(p.lotNumber()).isEqualTo("ABC21XYZ");
        assertThat(p.serialNumber()).isNull();
    }
}
