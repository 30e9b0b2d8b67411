package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pharmadist.catalog.domain.DeaSchedule;

class SubstanceScheduleIndexTest {

    private static final String HEADER = "PRODUCTID\tPRODUCTNDC\tLABELERNAME\tSUBSTANCENAME\tDEASCHEDULE\n";

    private static SubstanceScheduleIndex bundled;

    @BeforeAll
    static void readBundledFile() throws IOException {
        try (InputStream in = SubstanceScheduleIndexTest.class.getResourceAsStream(
                FdaCatalogReader.RESOURCE_DIR + SubstanceScheduleIndex.FILE)) {
            assertThat(in).as("bundled " + SubstanceScheduleIndex.FILE).isNotNull();
            bundled = SubstanceScheduleIndex.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static SubstanceScheduleIndex inline(String rows) {
        return SubstanceScheduleIndex.read(new StringReader(HEADER + rows));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "AMPHETAMINE SULFATE, CII",
            "AMPHETAMINE ASPARTATE MONOHYDRATE, CII",
            "DEXTROAMPHETAMINE SACCHARATE, CII",
            "HYDROMORPHONE HYDROCHLORIDE, CII",
            "OXYCODONE HYDROCHLORIDE, CII",
            "ALPRAZOLAM, CIV",
            "TRAMADOL HYDROCHLORIDE, CIV",
            "BUPRENORPHINE HYDROCHLORIDE, CIII",
            "TESTOSTERONE CYPIONATE, CIII",
            "PREGABALIN, CV",
            "LACOSAMIDE, CV",
    })
    void realFileGivesTheExpectedSchedules(String substance, DeaSchedule expected) {
        assertThat(bundled.schedulesBySubstance()).containsEntry(substance, expected);
        assertThat(bundled.forSubstances(substance)).contains(expected);
    }

    @Test
    void realFileConflictsAreSettledByMajority() {
        assertThat(bundled.schedulesBySubstance())
                .containsEntry("DRONABINOL", DeaSchedule.CIII)              // 3x CIII, 2x CI
                .containsEntry("DIPHENOXYLATE HYDROCHLORIDE", DeaSchedule.CII) // 3x CII, 1x CV
                .containsEntry("ARMODAFINIL", DeaSchedule.CIV)              // 3x CIV, 1x CV
                .containsEntry("NANDROLONE DECANOATE", DeaSchedule.CIII);   // 6x CIII, 1x CIV
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATORVASTATIN CALCIUM", "ROSUVASTATIN CALCIUM", "LANSOPRAZOLE", "MEMANTINE HYDROCHLORIDE",
            "MECLIZINE HYDROCHLORIDE", "LETROZOLE", "TOPIRAMATE", "NALOXONE HYDROCHLORIDE", "PAPAVERINE", "ACETAMINOPHEN"})
    void realFileLeavesNonControlledSubstancesUnscheduled(String substance) {
        assertThat(bundled.forSubstances(substance)).isEmpty();
        assertThat(bundled.findIn(substance + " 10 MG TABLET", true)).isEmpty();
    }

    @Test
    void realFileRejectsIgnoredAndUnattributableListings() {
        assertThat(bundled.rejected()).extracting(RejectedRow::category)
                .containsOnly("schedule ignored", "missing substance");
        assertThat(bundled.rejected()).filteredOn(r -> r.category().equals("schedule ignored")).hasSize(6)
                .anySatisfy(r -> {
                    assertThat(r.lineNumber()).isEqualTo(1381);
                    assertThat(r.reason()).contains("55111-917", "ATORVASTATIN CALCIUM", "CII");
                });
        assertThat(bundled.rejected()).filteredOn(r -> r.category().equals("missing substance"))
                .extracting(RejectedRow::lineNumber).containsExactly(1024, 2736, 2737);
        assertThat(bundled.rejected()).allSatisfy(r -> assertThat(r.file()).isEqualTo(SubstanceScheduleIndex.FILE));
    }

