package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.DeaScheduleSource;
import org.pharmadist.catalog.domain.Gtin;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.PricingUnit;
import org.pharmadist.catalog.domain.ProductRecord;

class FdaCatalogReaderTest {

    /** Reads the bundled reference files once. */
    @Nested
    class BundledFiles {

        private static CatalogReadResult result;
        private static Map<String, ProductRecord> byNdc11;

        @BeforeAll
        static void read() {
            result = new FdaCatalogReader().readBundled();
            byNdc11 = result.products().stream().collect(Collectors.toMap(p -> p.ndc().ndc11(), Function.identity()));
        }

        private static ProductRecord product(String ndc11) {
            assertThat(byNdc11).containsKey(ndc11);
            return byNdc11.get(ndc11);
        }

        @Test
        void productAndRejectCounts() {
            // 875 shortage rows - 81 without Rx/OTC status = 794; 2,531 NADAC rows - 42 duplicates - 43 merged = 2,446
            assertThat(result.products()).hasSize(3240);
            assertThat(byNdc11).hasSize(3240);
            assertThat(result.products()).filteredOn(p -> p.source().equals("openfda-shortages")).hasSize(751);
            assertThat(result.products()).filteredOn(p -> p.source().equals("openfda-shortages+cms-nadac")).hasSize(43);
            assertThat(result.products()).filteredOn(p -> p.source().equals("cms-nadac")).hasSize(2446);

            Map<String, Long> rejects = result.rejected().stream()
                    .collect(Collectors.groupingBy(r -> r.file() + ": " + r.category(), Collectors.counting()));
            assertThat(rejects).containsOnly(
                    Map.entry("cms_nadac_subset_2025-12-24.csv: duplicate NDC", 42L),
                    Map.entry("openfda_shortage_finished_packages.csv: unknown Rx/OTC status", 81L),
                    Map.entry("fda_ndc_unfinished_product_sample.tsv: schedule ignored", 6L),
                    Map.entry("fda_ndc_unfinished_product_sample.tsv: missing substance", 3L));
        }

        @Test
        void knownNadacPrice() {
            ProductRecord levo = product("00378180010");

            assertThat(levo.name()).isEqualTo("LEVOTHYROXINE 25 MCG TABLET");
            assertThat(levo.nadacUnitPrice()).isEqualTo(new BigDecimal("0.03948"));
            assertThat(levo.pricingUnit()).isEqualTo(PricingUnit.EA);
            assertThat(levo.nadacAsOf()).isEqualTo(LocalDate.of(2025, 12, 24));
            assertThat(levo.strength()).isEqualTo("25 MCG");
            assertThat(levo.dosageForm()).isEqualTo("TABLET");
            assertThat(levo.marketingCategory()).isEqualTo(MarketingCategory.RX);
            assertThat(levo.source()).isEqualTo("cms-nadac");
            assertThat(levo.deaSchedule()).isNull();
        }

        @Test
        void nadacOnlyProductsHaveNoTenDigitFormAndNoGtin() {
            assertThat(result.products()).filteredOn(p -> p.source().equals("cms-nadac"))
                    .allSatisfy(p -> {
                        assertThat(p.ndc().ndc10Segmented()).isEmpty();
                        assertThat(p.ndc().gtin()).isEmpty();
                        assertThat(p.nadacUnitPrice()).isNotNull();
                        assertThat(p.nadacUnitPrice().scale()).isEqualTo(5);
                    });
        }

        @Test
        void shortageProductsHaveTheirGtinAndTheGtinsAreUnique() {
            List<ProductRecord> shortage = result.products().stream().filter(p -> p.source().startsWith("openfda")).toList();

            assertThat(shortage).hasSize(794).allSatisfy(p -> assertThat(p.ndc().gtin()).isPresent());
            assertThat(shortage).extracting(p -> p.ndc().gtin().orElseThrow()).doesNotHaveDuplicates();
            assertThat(product("47335093244").ndc().gtin()).map(Gtin::value).contains("00347335932447");
        }

