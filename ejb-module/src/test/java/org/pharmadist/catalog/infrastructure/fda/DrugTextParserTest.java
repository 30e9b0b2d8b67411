package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrugTextParserTest {

    /** Real NADAC descriptions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "LEVOTHYROXINE 25 MCG TABLET, 25 MCG, TABLET",
            "HYDROCODONE-ACETAMINOPHEN 5-325 MG TABLET, 5-325 MG, TABLET",
            "OXYCODONE HCL 5 MG/5 ML SOLN, 5 MG/5 ML, SOLUTION",
            "OMEPRAZOLE DR 20 MG CAPSULE, 20 MG, CAPSULE",
            "CLOBETASOL 0.05% CREAM, 0.05%, CREAM",
            "AMLODIPINE-ATORVAST 5-20 MG, 5-20 MG, null",
            "'XIGDUO XR 5 MG-1,000 MG TABLET', '5 MG-1,000 MG', TABLET",
            "EMSAM 6 MG/24 HOURS PATCH, 6 MG/24 HOURS, PATCH",
            "MIDAZOLAM HCL 2 MG/2 ML VIAL, 2 MG/2 ML, VIAL",
            "DEXTROAMP-AMPHETAMIN 10 MG TAB, 10 MG, TABLET",
            "BUPRENORPHINE 2 MG TABLET SL, 2 MG, TABLET SL",
    })
    void nadacDescriptionWithClearStrength(String description, String strength, String form) {
        assertThat(DrugTextParser.nadacDescription(description))
                .contains(new DrugTextParser.StrengthAndForm(strength, form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACETAMINOPHEN-COD #3 TABLET", "LACTATED RINGERS INJECTION", "NORG-EE 0.18-0.215-0.25/0.035",
            "IPRATROPIUM-ALBUTEROL 0.5-3(2.5) MG/3 ML", "POLYETHYLENE GLYCOL 3350 POWD", "KLOR-CON M20 TABLET", ""})
    void nadacDescriptionWithoutClearStrength(String description) {
        assertThat(DrugTextParser.nadacDescription(description)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hydromorphone Hydrochloride, Injection, 10 mg/1 mL (NDC 63323-851-15)|10 mg/1 mL",
            "Clonazepam, Tablet, .5 mg (NDC 59651-722-99)|.5 mg",
            "Relexxii, Tablet, Extended Release, 72 mg (NDC 68025-084-30)|72 mg",
            "Heparin Sodium, Injection, 1,000 Units/500 mL (2 Units/mL) (NDC 0409-7620-03)|1,000 Units/500 mL (2 Units/mL)",
    })
    void presentationStrength(String presentation, String strength) {
        assertThat(DrugTextParser.presentationStrength(presentation)).contains(strength);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corlanor, Tablet, eq. 7.5 mg base (NDC 55513-810-60)", "Yasmin, Tablet, Kit (NDC 0555-9131-67)",
            "Travasol, Injection, 2.07 g/100 mL; 1.15 g/100 mL; 1.03 g/100 mL; 480 mg/100 mL; 600 mg/100 mL; 730 mg/100 mL;"
                    + " 580 mg/100 mL; 400 mg/100 mL; 560 mg/100 mL; 680 mg/100 mL (NDC 0338-0644-03)",
            "no NDC here, 5 mg"})
    void presentationWithoutUsableStrength(String presentation) {
        assertThat(DrugTextParser.presentationStrength(presentation)).isEmpty();
    }
}
