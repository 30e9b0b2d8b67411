package org.pharmadist.inventory.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.Lot;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.inventory.infrastructure.Actors;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Demo warehouses, locations and stock ({@code demo/inventory-lots.csv}), loaded at start-up when demo data is on.
 * Stock is booked as receipts through {@link StockReceiving} (ledger entries, moving average cost), never as raw
 * balances. Idempotent: existing warehouses, locations and lots are left alone. Start-up only: no permission check.
 */
@Stateless
public class InventoryDemoDataService {

    private static final Logger LOG = Logger.getLogger(InventoryDemoDataService.class.getName());

    /** Lot held in quarantine by the demo data (heparin, NJ1 Q-01); the role-matrix probe repeats its quarantine. */
    public static final String QUALITY_HOLD_LOT = "QAHOLD1";

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @EJB
    StockReceiving receiving;

    @Inject
    InventoryCalendar calendar;

    @Inject
    Event<DomainEvent> events;

    private record LocationSpec(String warehouse, String code, StorageCondition condition, LocationType type) { }

    private static final List<LocationSpec> LOCATIONS = List.of(
            new LocationSpec("NJ1", "RCV-01", StorageCondition.ROOM_TEMPERATURE, LocationType.RECEIVING),
            new LocationSpec("NJ1", "A-01-01", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("NJ1", "A-01-02", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("NJ1", "A-01-03", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("NJ1", "A-01-04", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("NJ1", "COLD-01", StorageCondition.REFRIGERATED, LocationType.STORAGE),
            new LocationSpec("NJ1", "COLD-02", StorageCondition.REFRIGERATED, LocationType.STORAGE),
            new LocationSpec("NJ1", "FRZ-01", StorageCondition.FROZEN, LocationType.STORAGE),
            new LocationSpec("NJ1", "Q-01", StorageCondition.ROOM_TEMPERATURE, LocationType.QUARANTINE),
            new LocationSpec("NJ1", "Q-COLD", StorageCondition.REFRIGERATED, LocationType.QUARANTINE),
            new LocationSpec("NJ1", "SHIP-01", StorageCondition.ROOM_TEMPERATURE, LocationType.SHIPPING),
            new LocationSpec("PA1", "B-01-01", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("PA1", "B-01-02", StorageCondition.ROOM_TEMPERATURE, LocationType.STORAGE),
            new LocationSpec("PA1", "COLD-01", StorageCondition.REFRIGERATED, LocationType.STORAGE),
            new LocationSpec("PA1", "Q-01", StorageCondition.ROOM_TEMPERATURE, LocationType.QUARANTINE));

    /**
     * Loads what is missing.
     *
     * @return number of lots received
     */
    public int load() {
        warehouse("NJ1", "Edison NJ main distribution center", "200 Raritan Center Pkwy, Edison, NJ 08837", "America/New_York");
        warehouse("PA1", "Allentown PA distribution center", "7400 Industrial Blvd, Allentown, PA 18106", "America/New_York");
        for (LocationSpec l : LOCATIONS) {
            location(l);
        }
        List<String[]> rows = rows("/demo/inventory-lots.csv");
        rows.add(new String[] {"0338-0424-18", "NJ1", "Q-01", QUALITY_HOLD_LOT, "400", "12", "6.40000", ""});
        return receive(rows);
    }

    /**
     * Receives demo lots listed in another module's demo file of the same format as {@code demo/inventory-lots.csv}
     * (e.g. compliance's stock of recalled lots), into the demo warehouses; lots already there are left alone.
     *
     * @param resource classpath resource, e.g. "/demo/recall-demo-lots.csv"
     * @return number of lots received
     */
    public int loadLots(String resource) {
        return receive(rows(resource));
    }

    private int receive(List<String[]> rows) {
        InventoryStore store = new InventoryStore(em);
        LocalDate today = calendar.today();
        int received = 0;
        for (String[] f : rows) {
            Product product;
            try {
                product = store.productByNdc(f[0]);
            } catch (RecordNotFoundException e) {
                LOG.warning("Demo stock: NDC " + f[0] + " is not in the catalog; line skipped");
                continue;
            }
            if (f.length > 7 && !f[7].isBlank()) {
                StorageCondition c = StorageCondition.valueOf(f[7].strip().toUpperCase(Locale.ROOT));
                if (product.storageCondition() != c) {
                    product.setStockKeeping(c, product.shelfLifeDays(), product.serialised(), product.qualityReleaseRequired());
                    product.touch(calendar.now());
                }
            }
            if (store.findLot(product.id(), f[3]) != null) {
                continue;
            }
            StorageLocation location = store.location(f[1], f[2]);
            int days = Integer.parseInt(f[4].strip());
            LocalDate expiry = today.plusDays(days);
            if (days > 180) {
                expiry = YearMonth.from(expiry).atEndOfMonth(); // long-dated lots carry month-year expiries
            }
            BigDecimal quantity = new BigDecimal(f[5].strip());
            ReceivedStock r = receiving.receive(new StockReceipt(product.id(), location.id(), f[3], expiry, null,
                    quantity, new BigDecimal(f[6].strip()), demoSerials(product, f[3], quantity), "DEMO-GR-" + f[3]));
            if (f[3].equals(QUALITY_HOLD_LOT)) {
                Lot lot = store.lot(r.lotId());
                LotStatusService.record(em, lot, LotStatus.QUARANTINE, "Demo: temperature excursion in transit, "
                        + "awaiting QA review", Actors.SYSTEM, calendar.now(), events);
            }
            received++;
        }
        return received;
    }

    /**
     * One serial number per package for serialised (DSCSA) products, as a manufacturer would print them: the lot
     * number and a running number, at most 20 characters (GS1 AI 21); none for other products.
     */
    static List<String> demoSerials(Product product, String lotNumber, BigDecimal packages) {
        if (!product.serialised()) {
            return List.of();
        }
        int count = packages.intValueExact();
        List<String> serials = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            serials.add(lotNumber + "S" + String.format(Locale.ROOT, "%06d", i));
        }
        return serials;
    }

    private void warehouse(String code, String name, String address, String zone) {
        if (em.createQuery("SELECT w.id FROM Warehouse w WHERE w.code = :c", Long.class).setParameter("c", code)
                .getResultList().isEmpty()) {
            em.persist(new Warehouse(code, name, address, zone));
            em.flush();
        }
    }

    private void location(LocationSpec spec) {
        Warehouse w = new InventoryStore(em).warehouse(spec.warehouse());
        if (em.createQuery("SELECT l.id FROM StorageLocation l WHERE l.warehouse = :w AND l.code = :c", Long.class)
                .setParameter("w", w).setParameter("c", spec.code()).getResultList().isEmpty()) {
            em.persist(new StorageLocation(w, spec.code(), spec.condition(), spec.type()));
            em.flush();
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = InventoryDemoDataService.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