        @Test
        void amphetamineAndHydromorphoneShortageProductsAreDerivedCii() {
            List<ProductRecord> controlled = result.products().stream()
                    .filter(p -> p.source().startsWith("openfda") && p.genericName() != null
                            && p.genericName().matches("(?i).*\\b(amphetamine|hydromorphone)\\b.*"))
                    .toList();

            assertThat(controlled).hasSizeGreaterThanOrEqualTo(30)
                    .allSatisfy(p -> {
                        assertThat(p.deaSchedule()).as(p.ndc() + " " + p.name()).isEqualTo(DeaSchedule.CII);
                        assertThat(p.deaScheduleSource()).isEqualTo(DeaScheduleSource.DERIVED_FROM_SUBSTANCE);
                    });
            assertThat(controlled).filteredOn(p -> p.genericName().startsWith("Hydromorphone")).hasSize(16);
            assertThat(product("63323085115").name()).isEqualTo("HYDROMORPHONE HYDROCHLORIDE");
            assertThat(product("63323085115").deaSchedule()).isEqualTo(DeaSchedule.CII);
            assertThat(product("00185209801").deaSchedule()).isEqualTo(DeaSchedule.CII);   // 0185-2098-01 amphetamine salts
            assertThat(product("76045012111").name()).isEqualTo("DILAUDID");              // brand, substance hydromorphone
            assertThat(product("76045012111").deaSchedule()).isEqualTo(DeaSchedule.CII);
        }

        @Test
        void scheduledProductCounts() {
            Map<DeaSchedule, Long> bySchedule = result.products().stream().filter(ProductRecord::isControlled)
                    .collect(Collectors.groupingBy(ProductRecord::deaSchedule, Collectors.counting()));

            assertThat(bySchedule).containsOnly(Map.entry(DeaSchedule.CII, 227L), Map.entry(DeaSchedule.CIII, 23L),
                    Map.entry(DeaSchedule.CIV, 111L), Map.entry(DeaSchedule.CV, 6L));
            assertThat(result.products()).filteredOn(ProductRecord::isControlled)
                    .allSatisfy(p -> assertThat(p.deaScheduleSource()).isEqualTo(DeaScheduleSource.DERIVED_FROM_SUBSTANCE));
        }

        @Test
        void nadacDescriptionsNameTheirControlledSubstance() {
            assertThat(product("00406012301").deaSchedule()).isEqualTo(DeaSchedule.CII);  // HYDROCODONE-ACETAMINOPHEN 5-325
            assertThat(product("00054485825").deaSchedule()).isEqualTo(DeaSchedule.CIV);  // TRIAZOLAM 0.125 MG
            assertThat(product("00093505610").deaSchedule()).isNull();                    // ATORVASTATIN (listing ignored)
            assertThat(result.products()).filteredOn(p -> p.name().startsWith("DEXTROAMP-AMPHET"))
                    .isNotEmpty().allSatisfy(p -> assertThat(p.deaSchedule()).isEqualTo(DeaSchedule.CII));
            assertThat(result.products()).filteredOn(p -> p.name().matches(
                            "(ATORVASTATIN|ROSUVASTATIN|LANSOPRAZOLE|MEMANTINE|MECLIZINE|LETROZOLE|TOPIRAMATE) .*"))
                    .hasSizeGreaterThanOrEqualTo(15).allSatisfy(p -> assertThat(p.deaSchedule()).isNull());
        }

        @Test
        void shortagePackageMergedWithItsNadacRow() {
            ProductRecord p = product("00406888401"); // shortage 0406-8884-01, NADAC line "DEXTROAMP-AMPHETAM 7.5 MG TAB"

            assertThat(p.source()).isEqualTo("openfda-shortages+cms-nadac");
            assertThat(p.ndc().ndc10Segmented()).contains("0406-8884-01");
            assertThat(p.ndc().format()).contains("4-4-2");
            assertThat(p.ndc().gtin()).map(Gtin::value).contains(Gtin.fromNdc10("0406888401").value());
            assertThat(p.name()).startsWith("DEXTROAMPHETAMINE SACCHARATE");
            assertThat(p.labeler()).isNotBlank();
            assertThat(p.nadacUnitPrice()).isEqualTo(new BigDecimal("0.28016"));
            assertThat(p.pricingUnit()).isEqualTo(PricingUnit.EA);
            assertThat(p.deaSchedule()).isEqualTo(DeaSchedule.CII);
        }

