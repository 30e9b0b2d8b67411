package org.pharmadist.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A lot read from a recall's code_info, as stored ({@link RecalledLot} with its match key). */
@Embeddable
public class RecallLotEntry {

    @Column(name = "lot_number", nullable = false, length = 100)
    private String lotNumber;

    @Column(name = "lot_key", nullable = false, length = 100)
    private String lotKey;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "month_year_only", nullable = false)
    private boolean monthYearOnly;

    protected RecallLotEntry() {
        // JPA
    }

    RecallLotEntry(RecalledLot lot) {
        this.lotNumber = lot.lotNumber().length() > 100 ? lot.lotNumber().substring(0, 100) : lot.lotNumber();
        String key = lot.matchKey();
        this.lotKey = key.length() > 100 ? key.substring(0, 100) : key;
        this.expiryDate = lot.expiryDate();
        this.monthYearOnly = lot.monthYearOnly();
    }

    public RecalledLot toLot() {
        return new RecalledLot(lotNumber, expiryDate, monthYearOnly);
    }

    public String lotKey() { return lotKey; }
}
