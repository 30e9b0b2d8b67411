package org.pharmadist.procurement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A delivery received against a purchase order (possibly partial): per line the lot, expiry, quantity, serial
 * numbers and put-away location. Written in the same transaction as the stock it books. Audited.
 */
@Entity
@Table(name = "goods_receipt")
@Audited
public class GoodsReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_seq")
    @SequenceGenerator(name = "goods_receipt_seq", sequenceName = "goods_receipt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    private PurchaseOrder purchaseOrder;

    @Column(name = "warehouse_id", nullable = false)
    private long warehouseId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @Column(name = "delivery_note", length = 60)
    private String deliveryNote;

    @OneToMany(mappedBy = "goodsReceipt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<GoodsReceiptLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    protected GoodsReceipt() {
        // JPA
    }

    /** A new receipt against {@code order}, lines added with {@link #addLine}. */
    public GoodsReceipt(String number, PurchaseOrder order, String receivedBy, String deliveryNote, Instant receivedAt) {
        this.number = number;
        this.purchaseOrder = order;
        this.warehouseId = order.warehouseId();
        this.receivedBy = receivedBy;
        this.deliveryNote = deliveryNote;
        this.receivedAt = receivedAt;
    }

    /** Adds a received line (the stock side is booked by the service). */
    public GoodsReceiptLine addLine(GoodsReceiptLine.Data data) {
        GoodsReceiptLine line = new GoodsReceiptLine(this, data);
        lines.add(line);
        return line;
    }

    public Long id() { return id; }
    /** e.g. "GR-2026-000045". */
    public String number() { return number; }
    public PurchaseOrder purchaseOrder() { return purchaseOrder; }
    public long warehouseId() { return warehouseId; }
    public Instant receivedAt() { return receivedAt; }
    public String receivedBy() { return receivedBy; }
    /** The supplier's delivery note / packing slip number, may be null. */
    public String deliveryNote() { return deliveryNote; }
    public List<GoodsReceiptLine> lines() { return Collections.unmodifiableList(lines); }
    public long version() { return version; }
}
