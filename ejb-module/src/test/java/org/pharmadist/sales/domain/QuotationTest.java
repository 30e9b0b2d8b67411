package org.pharmadist.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;

/** Valid-until to the end of the day in the company time zone; status transitions; header totals. */
class QuotationTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 11, 30);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    void validUntilLastsToTheEndOfThatDayInTheCompanyTimeZone() {
        assertThat(Quotation.isValidAt(VALID_UNTIL, at("2026-11-30T23:59:00"), NEW_YORK)).isTrue();
        assertThat(Quotation.isValidAt(VALID_UNTIL, at("2026-11-30T23:59:59.999999"), NEW_YORK)).isTrue();
        assertThat(Quotation.isValidAt(VALID_UNTIL, at("2026-12-01T00:00:00"), NEW_YORK)).isFalse();
        // 23:59 in New York is already 04:59 next day in UTC: still valid, judged in the company zone
        assertThat(Quotation.isValidAt(VALID_UNTIL, Instant.parse("2026-12-01T04:59:00Z"), NEW_YORK)).isTrue();
        assertThat(Quotation.isValidAt(VALID_UNTIL, Instant.parse("2026-12-01T05:00:00Z"), NEW_YORK)).isFalse();
    }

    static Quotation draftWithExampleLine() {
        Quotation q = new Quotation(1, LocalDate.of(2026, 11, 1), VALID_UNTIL, "USD", "sales", at("2026-11-01T09:00:00"));
        q.addLine(7, Quantity.of(16, UnitOfMeasure.EA), new PricedUnit(new BigDecimal("348.35"), "price list WHOLESALE",
                "PRICE_LIST", "WHOLESALE"), new BigDecimal("4"), new BigDecimal("22"), at("2026-11-01T09:00:00"));
        return q;
    }

    @Test
    void headerTotalsAreKeptFromTheRoundedLines() {
        Quotation q = draftWithExampleLine();
        assertThat(q.netTotal()).isEqualByComparingTo("5350.66");
        assertThat(q.taxTotal()).isEqualByComparingTo("1177.15");
        assertThat(q.grandTotal()).isEqualByComparingTo("6527.81");
        assertThat(q.lineCount()).isEqualTo(1);
    }

    @Test
    void acceptAt2359OnTheLastDayWorksAndAtMidnightIsRefused() {
        Quotation q = draftWithExampleLine();
        q.send(l -> new PricedUnit(l.unitPrice(), l.priceSource(), "PRICE_LIST", "WHOLESALE"), at("2026-11-02T10:00:00"), NEW_YORK);
        assertThat(q.status()).isEqualTo(QuotationStatus.SENT);
        Quotation late = draftWithExampleLine();
        late.send(l -> new PricedUnit(l.unitPrice(), l.priceSource(), "PRICE_LIST", "WHOLESALE"), at("2026-11-02T10:00:00"), NEW_YORK);

        q.accept(at("2026-11-30T23:59:00"), NEW_YORK);
        assertThat(q.status()).isEqualTo(QuotationStatus.ACCEPTED);

        assertThatThrownBy(() -> late.accept(at("2026-12-01T00:00:00"), NEW_YORK))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.type()).isEqualTo("quotation-expired");
                    assertThat(e.kind().httpStatus()).isEqualTo(422);
                });
        assertThat(late.expireIfOverdue(at("2026-12-01T00:00:00"), NEW_YORK)).isTrue();
        assertThat(late.status()).isEqualTo(QuotationStatus.EXPIRED);
    }

    @Test
    void transitionsAreEnforced() {
        Quotation q = draftWithExampleLine();
        assertThatThrownBy(() -> q.accept(at("2026-11-02T10:00:00"), NEW_YORK)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> q.reject(at("2026-11-02T10:00:00"))).isInstanceOf(ConflictException.class);
        q.send(l -> new PricedUnit(l.unitPrice(), l.priceSource(), "PRICE_LIST", "WHOLESALE"), at("2026-11-02T10:00:00"), NEW_YORK);
        assertThatThrownBy(() -> q.send(l -> null, at("2026-11-02T10:00:00"), NEW_YORK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> q.addLine(8, Quantity.of(1, UnitOfMeasure.EA), new PricedUnit(BigDecimal.ONE, "x", "PRICE_LIST", "X"),
                BigDecimal.ZERO, BigDecimal.ZERO, at("2026-11-02T10:00:00")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("quotation-not-draft"));
        q.reject(at("2026-11-03T10:00:00"));
        assertThatThrownBy(() -> q.accept(at("2026-11-03T10:00:00"), NEW_YORK)).isInstanceOf(ConflictException.class);
        assertThat(QuotationStatus.ACCEPTED.next()).isEmpty();
    }

    @Test
    void anEmptyQuotationCannotBeSent() {
        Quotation q = new Quotation(1, LocalDate.of(2026, 11, 1), VALID_UNTIL, "USD", "sales", at("2026-11-01T09:00:00"));
        assertThatThrownBy(() -> q.send(l -> null, at("2026-11-02T10:00:00"), NEW_YORK))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.type()).isEqualTo("quotation-empty"));
    }
}
