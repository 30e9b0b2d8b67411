package org.pharmadist.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Order days every 10 days from 2026-06-05 up to and including {@code last}. */
    private static List<LocalDate> every10Days(LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 6, 5); !d.isAfter(last); d = d.plusDays(10)) {
            days.add(d);
        }
        return days;
    }

    @Test
    void aCustomerOrderingAsUsualIsLowRisk() {
        // Window 90 days: 2026-09-03 .. 2026-12-01. Orders 06-05, 06-15, ..., 11-22 (18 order days).
        // Before the window: 06-05 .. 08-24 = 9 order days over 06-05 .. 09-03 = 90 days -> 0.1/day.
        // In the window: 09-03 .. 11-22 = 9 order days / 90 = 0.1/day -> ratio 1.0.
        // Mean interval 10 days, last order 9 days ago -> LOW.
        ChurnRisk.Assessment a = ChurnRisk.assess(every10Days(LocalDate.of(2026, 11, 22)), TODAY, 90).orElseThrow();
        assertThat(a.baselineOrders()).isEqualTo(9);
        assertThat(a.recentOrders()).isEqualTo(9);
        assertThat(a.ratio()).isCloseTo(1.0, within(1e-9));
        assertThat(a.meanIntervalDays()).isCloseTo(10.0, within(1e-9));
        assertThat(a.daysSinceLastOrder()).isEqualTo(9);
        assertThat(a.level()).isEqualTo(ChurnRisk.Level.LOW);
    }

    @Test
    void aCustomerWhoStoppedOrderingIsHighRisk() {
        // Same habit until 09-13, then nothing: baseline 9 order days / 90 days = 0.1/day; window: 09-03, 09-13 =
        // 2 / 90 = 0.0222/day -> ratio 0.222 <= 0.25 -> HIGH. Mean interval (09-13 - 06-05 = 100 days) / 10 = 10;
        // 79 days since the last order (> 3 x 10 as well).
        ChurnRisk.Assessment a = ChurnRisk.assess(every10Days(LocalDate.of(2026, 9, 13)), TODAY, 90).orElseThrow();
        assertThat(a.recentOrders()).isEqualTo(2);
        assertThat(a.ratio()).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(a.daysSinceLastOrder()).isEqualTo(79);
        assertThat(a.level()).isEqualTo(ChurnRisk.Level.HIGH);
    }

    @Test
    void aSlowingCustomerIsMediumRisk() {
        // Baseline as above (0.1/day); in the window only 09-03, 09-23, 10-13, 11-02, 11-22 = 5 / 90 -> ratio 0.556
        // (<= 0.6) -> MEDIUM; 9 days since the last order, mean interval 170 / 13 = 13.1 days.
        List<LocalDate> days = new ArrayList<>(every10Days(LocalDate.of(2026, 8, 24)));
        for (LocalDate d = LocalDate.of(2026, 9, 3); !d.isAfter(TODAY); d = d.plusDays(20)) {
            days.add(d);
        }
        ChurnRisk.Assessment a = ChurnRisk.assess(days, TODAY, 90).orElseThrow();
        assertThat(a.recentOrders()).isEqualTo(5);
        assertThat(a.ratio()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(a.level()).isEqualTo(ChurnRisk.Level.MEDIUM);
    }

    @Test
    void tooLittleHistorySaysNothing() {
        assertThat(ChurnRisk.assess(List.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 20)), TODAY, 90)).isEmpty();
    }
}
