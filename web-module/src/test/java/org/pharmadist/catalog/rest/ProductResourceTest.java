package org.pharmadist.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pharmadist.platform.errors.InvalidInputException;

class ProductResourceTest {

    @Test
    void ifMatchIsOneStrongETagHoldingTheVersion() {
        assertThat(ProductResource.ifMatchVersion(null)).isNull();
        assertThat(ProductResource.ifMatchVersion(" ")).isNull();
        assertThat(ProductResource.ifMatchVersion("\"12\"")).isEqualTo(12L);
        assertThat(ProductResource.ifMatchVersion(" \"0\" ")).isZero();
        for (String bad : new String[] {"12", "W/\"12\"", "*", "\"1\", \"2\"", "\"x\"", "\"\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> ProductResource.ifMatchVersion(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("If-Match"));
        }
    }
}
