package org.pharmadist.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductStatus;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.catalog.domain.WholeUnitConversion;

/** Purchase-order lines in whole purchase units, amounts, life cycle and receipts. */
class PurchaseOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final Product boxOf30 = TestProducts.boxed("0002-8215-01", "HUMULIN R", MarketingCategory.RX, 30);

    private PurchaseOrder draft() {
        return new PurchaseOrder("PO-2026-000001", TestProducts.supplier("LILLY"), 1L, LocalDate.of(2026, 11, 29), null, NOW);
    }

    @Test
    void sixtyEachOnABoxOfThirtyIsTwoBoxesWithoutWarning() {
        PurchaseOrder po = draft();
        WholeUnitConversion c = po.addLine(boxOf30, Quantity.of("60", UnitOfMeasure.EA), new BigDecimal("12.50"), NOW);
        assertThat(c.warning()).isEmpty();
        PurchaseOrderLine line = po.lines().get(0);
        assertThat(line.quantity()).isEqualByComparingTo("2");
        assertThat(line.unit()).isEqualTo(UnitOfMeasure.BX);
        assertThat(line.quantityInStockUnits()).isEqualByComparingTo("60");
        assertThat(line.requested()).isEqualTo(Quantity.of("60", UnitOfMeasure.EA));
        assertThat(line.lineAmount()).isEqualTo(new BigDecimal("25.00"));
        assertThat(po.totalAmount()).isEqualTo(new BigDecimal("25.00"));
    }

    @Test
    void fortyFiveEachIsRoundedUpToTwoBoxesWithAWarningNeverReadAsFortyFiveBoxes() {
        PurchaseOrder po = draft();
        WholeUnitConversion c = po.addLine(boxOf30, Quantity.of("45", UnitOfMeasure.EA), new BigDecimal("10"), NOW);
        assertThat(c.roundedUp()).isTrue();
        assertThat(c.warning()).contains("45 EA is not a whole number of BX; rounded up to 2 BX = 60 EA");
        assertThat(po.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(po.lines().get(0).quantity()).isNotEqualByComparingTo("45");
    }

    @Test
    void quantityInThePurchaseUnitIsTakenAsIs() {
        PurchaseOrder po = draft();
        WholeUnitConversion c = po.addLine(boxOf30, Quantity.of("3", UnitOfMeasure.BX), new BigDecimal("10"), NOW);
        assertThat(c.warning()).isEmpty();
        assertThat(po.lines().get(0).quantity()).isEqualByComparingTo("3");
        assertThat(po.lines().get(0).quantityInStockUnits()).isEqualByComparingTo("90");
    }

    @Test
    void unitCostScaleFiveAndLineAmountScaleTwoHalfUp() {
        PurchaseOrder po = draft();
        po.addLine(boxOf30, Quantity.of("2", UnitOfMeasure.BX), new BigDecimal("12.345675"), NOW);
        po.addLine(boxOf30, Quantity.of("1", UnitOfMeasure.BX), new BigDecimal("0.005"), NOW);
        PurchaseOrderLine first = po.lines().get(0);
        assertThat(first.unitCost()).isEqualTo(new BigDecimal("12.34568"));
        assertThat(first.lineAmount()).isEqualTo(new BigDecimal("24.69")); // 24.69136
        assertThat(po.lines().get(1).lineAmount()).isEqualTo(new BigDecimal("0.01")); // 0.005 HALF_UP
        assertThat(po.totalAmount()).isEqualTo(new BigDecimal("24.70"));
        assertThat(first.unitCostPerStockUnit()).isEqualTo(new BigDecimal("0.41152"));
        assertThat(po.lines()).extracting(PurchaseOrderLine::lineNumber).containsExactly(1, 2);
    }

    @Test
    void aUnitTheProductDoesNotDefineIsRefused() {
        assertThatThrownBy(() -> draft().addLine(boxOf30, Quantity.of("5", UnitOfMeasure.CA), BigDecimal.ONE, NOW))
                .isInstanceOf(UnitNotDefinedException.class).hasMessageContaining("CA");
    }

    @Test
    void discontinuedProductsAreRefused() {
        boxOf30.setStatus(ProductStatus.DISCONTINUED);
        assertThatThrownBy(() -> draft().addLine(boxOf30, Quantity.of("1", UnitOfMeasure.BX), BigDecimal.ONE, NOW))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("discontinued")
                .extracting(e -> ((ProcurementRuleViolation) e).type()).isEqualTo("product-discontinued");
    }

    @Test
    void inactiveSupplierIsRefusedAndExpectedDateDefaultsToLeadTime() {
        PurchaseOrder po = draft();
        assertThat(po.expectedDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(po.currency()).isEqualTo("USD");
        Supplier inactive = TestProducts.supplier("OLD");
        inactive.apply(new SupplierData("Old", null, null, null, null, "US", null, null, null, 30, 5, "USD", false, null, null), NOW);
        assertThatThrownBy(() -> new PurchaseOrder("PO-2026-000002", inactive, 1L, LocalDate.of(2026, 11, 29), null, NOW))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("inactive");
        assertThatThrownBy(() -> new PurchaseOrder("PO-2026-000003", TestProducts.supplier("X"), 1L,
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 1), NOW))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("before the order date");
    }

    @Test
    void lifeCycleWithPartialReceiptOverReceiptRefusalAndClose() {
        PurchaseOrder po = draft();
        assertThatThrownBy(() -> po.send(NOW)).hasMessageContaining("no lines");
        po.addLine(boxOf30, Quantity.of("4", UnitOfMeasure.BX), BigDecimal.TEN, NOW);
        PurchaseOrderLine line = po.lines().get(0);
        assertThatThrownBy(() -> po.receive(line, BigDecimal.ONE, NOW))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("DRAFT");
        po.send(NOW);
        assertThatThrownBy(() -> po.addLine(boxOf30, Quantity.of("1", UnitOfMeasure.BX), BigDecimal.ONE, NOW))
                .isInstanceOf(ProcurementRuleViolation.class).hasMessageContaining("only DRAFT");
        po.confirm(NOW);
        po.receive(line, new BigDecimal("3"), NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(line.openQuantity()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> po.receive(line, new BigDecimal("2"), NOW))
                .isInstanceOf(ProcurementRuleViolation.class)
                .hasMessage("line 1 NDC 0002-8215-01: receiving 2 BX would exceed the ordered 4 BX (3 BX already received, 1 BX open)");
        assertThat(line.receivedQuantity()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> po.cancel(NOW)).hasMessageContaining("cannot cancel");
        po.receive(line, BigDecimal.ONE, NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        po.close(NOW);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.CLOSED);
    }

    @Test
    void removingALineRecalculatesTheTotal() {
        PurchaseOrder po = draft();
        po.addLine(boxOf30, Quantity.of("1", UnitOfMeasure.BX), new BigDecimal("10"), NOW);
        po.addLine(boxOf30, Quantity.of("2", UnitOfMeasure.BX), new BigDecimal("10"), NOW);
        po.removeLine(1, NOW);
        assertThat(po.totalAmount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(po.lines()).extracting(PurchaseOrderLine::lineNumber).containsExactly(2);
        po.addLine(boxOf30, Quantity.of("1", UnitOfMeasure.BX), new BigDecimal("10"), NOW);
        assertThat(po.lines()).extracting(PurchaseOrderLine::lineNumber).containsExactly(2, 3);
    }
}
