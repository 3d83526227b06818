package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minor units in plain notation are what BigDecimal's plain string of the same amount is. */
class MinorUnitsTest {

    @ParameterizedTest(name = "{0} minor units, {1} places")
    @CsvSource({"0, 2", "5, 2", "-5, 2", "99, 2", "100, 2", "-123456, 2", "123456789012345678, 2", "7, 0", "-7, 0",
        "9223372036854775807, 2", "-9223372036854775808, 2", "-9223372036854775808, 0", "1, 6", "-1234567, 6",
        "1234, 3", "12, 3", "-1, 3"})
    void agreeWithBigDecimal(long minorUnits, int digits) {
        assertThat(MinorUnits.plain(minorUnits, digits)).isEqualTo(BigDecimal.valueOf(minorUnits, digits).toPlainString());
    }
}
