package org.pharmadist.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code_info parser on real texts copied from {@code reference/fda/openfda_drug_enforcement_sample.json} (recall
 * number given with each), with the lots and expiries a reader takes from each text. Expectation syntax: {@code LOT}
 * (no expiry given), {@code LOT@2027-05-31} (a full date), {@code LOT@2026-09} (month and year only: the last day of
 * that month).
 */
class CodeInfoParserTest {

    private final CodeInfoParser parser = new CodeInfoParser();

    static Stream<Arguments> specificLots() {
        return Stream.of(
                Arguments.of("D-0353-2026", "Subset of Lot 2199821, Expires: 05/31/2027 Specific Serial Numbers being Recalled: "
                        + "160R694TT06X; 1C74A686RPPG; 1W6A2M777N3V; 20825394KR8P; 242E2RK3EA92",
                        List.of("2199821@2027-05-31")),
                Arguments.of("D-0323-2026", "Lot#: 251000132, Exp. 06/16/2026; 251000142, Exp. 06/30/2026; 251000144, Exp. "
                        + "07/14/2026; 251000146, Exp. 07/21/2026; 251000162, 251000163, Exp. 08/16/2026; 251000167, Exp. "
                        + "08/22/2026; 251000177, Exp. 09/12/2026.",
                        List.of("251000132@2026-06-16", "251000142@2026-06-30", "251000144@2026-07-14", "251000146@2026-07-21",
                                "251000162@2026-08-16", "251000163@2026-08-16", "251000167@2026-08-22", "251000177@2026-09-12")),
                Arguments.of("D-0301-2026", "Lot # GBHL24005A, Exp Date: 09/2026", List.of("GBHL24005A@2026-09")),
                Arguments.of("D-0191-2026", "Lot D54098, exp 3/31/2027", List.of("D54098@2027-03-31")),
                Arguments.of("D-0115-2026", "Lot, Best Use Date (BUD):  Lot PRORX050925-1, BUD November 4, 2025;  Lot "
                        + "ProRx051425-5, BUD November 10, 2025; Lot ProRx051425-6, BUD November 10, 2025",
                        List.of("PRORX050925-1@2025-11-04", "ProRx051425-5@2025-11-10", "ProRx051425-6@2025-11-10")),
                Arguments.of("D-0116-2026", "Lot Prorx051425-2, Lot Prorx051425-3 and Lot Prorx051425-4",
                        List.of("Prorx051425-2", "Prorx051425-3", "Prorx051425-4")),
                Arguments.of("D-0668-2025", "Lot # 58170A and 58172A, Exp Date: 09/2025", List.of("58170A@2025-09", "58172A@2025-09")),
                Arguments.of("D-0536-2025", "Lot: 25MAR032, Exp. 07/16/2025.", List.of("25MAR032@2025-07-16")),
                Arguments.of("D-0438-2025", "Lot B0014, B0015, B0022, B0023, Exp Date: 05/31/2026; Lot B0024, B0025, B0026, "
                        + "B0027, B0033, B0034, B0035, B0039, B0040, B0041, B0045, Exp Date: 06/30/2026; Lot B0046, Exp Date: 07/31/2026",
                        List.of("B0014@2026-05-31", "B0015@2026-05-31", "B0022@2026-05-31", "B0023@2026-05-31",
                                "B0024@2026-06-30", "B0025@2026-06-30", "B0026@2026-06-30", "B0027@2026-06-30", "B0033@2026-06-30",
                                "B0034@2026-06-30", "B0035@2026-06-30", "B0039@2026-06-30", "B0040@2026-06-30", "B0041@2026-06-30",
                                "B0045@2026-06-30", "B0046@2026-07-31")),
                Arguments.of("D-0348-2025", "Lot #  17231980, ep.. date Aug-25 Amazon 17232044, ep.. date Aug-25 Walmart  17241436, "
                        + "ep.. date Jul-26 Amazon 17241437, ep.. date Jul-26 Amazon 17241455, ep.. date Jul-26 Amazon 17241456, ep.. "
                        + "date Aug-26 Amazon 17241457, ep.. date Aug-26 Amazon 17241892, ep.. date Oct-26 Amazon 17241893, ep.. date "
                        + "Oct-26 Amazon",
                        List.of("17231980@2025-08", "17232044@2025-08", "17241436@2026-07", "17241437@2026-07", "17241455@2026-07",
                                "17241456@2026-08", "17241457@2026-08", "17241892@2026-10", "17241893@2026-10")),
                Arguments.of("D-0236-2025", "Lot Numbers: 19234153, Exp.: 9/2025; 19234900, 19234929, Exp.: 11/2025; 19240936, "
                        + "19240942, Exp.: 2/2026; 19243199, 19243190, Exp.:7/2026; 19244013, 19244014, Exp.: 9/2026.",
                        List.of("19234153@2025-09", "19234900@2025-11", "19234929@2025-11", "19240936@2026-02", "19240942@2026-02",
                                "19243199@2026-07", "19243190@2026-07", "19244013@2026-09", "19244014@2026-09")),
                Arguments.of("D-0120-2025", "Lot #: a) 8177720, Exp. Date Jun 2025; b) 3200218, Exp. Date Jun 2025",
                        List.of("8177720@2025-06", "3200218@2025-06")),
                Arguments.of("D-0038-2025", "Lots T401151, Exp, 06/30/2026; T400806, Exp 03/31/2026",
                        List.of("T401151@2026-06-30", "T400806@2026-03-31")),
                Arguments.of("D-0592-2024", "Lot# (a) Lots L300255, L300262, Exp Date 07/31/2025;  (b)L300263, Exp Date 08/31/2025",
                        List.of("L300255@2025-07-31", "L300262@2025-07-31", "L300263@2025-08-31")),
                Arguments.of("D-0179-2024", "Batch SAH06821A", List.of("SAH06821A")),
                Arguments.of("D-0121-2024", "Lot numbers: a)100 count bottle: RV8686; b) 1000 count bottle: RX0119; c) 30 count "
                        + "bottle: RV2254; Exp. 08/2024", List.of("RV8686@2024-08", "RX0119@2024-08", "RV2254@2024-08")),
                Arguments.of("D-1100-2023", "Lot: 1E175B, exp 6/24", List.of("1E175B@2024-06")),
                Arguments.of("D-0931-2023", "Lot #: 490062, Exp 22-Jul-23; 490151, Exp 28-Jul-23; 490732, Exp 6-Aug-23; 491591, Exp "
                        + "17-Aug-23; 491604, Exp 18-Aug-23; 494418, Exp 16-Nov-23; 494426, Exp 17-Nov-23; 494434, Exp 23-Nov-23; "
                        + "496755, Exp 25-Nov-23; 497424, Exp 3-Dec-23; 497432, Exp 4-Dec-23; 497441, 497459, Exp 7-Dec-23; 498005, "
                        + "Exp 10-Dec-23; 499075, Exp 22-Jan-24; 499083, 499091, Exp 25-Jan-24; 499391, Exp 26-Jan-24; 501964, Exp "
                        + "23-Mar-24; 501972, Exp 28-Mar-24; 501981, Exp 30-Mar-24; 501999, Exp 6-Apr-24; 502001, Exp 7-Apr-24",
                        List.of("490062@2023-07-22", "490151@2023-07-28", "490732@2023-08-06", "491591@2023-08-17",
                                "491604@2023-08-18", "494418@2023-11-16", "494426@2023-11-17", "494434@2023-11-23",
                                "496755@2023-11-25", "497424@2023-12-03", "497432@2023-12-04", "497441@2023-12-07",
                                "497459@2023-12-07", "498005@2023-12-10", "499075@2024-01-22", "499083@2024-01-25",
                                "499091@2024-01-25", "499391@2024-01-26", "501964@2024-03-23", "501972@2024-03-28",
                                "501981@2024-03-30", "501999@2024-04-06", "502001@2024-04-07")),
                Arguments.of("D-0508-2023", "Lots: a) 03FE2318, Exp. 8/31/24; b) 27FE2315, 28FE2313, 02MA2306, 21SE2201, 16NO2216, "
                        + "17NO2216, 24FA2314, Exp. 8/31/24; 17FE2203, 12AP2204, 17MA2205, Exp. 3/31/23; 21JU2206, 22JU2220, "
                        + "12JY2206, Exp. 5/31/23; 10AU2209, Exp. 6/30/23; 14DE2215, Exp. 9/30/24; 05JA2304, 27JA2301, Exp. 11/30/24.",
                        List.of("03FE2318@2024-08-31", "27FE2315@2024-08-31", "28FE2313@2024-08-31", "02MA2306@2024-08-31",
                                "21SE2201@2024-08-31", "16NO2216@2024-08-31", "17NO2216@2024-08-31", "24FA2314@2024-08-31",
                                "17FE2203@2023-03-31", "12AP2204@2023-03-31", "17MA2205@2023-03-31", "21JU2206@2023-05-31",
                                "22JU2220@2023-05-31", "12JY2206@2023-05-31", "10AU2209@2023-06-30", "14DE2215@2024-09-30",
                                "05JA2304@2024-11-30", "27JA2301@2024-11-30")),
                Arguments.of("D-0452-2023", "Lot #: 1E346A, Exp. Date Nov-23; 2E304A, Exp. Date Oct-24",
                        List.of("1E346A@2023-11", "2E304A@2024-10")),
                Arguments.of("D-0210-2023", "t20221129@68 t20221025@32 t20221025@33 t20221114@27 t20221021@40 t20221116@36",
                        List.of("t20221129@68", "t20221025@32", "t20221025@33", "t20221114@27", "t20221021@40", "t20221116@36")),
                Arguments.of("D-1488-2022", "Lot # 20063A, EXP Jun. 2022; 20098A, EXP Oct. 2022; 21055B, EXP May. 2023; 21066A, EXP "
                        + "Jun. 2023; 21083B, EXP Jul. 2023; 21112B, EXP Oct. 2023; 22009A, EXP Feb. 2024.",
                        List.of("20063A@2022-06", "20098A@2022-10", "21055B@2023-05", "21066A@2023-06", "21083B@2023-07",
                                "21112B@2023-10", "22009A@2024-02")),
                Arguments.of("D-1332-2022", "Lot #: CHL, Exp. Date Dec 29, 2022", List.of("CHL@2022-12-29")),
                Arguments.of("D-0859-2022", "Batch 39", List.of("39")),
                Arguments.of("D-0631-2022", "Lot 102-26, Exp Dec 2022", List.of("102-26@2022-12")),
                Arguments.of("D-0780-2021", "Lot No: E082020, \"Best Buy\": 5/21/2022", List.of("E082020@2022-05-21")),
                Arguments.of("D-0657-2021", "Lots: DHS031020A4-S, DHS031020A6-S, Exp. 4/10/2022",
                        List.of("DHS031020A4-S@2022-04-10", "DHS031020A6-S@2022-04-10")),
                Arguments.of("D-1253-2020", "06598004A 04/2020  06599001A 12/2020  06599002A 12/2020",
                        List.of("06598004A@2020-04", "06599001A@2020-12", "06599002A@2020-12")),
                // the same lot listed twice: one lot, with the expiry given first
                Arguments.of("D-0394-2020", "Lot #: 18229 9/21  18229 9/21  19056 03/22", List.of("18229@2021-09", "19056@2022-03")),
                Arguments.of("D-0351-2020", "Lot #: XC12, EXP 12/2020; XC06, EXP06/2021; XC10, EXP 10/2021; XC02, EXP 02/2022; XC04, "
                        + "EXP 04/2022; XC06, EXP06/2022",
                        List.of("XC12@2020-12", "XC06@2021-06", "XC10@2021-10", "XC02@2022-02", "XC04@2022-04")),
                Arguments.of("D-1487-2019", "Lot #s: 85-516-KL; 85-517-KL, Exp. 1JAN2020; 86-601-KL; 86-603-KL; 86-618-KL, Exp. "
                        + "1FEB2020; 87-707-KL, Exp. 1MAR2020; 91-205-KL, Exp. 1JUL2020; 92-306-KL, Exp. 1AUG2020.",
                        List.of("85-516-KL@2020-01-01", "85-517-KL@2020-01-01", "86-601-KL@2020-02-01", "86-603-KL@2020-02-01",
                                "86-618-KL@2020-02-01", "87-707-KL@2020-03-01", "91-205-KL@2020-07-01", "92-306-KL@2020-08-01")),
                Arguments.of("D-1245-2019", "Lot#: S700222 Exp. Apr 30 2019 ; S800233 Exp, Feb 29 2020",
                        List.of("S700222@2019-04-30", "S800233@2020-02-29")),
                Arguments.of("D-0332-2019", "Lot numbers:    3084860  3084861    3084862    3093804    3084862    3084863",
                        List.of("3084860", "3084861", "3084862", "3093804", "3084863")),
                Arguments.of("D-0957-2017", "Lot: Y229153, Exp 09/30/18", List.of("Y229153@2018-09-30")),
                Arguments.of("D-0044-2015", "Lot #: a) 260753F, 261403F, Exp 1FEB2015; 290153F, Exp 1MAY2015; b) 24-080-DD, Exp "
                        + "1DEC2014; 25-475-DD, Exp 1JAN2015",
                        List.of("260753F@2015-02-01", "261403F@2015-02-01", "290153F@2015-05-01", "24-080-DD@2014-12-01",
                                "25-475-DD@2015-01-01")),
                Arguments.of("D-871-2014", "FLUCONAZOLE, Tablet, 200 mg has the following codes:   Pedigree: AD65475_16, EXP: "
                        + "5/28/2014;  Pedigree: W003065, EXP: 6/12/2014.", List.of("AD65475_16@2014-05-28", "W003065@2014-06-12")),
                Arguments.of("D-186-2013", "Lot# 68089, 68415, 70046, 700516, 70665, 71157, 71704, 80795;  FP-38-081-57313; "
                        + "FP-38-041-57307", List.of("68089", "68415", "70046", "700516", "70665", "71157", "71704", "80795",
                        "FP-38-081-57313", "FP-38-041-57307")),
                // the formats of the task description
                Arguments.of("example", "Lot #: AB123, Exp 05/2027", List.of("AB123@2027-05")),
                Arguments.of("example", "Lots: A1, A2", List.of("A1", "A2")),
                Arguments.of("example", "Lot ZX9001 EXP 2026-01; Lot ZX9002 Exp. Date 2026-02-15",
                        List.of("ZX9001@2026-01", "ZX9002@2026-02-15")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specificLots")
    void readsTheLotsAndExpiriesOfRealReports(String recallNumber, String codeInfo, List<String> expected) {
        CodeInfo info = parser.parse(codeInfo);

        assertThat(info.coverage()).as(recallNumber).isEqualTo(LotCoverage.SPECIFIC_LOTS);
        assertThat(info.understood()).isTrue();
        assertThat(info.lots()).as(recallNumber).containsExactlyElementsOf(lots(expected));
        assertThat(info.allLotsQualifier()).isNull();
    }

    static Stream<Arguments> allLots() {
        return Stream.of(
                Arguments.of("D-0352-2026", "All lots", null, List.of()),
                Arguments.of("D-0081-2026", "All lots within expiry.", "within expiry", List.of()),
                Arguments.of("D-0503-2021", "All Lots distributed 02/23/2021 through 03/10/2021.",
                        "distributed 02/23/2021 through 03/10/2021", List.of()),
                Arguments.of("D-1572-2020", "SKU 051230024  All lots labeled to contain methanol", "labeled to contain methanol",
                        List.of()),
                Arguments.of("D-241-2014", "all codes distributed prior to and including 05/23/2013",
                        "distributed prior to and including 05/23/2013", List.of()),
                Arguments.of("D-1303-2016", "All Sterile Compounded Products within Expiry", "within Expiry", List.of()),
                // all lots, and the report lists the lots it knows of
                Arguments.of("D-1494-2016", "All lots within Expiry. Lot # 4720915, 6790315, 6800315, 6810315, 6820315",
                        "within Expiry", List.of("4720915", "6790315", "6800315", "6810315", "6820315")),
                Arguments.of("D-0337-2017", "All lot codes of product prepared between 02/22/2016 and 09/14/2016, within expiry.     "
                        + "a) Known lot code: 03312016@6  b) Known lot code: 04222016@8, 15202016@85, 06302016@4, 08012016@32",
                        "of product prepared between 02/22/2016 and 09/14/2016, within expiry",
                        List.of("03312016@6", "04222016@8", "15202016@85", "06302016@4", "08012016@32")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allLots")
    void allLotsIsAnUnderstoodValue(String recallNumber, String codeInfo, String qualifier, List<String> knownLots) {
        CodeInfo info = parser.parse(codeInfo);

        assertThat(info.coverage()).as(recallNumber).isEqualTo(LotCoverage.ALL_LOTS);
        assertThat(info.understood()).isTrue();
        assertThat(info.allLotsQualifier()).isEqualTo(qualifier);
        assertThat(info.lots()).containsExactlyElementsOf(lots(knownLots));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("D-0296-2023", "Beyond Use Date: December 24-31, 2022"),
                Arguments.of("D-1461-2022", "SKU: 916922"),
                Arguments.of("D-0215-2018", "SKU#:  a) 8C52541, b) 8B41841, c) 1155840, 1155841, 1155842, 1155851,  0710341, 0710342"),
                Arguments.of("D-1099-2022", "McKesson Medical-Surgical (MMS) is not able to identify the particular lot number "
                        + "received by a particular consignee for the recalled prescription products. Each letter includes the date "
                        + "it was distributed to customers and the dates that impacted product may have been shipped to the customer."),
                Arguments.of("D-1336-2014", "NO LOT NUMBER, Exp 12/31/14"),
                Arguments.of("D-289-2014", "distributed prior to and including 05/23/2013"),
                Arguments.of("D-1627-2012", "Rx #'s:    0398243    0394272      0383374    0396251      0365041      0409704    "
                        + "0406772    0406773    0399065    0384313"),
                Arguments.of("D-0697-2018", "The recalled products can be identified by checking the Bayer logo located on the lower "
                        + "left corner of the front of the carton. If the logo has an orange or green background, the product is "
                        + "included in the recall"),
                Arguments.of("D-0994-2015", "UPC CODE: 633090804632, Exp unknown"),
                Arguments.of("empty", ""),
                Arguments.of("null", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void flagsReportsWhoseLotsCannotBeRead(String recallNumber, String codeInfo) {
        CodeInfo info = parser.parse(codeInfo);

        assertThat(info.coverage()).as(recallNumber).isEqualTo(LotCoverage.UNREADABLE);
        assertThat(info.understood()).isFalse();
        assertThat(info.lots()).isEmpty();
    }

    @Test
    void aMalformedDateIsReportedAsUnreadNotTakenForALot() {
        CodeInfo info = parser.parse("Lot Numbers: 15133058M, 15140061M, Exp between 07/15/15-10/12/15");

        assertThat(info.lots()).extracting(RecalledLot::lotNumber).containsExactly("15133058M", "15140061M");
        assertThat(info.unreadFragments()).containsExactly("07/15/15-10/12/15");
    }

    @Test
    void lotsMatchIgnoringCaseHyphensAndSpaces() {
        assertThat(new RecalledLot("15617vp-02", null, false).matchKey()).isEqualTo("15617VP02");
        assertThat(RecalledLot.matchKey(" ab 123 ")).isEqualTo("AB123");
    }

    /** The parse rate over all 500 real reports of the reference file (printed for the record). */
    @Test
    void understandsAtLeast90PercentOfTheReferenceReports() throws Exception {
        JsonArray reports;
        try (InputStream in = getClass().getResourceAsStream("/reference/fda/openfda_drug_enforcement_sample.json");
             JsonReader reader = Json.createReader(in)) {
            reports = reader.readArray();
        }
        int understood = 0;
        int allLots = 0;
        int specific = 0;
        List<String> unreadable = new ArrayList<>();
        for (JsonValue v : reports) {
            JsonObject r = v.asJsonObject();
            CodeInfo info = parser.parse(r.getString("code_info", "") + " " + r.getString("more_code_info", ""));
            if (info.understood()) {
                understood++;
            } else {
                unreadable.add(r.getString("recall_number"));
            }
            if (info.coverage() == LotCoverage.ALL_LOTS) {
                allLots++;
            } else if (info.coverage() == LotCoverage.SPECIFIC_LOTS) {
                specific++;
                assertThat(info.lots()).isNotEmpty();
            }
        }
        System.out.printf("code_info parse rate: %d of %d understood (%d specific lots, %d all lots); unreadable: %s%n",
                understood, reports.size(), specific, allLots, unreadable);
        assertThat(reports).hasSize(500);
        assertThat(understood).isGreaterThanOrEqualTo(450);
    }

    private static List<RecalledLot> lots(List<String> specs) {
        List<RecalledLot> out = new ArrayList<>();
        for (String s : specs) {
            int at = s.lastIndexOf('@');
            // lot numbers may contain '@' themselves ("t20221129@68"): an expiry follows the LAST '@' and starts with 20
            if (at < 0 || !s.substring(at + 1).startsWith("20")) {
                out.add(new RecalledLot(s, null, false));
            } else {
                String lot = s.substring(0, at);
                String date = s.substring(at + 1);
                if (date.length() == 7) {
                    out.add(new RecalledLot(lot, YearMonth.parse(date).atEndOfMonth(), true));
                } else {
                    out.add(new RecalledLot(lot, LocalDate.parse(date), false));
                }
            }
        }
        return out;
    }
}
