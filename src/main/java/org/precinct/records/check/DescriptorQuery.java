package org.precinct.records.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.precinct.records.index.PersonCodes;

/**
 * A mug shot search: persons by what a witness saw. Every value is optional, but at least one is needed.
 *
 * @param markText words of a scar, mark or tattoo ("rose", "MOM")
 */
public record DescriptorQuery(
        String sex,
        String race,
        Integer ageFrom,
        Integer ageTo,
        Integer heightFrom,
        Integer heightTo,
        Integer weightFrom,
        Integer weightTo,
        String hair,
        String eyes,
        String markText,
        String reason) {

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        code(problems, "sex", sex, PersonCodes.SEX);
        code(problems, "race", race, PersonCodes.RACE);
        range(problems, "ageFrom", "ageTo", ageFrom, ageTo, 0, 120);
        range(problems, "heightFrom", "heightTo", heightFrom, heightTo, 12, 108);
        range(problems, "weightFrom", "weightTo", weightFrom, weightTo, 1, 900);
        code(problems, "hair", hair, PersonCodes.HAIR);
        code(problems, "eyes", eyes, PersonCodes.EYES);
        if (markText != null && markText.strip().length() > 60) {
            problems.put("markText", "records.index.problem.too-long");
        } else if (markText != null && !markText.isBlank() && markText.strip().length() < 3) {
            problems.put("markText", "records.check.problem.mark-text");
        }
        if (reason == null || reason.strip().length() < RecordCheckRequest.MIN_REASON) {
            problems.put("reason", "records.check.problem.reason-required");
        } else if (reason.strip().length() > RecordCheckRequest.MAX_REASON) {
            problems.put("reason", "records.check.problem.reason-too-long");
        }
        if (problems.isEmpty() && empty()) {
            problems.put("sex", "records.check.problem.descriptor-required");
        }
        return problems;
    }

    boolean empty() {
        return blank(sex)
                && blank(race)
                && ageFrom == null
                && ageTo == null
                && heightFrom == null
                && heightTo == null
                && weightFrom == null
                && weightTo == null
                && blank(hair)
                && blank(eyes)
                && blank(markText);
    }

    /** The descriptors as the check log keeps them. */
    String summary() {
        StringBuilder text = new StringBuilder();
        append(text, "sex", sex);
        append(text, "race", race);
        append(text, "age", range(ageFrom, ageTo));
        append(text, "height", range(heightFrom, heightTo));
        append(text, "weight", range(weightFrom, weightTo));
        append(text, "hair", hair);
        append(text, "eyes", eyes);
        append(text, "mark", markText);
        return text.length() > 200 ? text.substring(0, 200) : text.toString();
    }

    private static String range(Integer from, Integer to) {
        return from == null && to == null ? null : (from == null ? "" : from) + "-" + (to == null ? "" : to);
    }

    private static void append(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(name).append('=').append(value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void code(Map<String, String> problems, String field, String value, java.util.List<String> codes) {
        if (!blank(value) && !codes.contains(value.strip().toUpperCase(java.util.Locale.ROOT))) {
            problems.put(field, "records.index.problem.code");
        }
    }

    private static void range(
            Map<String, String> problems,
            String fromField,
            String toField,
            Integer from,
            Integer to,
            int min,
            int max) {
        if (from != null && (from < min || from > max)) {
            problems.put(fromField, "records.check.problem.out-of-range");
        }
        if (to != null && (to < min || to > max)) {
            problems.put(toField, "records.check.problem.out-of-range");
        } else if (from != null && to != null && from > to) {
            problems.put(toField, "records.check.problem.range-order");
        }
    }
}
