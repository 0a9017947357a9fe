package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"123", "1042", "12345", "999999", "007"})
    void acceptsThreeToSixDigits(String text) {
        assertThat(new Dsn(text).value()).isEqualTo(text);
        assertThat(Dsn.isValid(text)).isTrue();
    }

    @Test
    void keepsLeadingZerosAndDropsSurroundingSpace() {
        assertThat(new Dsn("  0042 ").value()).isEqualTo("0042");
        assertThat(new Dsn("0042")).isEqualTo(new Dsn("0042")).isNotEqualTo(new Dsn("042"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "1234567", "12a4", "-123", "12 34", "١٢٣٤"})
    void refusesAnythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Dsn(text));
        assertThat(Dsn.isValid(text)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> new Dsn(null));
        assertThat(Dsn.isValid(null)).isFalse();
    }
}
