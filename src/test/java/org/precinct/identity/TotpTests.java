package org.precinct.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.precinct.identity.mfa.Totp;

class TotpTests {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheReferenceVectorsOfRfc6238() {
        // The RFC lists 8-digit codes; authenticator apps show their last 6 digits.
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
        assertThat("12345678901234567890".getBytes(StandardCharsets.US_ASCII)).hasSize(20);
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayAndNoMore() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step), now)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step - 3), now)).isEmpty();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, step + 3), now)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(Totp.verify(secret, null, now)).isEmpty();
        assertThat(Totp.verify(secret, "", now)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now)).isEmpty();
        assertThat(Totp.verify(secret, "abcdef", now)).isEmpty();
        assertThat(Totp.verify(secret, "1234567", now)).isEmpty();
    }

    @Test
    void provisioningUriNamesTheIssuerAndAccount() {
        assertThat(Totp.provisioningUri("Precinct Demo PD", "ana.ruiz", "ABCD"))
                .startsWith("otpauth://totp/Precinct%20Demo%20PD:ana.ruiz?secret=ABCD")
                .contains("issuer=Precinct%20Demo%20PD")
                .contains("period=30");
    }
}
