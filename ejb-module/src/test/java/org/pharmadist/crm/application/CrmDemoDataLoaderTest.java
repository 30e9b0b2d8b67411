package org.pharmadist.crm.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CrmDemoDataLoaderTest {

    @Test
    void relativeDatesResolveAgainstToday() {
        assertThat(CrmDemoDataLoader.resolveDates("a,today+20,today-9,b", LocalDate.of(2026, 11, 29)))
                .isEqualTo("a,2026-12-19,2026-11-20,b");
    }

    @Test
    void demoFileSaysItIsFictitiousAndHasAboutFortyCustomers() {
        String csv = CrmDemoDataLoader.demoCsv();
        assertThat(csv).startsWith("# Fictitious");
        long rows = csv.lines().filter(l -> !l.startsWith("#") && !l.startsWith("type,")).count();
        assertThat(rows).isBetween(35L, 50L);
    }
}
