package org.pharmadist.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pharmadist.inventory.application.InventoryFixture.TODAY;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.inventory.domain.InsufficientStockException;
import org.pharmadist.inventory.domain.InventoryRuleException;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.LotStatusChanged;
import org.pharmadist.inventory.domain.StockChanged;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;

/**
 * The inventory on real PostgreSQL with a fixed business date (2026-10-01, America/New_York): receipts, FEFO
 * allocation, shelf-life minimum, storage conditions, pick/ship with serials, transfers, counts, lot decisions, the
 * ledger/balance invariant and the reports.
 */
class InventoryPersistenceTest {

    private static InventoryFixture f;
    private static LocationView room;
    private static LocationView room2;
    private static LocationView fridge;
    private static LocationView quarantine;
    private static LocationView otherDc;

    @BeforeAll
    static void warehouses() {
        f = new InventoryFixture("inventory_test");
        f.tx(em -> f.warehouses(em).createWarehouse("nj1", "Edison NJ main DC", "Edison, NJ", "America/New_York"));
        f.tx(em -> f.warehouses(em).createWarehouse("PA1", "Allentown PA DC", null, null));
        room = f.tx(em -> f.warehouses(em).createLocation("NJ1", "a-01-01", "ROOM_TEMPERATURE", "STORAGE"));
        room2 = f.tx(em -> f.warehouses(em).createLocation("NJ1", "A-01-02", "ROOM_TEMPERATURE", "STORAGE"));
        fridge = f.tx(em -> f.warehouses(em).createLocation("NJ1", "COLD-01", "REFRIGERATED", "STORAGE"));
        quarantine = f.tx(em -> f.warehouses(em).createLocation("NJ1", "Q-01", "ROOM_TEMPERATURE", "QUARANTINE"));
        otherDc = f.tx(em -> f.warehouses(em).createLocation("PA1", "B-01-01", "ROOM_TEMPERATURE", "STORAGE"));
    }

    private static <T> List<T> list(List<T> l) {
        return l;
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void warehouseAndLocationCodesAreUpperCasedAndUnique() {
        assertThat(room.code()).isEqualTo("A-01-01");
        assertThat(room.warehouseCode()).isEqualTo("NJ1");
        assertThatThrownBy(() -> f.tx(em -> f.warehouses(em).createWarehouse("NJ1", "again", null, null)))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).type()).isEqualTo("warehouse-exists");
        assertThatThrownBy(() -> f.tx(em -> f.warehouses(em).createLocation("NJ1", "X", "WARM", "STORAGE")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).containsExactly("storageCondition");
        assertThat(list(f.query(q -> q.warehouses()))).extracting(WarehouseView::code).containsExactly("NJ1", "PA1");
        assertThat(list(f.query(q -> q.locations("nj1")))).extracting(LocationView::code)
                .containsExactly("A-01-01", "A-01-02", "COLD-01", "Q-01");
    }

    @Test
    void fefoTakesTheEarliestExpiryFirstAndNeverAnExpiredLot() {
        Product p = f.rxProduct("FEFO EXAMPLE");
        // C expired yesterday, A expires 2026-10-30, B a day earlier but received later
        f.receive(p, room, "C", TODAY.minusDays(1), "10");
        f.receive(p, room, "A", java.time.LocalDate.of(2026, 10, 30), "10");
        f.receive(p, room2, "B", java.time.LocalDate.of(2026, 10, 29), "10");

        AllocationResult r = f.allocate("SO-123/2", p, "15", null);

        assertThat(r.lines()).extracting(AllocationLine::lotNumber, l -> l.quantity().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", "10.000"),
                        org.assertj.core.groups.Tuple.tuple("A", "5.000"));
        assertThat(r.allocated()).isEqualByComparingTo("15");
        assertThat(r.shortfall()).isEqualByComparingTo("0");
        assertThat(r.unit()).isEqualTo(UnitOfMeasure.EA);

        // the 15 left over are 5 of A and the expired C: only 5 more can be allocated, 10 short
        AllocationResult more = f.allocate("SO-124/1", p, "15", 0);
        assertThat(more.lines()).extracting(AllocationLine::lotNumber).containsExactly("A");
        assertThat(more.shortfall()).isEqualByComparingTo("10");

        Availability atp = f.query(q -> q.availability(p.ndc11(), null, null));
        assertThat(atp.onHand()).isEqualByComparingTo("30");
        assertThat(atp.reserved()).isEqualByComparingTo("20");
        assertThat(atp.blocked()).isEqualByComparingTo("10");
        assertThat(atp.availableToPromise()).isEqualByComparingTo("0");
        List<StockLine> stock = f.query(q -> q.stockByProduct(p.ndc11(), null));
        assertThat(stock).extracting(StockLine::lotNumber).containsExactly("C", "B", "A");
        assertThat(stock.get(0).sellable()).isFalse();
        assertThat(stock.get(0).daysToExpiry()).isEqualTo(-1L);
        assertThat(stock.get(1).sellable()).isTrue();
        assertThat(stock.get(1).daysToExpiry()).isEqualTo(28L);
        assertThat(f.events.fired).anySatisfy(e -> assertThat(e).isInstanceOf(StockChanged.class));
    }

