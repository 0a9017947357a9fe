package org.precinct.records.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.index.PlateKey;
import org.precinct.records.index.VinCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds vehicles by plate (whole, or in part: {@code ABC1?3}), VIN or its last characters, and serialized items
 * by serial number, each through an index: an ordered one for whole plates and known beginnings, a trigram one for
 * plates whose beginning is unknown.
 */
@Component
class ItemSearch {

    private static final String VEHICLE = """
            select id, vin, plate_key, plate_state, make, model, model_year, colour from records.master_vehicle
            """;

    private final JdbcClient jdbc;

    ItemSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ItemMatch> search(RecordCheckInput input, int limit) {
        Map<Long, ItemMatch> found = new LinkedHashMap<>();
        if (input.plate() != null) {
            vehicles(
                    VEHICLE + "where plate_key = :plate and merged_into is null order by plate_state, id limit :limit",
                    Map.of("plate", input.plate(), "limit", limit),
                    "records.check.matched.plate",
                    found);
        }
        if (input.platePattern() != null) {
            String prefix = PlateKey.knownPrefix(input.platePattern());
            if (prefix.length() >= 1) {
                // The known beginning bounds a range of the ordered index (explicit pattern operators, so that the
                // plan does not depend on the value); the pattern then filters the range.
                vehicles(
                        VEHICLE + """
                                where plate_key ~>=~ :from and plate_key ~<~ :to and plate_key like :pattern
                                  and merged_into is null
                                order by plate_key, id limit :limit
                                """,
                        Map.of(
                                "from",
                                prefix,
                                "to",
                                prefix + Character.MAX_VALUE,
                                "pattern",
                                input.platePattern(),
                                "limit",
                                limit),
                        "records.check.matched.partial-plate",
                        found);
            } else {
                vehicles(
                        VEHICLE + """
                                where plate_key like :pattern and merged_into is null
                                order by plate_key, id limit :limit
                                """,
                        Map.of("pattern", input.platePattern(), "limit", limit),
                        "records.check.matched.partial-plate",
                        found);
            }
        }
        if (input.vin() != null) {
            vehicles(
                    VEHICLE + "where vin = :vin and merged_into is null order by id limit :limit",
                    Map.of("vin", input.vin(), "limit", limit),
                    "records.check.matched.vin",
                    found);
        }
        if (input.vinTail() != null && input.vinTail().length() == 6) {
            vehicles(
                    VEHICLE + "where right(vin, 6) = :tail and merged_into is null order by id limit :limit",
                    Map.of("tail", input.vinTail(), "limit", limit),
                    "records.check.matched.vin-tail",
                    found);
        }
        if (input.number() != null) {
            jdbc.sql("""
                            select id, category, make, model, serial_number from records.master_property
                            where serial_key = :key and merged_into is null order by id limit :limit
                            """)
                    .param("key", input.number())
                    .param("limit", limit)
                    .query((rs, row) -> new ItemMatch(
                            MasterRecordKind.PROPERTY,
                            rs.getLong("id"),
                            join(rs.getString("category"), rs.getString("make"), rs.getString("model")),
                            rs.getString("serial_number"),
                            List.of(),
                            "records.check.matched.serial"))
                    .list()
                    .forEach(match -> found.putIfAbsent(-match.id(), match));
        }
        return found.values().stream().limit(limit).toList();
    }

    private void vehicles(String sql, Map<String, Object> params, String matchedOn, Map<Long, ItemMatch> found) {
        jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    String vin = rs.getString("vin");
                    List<String> warnings = new ArrayList<>();
                    if (vin != null && VinCheck.check(vin) == VinCheck.Result.WRONG_CHECK_DIGIT) {
                        warnings.add("records.index.warning.vin-check-digit");
                    }
                    Object year = rs.getObject("model_year");
                    String plate = rs.getString("plate_key");
                    String state = rs.getString("plate_state");
                    return new ItemMatch(
                            MasterRecordKind.VEHICLE,
                            rs.getLong("id"),
                            join(
                                    year == null ? null : year.toString(),
                                    rs.getString("colour"),
                                    rs.getString("make"),
                                    rs.getString("model")),
                            join(plate == null ? null : plate + (state == null ? "" : " " + state), vin),
                            warnings,
                            matchedOn);
                })
                .list()
                .forEach(match -> found.putIfAbsent(match.id(), match));
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(" ", kept);
    }
}
