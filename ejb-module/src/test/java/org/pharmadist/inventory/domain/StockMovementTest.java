package org.pharmadist.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/** The effect of each movement type on a balance, and the moving average cost formula. */
class StockMovementTest {

    private static StockMovement apply(MovementType type, StockBalance b, String qty) {
        return StockMovement.apply(type, b, new BigDecimal(qty), UnitOfMeasure.EA, type == MovementType.ADJUSTMENT ? "LOST" : null,
                "DOC", "tester", Instant.EPOCH);
    }

    @Test
    void eachTypeChangesOnHandAndReservedAsDocumented() {
        StockBalance b = new StockBalance(1, 2, 3);
        assertThat(apply(MovementType.RECEIPT, b, "10").quantity()).isEqualByComparingTo("10");
        StockMovement alloc = apply(MovementType.ALLOCATION, b, "4");
        assertThat(alloc.onHandChange()).isEqualByComparingTo("0");
        assertThat(alloc.reservedChange()).isEqualByComparingTo("4");
        apply(MovementType.PICK, b, "4");
        StockMovement ship = apply(MovementType.SHIPMENT, b, "4");
        assertThat(ship.quantity()).isEqualByComparingTo("-4");
        assertThat(b.onHand()).isEqualByComparingTo("6");
        assertThat(b.reserved()).isEqualByComparingTo("0");
        apply(MovementType.ADJUSTMENT, b, "-1");
        assertThat(b.onHand()).isEqualByComparingTo("5");
        assertThat(b.onHand().scale()).isEqualTo(3);
    }

    @Test
    void aMovementThatWouldOversellIsRefusedAndLeavesTheBalance() {
        StockBalance b = new StockBalance(1, 2, 3);
        apply(MovementType.RECEIPT, b, "2");
        assertThatThrownBy(() -> apply(MovementType.ALLOCATION, b, "3")).isInstanceOf(InsufficientStockException.class);
        assertThatThrownBy(() -> apply(MovementType.TRANSFER_OUT, b, "3")).isInstanceOf(InsufficientStockException.class);
        assertThat(b.onHand()).isEqualByComparingTo("2");
        assertThat(b.reserved()).isEqualByComparingTo("0");
    }

    @Test
    void movingAverageCostIsWeightedByQuantityScale5HalfUp() {
        assertThat(ProductCost.movingAverage(new BigDecimal("10"), new BigDecimal("2.00000"), new BigDecimal("30"),
                new BigDecimal("3"))).isEqualTo(new BigDecimal("2.75000"));
        assertThat(ProductCost.movingAverage(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("3"),
                new BigDecimal("0.000005"))).isEqualTo(new BigDecimal("0.50000"));
        assertThat(ProductCost.movingAverage(BigDecimal.ZERO, null, new BigDecimal("5"), new BigDecimal("1.234567")))
                .isEqualTo(new BigDecimal("1.23457"));
    }
}
