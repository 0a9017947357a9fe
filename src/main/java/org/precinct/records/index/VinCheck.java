package org.precinct.records.index;

import java.util.Locale;

/**
 * The North American vehicle identification number (49 CFR 565): 17 characters, no I, O or Q, and a check digit in
 * the ninth place computed from the others. Vehicles made before 1981, and many made elsewhere, have VINs that are
 * shorter or carry no check digit, so a wrong check digit is a warning to look again, never a refusal.
 */
public final class VinCheck {

    /** What a VIN looks like. */
    public enum Result {
        /** 17 characters with the right check digit. */
        VALID,
        /** 17 characters whose check digit does not add up: a misread character, or a VIN without one. */
        WRONG_CHECK_DIGIT,
        /** Letters and digits, but not 17 of them: an older or foreign vehicle, or a VIN read in part. */
        NOT_STANDARD,
        /** Characters no VIN has, or too long. */
        MALFORMED
    }

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private VinCheck() {}

    /** Upper case, spaces and dashes removed. */
    public static String normalize(String vin) {
        return vin == null ? "" : vin.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    public static Result check(String vin) {
        String normal = normalize(vin);
        if (normal.isEmpty() || normal.length() > 17 || !normal.matches("[A-Z0-9]+")) {
            return Result.MALFORMED;
        }
        if (normal.length() < 17) {
            return Result.NOT_STANDARD;
        }
        if (normal.matches(".*[IOQ].*")) {
            return Result.MALFORMED;
        }
        return normal.charAt(8) == checkDigit(normal) ? Result.VALID : Result.WRONG_CHECK_DIGIT;
    }

    /**
     * The check digit a 17-character VIN should carry: each character's value times its position's weight,
     * summed, modulo 11, with 10 written X.
     */
    public static char checkDigit(String vin) {
        String normal = normalize(vin);
        if (normal.length() != 17) {
            throw new IllegalArgumentException("A check digit needs 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(normal.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /** A character's value: digits as themselves, letters by the transliteration table (A=1 ... Z=9, no I, O, Q). */
    static int value(char character) {
        if (character >= '0' && character <= '9') {
            return character - '0';
        }
        switch (character) {
            case 'A':
            case 'J':
                return 1;
            case 'B':
            case 'K':
            case 'S':
                return 2;
            case 'C':
            case 'L':
            case 'T':
                return 3;
            case 'D':
            case 'M':
            case 'U':
                return 4;
            case 'E':
            case 'N':
            case 'V':
                return 5;
            case 'F':
            case 'W':
                return 6;
            case 'G':
            case 'P':
            case 'X':
                return 7;
            case 'H':
            case 'Y':
                return 8;
            case 'R':
            case 'Z':
                return 9;
            default:
                throw new IllegalArgumentException("Not a VIN character: " + character);
        }
    }
}
