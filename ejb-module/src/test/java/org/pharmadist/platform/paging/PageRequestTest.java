package org.pharmadist.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pharmadist.platform.errors.InvalidInputException;

class PageRequestTest {

    @Test
    void defaultsAndParsing() {
        PageRequest p = PageRequest.parse(null, null, null);
        assertThat(p.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(p.offset()).isZero();
        assertThat(PageRequest.parse(" 20 ", "40", "").limit()).isEqualTo(20);
    }

    @Test
    void nonNumbersAndOutOfRangeValuesNameTheParameter() {
        assertThatThrownBy(() -> PageRequest.parse("abc", null, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("limit"));
        assertThatThrownBy(() -> PageRequest.parse("0", null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.parse("501", null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.parse("10", "-1", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("offset"));
        assertThatThrownBy(() -> PageRequest.parse("10", "5", "abc")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cursorRoundTripsAndRejectsForgeries() {
        KeysetCursor c = new KeysetCursor("name", 42, "HEPARIN | SODIUM");
        assertThat(KeysetCursor.decode(c.encode(), "name")).isEqualTo(c);
        assertThatThrownBy(() -> KeysetCursor.decode(c.encode(), "ndc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeysetCursor.decode("!!!", "name")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeysetCursor.decode("bmFtZXx4eHx5", "name")).isInstanceOf(InvalidInputException.class);
    }
}
