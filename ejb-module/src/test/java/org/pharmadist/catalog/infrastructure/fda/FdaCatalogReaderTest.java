package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.DeaScheduleSource;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.PricingUnit;
import org.pharmadist.catalog.domain.ProductRecord;

/** {@link FdaCatalogReader} over small inline files: rejects, line numbers, merging. */
class FdaCatalogReaderTest {

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
                + "0409-1283-37,Hydromorphone Hydrochloride Injection,HYDROMORPHONE HYDROCHLORIDE,\"Hospira, Inc.\","   // line 2; the quoted
                + "\"Hydromorphone Hydrochloride, Injection,\n2 mg/1 mL \"\"Carpuject\"\"\n(NDC 0409-1283-37)\","     // presentation ends on line 4
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
                + "BAD NDC,12345678911,1.5,EA,N,2025-12-24,X\n"                       // 12
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
