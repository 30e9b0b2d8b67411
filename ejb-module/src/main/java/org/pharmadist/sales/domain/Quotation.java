package org.pharmadist.sales.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.RecordNotFoundException;

/**
 * A quotation to a customer: lines, totals kept on the header (sums of the rounded line amounts, maintained on every
 * line change so lists never aggregate lines), status life cycle ({@link QuotationStatus}) and a valid-until date
 * that lasts to the END of that day in the company time zone. Lines change only in DRAFT; sending re-prices the
 * lines one last time and freezes them. Audited; optimistic locking on {@link #version()}.
 */
@Entity
@Table(name = "sales_quotation")
@Audited
public class Quotation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_quotation_seq")
    @SequenceGenerator(name = "sales_quotation_seq", sequenceName = "sales_quotation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private QuotationStatus status;

    @Column(name = "quoted_on", nullable = false)
    private LocalDate quotedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal taxTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = LineAmounts.MONEY_SCALE)
    private BigDecimal grandTotal;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "quotation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<QuotationLine> lines = new ArrayList<>();

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Quotation() {
    }

    public Quotation(long customerId, LocalDate quotedOn, LocalDate validUntil, String currency, String createdBy,
            Instant now) {
        this.customerId = customerId;
        this.status = QuotationStatus.DRAFT;
        this.quotedOn = quotedOn;
        this.validUntil = validUntil;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.number = "Q-NEW";
        recalculate();
    }

    /** Gives the quotation its number once its id is known: "Q-" and the id, 7 digits. */
    public void numberFromId() {
        this.number = String.format("Q-%07d", id);
    }

    /**
     * True while the quotation is valid at {@code now}: up to and including 23:59:59.999... of the valid-until day in
     * {@code zone}; from 00:00 of the next day on it has expired.
     */
    public static boolean isValidAt(LocalDate validUntil, Instant now, ZoneId zone) {
        return now.isBefore(validUntil.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** {@link #isValidAt(LocalDate, Instant, ZoneId)} for this quotation. */
    public boolean isValidAt(Instant now, ZoneId zone) {
        return isValidAt(validUntil, now, zone);
    }

    /** Adds a line (DRAFT only) and maintains the totals. */
    public QuotationLine addLine(long productId, Quantity quantity, PricedUnit price, BigDecimal discountPercent,
            BigDecimal taxRatePercent, Instant now) {
        requireDraft("add lines to");
        int next = lines.stream().mapToInt(QuotationLine::lineNo).max().orElse(0) + 1;
        QuotationLine line = new QuotationLine(this, next, productId, quantity, price, discountPercent, taxRatePercent);
        lines.add(line);
        touched(now);
        return line;
    }

    /** Changes a line's quantity, price, discount and tax rate (DRAFT only). */
    public void changeLine(long lineId, Quantity quantity, PricedUnit price, BigDecimal discountPercent,
            BigDecimal taxRatePercent, Instant now) {
        requireDraft("change lines of");
        line(lineId).change(quantity, price, discountPercent, taxRatePercent);
        touched(now);
    }

    /** Removes a line (DRAFT only). */
    public void removeLine(long lineId, Instant now) {
        requireDraft("remove lines from");
        lines.remove(line(lineId));
        touched(now);
    }

    /** Changes the valid-until date (DRAFT only). */
    public void changeValidUntil(LocalDate validUntil, Instant now) {
        requireDraft("change");
        this.validUntil = validUntil;
        this.updatedAt = now;
    }

    /**
     * Sends the quotation: re-prices every line with the current prices ({@code pricing} per line, which refuses when
     * a product has no price) and freezes them.
     *
     * @throws ConflictException   "invalid-status-transition" unless DRAFT
     * @throws SalesRuleViolation  "quotation-empty" without lines, "quotation-expired" past its valid-until day
     */
    public void send(Function<QuotationLine, PricedUnit> pricing, Instant now, ZoneId zone) {
        transition(QuotationStatus.SENT);
        if (lines.isEmpty()) {
            throw new SalesRuleViolation("quotation-empty", "lines", "Quotation " + number + " has no lines; add a line before sending it.");
        }
        requireValid(now, zone, "sent");
        lines.forEach(l -> l.reprice(pricing.apply(l)));
        status = QuotationStatus.SENT;
        sentAt = now;
        touched(now);
    }

    /** Accepts a SENT quotation that is still valid (else 422 "quotation-expired"). */
    public void accept(Instant now, ZoneId zone) {
        transition(QuotationStatus.ACCEPTED);
        requireValid(now, zone, "accepted");
        status = QuotationStatus.ACCEPTED;
        decidedAt = now;
        updatedAt = now;
    }

    /** Records the customer's rejection of a SENT quotation. */
    public void reject(Instant now) {
        transition(QuotationStatus.REJECTED);
        status = QuotationStatus.REJECTED;
        decidedAt = now;
        updatedAt = now;
    }

    /** Marks a SENT quotation EXPIRED when its valid-until day has ended; answers whether it did. */
    public boolean expireIfOverdue(Instant now, ZoneId zone) {
        if (status == QuotationStatus.SENT && !isValidAt(now, zone)) {
            status = QuotationStatus.EXPIRED;
            decidedAt = now;
            updatedAt = now;
            return true;
        }
        return false;
    }

    private void requireValid(Instant now, ZoneId zone, String what) {
        if (!isValidAt(now, zone)) {
            throw new SalesRuleViolation("quotation-expired", "validUntil", "Quotation " + number + " was valid until "
                    + validUntil + " (end of that day, " + zone + ") and cannot be " + what + " any more.");
        }
    }

    private void transition(QuotationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("invalid-status-transition", "Quotation " + number + " is " + status
                    + " and cannot become " + target + (status.next().isEmpty() ? "" : " (allowed next: " + status.next() + ")") + ".");
        }
    }

    private void requireDraft(String what) {
        if (status != QuotationStatus.DRAFT) {
            throw new ConflictException("quotation-not-draft", "Quotation " + number + " is " + status
                    + ": only a DRAFT quotation can be edited; its prices are frozen since it was sent. Cannot " + what + " it.");
        }
    }

    private QuotationLine line(long lineId) {
        return lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst().orElseThrow(
                () -> new RecordNotFoundException("quotation-line-not-found", "Quotation " + number + " has no line with id " + lineId));
    }

    private void touched(Instant now) {
        updatedAt = now;
        recalculate();
    }

    /** Totals = sums of the rounded line amounts. */
    private void recalculate() {
        LineAmounts sum = LineAmounts.ZERO;
        for (QuotationLine l : lines) {
            sum = sum.plus(new LineAmounts(l.netAmount(), l.taxAmount(), l.netAmount().add(l.taxAmount())));
        }
        netTotal = sum.net();
        taxTotal = sum.tax();
        grandTotal = sum.total();
        lineCount = lines.size();
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long customerId() { return customerId; }
    public QuotationStatus status() { return status; }
    public LocalDate quotedOn() { return quotedOn; }
    public LocalDate validUntil() { return validUntil; }
    public String currency() { return currency; }
    public BigDecimal netTotal() { return netTotal; }
    public BigDecimal taxTotal() { return taxTotal; }
    public BigDecimal grandTotal() { return grandTotal; }
    public int lineCount() { return lineCount; }
    public Instant sentAt() { return sentAt; }
    public Instant decidedAt() { return decidedAt; }
    public String createdBy() { return createdBy; }
    public List<QuotationLine> lines() { return Collections.unmodifiableList(lines); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