    @Test
    void fefoTieBreaksOnReceivedDateThenLotNumberThenLocationCode() {
        Product p = f.rxProduct("TIE BREAK");
        java.time.LocalDate expiry = TODAY.plusDays(100);
        f.receive(p, room2, "L2", expiry, "1");
        f.receive(p, room2, "L1", expiry, "1");
        f.receive(p, room, "L1", expiry, "1");
        AllocationResult r = f.allocate("SO-TIE", p, "3", null);
        assertThat(r.lines()).extracting(l -> l.lotNumber() + "@" + l.locationCode())
                .containsExactly("L1@A-01-01", "L1@A-01-02", "L2@A-01-02");
    }

    @Test
    void minimumShelfLifeSkipsLotsThatExpireTooSoonAndAtpFollowsIt() {
        Product p = f.rxProduct("SHELF LIFE");
        f.receive(p, room, "SHORT", TODAY.plusDays(100), "10");
        f.receive(p, room, "LONG", TODAY.plusDays(200), "10");
        f.receive(p, room, "EXACT", TODAY.plusDays(150), "5");

        Availability needs150 = f.query(q -> q.availability(p.ndc11(), 150, null));
        assertThat(needs150.availableToPromise()).isEqualByComparingTo("15");
        assertThat(needs150.blocked()).isEqualByComparingTo("10");

        AllocationResult r = f.allocate("SO-SHELF", p, "20", 150);
        assertThat(r.lines()).extracting(AllocationLine::lotNumber).containsExactly("EXACT", "LONG");
        assertThat(r.shortfall()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> f.allocate("SO-X", p, "1", -1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refrigeratedProductIsRefusedInARoomTemperatureLocationOnReceiptAndTransfer() {
        Product insulin = f.product("TEST INSULIN", MarketingCategory.RX, StorageCondition.REFRIGERATED, false, false);
        assertThatThrownBy(() -> f.receive(insulin, room, "INS1", TODAY.plusDays(300), "5"))
                .isInstanceOf(InventoryRuleException.class)
                .extracting(e -> ((InventoryRuleException) e).type()).isEqualTo("storage-condition-mismatch");
        ReceivedStock ok = f.receive(insulin, fridge, "INS1", TODAY.plusDays(300), "5");
        assertThatThrownBy(() -> f.tx(em -> f.movements(em).transfer(new TransferRequest(ok.lotId(), fridge.id(),
                room.id(), Quantity.of(1, UnitOfMeasure.EA), null, "TR-1"))))
                .isInstanceOf(InventoryRuleException.class)
                .extracting(e -> ((InventoryRuleException) e).type()).isEqualTo("storage-condition-mismatch");
        // nothing half-written: the refused receipt booked no stock
        assertThat(list(f.query(q -> q.stockByProduct(insulin.ndc11(), null)))).singleElement()
                .satisfies(l -> assertThat(l.onHand()).isEqualByComparingTo("5"));
    }

    @Test
    void prescriptionReceiptNeedsLotAndExpiryAndOtcDoesNotNeedExpiry() {
        Product rx = f.rxProduct("RX NEEDS LOT");
        assertThatThrownBy(() -> f.receive(rx, room, "L", null, "1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expiry");
        Product otc = f.product("OTC NO EXPIRY", MarketingCategory.OTC, StorageCondition.ROOM_TEMPERATURE, false, false);
        ReceivedStock r = f.receive(otc, room, "O1", null, "4");
        assertThat(r.status()).isEqualTo(LotStatus.AVAILABLE);
        assertThat(f.query(q -> q.availability(otc.ndc11(), 365, null)).availableToPromise()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> f.receive(rx, room, "L", TODAY, "0")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void receiptInAnotherUnitIsConvertedToTheStockUnitAndMonthYearExpiryIsTheLastDay() {
        Product p = f.rxProduct("BOXED");
        ReceivedStock r = f.tx(em -> f.receipts(em).receive(new ReceiptRequest(p.ndc11(), "nj1", "a-01-01", "BX1",
                "EXP 05/2027", null, Quantity.of(2, UnitOfMeasure.BX), new BigDecimal("1.5"), null, "GR-BX")));
        assertThat(r.quantity()).isEqualByComparingTo("20");
        assertThat(r.expiryDate()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
        assertThatThrownBy(() -> f.tx(em -> f.receipts(em).receive(new ReceiptRequest(p.ndc11(), "NJ1", "A-01-01", "BX2",
                "13/2027", null, Quantity.of(1, UnitOfMeasure.EA), null, null, "GR-BX"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).containsExactly("expiry");
    }

    @Test
    @SuppressWarnings("unchecked")
    void qualityReleaseProductIsReceivedInQuarantineAndOnlyAllocatableAfterRelease() {
        Product p = f.product("NEEDS QA", MarketingCategory.RX, StorageCondition.ROOM_TEMPERATURE, false, true);
        ReceivedStock r = f.receive(p, room, "QA1", TODAY.plusDays(400), "8");
        assertThat(r.status()).isEqualTo(LotStatus.QUARANTINE);
        assertThat(f.allocate("SO-QA", p, "1", null).allocated()).isEqualByComparingTo("0");
        assertThat(f.query(q -> q.availability(p.ndc11(), null, null)).blocked()).isEqualByComparingTo("8");

        assertThatThrownBy(() -> f.tx(em -> f.lots(em).releaseFromQuarantine(r.lotId(), " ")))
                .isInstanceOf(InvalidInputException.class);
        LotDecision d = f.tx(em -> f.lots(em).releaseFromQuarantine(r.lotId(), "CoA reviewed, batch record OK"));
        assertThat(d.fromStatus()).isEqualTo("QUARANTINE");
        assertThat(d.toStatus()).isEqualTo("AVAILABLE");
        assertThat(d.decidedBy()).isEqualTo("system");
        assertThat(f.allocate("SO-QA", p, "3", null).allocated()).isEqualByComparingTo("3");

        f.tx(em -> f.lots(em).markRecalled(r.lotId(), "FDA class II recall Z-1234-2026"));
        assertThat(f.allocate("SO-QA2", p, "1", null).allocated()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> f.tx(em -> f.lots(em).releaseFromQuarantine(r.lotId(), "try")))
                .isInstanceOf(InventoryRuleException.class);
        // picking the earlier reservation of the now recalled lot is refused
        assertThatThrownBy(() -> f.tx(em -> f.allocation(em).pick("SO-QA", null)))
                .isInstanceOf(InventoryRuleException.class)
                .extracting(e -> ((InventoryRuleException) e).type()).isEqualTo("lot-not-sellable");
        assertThat(list(f.tx(em -> f.lots(em).decisions(r.lotId())))).extracting(LotDecision::toStatus)
                .containsExactly("AVAILABLE", "RECALLED");
        assertThat(f.events.fired).anySatisfy(e -> assertThat(e).isInstanceOf(LotStatusChanged.class));
        // the lot is an audited business record: its status history is in lot_aud (Envers)
        List<Object> audited = f.tx(em -> (List<Object>) em.createNativeQuery("SELECT status FROM lot_aud WHERE id = ?1 ORDER BY rev")
                .setParameter(1, r.lotId()).getResultList());
        assertThat(audited).containsExactly("QUARANTINE", "AVAILABLE", "RECALLED");
    }

    @Test
    void stockLevelsForOtherModulesFollowTheSameAtpRule() {
        Product p = f.rxProduct("LEVELS");
        Product none = f.rxProduct("NO STOCK");
        f.receive(p, room, "LV1", TODAY.plusDays(100), "7");
        f.receive(p, room, "LV0", TODAY.minusDays(1), "3");
        f.receive(p, otherDc, "LV2", TODAY.plusDays(100), "2");
        f.allocate("SO-LV", p, "1", null);
        long nj1 = f.query(q -> q.warehouseId("NJ1"));
        java.util.Map<Long, BigDecimal> all = levels(List.of(p.id(), none.id()), null);
        assertThat(all).containsOnlyKeys(p.id());
        assertThat(all.get(p.id())).isEqualByComparingTo("8");
        assertThat(levels(List.of(p.id()), nj1).get(p.id())).isEqualByComparingTo("6");
    }

    private static java.util.Map<Long, BigDecimal> levels(List<Long> ids, Long warehouseId) {
        jakarta.persistence.EntityManager em = f.db.read();
        try {
            StockLevelsService s = new StockLevelsService();
            s.em = em;
            s.calendar = f.calendar;
            return s.availableToPromise(ids, warehouseId);
        } finally {
            em.close();
        }
    }

    @Test
    void serialisedProductTakesOneSerialPerPackageAtReceiptAndPickAndShipsThem() {
        Product p = f.product("SERIALISED", MarketingCategory.RX, StorageCondition.ROOM_TEMPERATURE, true, false);
        assertThatThrownBy(() -> f.receive(p, room, "S1", TODAY.plusDays(300), "3", "2", List.of("SN1", "SN2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one serial number per package");
        f.receive(p, room, "S1", TODAY.plusDays(300), "3", "2", List.of("SN1", "SN2", "SN3"));
        assertThatThrownBy(() -> f.receive(p, room, "S1", TODAY.plusDays(300), "1", "2", List.of("SN2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already in stock");

        f.allocate("SO-SER/1", p, "2", null);
        assertThatThrownBy(() -> f.tx(em -> f.allocation(em).pick("SO-SER/1", List.of("SN1"))))
                .isInstanceOf(InvalidInputException.class);
        List<PickedLine> picked = f.tx(em -> f.allocation(em).pick("SO-SER/1", List.of("SN3", "SN1")));
        assertThat(picked).singleElement().satisfies(l -> assertThat(l.serialNumbers()).containsExactly("SN1", "SN3"));
        List<PickedLine> shipped = f.tx(em -> f.allocation(em).ship("SO-SER/1", "SH-1"));
        assertThat(shipped).singleElement().satisfies(l -> assertThat(l.serialNumbers()).containsExactly("SN1", "SN3"));
        Availability atp = f.query(q -> q.availability(p.ndc11(), null, null));
        assertThat(atp.onHand()).isEqualByComparingTo("1");
        assertThat(atp.reserved()).isEqualByComparingTo("0");
        String status = f.tx(em -> (String) em.createNativeQuery("SELECT status FROM serial_number WHERE serial = 'SN3'")
                .getSingleResult());
        assertThat(status).isEqualTo("SHIPPED");
        // a customer returns one shipped package under its serial; an in-stock serial cannot come back
        assertThatThrownBy(() -> f.tx(em -> f.receiving(em).receiveReturn(new StockReceipt(p.id(), quarantine.id(), "S1",
                TODAY.plusDays(300), null, BigDecimal.ONE, null, List.of("SN2"), "RMA-SER"))))
                .isInstanceOf(InvalidInputException.class);
        f.tx(em -> f.receiving(em).receiveReturn(new StockReceipt(p.id(), quarantine.id(), "S1", TODAY.plusDays(300), null,
                BigDecimal.ONE, null, List.of("SN3"), "RMA-SER")));
        String back = f.tx(em -> (String) em.createNativeQuery("SELECT status FROM serial_number WHERE serial = 'SN3'")
                .getSingleResult());
        assertThat(back).isEqualTo("IN_STOCK");
    }

    @Test
    void transferMovesStockBetweenWarehousesAndRefusesMoreThanUnreserved() {
        Product p = f.rxProduct("TRANSFER");
        ReceivedStock r = f.receive(p, room, "T1", TODAY.plusDays(300), "10");
        f.allocate("SO-TR", p, "4", null);
        assertThatThrownBy(() -> f.tx(em -> f.movements(em).transfer(new TransferRequest(r.lotId(), room.id(),
                otherDc.id(), Quantity.of(7, UnitOfMeasure.EA), null, "TR-2"))))
                .isInstanceOf(InsufficientStockException.class);
        TransferResult t = f.tx(em -> f.movements(em).transfer(new TransferRequest(r.lotId(), room.id(), otherDc.id(),
                Quantity.of(6, UnitOfMeasure.EA), null, "TR-2")));
        assertThat(t.quantity()).isEqualByComparingTo("6");
        assertThat(f.query(q -> q.availability(p.ndc11(), null, "PA1")).onHand()).isEqualByComparingTo("6");
        assertThat(f.query(q -> q.availability(p.ndc11(), null, "NJ1")).onHand()).isEqualByComparingTo("4");
        Page<LedgerEntry> ledger = f.query(q -> q.ledger(null, r.lotId(), new PageRequest(50, 0, null)));
        assertThat(ledger.items()).extracting(LedgerEntry::type)
                .containsExactly("RECEIPT", "ALLOCATION", "TRANSFER_OUT", "TRANSFER_IN");
        assertThat(ledger.items().get(2).quantity()).isEqualByComparingTo("-6");
        assertThat(ledger.items().get(2).warehouseCode()).isEqualTo("NJ1");
        assertThat(ledger.items().get(3).warehouseCode()).isEqualTo("PA1");
    }

    @Test
    void cycleCountBooksTheDifferenceAsAnAdjustmentWithReasonCode() {
        Product p = f.rxProduct("COUNTED");
        ReceivedStock r = f.receive(p, room, "CC1", TODAY.plusDays(300), "10");
        assertThatThrownBy(() -> f.tx(em -> f.movements(em).count(new CycleCountRequest(r.lotId(), room.id(),
                new BigDecimal("8"), null, "CC-1")))).isInstanceOf(InvalidInputException.class);
        CycleCountResult c = f.tx(em -> f.movements(em).count(new CycleCountRequest(r.lotId(), room.id(),
                new BigDecimal("8"), "damaged", "CC-1")));
        assertThat(c.difference()).isEqualByComparingTo("-2");
        assertThat(c.movementId()).isNotNull();
        CycleCountResult same = f.tx(em -> f.movements(em).count(new CycleCountRequest(r.lotId(), room.id(),
                new BigDecimal("8"), null, "CC-2")));
        assertThat(same.movementId()).isNull();
        LedgerEntry adj = f.query(q -> q.ledger(null, r.lotId(), new PageRequest(50, 0, null))).items().get(1);
        assertThat(adj.type()).isEqualTo("ADJUSTMENT");
        assertThat(adj.reasonCode()).isEqualTo("DAMAGED");
        assertThat(adj.quantity()).isEqualByComparingTo("-2");
    }

    @Test
    void stockAtALocationListsItsLotsWithBookedQuantitiesAndExpiryFigures() {
        LocationView bin = f.tx(em -> f.warehouses(em).createLocation("PA1", "SHEET-01", "ROOM_TEMPERATURE", "STORAGE"));
        Product p = f.rxProduct("AAA SHEET");
        f.receive(p, bin, "S-LATE", TODAY.plusDays(200), "3");
        f.receive(p, bin, "S-OLD", TODAY.minusDays(2), "5");
        f.receive(p, room, "S-ELSEWHERE", TODAY.plusDays(200), "7");
        List<StockLine> sheet = f.query(q -> q.stockAtLocation(bin.id()));
        assertThat(sheet).extracting(StockLine::lotNumber).containsExactly("S-OLD", "S-LATE");
        assertThat(sheet.get(0).onHand()).isEqualTo(new BigDecimal("5.000"));
        assertThat(sheet.get(0).daysToExpiry()).isEqualTo(-2L);
        assertThat(sheet.get(0).sellable()).isFalse();
        assertThat(sheet.get(0).available()).isEqualByComparingTo("0");
        assertThat(sheet.get(1).available()).isEqualTo(new BigDecimal("3.000"));
        assertThat(sheet).allSatisfy(l -> {
            assertThat(l.ndc11()).isEqualTo(p.ndc11());
            assertThat(l.unit()).isEqualTo("EA");
            assertThat(l.locationCode()).isEqualTo("SHEET-01");
        });
        assertThat(f.query(InventoryQueryService::nearExpiryHorizonDays).intValue()).isEqualTo(90);
        assertThatThrownBy(() -> f.query(q -> q.stockAtLocation(-1))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aCountSheetIsBookedWholeOrNotAtAll() {
        Product p = f.rxProduct("COUNT SHEET");
        ReceivedStock a = f.receive(p, room, "CS-A", TODAY.plusDays(300), "10");
        ReceivedStock b = f.receive(p, room, "CS-B", TODAY.plusDays(320), "10");
        // second line has a difference and no reason code: the first line's adjustment must not stay booked
        assertThatThrownBy(() -> f.tx(em -> f.movements(em).countSheet(List.of(
                new CycleCountRequest(a.lotId(), room.id(), new BigDecimal("9"), "LOST", "CC-S1"),
                new CycleCountRequest(b.lotId(), room.id(), new BigDecimal("11"), null, "CC-S1")))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.query(q -> q.ledger(null, a.lotId(), new PageRequest(50, 0, null))).items())
                .extracting(LedgerEntry::type).containsExactly("RECEIPT");
        List<CycleCountResult> booked = f.tx(em -> f.movements(em).countSheet(List.of(
                new CycleCountRequest(a.lotId(), room.id(), new BigDecimal("9"), "LOST", "CC-S2"),
                new CycleCountRequest(b.lotId(), room.id(), new BigDecimal("10"), null, "CC-S2"))));
        assertThat(booked).extracting(CycleCountResult::difference).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-1"), BigDecimal.ZERO);
        assertThat(booked.get(0).movementId()).isNotNull();
        assertThat(booked.get(1).movementId()).isNull();
        assertThatThrownBy(() -> f.tx(em -> f.movements(em).countSheet(List.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void balanceEqualsTheSumOfTheLedgerAfterAMixedSequence() throws Exception {
        Product p = f.rxProduct("MIXED");
        f.receive(p, room, "M1", TODAY.plusDays(60), "20");
        ReceivedStock a = f.receive(p, room2, "M2", TODAY.plusDays(90), "15");
        f.allocate("SO-M/1", p, "25", null);
        f.tx(em -> f.allocation(em).pick("SO-M/1", null));
        f.tx(em -> f.allocation(em).ship("SO-M/1", "SH-M1"));
        f.allocate("SO-M/2", p, "5", null);
        f.tx(em -> f.allocation(em).release("SO-M/2"));
        f.allocate("SO-M/3", p, "3", null);
        f.tx(em -> f.movements(em).transfer(new TransferRequest(a.lotId(), room2.id(), otherDc.id(),
                Quantity.of(2, UnitOfMeasure.EA), null, "TR-M")));
        f.tx(em -> f.movements(em).count(new CycleCountRequest(a.lotId(), otherDc.id(), new BigDecimal("1"), "LOST", "CC-M")));
        f.tx(em -> f.receiving(em).receiveReturn(new StockReceipt(p.id(), quarantine.id(), "M1", TODAY.plusDays(60), null,
                new BigDecimal("1"), null, List.of(), "RMA-1")));

        try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM stock_balance b LEFT JOIN (SELECT lot_id, location_id, "
                    + "sum(on_hand_change) oh, sum(reserved_change) rs FROM stock_movement GROUP BY lot_id, location_id) m "
                    + "ON m.lot_id = b.lot_id AND m.location_id = b.location_id "
                    + "WHERE b.on_hand <> coalesce(m.oh, 0) OR b.reserved <> coalesce(m.rs, 0)");
            rs.next();
            assertThat(rs.getInt(1)).as("balances differing from their ledger").isZero();
        }
        Availability atp = f.query(q -> q.availability(p.ndc11(), null, null));
        // 35 received - 25 shipped - 1 lost + 1 returned = 10; 3 reserved
        assertThat(atp.onHand()).isEqualByComparingTo("10");
        assertThat(atp.reserved()).isEqualByComparingTo("3");
        // the returned unit sits in a quarantine location: blocked
        assertThat(atp.blocked()).isEqualByComparingTo("1");
        assertThat(atp.availableToPromise()).isEqualByComparingTo("6");
    }

    @Test
    void theLedgerRefusesUpdateAndDelete() throws Exception {
        Product p = f.rxProduct("APPEND ONLY");
        f.receive(p, room, "AO", TODAY.plusDays(60), "1");
        try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE stock_movement SET quantity = 100"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM stock_movement")).hasMessageContaining("append-only");
        }
    }

    @Test
    void movingAverageCostAndValuation() {
        Product p = f.rxProduct("VALUED");
        f.receive(p, room, "V1", TODAY.plusDays(500), "10", "2.00", List.of());
        f.receive(p, room, "V2", TODAY.plusDays(600), "30", "3.00", List.of());
        f.receive(p, room, "V3", TODAY.plusDays(700), "3", "1.11111", List.of());
        // (10 x 2 + 30 x 3) / 40 = 2.75000; (40 x 2.75 + 3 x 1.11111) / 43 = 2.63568...
        BigDecimal expected = new BigDecimal("110").add(new BigDecimal("3.33333"))
                .divide(new BigDecimal("43"), 5, java.math.RoundingMode.HALF_UP);
        StockValuation v = f.query(InventoryQueryService::valuation);
        ValuationLine line = v.lines().stream().filter(l -> l.productId() == p.id()).findFirst().orElseThrow();
        assertThat(line.averageCost()).isEqualTo(expected).isEqualTo(new BigDecimal("2.63566"));
        assertThat(line.onHand()).isEqualByComparingTo("43");
        assertThat(line.value()).isEqualTo(new BigDecimal("43").multiply(expected).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(line.value().scale()).isEqualTo(2);
        assertThat(v.total()).isEqualTo(v.lines().stream().map(ValuationLine::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void nearExpiryReportListsLotsWithinTheHorizonAndExpiredOnesWithValue() {
        Product p = f.rxProduct("NEAR EXPIRY");
        f.receive(p, room, "N-EXPIRED", TODAY.minusDays(3), "2", "5.00", List.of());
        f.receive(p, room, "N-SOON", TODAY.plusDays(30), "4", "5.00", List.of());
        f.receive(p, room, "N-LATER", TODAY.plusDays(200), "4", "5.00", List.of());
        NearExpiryReport report = f.query(q -> q.nearExpiry(null));
        assertThat(report.horizonDays()).isEqualTo(90);
        List<NearExpiryLine> mine = report.lines().stream().filter(l -> l.productId() == p.id()).toList();
        assertThat(mine).extracting(NearExpiryLine::lotNumber).containsExactly("N-EXPIRED", "N-SOON");
        assertThat(mine.get(0).expired()).isTrue();
        assertThat(mine.get(0).daysToExpiry()).isEqualTo(-3);
        assertThat(mine.get(1).value()).isEqualTo(new BigDecimal("20.00"));
        assertThat(f.query(q -> q.nearExpiry(365)).lines()).extracting(NearExpiryLine::lotNumber).contains("N-LATER");
        assertThatThrownBy(() -> f.query(q -> q.nearExpiry(-1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void expiryJobMarksPastLotsExpiredButTheRuleDidNotWaitForIt() {
        Product p = f.rxProduct("EXPIRY JOB");
        ReceivedStock r = f.receive(p, room, "OLD", TODAY.minusDays(1), "5");
        assertThat(list(f.query(q -> q.lots(p.ndc11())))).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("AVAILABLE");
            assertThat(l.sellable()).isFalse();
        });
        int n = f.tx(em -> f.lots(em).expireLots(TODAY));
        assertThat(n).isGreaterThanOrEqualTo(1);
        assertThat(list(f.tx(em -> f.lots(em).decisions(r.lotId())))).extracting(LotDecision::toStatus).containsExactly("EXPIRED");
    }

    @Test
    void releaseFreesTheReservationsOfADemand() {
        Product p = f.rxProduct("RELEASE");
        f.receive(p, room, "R1", TODAY.plusDays(100), "5");
        f.allocate("SO-REL", p, "5", null);
        assertThat(f.query(q -> q.availability(p.ndc11(), null, null)).availableToPromise()).isEqualByComparingTo("0");
        List<AllocationLine> released = f.tx(em -> f.allocation(em).release("SO-REL"));
        assertThat(released).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("RELEASED"));
        assertThat(f.query(q -> q.availability(p.ndc11(), null, null)).availableToPromise()).isEqualByComparingTo("5");
        assertThat(list(f.tx(em -> f.allocation(em).release("SO-REL")))).isEmpty();
    }
}
