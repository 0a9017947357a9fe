package org.precinct.records.index;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonMark;
import org.precinct.records.MasterPersonName;
import org.precinct.records.MasterPropertyDetails;
import org.precinct.records.MasterVehicleDetails;

/**
 * What is wrong with details before they are saved, as field name (as in the API's JSON) to message key of the
 * records-index bundle, in the order of the fields. Impossible values are refused; doubtful ones (a VIN whose check
 * digit does not add up) are warnings, not problems.
 */
public final class MasterRecordProblems {

    /** The oldest person a record may be made for. */
    public static final int MAX_AGE = 120;

    public static final int MAX_LIST = 10;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' .\\-]+");
    private static final Pattern LICENCE = Pattern.compile("[A-Z0-9]{1,30}");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./\\-]{0,39}");

    private MasterRecordProblems() {}

    public static Map<String, String> of(MasterPersonDetails details, Clock clock) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.name() == null || details.name().lastName().isEmpty()) {
            problems.put("lastName", "records.index.problem.last-name-required");
        } else {
            name(problems, "", details.name());
        }
        if (details.dateOfBirth() != null) {
            LocalDate today = LocalDate.now(clock);
            if (details.dateOfBirth().isAfter(today)) {
                problems.put("dateOfBirth", "records.index.problem.born-in-future");
            } else if (details.dateOfBirth().isBefore(today.minusYears(MAX_AGE))) {
                problems.put("dateOfBirth", "records.index.problem.born-too-long-ago");
            }
        }
        code(problems, "sex", details.sex(), PersonCodes.SEX);
        code(problems, "race", details.race(), PersonCodes.RACE);
        if (details.heightInches() != null && (details.heightInches() < 12 || details.heightInches() > 108)) {
            problems.put("heightInches", "records.index.problem.height");
        }
        if (details.weightPounds() != null && (details.weightPounds() < 1 || details.weightPounds() > 900)) {
            problems.put("weightPounds", "records.index.problem.weight");
        }
        code(problems, "hair", details.hair(), PersonCodes.HAIR);
        code(problems, "eyes", details.eyes(), PersonCodes.EYES);
        boolean hasLicence =
                details.licenceNumber() != null && !details.licenceNumber().isBlank();
        if (hasLicence && !LICENCE.matcher(licenceKey(details.licenceNumber())).matches()) {
            problems.put("licenceNumber", "records.index.problem.licence-number");
        }
        boolean hasState =
                details.licenceState() != null && !details.licenceState().isBlank();
        if (hasState
                && !PersonCodes.STATES.contains(details.licenceState().strip().toUpperCase(Locale.ROOT))) {
            problems.put("licenceState", "records.index.problem.state");
        } else if (hasLicence && !hasState) {
            problems.put("licenceState", "records.index.problem.licence-state-required");
        }
        if (details.aliases().size() > MAX_LIST) {
            problems.put("aliases", "records.index.problem.too-many");
        }
        for (int i = 0; i < details.aliases().size(); i++) {
            MasterPersonName alias = details.aliases().get(i);
            if (alias == null || alias.lastName().isEmpty()) {
                problems.put("aliases[" + i + "].lastName", "records.index.problem.last-name-required");
            } else {
                name(problems, "aliases[" + i + "].", alias);
            }
        }
        marks(problems, details.marks());
        if (details.addresses().size() > MAX_LIST) {
            problems.put("addresses", "records.index.problem.too-many");
        }
        for (int i = 0; i < details.addresses().size(); i++) {
            String address = details.addresses().get(i);
            if (address == null || address.isBlank() || address.length() > 200) {
                problems.put("addresses[" + i + "]", "records.index.problem.address");
            }
        }
        if (details.phones().size() > MAX_LIST) {
            problems.put("phones", "records.index.problem.too-many");
        }
        for (int i = 0; i < details.phones().size(); i++) {
            if (phoneDigits(details.phones().get(i)) == null) {
                problems.put("phones[" + i + "]", "records.index.problem.phone");
            }
        }
        return problems;
    }

    public static Map<String, String> of(MasterVehicleDetails details, Clock clock) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean hasVin = details.vin() != null && !details.vin().isBlank();
        boolean hasPlate = details.plate() != null && !details.plate().isBlank();
        if (!hasVin && !hasPlate) {
            problems.put("plate", "records.index.problem.vin-or-plate");
        }
        if (hasVin && VinCheck.check(details.vin()) == VinCheck.Result.MALFORMED) {
            problems.put("vin", "records.index.problem.vin");
        }
        if (hasPlate && PlateKey.of(details.plate()).isEmpty()) {
            problems.put("plate", "records.index.problem.plate");
        }
        if (details.plateState() != null
                && !details.plateState().isBlank()
                && !PersonCodes.STATES.contains(details.plateState().strip().toUpperCase(Locale.ROOT))) {
            problems.put("plateState", "records.index.problem.state");
        }
        int latestYear = LocalDate.now(clock).getYear() + 2;
        if (details.year() != null && (details.year() < 1900 || details.year() > latestYear)) {
            problems.put("year", "records.index.problem.year");
        }
        length(problems, "make", details.make(), 40);
        length(problems, "model", details.model(), 40);
        length(problems, "colour", details.colour(), 20);
        return problems;
    }

    public static Map<String, String> of(MasterPropertyDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.category() == null
                || !PersonCodes.PROPERTY_CATEGORIES.contains(
                        details.category().strip().toUpperCase(Locale.ROOT))) {
            problems.put("category", "records.index.problem.category");
        }
        if (details.serialNumber() == null
                || !SERIAL.matcher(details.serialNumber().strip()).matches()) {
            problems.put("serialNumber", "records.index.problem.serial");
        }
        length(problems, "make", details.make(), 40);
        length(problems, "model", details.model(), 40);
        length(problems, "description", details.description(), 300);
        return problems;
    }

    /** A licence number as a search key: upper case, letters and digits only. */
    public static String licenceKey(String licence) {
        return licence == null ? "" : licence.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
    }

    /** A phone number's digits without a leading country code 1, or {@code null} when it is not a phone number. */
    public static String phoneDigits(String phone) {
        if (phone == null || !phone.matches("[0-9+().\\-\\s]{7,25}")) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() >= 7 && digits.length() <= 15 ? digits : null;
    }

    private static void name(Map<String, String> problems, String prefix, MasterPersonName name) {
        nameField(problems, prefix + "lastName", name.lastName(), true);
        nameField(problems, prefix + "firstName", name.firstName(), false);
        nameField(problems, prefix + "middleName", name.middleName(), false);
    }

    private static void nameField(Map<String, String> problems, String field, String value, boolean surname) {
        if (value == null) {
            return;
        }
        if (value.length() > 100) {
            problems.put(field, "records.index.problem.too-long");
        } else if (!NAME.matcher(value).matches()
                || PersonNameKeys.normalize(value).isEmpty()) {
            problems.put(field, "records.index.problem.name-characters");
        } else if (surname && PersonNameKeys.normalize(value).length() > 100) {
            problems.put(field, "records.index.problem.too-long");
        }
    }

    private static void marks(Map<String, String> problems, List<MasterPersonMark> marks) {
        if (marks.size() > MAX_LIST) {
            problems.put("marks", "records.index.problem.too-many");
        }
        for (int i = 0; i < marks.size(); i++) {
            MasterPersonMark mark = marks.get(i);
            String prefix = "marks[" + i + "].";
            if (mark == null) {
                problems.put(prefix + "description", "records.index.problem.mark-description");
                continue;
            }
            if (mark.kind() == null
                    || !PersonCodes.MARK_KINDS.contains(mark.kind().strip().toUpperCase(Locale.ROOT))) {
                problems.put(prefix + "kind", "records.index.problem.mark-kind");
            }
            if (mark.description() == null
                    || mark.description().isBlank()
                    || mark.description().length() > 300) {
                problems.put(prefix + "description", "records.index.problem.mark-description");
            }
            length(problems, prefix + "location", mark.location(), 60);
        }
    }

    private static void code(Map<String, String> problems, String field, String value, List<String> codes) {
        if (value != null && !value.isBlank() && !codes.contains(value.strip().toUpperCase(Locale.ROOT))) {
            problems.put(field, "records.index.problem.code");
        }
    }

    private static void length(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, "records.index.problem.too-long");
        }
    }
}
