package org.precinct.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the outbox accepts as an e-mail: checked when the mail is made, before anything is stored. */
class OutboxMailValidationTests {

    @ParameterizedTest
    @ValueSource(strings = {"ana.ruiz@example.org", "records+night@chesterfield.mo.us", "o'brien@example.co.uk"})
    void acceptsBareAddresses(String address) {
        OutgoingMail mail = OutgoingMail.plainText(address, "Subject", "Body", "test:1");

        assertThat(mail.to()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not-an-address",
                "ana@",
                "@example.org",
                "ana ruiz@example.org",
                "Ana Ruiz <ana@example.org>",
                "ana@example.org, bob@example.org",
                "ana@localhost",
                "ana@example.org\r\nBcc: everyone@example.org",
                "ana@@example.org",
                "ana@example.org."
            })
    void refusesAnythingButABareAddress(String address) {
        assertThatThrownBy(() -> OutgoingMail.plainText(address, "Subject", "Body", "test:1"))
                .isInstanceOf(InvalidMailAddressException.class)
                .hasMessageStartingWith("Not a valid e-mail address");
    }

    @Test
    void refusesAMissingAddress() {
        assertThatThrownBy(() -> OutgoingMail.plainText(null, "Subject", "Body", "test:1"))
                .isInstanceOf(InvalidMailAddressException.class);
    }

    @Test
    void refusesAnOverlongAddress() {
        String address = "a".repeat(60) + "@" + "b".repeat(200) + ".org";

        assertThatThrownBy(() -> OutgoingMail.plainText(address, "Subject", "Body", "test:1"))
                .isInstanceOf(InvalidMailAddressException.class)
                .hasMessageContaining("longer than 254");
    }

    @Test
    void refusesASubjectThatWouldBreakTheHeader() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "Hi\r\nBcc: x@example.org", "Body", "t:1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", " ", "Body", "t:1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "x".repeat(256), "Body", "t:1"));
    }

    @Test
    void needsAPlainTextBodyAndAReference() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "Subject", " ", "t:1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "Subject", "Body", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "Subject", "Body", " t:1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.plainText("ana@example.org", "Subject", "Body", "x".repeat(201)));
    }

    @Test
    void treatsABlankHtmlBodyAsNone() {
        OutgoingMail mail = new OutgoingMail("ana@example.org", "Subject", "Body", "  ", Locale.ENGLISH, "t:1");

        assertThat(mail.bodyHtml()).isNull();
        assertThat(mail.locale()).isEqualTo(Locale.ENGLISH);
    }
}
