package org.pharmadist.finance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.pharmadist.finance.infrastructure.FinancePdf;

/** Money on the finance pages as the money rules print it: "#{financeFormat.money(x)}" gives "5,350.66". */
@Named
@ApplicationScoped
public class FinanceFormat {

    /** An amount at scale 2, grouped, e.g. "5,350.66" (empty for null). */
    public String money(BigDecimal amount) {
        return FinancePdf.money(amount);
    }

    /** A quantity without trailing zeros, e.g. "16". */
    public String quantity(BigDecimal q) {
        return q == null ? "" : q.stripTrailingZeros().toPlainString();
    }
}
