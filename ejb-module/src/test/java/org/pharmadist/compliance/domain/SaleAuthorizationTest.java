package org.pharmadist.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.compliance.domain.SaleAuthorization.HeldLicense;
import org.pharmadist.compliance.domain.SaleAuthorization.ProductClass;
import org.pharmadist.crm.domain.ControlledSubstanceSchedule;
import org.pharmadist.crm.domain.LicenseKind;

/** License and DEA schedule rules on a fixed business day. */
class SaleAuthorizationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final ProductClass OTC = new ProductClass("NDC 00000-0000-01 Ibuprofen", false, null);
    private static final ProductClass RX = new ProductClass("NDC 63323-0540-11 Heparin", true, null);
    private static final ProductClass CII = new ProductClass("NDC 00406-8958-01 Amphetamine", true, DeaSchedule.CII);
    private static final ProductClass CIV = new ProductClass("NDC 00000-1111-01 Alprazolam", true, DeaSchedule.CIV);
    private static final ProductClass CI = new ProductClass("NDC 00000-2222-01 Dronabinol bulk", true, DeaSchedule.CI);

    private static HeldLicense state(String state, LocalDate expires) {
        return new HeldLicense(LicenseKind.STATE_PHARMACY, "PH-" + state, state, Set.of(), expires);
    }

    private static HeldLicense dea(LocalDate expires, ControlledSubstanceSchedule... schedules) {
        return new HeldLicense(LicenseKind.DEA, "AB1234563", null,
                schedules.length == 0 ? EnumSet.noneOf(ControlledSubstanceSchedule.class) : EnumSet.of(schedules[0], schedules), expires);
    }

    private static Optional<String> code(ProductClass p, List<HeldLicense> l, String shipTo) {
        return SaleAuthorization.check("Acme Pharmacy", p, l, shipTo, DAY).map(LicenseRefusal::code);
    }

    @Test
    void otcNeedsNoLicense() {
        assertThat(code(OTC, List.of(), "TX")).isEmpty();
    }

    @Test
    void prescriptionNeedsAStateLicenseValidOnTheDayForTheShipToState() {
        assertThat(code(RX, List.of(), "TX")).contains("state-license-missing");
        assertThat(code(RX, List.of(state("TX", DAY)), "TX")).as("valid through its expiry day").isEmpty();
        assertThat(code(RX, List.of(state("TX", DAY.minusDays(1))), "TX")).contains("state-license-expired");
        assertThat(code(RX, List.of(state("OK", DAY.plusYears(1))), "TX")).contains("state-license-wrong-state");
        assertThat(code(RX, List.of(state("OK", DAY.plusYears(1))), null)).as("no ship-to state: any state counts").isEmpty();
        assertThat(code(RX, List.of(state("TX", DAY.minusDays(1)), state("tx", DAY.plusDays(30))), "TX"))
                .as("a renewed license next to the expired one").isEmpty();
    }

    @Test
    void scheduledProductNeedsAValidDeaRegistrationCoveringItsSchedule() {
        List<HeldLicense> txOnly = List.of(state("TX", DAY.plusYears(1)));
        assertThat(code(CII, txOnly, "TX")).contains("dea-registration-missing");
        assertThat(code(CII, List.of(txOnly.get(0), dea(DAY.minusDays(1), ControlledSubstanceSchedule.CII)), "TX"))
                .contains("dea-registration-expired");
        assertThat(code(CII, List.of(txOnly.get(0), dea(DAY, ControlledSubstanceSchedule.CII)), "TX")).isEmpty();
        assertThat(code(CII, List.of(txOnly.get(0), dea(DAY.plusYears(1), ControlledSubstanceSchedule.CIII,
                ControlledSubstanceSchedule.CIV, ControlledSubstanceSchedule.CV)), "TX")).contains("dea-schedule-not-covered");
        assertThat(code(CII, List.of(txOnly.get(0), dea(DAY.plusYears(1), ControlledSubstanceSchedule.CIIN)), "TX"))
                .as("2N (non-narcotic) alone does not cover a CII product the catalog does not mark non-narcotic")
                .contains("dea-schedule-not-covered");
        assertThat(code(CIV, List.of(txOnly.get(0), dea(DAY.plusYears(1), ControlledSubstanceSchedule.CIV)), "TX")).isEmpty();
    }

    @Test
    void stateLicenseIsCheckedBeforeTheDeaRegistration() {
        assertThat(code(CII, List.of(dea(DAY.plusYears(1), ControlledSubstanceSchedule.CII)), "TX")).contains("state-license-missing");
    }

    @Test
    void scheduleOneIsNeverSold() {
        assertThat(code(CI, List.of(state("TX", DAY.plusYears(1)), dea(DAY.plusYears(1), ControlledSubstanceSchedule.values())),
                "TX")).contains("schedule-i-not-sellable");
    }

    @Test
    void refusalNamesTheRuleTheLicenseAndTheProduct() {
        LicenseRefusal r = SaleAuthorization.check("Acme Pharmacy", CII,
                List.of(state("TX", DAY.plusYears(1)), dea(DAY.plusYears(1), ControlledSubstanceSchedule.CIV)), "TX", DAY).orElseThrow();
        assertThat(r.rule()).contains("21 CFR 1301.74");
        assertThat(r.message()).contains("AB1234563").contains("Acme Pharmacy").contains("CIV").contains("not CII")
                .contains("Amphetamine").contains("Schedule II");
    }
}