        @Test
        void mergeFillsRxOtcStatusMissingFromTheShortageFile() {
            ProductRecord anagrelide = product("00172524160"); // shortage row without product_type, NADAC otc = N

            assertThat(anagrelide.marketingCategory()).isEqualTo(MarketingCategory.RX);
            assertThat(anagrelide.source()).isEqualTo("openfda-shortages+cms-nadac");
            assertThat(result.rejected()).noneMatch(r -> r.reason().contains("0172-5241-60"));
        }

        @Test
        void duplicatedNadacNdcKeepsTheFirstRow() {
            assertThat(product("46122043340").nadacUnitPrice()).isEqualTo(new BigDecimal("0.01031"));
            assertThat(result.rejected()).anySatisfy(r -> {
                assertThat(r.file()).isEqualTo(FdaCatalogReader.NADAC_FILE);
                assertThat(r.lineNumber()).isEqualTo(910);
                assertThat(r.reason()).isEqualTo("duplicate NDC: 46122-0433-40 already read on line 909"
                        + " (price 0.01054 of this row is ignored)");
            });
        }

        @Test
        void rowsWithoutRxOtcStatusAreRejectedWithTheirLine() {
            assertThat(result.rejected()).anySatisfy(r -> {
                assertThat(r.file()).isEqualTo(FdaCatalogReader.SHORTAGE_FILE);
                assertThat(r.lineNumber()).isEqualTo(4);
                assertThat(r.reason()).contains("unknown Rx/OTC status", "0071-0532-23");
            });
            assertThat(byNdc11).doesNotContainKey("00071053223");
        }

        @Test
        void rejectsAreOrderedByFileThenLine() {
            assertThat(result.rejected()).extracting(RejectedRow::file).containsSubsequence(
                    SubstanceScheduleIndex.FILE, FdaCatalogReader.SHORTAGE_FILE, FdaCatalogReader.NADAC_FILE);
            assertThat(result.rejected()).filteredOn(r -> r.file().equals(FdaCatalogReader.NADAC_FILE))
                    .extracting(RejectedRow::lineNumber).isSorted();
        }
    }

    /** Small inline files. */
    @Nested
    class InlineFiles {

        private static final String SHORTAGE_HEADER = "package_ndc,generic_name,brand_name,labeler_or_manufacturer,"
                + "presentation,dosage_form,route,product_type,substance_name,therapeutic_category\n";
        private static final String NADAC_HEADER = "ndc_description,ndc,nadac_per_unit,pricing_unit,otc,as_of_date,search_group\n";
        private static final String SUBSTANCES = "PRODUCTNDC\tSUBSTANCENAME\tDEASCHEDULE\n"
                + "0001-0001\tHYDROMORPHONE HYDROCHLORIDE\tCII\n";

        private CatalogReadResult read(String shortages, String nadac) {
            return new FdaCatalogReader().read(new StringReader(SHORTAGE_HEADER + shortages),
                    new StringReader(NADAC_HEADER + nadac), new StringReader(SUBSTANCES));
        }

