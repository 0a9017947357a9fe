package org.precinct.intake.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request's parameters as the specification reads them: an empty parameter is the same as one not given, and a
 * list parameter may be given several times, each a comma-separated list.
 */
record Open311Params(Map<String, String[]> values) {

    Open311Params {
        values = Map.copyOf(values);
    }

    /** The first value, stripped; {@code null} when the parameter is missing or empty. */
    String first(String name) {
        String[] given = values.get(name);
        if (given == null) {
            return null;
        }
        return Arrays.stream(given)
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .findFirst()
                .orElse(null);
    }

    /** Every value of a list parameter, split at commas, stripped, without empty ones. */
    List<String> list(String name) {
        String[] given = values.get(name);
        List<String> items = new ArrayList<>();
        if (given != null) {
            for (String value : given) {
                if (value == null) {
                    continue;
                }
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
            }
        }
        return items;
    }
}
