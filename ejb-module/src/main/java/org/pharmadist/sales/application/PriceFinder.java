package org.pharmadist.sales.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.PricePrecedence;
import org.pharmadist.sales.domain.PricePrecedence.BreakCandidate;
import org.pharmadist.sales.domain.PricePrecedence.ContractCandidate;
import org.pharmadist.sales.domain.PricedUnit;
import org.pharmadist.sales.domain.SalesRuleViolation;

/**
 * Finds the price of a product for a customer by {@link PricePrecedence} (two queries: contract candidates, price
 * list breaks) and converts it to the unit of the line: prices are kept per SALES unit; a line in another unit pays
 * price x (stock units per line unit / stock units per sales unit), scale 5 HALF_UP. Quantity breaks are judged in
 * sales units.
 */
final class PriceFinder {

    private final EntityManager em;

    PriceFinder(EntityManager em) {
        this.em = em;
    }

    /**
     * The price per unit of {@code quantity} with its source.
     *
     * @throws SalesRuleViolation   422 "no-price" naming the product and the customer's price list when nothing applies
     * @throws InvalidInputException 400 "unit-not-defined" naming {@code unitField} for a unit the product has no
     *         conversion for
     */
    PricedUnit price(Customer customer, Product product, Quantity quantity, LocalDate day, String unitField) {
        BigDecimal perLineUnit;
        BigDecimal perSalesUnit;
        try {
            perLineUnit = product.stockUnitsPer(quantity.unit());
            perSalesUnit = product.stockUnitsPer(product.salesUnit());
        } catch (UnitNotDefinedException e) {
            throw new InvalidInputException("unit-not-defined", unitField, e.getMessage());
        }
        BigDecimal salesQuantity = quantity.amount().multiply(perLineUnit).divide(perSalesUnit, Quantity.SCALE, RoundingMode.HALF_UP);
        PricedUnit perSales = PricePrecedence.choose(contracts(customer, product.id()), breaks(customer, product.id()),
                salesQuantity, day).orElseThrow(() -> new SalesRuleViolation("no-price", unitField.replace("unit", "ndc"),
                "No price for product " + product.ndc11() + " \"" + product.name() + "\" for customer " + customer.id()
                        + " \"" + customer.legalName() + "\": no valid contract price"
                        + (customer.gpoMembership() == null ? "" : " (own or GPO " + customer.gpoMembership() + ")")
                        + " and " + (customer.priceList() == null ? "no price list assigned to the customer"
                                : "no item on price list " + customer.priceList()) + " on " + day
                        + ". Add a price before quoting this product."));
        if (quantity.unit() == product.salesUnit()) {
            return perSales;
        }
        BigDecimal converted = LineAmounts.unitPrice(perSales.unitPrice().multiply(perLineUnit)
                .divide(perSalesUnit, LineAmounts.UNIT_PRICE_SCALE, RoundingMode.HALF_UP));
        return new PricedUnit(converted, perSales.source() + " (per " + product.salesUnit() + " "
                + perSales.unitPrice().stripTrailingZeros().toPlainString() + ")", perSales.kind(), perSales.reference());
    }

    private List<ContractCandidate> contracts(Customer customer, long productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.code, c.customer_id IS NOT NULL, c.gpo, c.valid_from, "
                + "c.valid_to, p.unit_price FROM sales_contract c JOIN sales_contract_price p ON p.contract_id = c.id "
                + "WHERE p.product_id = ?1 AND (c.customer_id = ?2 OR (c.gpo IS NOT NULL AND lower(c.gpo) = lower(?3)))")
                .setParameter(1, productId).setParameter(2, customer.id())
                .setParameter(3, customer.gpoMembership() == null ? "" : customer.gpoMembership()).getResultList();
        List<ContractCandidate> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ContractCandidate((String) r[0], (Boolean) r[1], (String) r[2], date(r[3]), date(r[4]), (BigDecimal) r[5]));
        }
        return out;
    }

    private List<BreakCandidate> breaks(Customer customer, long productId) {
        if (customer.priceList() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.code, i.min_quantity, i.unit_price FROM sales_price_list l "
                + "JOIN sales_price_list_item i ON i.price_list_id = l.id WHERE l.code = ?1 AND i.product_id = ?2")
                .setParameter(1, customer.priceList()).setParameter(2, productId).getResultList();
        List<BreakCandidate> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new BreakCandidate((String) r[0], (BigDecimal) r[1], (BigDecimal) r[2]));
        }
        return out;
    }

    static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