    @Test
    void severalSubstancesTakeTheMostRestrictive() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tCODEINE PHOSPHATE\tCII
                p2\t0001-0002\tL1\tBUTALBITAL\tCIII
                """);

        assertThat(idx.forSubstances("ACETAMINOPHEN;BUTALBITAL;CODEINE PHOSPHATE")).contains(DeaSchedule.CII);
        assertThat(idx.forSubstances("ACETAMINOPHEN; BUTALBITAL")).contains(DeaSchedule.CIII);
        assertThat(idx.forSubstances("ACETAMINOPHEN")).isEmpty();
        assertThat(idx.forSubstances(" ")).isEmpty();
        assertThat(idx.forSubstances(null)).isEmpty();
    }

    @Test
    void combinationListingsAreNotAttributedToEachSubstance() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tPHENTERMINE HYDROCHLORIDE; TOPIRAMATE\tCIV
                """);

        assertThat(idx.forSubstances("TOPIRAMATE")).isEmpty();
        assertThat(idx.forSubstances("PHENTERMINE HYDROCHLORIDE")).isEmpty();
        assertThat(idx.schedulesBySubstance()).isEmpty();
        assertThat(idx.rejected()).isEmpty();
    }

    @Test
    void otherSaltsAndFreeTextMatchByMoiety() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tHYDROMORPHONE HYDROCHLORIDE\tCII
                p2\t0001-0002\tL1\tSODIUM OXYBATE\tCI
                p3\t0001-0003\tL1\tDEXTROAMPHETAMINE SULFATE\tCII
                """);

        assertThat(idx.schedulesByMoiety()).containsOnlyKeys("HYDROMORPHONE", "OXYBATE", "DEXTROAMPHETAMINE");
        assertThat(idx.forSubstances("HYDROMORPHONE")).contains(DeaSchedule.CII);
        assertThat(idx.findIn("Hydromorphone Hydrochloride Injection", false)).contains(DeaSchedule.CII);
        assertThat(idx.findIn("HYDROMORPHONE 2 MG TABLET", false)).contains(DeaSchedule.CII);
        // whole words only: no match inside another word, and "SODIUM" alone is a salt word
        assertThat(idx.findIn("DIHYDROMORPHONE X", false)).isEmpty();
        assertThat(idx.findIn("SODIUM CHLORIDE 0.9% VIAL", true)).isEmpty();
    }

    @Test
    void truncatedNadacNamesMatchOnlyInsideHyphenatedNamesWithOneCandidate() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tDEXTROAMPHETAMINE SULFATE\tCII
                p2\t0001-0002\tL1\tMETHYLPHENIDATE HYDROCHLORIDE\tCII
                p3\t0001-0003\tL1\tMETHYLTESTOSTERONE\tCIII
                """);

        assertThat(idx.findIn("DEXTROAMP-AMPHET ER 5 MG CAP", true)).contains(DeaSchedule.CII);
        assertThat(idx.findIn("DEXTROAMP-AMPHET ER 5 MG CAP", false)).isEmpty();
        assertThat(idx.findIn("DEXTROAMP 5 MG CAP", true)).isEmpty();          // not hyphenated
        assertThat(idx.findIn("METHYL-SALICYLATE CREAM", true)).isEmpty();     // prefix of two moieties
        assertThat(idx.findIn("DEXTR-X 5 MG", true)).isEmpty();                // shorter than 6 letters
    }

    @Test
    void majorityWinsAndTiesGoToTheMoreRestrictive() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tSUBSTANCE A\tCIII
                p2\t0001-0002\tL2\tSUBSTANCE A\tCIII
                p3\t0001-0003\tL3\tSUBSTANCE A\tCI
                p4\t0001-0004\tL1\tSUBSTANCE B\tCIV
                p5\t0001-0005\tL2\tSUBSTANCE B\tCV
                p6\t0001-0006\tL3\tSUBSTANCE B\t
                p7\t0001-0007\tL3\tSUBSTANCE B\t
                """);

        assertThat(idx.schedulesBySubstance())
                .containsEntry("SUBSTANCE A", DeaSchedule.CIII)
                .containsEntry("SUBSTANCE B", DeaSchedule.CIV);
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbers() {
        SubstanceScheduleIndex idx = inline("""
                p1\t0001-0001\tL1\tKETAMINE HYDROCHLORIDE\tCIII
                p2\t0001-0002\tL1\t\tCIV
                p3\t0001-0003\tL1\tDIAZEPAM\tC6
                p4\t55111-917\tDr. Reddy's\tATORVASTATIN CALCIUM\tCII
                p5\t0001-0005\tL1\tZOLPIDEM TARTRATE\tCIV\textra
                p6\t0001-0006\tL1\tMETFORMIN\t
                """);

        assertThat(idx.rejected()).extracting(RejectedRow::lineNumber, RejectedRow::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "missing substance"),
                org.assertj.core.groups.Tuple.tuple(4, "bad DEA schedule"),
                org.assertj.core.groups.Tuple.tuple(5, "schedule ignored"),
                org.assertj.core.groups.Tuple.tuple(6, "wrong number of fields"));
        assertThat(idx.schedulesBySubstance()).containsOnlyKeys("KETAMINE HYDROCHLORIDE");
    }

    @Test
    void missingColumnStopsReading() {
        assertThatThrownBy(() -> SubstanceScheduleIndex.read(new StringReader("PRODUCTNDC\tSUBSTANCENAME\n")))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("has no column 'DEASCHEDULE'");
    }
}