        @Test
        void shortageRejectsHaveTheirPhysicalLineEvenAfterAQuotedLineBreak() {
            String rows = ""
                    + "0409-1283-37,Hydromorphone Hydrochloride Injection,HYDROMORPHONE HYDROCHLORIDE,\"Hospira, Inc.\","   // line 2
                    + "\"Hydromorphone Hydrochloride, Injection,\n2 mg/1 mL \"\"Carpuject\"\"\n(NDC 0409-1283-37)\","         // lines 3-4
                    + "Injection,INTRAVENOUS,HUMAN PRESCRIPTION DRUG,HYDROMORPHONE HYDROCHLORIDE,Anesthesia\n"
                    + "0409-128-37,x,BAD,L,p,Tablet,ORAL,HUMAN PRESCRIPTION DRUG,,\n"                                       // line 5
                    + "0409-1283-37,dup,DUP,L,p,Tablet,ORAL,HUMAN PRESCRIPTION DRUG,,\n"                                   // line 6
                    + "12345-678-90,,,L,,Tablet,ORAL,HUMAN PRESCRIPTION DRUG,,\n"                                           // line 7
                    + "12345-678-91,Aspirin Tablet,,L,,Tablet,ORAL,HUMAN OTC DRUG,ASPIRIN,\n"                               // line 8
                    + "12345-678-92,Something,SOMETHING,L,p,Tablet,ORAL,,,\n"                                               // line 9
                    + "12345-678-93,too,few,fields\n";                                                                     // line 10

            CatalogReadResult r = read(rows, "");

            assertThat(r.rejected()).extracting(RejectedRow::lineNumber, RejectedRow::category).containsExactly(
                    tuple(5, "invalid NDC"),
                    tuple(6, "duplicate NDC"),
                    tuple(7, "missing name"),
                    tuple(9, "unknown Rx/OTC status"),
                    tuple(10, "wrong number of fields"));
            assertThat(r.rejected().get(0).reason()).contains("'0409-128-37'", "4-3-2");
            assertThat(r.rejected().get(1).reason()).isEqualTo(
                    "duplicate NDC: 00409-1283-37 already read on line 2; this row is ignored");

            assertThat(r.products()).extracting(p -> p.ndc().ndc11()).containsExactly("00409128337", "12345067891");
            ProductRecord hm = r.products().get(0);
            assertThat(hm.packageDescription()).isEqualTo(
                    "Hydromorphone Hydrochloride, Injection,\n2 mg/1 mL \"Carpuject\"\n(NDC 0409-1283-37)");
            assertThat(hm.labeler()).isEqualTo("Hospira, Inc.");
            assertThat(hm.deaSchedule()).isEqualTo(DeaSchedule.CII);
            assertThat(hm.deaScheduleSource()).isEqualTo(DeaScheduleSource.DERIVED_FROM_SUBSTANCE);
            assertThat(hm.therapeuticCategory()).isEqualTo("Anesthesia");
            assertThat(hm.pricingUnit()).isNull();
            assertThat(hm.nadacUnitPrice()).isNull();

            ProductRecord aspirin = r.products().get(1);
            assertThat(aspirin.name()).isEqualTo("Aspirin Tablet");   // no brand, no presentation: generic name
            assertThat(aspirin.marketingCategory()).isEqualTo(MarketingCategory.OTC);
            assertThat(aspirin.deaSchedule()).isNull();
            assertThat(aspirin.ndc().format()).contains("5-3-2");
        }

        @Test
        void nadacRejectsWithReasonsAndLines() {
            String rows = ""
                    + "GOOD 10 MG TABLET,00378180010,0.03948,EA,N,2025-12-24,GOOD\n"       // 2
                    + "\"QUOTED, WITH\nLINE BREAK\",00378180011,abc,EA,N,2025-12-24,X\n"  // 3-4 bad price
                    + "NEG,00378180012,-0.5,EA,N,2025-12-24,X\n"                          // 5
                    + "ZERO,00378180013,0.00000,EA,N,2025-12-24,X\n"                      // 6
                    + "SIX DECIMALS,00378180014,0.123456,EA,N,2025-12-24,X\n"              // 7
                    + "EMPTY PRICE,00378180015,,EA,N,2025-12-24,X\n"                      // 8
                    + "UNIT,00378180016,1.5,KG,N,2025-12-24,X\n"                          // 9
                    + "OTC,00378180017,1.5,EA,maybe,2025-12-24,X\n"                       // 10
                    + "DATE,00378180018,1.5,EA,N,24.12.2025,X\n"                          // 11
                    + "BAD NDC,12345678901,1.5,EA,N,2025-12-24,X\n"                       // 12
                    + ",00378180019,1.5,EA,N,2025-12-24,X\n"                              // 13
                    + "DUP,00378180010,9.99999,EA,N,2025-12-24,X\n"                       // 14
                    + "US DATE 2 GM CREAM,00378180020,12.5,GM,Y,12/24/2025,X\n";          // 15

            CatalogReadResult r = read("", rows);

            assertThat(r.rejected()).extracting(RejectedRow::lineNumber, RejectedRow::category).containsExactly(
                    tuple(3, "bad price"),
                    tuple(5, "bad price"),
                    tuple(6, "bad price"),
                    tuple(7, "bad price"),
                    tuple(8, "bad price"),
                    tuple(9, "bad pricing unit"),
                    tuple(10, "bad OTC flag"),
                    tuple(11, "bad date"),
                    tuple(12, "invalid NDC"),
                    tuple(13, "missing name"),
                    tuple(14, "duplicate NDC"));
            assertThat(r.rejected()).extracting(RejectedRow::reason).contains(
                    "bad price: 'abc' is not a decimal number",
                    "bad price: '-0.5' is not a positive price",
                    "bad price: '0.123456' has more than 5 decimals",
                    "bad price: nadac_per_unit is empty",
                    "bad pricing unit: pricing unit 'KG' is not EA, ML or GM",
                    "bad OTC flag: otc is 'maybe', expected Y or N");
            assertThat(r.rejected()).allSatisfy(x -> assertThat(x.file()).isEqualTo(FdaCatalogReader.NADAC_FILE));

            assertThat(r.products()).hasSize(2);
            ProductRecord good = r.products().get(0);
            assertThat(good.nadacUnitPrice()).isEqualTo(new BigDecimal("0.03948"));
            ProductRecord cream = r.products().get(1);
            assertThat(cream.nadacUnitPrice()).isEqualTo(new BigDecimal("12.50000"));
            assertThat(cream.nadacAsOf()).isEqualTo(LocalDate.of(2025, 12, 24));
            assertThat(cream.marketingCategory()).isEqualTo(MarketingCategory.OTC);
            assertThat(cream.pricingUnit()).isEqualTo(PricingUnit.GM);
            assertThat(cream.strength()).isEqualTo("2 GM");
            assertThat(cream.dosageForm()).isEqualTo("CREAM");
        }

