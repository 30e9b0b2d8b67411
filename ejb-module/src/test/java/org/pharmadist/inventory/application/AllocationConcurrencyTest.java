package org.pharmadist.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * No oversell under concurrency, on real PostgreSQL with real parallel transactions: 20 threads race to allocate
 * stock of a product with 10 units left (spread over two lots and two locations), 20 rounds. Every round must end with
 * exactly 10 reserved, reserved <= on hand and on hand >= 0 on every balance, and the allocations answered to the
 * threads adding up to 10.
 */
class AllocationConcurrencyTest {

    private static final int THREADS = 20;
    private static final int ROUNDS = 20;

    private static InventoryFixture f;
    private static LocationView binA;
    private static LocationView binB;

    @BeforeAll
    static void setUp() {
        f = new InventoryFixture("inventory_race");
        f.tx(em -> f.warehouses(em).createWarehouse("NJ1", "Edison", null, null));
        binA = f.tx(em -> f.warehouses(em).createLocation("NJ1", "A", "ROOM_TEMPERATURE", "STORAGE"));
        binB = f.tx(em -> f.warehouses(em).createLocation("NJ1", "B", "ROOM_TEMPERATURE", "STORAGE"));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void racingAllocationsNeverReserveMoreThanOnHand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                Product p = f.rxProduct("RACE " + round);
                f.receive(p, binA, "R" + round + "-A", InventoryFixture.TODAY.plusDays(100), "6");
                f.receive(p, binB, "R" + round + "-B", InventoryFixture.TODAY.plusDays(200), "4");

                CountDownLatch start = new CountDownLatch(1);
                List<Future<BigDecimal>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String demand = "SO-" + round + "/" + t;
                    int wanted = 1 + t % 2;
                    results.add(pool.submit(() -> {
                        start.await();
                        return f.tx((EntityManager em) -> f.allocation(em).allocate(new AllocationRequest(demand, p.id(),
                                Quantity.of(wanted, UnitOfMeasure.EA), null, 0))).allocated();
                    }));
                }
                start.countDown();
                BigDecimal answered = BigDecimal.ZERO;
                for (Future<BigDecimal> r : results) {
                    answered = answered.add(r.get(60, TimeUnit.SECONDS));
                }
                assertThat(answered).as("round " + round + ": allocated as answered to the callers").isEqualByComparingTo("10");
                try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT sum(reserved), sum(on_hand), bool_and(reserved <= on_hand), "
                             + "bool_and(on_hand >= 0), (SELECT sum(quantity) FROM stock_reservation WHERE product_id = "
                             + p.id() + ") FROM stock_balance WHERE product_id = " + p.id())) {
                    rs.next();
                    assertThat(rs.getBigDecimal(1)).as("round " + round + ": total reserved").isEqualByComparingTo("10");
                    assertThat(rs.getBigDecimal(2)).as("round " + round + ": on hand").isEqualByComparingTo("10");
                    assertThat(rs.getBoolean(3)).as("round " + round + ": reserved <= on hand").isTrue();
                    assertThat(rs.getBoolean(4)).as("round " + round + ": on hand >= 0").isTrue();
                    assertThat(rs.getBigDecimal(5)).as("round " + round + ": reservations").isEqualByComparingTo("10");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
