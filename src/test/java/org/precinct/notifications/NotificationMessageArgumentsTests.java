package org.precinct.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notification's arguments survive storage in a form message patterns can still format. */
class NotificationMessageArgumentsTests {

    @Test
    void keepsNumbersAsNumbersAndEverythingElseAsText() {
        String json = MessageArguments.toJson(new Object[] {42, 7L, 2.5, "Ana", null, Locale.ENGLISH});

        assertThat(MessageArguments.fromJson(json))
                .containsExactly(42L, 7L, new BigDecimal("2.5"), "Ana", "null", "en");
    }

    @Test
    void storesNoArgumentsAsAnEmptyArray() {
        assertThat(MessageArguments.toJson(null)).isEqualTo("[]");
        assertThat(MessageArguments.fromJson("[]")).isEmpty();
    }

    @Test
    void numbersStillFormatAfterTheRoundTrip() {
        Object[] args = MessageArguments.fromJson(MessageArguments.toJson(new Object[] {3, "Beat 4"}))
                .toArray();

        assertThat(new MessageFormat("{0,number,integer} reports in {1}", Locale.ENGLISH).format(args))
                .isEqualTo("3 reports in Beat 4");
    }
}