        @Test
        void priceIsReadFromTheTextNotThroughDouble() {
            CatalogReadResult r = read("", "X 1 MG TABLET,00378180010,0.1,EA,N,2025-12-24,X\n"
                    + "Y 1 MG TABLET,00378180011,1234567890123.12345,EA,N,2025-12-24,Y\n");

            assertThat(r.products().get(0).nadacUnitPrice().toPlainString()).isEqualTo("0.10000");
            assertThat(r.products().get(1).nadacUnitPrice().toPlainString()).isEqualTo("1234567890123.12345");
        }

        @Test
        void shortageAndNadacRowsOfOnePackageMerge() {
            String shortage = "0409-1283-37,Hydromorphone Hydrochloride Injection,DILAUDID,Hospira,"
                    + "\"Dilaudid, Injection, 2 mg/1 mL (NDC 0409-1283-37)\",Injection,INTRAVENOUS,,"
                    + "HYDROMORPHONE HYDROCHLORIDE,Anesthesia\n";
            String nadac = "OTHER 5 MG TABLET,00378180010,0.5,EA,N,2025-12-24,OTHER\n"
                    + "HYDROMORPHONE 2 MG/ML VIAL,00409128337,1.23456,ML,N,2025-12-24,HYDROMORPHONE\n";

            CatalogReadResult r = read(shortage, nadac);

            assertThat(r.rejected()).isEmpty();
            assertThat(r.products()).extracting(ProductRecord::source)
                    .containsExactly("openfda-shortages+cms-nadac", "cms-nadac");
            ProductRecord merged = r.products().get(0);
            assertThat(merged.name()).isEqualTo("DILAUDID");
            assertThat(merged.strength()).isEqualTo("2 mg/1 mL");         // the shortage file's
            assertThat(merged.marketingCategory()).isEqualTo(MarketingCategory.RX); // from NADAC, shortage had none
            assertThat(merged.nadacUnitPrice()).isEqualTo(new BigDecimal("1.23456"));
            assertThat(merged.pricingUnit()).isEqualTo(PricingUnit.ML);
            assertThat(merged.ndc().gtin()).isPresent();
            assertThat(r.products().get(1).ndc().gtin()).isEmpty();
        }

        @Test
        void missingRequiredColumnStopsReading() {
            assertThatThrownBy(() -> new FdaCatalogReader().read(new StringReader("package_ndc,brand_name\n"),
                    new StringReader(NADAC_HEADER), new StringReader(SUBSTANCES)))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessageContaining("openfda_shortage_finished_packages.csv has no column 'generic_name'");
        }

        @Test
        void unclosedQuoteStopsReadingWithItsLine() {
            assertThatThrownBy(() -> read("", "A 1 MG TABLET,00378180010,0.5,EA,N,2025-12-24,A\n\"BROKEN,1,2\n"))
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessageStartingWith("line 3:");
        }
    }
}
