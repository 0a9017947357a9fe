package org.precinct.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret that, with the tracking number, lets a reporter see and add to their report. Ten characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L), about 50 bits: enough that guessing is hopeless behind the
 * rate limit. Only its SHA-256 is stored; the reporter is shown it once (and e-mailed a link when they gave an
 * address).
 */
public record TrackingCode(String value) {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        if (value == null) {
            throw new IllegalArgumentException("A tracking code is required");
        }
        value = value.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    public static TrackingCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** The code as shown to people: two groups of five, easier to read out on the phone. */
    public String display() {
        return value.length() == LENGTH ? value.substring(0, 5) + "-" + value.substring(5) : value;
    }

    /** What is stored and compared. */
    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares with a stored hash in constant time. */
    public boolean matches(String storedHash) {
        return storedHash != null
                && MessageDigest.isEqual(
                        hash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
