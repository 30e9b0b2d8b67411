package org.pharmadist.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pharmadist.catalog.infrastructure.fda.CsvReader;
import org.pharmadist.catalog.infrastructure.fda.CsvRow;

class GtinTest {

    /** Shared FDA data folder with the full test-vector files (tests over it are skipped when absent). */
    /** Real test vectors, copied with their provenance (see SOURCES.md there). */
    private static final String DATA = "/fda-test-vectors/";

    /** Rows of ndc_package_to_gtin_derived.csv: NDC10, GTIN-12 (UPC-A), GTIN-14. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "0006-3340-00, 300063340007, 00300063340007",
            "0009-0043-01, 300090043018, 00300090043018",
            "0009-5023-06, 300095023060, 00300095023060",
            "0952-0371-09, 309520371097, 00309520371097",
            "10357-104-01, 310357104017, 00310357104017",
            "10357-280-01, 310357280018, 00310357280018",
            "10357-788-01, 310357788019, 00310357788019",
            "49386-004-01, 349386004012, 00349386004012",
            "10106-3689-1, 310106368912, 00310106368912",
            "10106-3689-2, 310106368929, 00310106368929",
            "10106-3689-3, 310106368936, 00310106368936",
            "49452-2063-5, 349452206357, 00349452206357",
    })
    void ndcBasedGtinMatchesTheDerivedFile(String ndc10, String gtin12, String gtin14) {
        Gtin fromNdc = Gtin.fromNdc10(ndc10);

        assertThat(fromNdc.value()).isEqualTo(gtin14);
        assertThat(Gtin.fromNdc10(ndc10.replace("-", ""))).isEqualTo(fromNdc);
        assertThat(Gtin.of(gtin12)).isEqualTo(fromNdc);
        assertThat(Gtin.of(gtin14)).isEqualTo(fromNdc);
        assertThat(Gtin.checkDigit(gtin12.substring(0, 11))).isEqualTo(gtin12.charAt(11) - '0');
        assertThat(fromNdc.isNdcBased()).isTrue();
        assertThat(fromNdc.ndc10Digits()).contains(ndc10.replace("-", ""));
    }

    /** Real barcodes read from OTC labels (openfda_otc_label_barcodes_gtin.csv). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "EAN-13, 0098443601700, 00098443601700, ''",
            "EAN-13, 0070038610953, 00070038610953, ''",
            "EAN-13, 0840986023781, 00840986023781, ''",
            "EAN-13, 0310267112249, 00310267112249, 1026711224",
            "EAN-13, 0345802050038, 00345802050038, 4580205003",
            "EAN-13, 0341520310461, 00341520310461, 4152031046",
            "EAN-8, 20929282, 00000020929282, ''",
    })
    void realLabelBarcodesAreValidGtins(String symbology, String barcode, String gtin14, String ndc10Digits) {
        Gtin gtin = Gtin.of(barcode);

        assertThat(gtin.value()).isEqualTo(gtin14);
        assertThat(gtin.isNdcBased()).isEqualTo(!ndc10Digits.isEmpty());
        if (!ndc10Digits.isEmpty()) {
            assertThat(gtin.ndc10Digits()).contains(ndc10Digits);
        } else {
            assertThat(gtin.ndc10Digits()).isEmpty();
        }
    }

    @Test
    void gs1ManualExample() {
        // GS1 "How to calculate a check digit manually": GTIN-13 629104150021 -> 3
        assertThat(Gtin.checkDigit("629104150021")).isEqualTo(3);
        assertThat(Gtin.of("6291041500213").value()).isEqualTo("06291041500213");
        assertThat(Gtin.checkDigit("0")).isZero();
        assertThat(Gtin.checkDigit("00000000000000000")).isZero();
    }

    @Test
    void leadingZerosDoNotChangeTheCheckDigit() {
        assertThat(Gtin.checkDigit("30006334000")).isEqualTo(Gtin.checkDigit("0030006334000")).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00300063340008", "00300063340000", "300063340001", "0098443601701", "20929283"})
    void wrongCheckDigitIsRejected(String text) {
        assertThatThrownBy(() -> Gtin.of(text))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("has check digit " + text.charAt(text.length() - 1) + ", expected");
    }

    @Test
    void swappedDigitsAreCaught() {
        // 0006-3340-00 with two neighbouring digits swapped (6 and 3)
        assertThatThrownBy(() -> Gtin.of("00300036340007")).isInstanceOf(InvalidGtinException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "12345678901", "123456789012345", "0030006334000A", "0030-0063340007"})
    void wrongLengthOrCharactersAreRejected(String text) {
        assertThatThrownBy(() -> Gtin.of(text))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageStartingWith("GTIN '" + text + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyGtinIsRejected(String text) {
        assertThatThrownBy(() -> Gtin.of(text)).isInstanceOf(InvalidGtinException.class).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"006334000", "00063340001", "0006-3340-0X"})
    void fromNdc10NeedsExactlyTenDigits(String text) {
        assertThatThrownBy(() -> Gtin.fromNdc10(text))
                .isInstanceOf(InvalidGtinException.class)
                .hasMessageContaining("is not a 10-digit NDC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", "123456789012345678"})
    void checkDigitInputIsValidated(String text) {
        assertThatThrownBy(() -> Gtin.checkDigit(text)).isInstanceOf(InvalidGtinException.class);
    }

    @Test
    void everyRowOfTheDerivedFileAgrees() throws IOException {
        List<CsvRow> rows = readCsv("ndc_package_to_gtin_derived.csv");

        assertThat(rows).hasSize(1500);
        for (CsvRow row : rows) {
            List<String> f = row.fields();
            Ndc ndc = Ndc.parse(f.get(0));
            assertThat(ndc.format()).as("line %d", row.lineNumber()).contains(f.get(1));
            assertThat(ndc.ndc11()).as("line %d", row.lineNumber()).isEqualTo(f.get(3));
            assertThat(ndc.gtin()).as("line %d", row.lineNumber()).contains(Gtin.of(f.get(5)));
            assertThat(Gtin.of(f.get(4)).value()).isEqualTo(f.get(5));
            assertThat(Ndc.fromGtin(Gtin.of(f.get(5)), f.get(1))).isEqualTo(ndc);
        }
    }

    @Test
    void everyRealLabelBarcodeIsValidAndNdcBasedOnesCarryTheirNdcDigits() throws IOException {
        List<CsvRow> rows = readCsv("openfda_otc_label_barcodes_gtin.csv");

        assertThat(rows).hasSize(380);
        int ndcBased = 0;
        for (CsvRow row : rows) {
            List<String> f = row.fields(); // spl_set_id, date, symbology, barcode_data, flag, gtin14, valid, ndc_based, ndc10
            Gtin gtin = Gtin.of(f.get(3));
            assertThat(gtin.value()).as("line %d", row.lineNumber()).isEqualTo(f.get(5));
            assertThat(gtin.isNdcBased()).as("line %d", row.lineNumber()).isEqualTo("Y".equals(f.get(7)));
            if (gtin.isNdcBased()) {
                ndcBased++;
                assertThat(gtin.ndc10Digits()).contains(f.get(8));
            }
        }
        assertThat(ndcBased).isEqualTo(65);
    }

    private static List<CsvRow> readCsv(String name) throws IOException {
        java.io.InputStream in = GtinTest.class.getResourceAsStream(DATA + name);
        assertThat(in).as("test vector file " + DATA + name).isNotNull();
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<CsvRow> rows = CsvReader.csv(r).readAll();
            return rows.subList(1, rows.size());
        }
    }
}
