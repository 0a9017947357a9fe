package org.precinct.intake;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Where a report happened, told only as closely as anyone may know it: the block of its street ("100 block of Main
 * St") when the report has a street address, else its coordinates rounded to three decimals (about 100 metres).
 * Never a house number, a unit or whatever else a reporter typed into the address.
 *
 * @param block the first house number of the block (0, 100, 200...), or {@code null} without a street address
 * @param street the street's name, or {@code null} with the block
 * @param latitude degrees north, rounded to three decimals
 * @param longitude degrees east, rounded to three decimals
 */
public record RoughPlace(Integer block, String street, double latitude, double longitude) {

    /**
     * A house number, then a street of plain words, up to a comma, a unit designator or the end: anything else
     * (a landmark, a description, a name) is not shown.
     */
    private static final Pattern STREET_ADDRESS =
            Pattern.compile("\\s*([0-9]{1,6})[A-Za-z]?\\s+([A-Za-z0-9][A-Za-z0-9 .'-]{1,59}?)\\s*"
                    + "(?:$|[,#].*|\\s(?i:apt|apartment|unit|ste|suite|lot|rm|room|fl|floor|bldg|building)\\b.*)");

    public static RoughPlace of(String address, double latitude, double longitude) {
        double roundedLatitude = Math.round(latitude * 1_000) / 1_000.0;
        double roundedLongitude = Math.round(longitude * 1_000) / 1_000.0;
        if (address != null) {
            Matcher matcher = STREET_ADDRESS.matcher(address);
            if (matcher.matches()) {
                int number = Integer.parseInt(matcher.group(1));
                return new RoughPlace(number / 100 * 100, matcher.group(2).strip(), roundedLatitude, roundedLongitude);
            }
        }
        return new RoughPlace(null, null, roundedLatitude, roundedLongitude);
    }

    /** The place in {@code locale}'s words, e.g. "100 block of Main St" or "near 38.650, -90.570". */
    public String describe(MessageSource messages, Locale locale) {
        if (block == null) {
            return messages.getMessage(
                    "intake.duplicates.place.near",
                    new Object[] {
                        String.format(Locale.ROOT, "%.3f", latitude), String.format(Locale.ROOT, "%.3f", longitude)
                    },
                    locale);
        }
        if (block == 0) {
            return messages.getMessage("intake.duplicates.place.first-block", new Object[] {street}, locale);
        }
        return messages.getMessage(
                "intake.duplicates.place.block", new Object[] {Integer.toString(block), street}, locale);
    }
}
