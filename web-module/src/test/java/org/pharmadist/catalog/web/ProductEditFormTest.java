package org.pharmadist.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.catalog.application.ProductChange;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.UnitConversion;

class ProductEditFormTest {

    @Test
    void serviceFieldNamesMapToTheInputsBesideWhichTheirMessagesStand() {
        assertThat(ProductEditForm.clientId("editForm", "shelfLifeDays")).isEqualTo("editForm:shelfLifeDays");
        assertThat(ProductEditForm.clientId("editForm", "units[2].stockUnitsPerUnit")).isEqualTo("editForm:units:2:factor");
        assertThat(ProductEditForm.clientId("editForm", "units[0].unit")).isEqualTo("editForm:units:0:unit");
        assertThat(ProductEditForm.clientId("editForm", "units[1]")).isEqualTo("editForm:units:1:unit");
        assertThat(ProductEditForm.clientId("newProductForm", "ndc")).isEqualTo("newProductForm:ndc");
        // No input of its own: a message of the form.
        assertThat(ProductEditForm.clientId("editForm", "version")).isEqualTo("editForm");
    }

    @Test
    void formShowsSizesAsTypedAndSendsEveryFieldBack() {
        ProductDetail p = new ProductDetail("00002821405", "00002-8214-05", null, null, null, "BASAGLAR", null, null,
                null, null, null, null, "RX", null, null, "Endocrinology", null, null, null, "x", 7, Instant.EPOCH,
                "REFRIGERATED", 730, "ACTIVE", true, false, "EA", "CA", "EA",
                List.of(new UnitConversion("CA", new BigDecimal("30.000")), new UnitConversion("BX", new BigDecimal("2.500"))),
                "admin", Instant.EPOCH, 1L);
        ProductEditForm form = ProductEditForm.of(p);
        assertThat(form.getUnits().get(0).getStockUnitsPerUnit().toString()).isEqualTo("30");
        assertThat(form.getUnits().get(1).getStockUnitsPerUnit().toString()).isEqualTo("2.5");

        form.setShelfLifeDays(365);
        form.removeUnit(1);
        ProductChange change = form.toChange(7L);
        assertThat(change).isEqualTo(new ProductChange(7L, "Endocrinology", "REFRIGERATED", 365, true, false, "ACTIVE",
                "CA", "EA", List.of(new UnitConversion("CA", new BigDecimal("30")))));
    }
}
