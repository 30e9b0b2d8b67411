package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NdcTest {

    /** Real package NDCs with the 11-digit and GTIN-14 forms from ndc_package_to_gtin_derived.csv. */
    @ParameterizedTest(name = "{0} ({1}) -> {2}, {3}")
    @CsvSource({
            "0006-3340-00, 4-4-2, 00006334000, 00300063340007",
            "0952-0371-09, 4-4-2, 00952037109, 00309520371097",
            "0338-0424-18, 4-4-2, 00338042418, 00303380424184",
            "10357-104-01, 5-3-2, 10357010401, 00310357104017",
            "49386-004-01, 5-3-2, 49386000401, 00349386004012",
            "47335-932-44, 5-3-2, 47335093244, 00347335932447",
            "10106-3689-1, 5-4-1, 10106368901, 00310106368912",
            "49452-2063-5, 5-4-1, 49452206305, 00349452206357",
    })
    void tenDigitFormsNormaliseToElevenDigitsAndKeepTheirSegmentation(String input, String format, String ndc11,
            String gtin14) {
        Ndc ndc = Ndc.parse(input);

        assertThat(ndc.ndc11()).isEqualTo(ndc11);
        assertThat(ndc.ndc10Segmented()).contains(input);
        assertThat(ndc.format()).contains(format);
        assertThat(ndc.gtin()).map(Gtin::value).contains(gtin14);
        assertThat(ndc.candidateNdc10s()).containsExactly(input);
        assertThat(ndc).hasToString(input);
    }

    @Test
    void briefExamplesOfEachPattern() {
        assertThat(Ndc.parse("0338-0424-18").ndc11Hyphenated()).isEqualTo("00338-0424-18");
        assertThat(Ndc.parse("47335-932-44").ndc11Hyphenated()).isEqualTo("47335-0932-44");
        assertThat(Ndc.parse("12345-6789-1").ndc11Hyphenated()).isEqualTo("12345-6789-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00338042418", "00338-0424-18", "  00338042418 "})
    void elevenDigitFormWithOrWithoutHyphensHasNoTenDigitForm(String input) {
        Ndc ndc = Ndc.parse(input);

        assertThat(ndc.ndc11()).isEqualTo("00338042418");
        assertThat(ndc.ndc11Hyphenated()).isEqualTo("00338-0424-18");
        assertThat(ndc.ndc10Segmented()).isEmpty();
        assertThat(ndc.format()).isEmpty();
        assertThat(ndc.gtin()).isEmpty();
        assertThat(ndc).hasToString("00338-0424-18");
    }

    @Test
    void elevenDigitFormListsTheTenDigitFormsItMayComeFrom() {
        // labeler and product start with the padding zero: 4-4-2 or 5-3-2
        assertThat(Ndc.parse("00338042418").candidateNdc10s()).containsExactly("0338-0424-18", "00338-424-18");
        // only the product segment can have lost a zero
        assertThat(Ndc.parse("47335093244").candidateNdc10s()).containsExactly("47335-932-44");
        // all three readings
        assertThat(Ndc.parse("00006034000").candidateNdc10s())
                .containsExactly("0006-0340-00", "00006-340-00", "00006-0340-0");
    }

    @Test
    void equalityUsesTheElevenDigitFormOnly() {
        Ndc ten = Ndc.parse("0338-0424-18");
        Ndc eleven = Ndc.parse("00338042418");

        assertThat(ten).isEqualTo(eleven).hasSameHashCodeAs(eleven).isEqualTo(Ndc.parse("00338-0424-18"));
        assertThat(ten).isNotEqualTo(Ndc.parse("0338-0424-19")).isNotEqualTo(Ndc.parse("0338-4240-18"));
        assertThat(Ndc.parse("12345-678-90")).isNotEqualTo(Ndc.parse("12345-6789-0"));
        // 4-4-2 "0338-0424-18" and 5-3-2 "00338-424-18" share the 11-digit form, so they are equal; in the FDA
        // files no 5-digit labeler code starts with 0, which keeps real codes apart
        assertThat(ten).isEqualTo(Ndc.parse("00338-424-18"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyInputIsRejected(String input) {
        assertThatThrownBy(() -> Ndc.parse(input))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageStartingWith("NDC is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34", "1234-5678", "123-4567-89", "123456-789-0", "1234-567-89", "12345-67-890",
            "1234-5678-9", "12345-6789-012", "0338--0424-18", "-0338-0424-18", "0338-0424-18-", "1-2-3-4"})
    void wrongSegmentsAreRejectedWithThePlainMessage(String input) {
        assertThatThrownBy(() -> Ndc.parse(input))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageStartingWith("NDC '" + input + "' is not a 10-digit (4-4-2, 5-3-2, 5-4-1) or 11-digit (5-4-2) code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "123456789", "1234567890123", "123456789012345"})
    void wrongDigitCountsAreRejected(String input) {
        assertThatThrownBy(() -> Ndc.parse(input))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("is not a 10-digit (4-4-2, 5-3-2, 5-4-1) or 11-digit (5-4-2) code")
                .hasMessageContaining("has " + input.length() + " digits");
    }

    @ParameterizedTest
    @CsvSource({"0338-O424-18, O", "0338.0424.18, .", "0338 0424 18, ' '", "NDC0338042418, N", "00338-0424-1a, a"})
    void otherCharactersAreRejectedNamingTheCharacter(String input, String bad) {
        assertThatThrownBy(() -> Ndc.parse(input))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessage("NDC '" + input + "' contains '" + bad + "': an NDC has only digits and hyphens");
    }

    @Test
    void tenDigitsWithoutHyphensAreAmbiguousAndRejected() {
        assertThatThrownBy(() -> Ndc.parse("0338042418"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("has 10 digits but no hyphens")
                .hasMessageContaining("0338-0424-18");
    }

    @Test
    void elevenDigitsWithoutAnyPaddingZeroCannotBeAHipaaCode() {
        assertThatThrownBy(() -> Ndc.parse("12345678911"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("cannot be an 11-digit HIPAA code")
                .hasMessageContaining("12345-6789-11");
        assertThat(Ndc.parse("12345678901").candidateNdc10s()).containsExactly("12345-6789-1");
        assertThatThrownBy(() -> Ndc.parse("12345-6789-12"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("padding zero");
    }

    @Test
    void ndcFromGtin14WithItsSegmentPattern() {
        Gtin gtin = Gtin.of("00300063340007");

        Ndc ndc = Ndc.fromGtin(gtin, "4-4-2");

        assertThat(ndc.ndc10Segmented()).contains("0006-3340-00");
        assertThat(ndc.ndc11()).isEqualTo("00006334000");
        assertThat(ndc.gtin()).contains(gtin);
        assertThat(Ndc.fromGtin(Gtin.of("00347335932447"), "5-3-2").ndc10Segmented()).contains("47335-932-44");
        assertThat(Ndc.fromGtin(Gtin.of("349452206357"), "5-4-1").ndc11()).isEqualTo("49452206305");
    }

    @Test
    void gtinAloneGivesThreeCandidateNdcs() {
        assertThat(Ndc.candidatesFromGtin(Gtin.of("00300063340007")))
                .extracting(n -> n.ndc10Segmented().orElseThrow(), Ndc::ndc11)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0006-3340-00", "00006334000"),
                        org.assertj.core.groups.Tuple.tuple("00063-340-00", "00063034000"),
                        org.assertj.core.groups.Tuple.tuple("00063-3400-0", "00063340000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00300063340007", "300063340007"})
    void parsingAGtinExplainsThatTheHyphensAreMissing(String gtin) {
        assertThatThrownBy(() -> Ndc.parse(gtin))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("holds the NDC digits 0006334000 but not where the hyphens go")
                .hasMessageContaining("0006-3340-00, 00063-340-00 or 00063-3400-0");
    }

    @Test
    void gtinWithWrongCheckDigitIsRejectedAsSuch() {
        assertThatThrownBy(() -> Ndc.parse("00300063340008"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("not a valid one")
                .hasMessageContaining("check digit 8, expected 7")
                .hasCauseInstanceOf(InvalidGtinException.class);
    }

    @Test
    void gtinThatIsNotNdcBasedIsRejected() {
        assertThatThrownBy(() -> Ndc.parse("00098443601700"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("is not NDC-based");
        assertThatThrownBy(() -> Ndc.fromGtin(Gtin.of("0070038610953"), "4-4-2"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessageContaining("is not NDC-based");
    }

    @Test
    void unknownPatternForGtinIsRejected() {
        assertThatThrownBy(() -> Ndc.fromGtin(Gtin.of("00300063340007"), "5-4-2"))
                .isInstanceOf(InvalidNdcException.class)
                .hasMessage("NDC pattern '5-4-2' is not one of 4-4-2, 5-3-2, 5-4-1");
    }
}
