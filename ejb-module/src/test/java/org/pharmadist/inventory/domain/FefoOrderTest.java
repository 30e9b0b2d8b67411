package org.pharmadist.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.inventory.domain.FefoOrder.Candidate;

class FefoOrderTest {

    private static final LocalDate D = LocalDate.of(2026, 10, 1);

    private static List<String> sorted(Candidate... cs) {
        List<Candidate> list = new ArrayList<>(List.of(cs));
        list.sort(FefoOrder.ORDER);
        return list.stream().map(c -> c.lotNumber() + "@" + c.locationCode()).toList();
    }

    @Test
    void earliestExpiryFirstEvenWhenReceivedLater() {
        assertThat(sorted(new Candidate(D.plusDays(29), D.minusDays(10), "A", "X"),
                new Candidate(D.plusDays(28), D, "B", "X"))).containsExactly("B@X", "A@X");
    }

    @Test
    void tiesBreakOnReceivedDateThenLotNumberThenLocationCode() {
        LocalDate exp = D.plusDays(100);
        assertThat(sorted(new Candidate(exp, D, "L2", "A"), new Candidate(exp, D, "L1", "B"), new Candidate(exp, D, "L1", "A"),
                new Candidate(exp, D.minusDays(1), "L9", "Z"))).containsExactly("L9@Z", "L1@A", "L1@B", "L2@A");
    }

    @Test
    void lotsWithoutExpiryComeLast() {
        assertThat(sorted(new Candidate(null, D.minusDays(100), "N", "A"), new Candidate(D.plusYears(5), D, "Y", "A")))
                .containsExactly("Y@A", "N@A");
    }
}
