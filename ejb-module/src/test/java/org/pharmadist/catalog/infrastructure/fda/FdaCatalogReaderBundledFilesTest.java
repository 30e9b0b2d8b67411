package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.DeaScheduleSource;
import org.pharmadist.catalog.domain.Gtin;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.PricingUnit;
import org.pharmadist.catalog.domain.ProductRecord;

/** {@link FdaCatalogReader} over the real bundled reference files (read once). */
class FdaCatalogReaderBundledFilesTest {

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
