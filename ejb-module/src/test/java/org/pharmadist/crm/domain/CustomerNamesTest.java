package org.pharmadist.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Main Street Pharmacy, Inc.|main street pharmacy",
        "MAIN STREET PHARMACY INC|main street pharmacy",
        "  main   street pharmacy  |main street pharmacy",
        "Main-Street Pharmacy LLC|main street pharmacy",
        "Main Street Pharmacy, L.L.C.|main street pharmacy",
        "The Main Street Pharmacy Co.|main street pharmacy",
        "Hill Country Pediatrics, PLLC|hill country pediatrics",
        "Smith & Sons Drug Corp.|smith and sons drug",
        "Smith and Sons Drug Corporation|smith and sons drug",
        "Riverbend Drug Co., Ltd.|riverbend drug",
        "Crèche Pharmacie LP|creche pharmacie",
        "St. Brendan's Medical Center|st brendans medical center"})
    void normalisesCaseSpacingPunctuationAndLegalForms(String name, String key) {
        assertThat(CustomerNames.normalise(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Main Street Pharmacy|Main Street Pharmacy East",
        "Coco Pharmacy|Pharmacy",
        "Incline Village Pharmacy|Village Pharmacy"})
    void differentNamesStayDifferent(String a, String b) {
        assertThat(CustomerNames.normalise(a)).isNotEqualTo(CustomerNames.normalise(b));
    }
}
