package org.precinct.records.index;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precinct.records.MasterPropertyDetails;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.MasterRecordMatch;
import org.precinct.records.MasterVehicleDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vehicle and property indexes in the database. Callers hold the transaction. */
@Repository
public class ItemIndex {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonIndex persons;

    ItemIndex(JdbcClient jdbc, Clock clock, PersonIndex persons) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.persons = persons;
    }

    public long insertVehicle(MasterVehicleDetails details) {
        Timestamp now = Timestamp.from(clock.instant());
        String vin = blank(details.vin()) ? null : VinCheck.normalize(details.vin());
        String plateKey =
                blank(details.plate()) ? null : PlateKey.of(details.plate()).orElseThrow();
        return jdbc.sql("""
                        insert into records.master_vehicle (vin, plate, plate_key, plate_state, make, model,
                            model_year, colour, created_at, updated_at)
                        values (:vin, :plate, :key, :state, :make, :model, :year, :colour, :now, :now)
                        returning id
                        """)
                .param("vin", vin)
                .param("plate", PersonIndex.blankToNull(details.plate()))
                .param("key", plateKey)
                .param("state", PersonIndex.upper(details.plateState()))
                .param("make", PersonIndex.blankToNull(details.make()))
                .param("model", PersonIndex.blankToNull(details.model()))
                .param("year", details.year())
                .param("colour", PersonIndex.blankToNull(details.colour()))
                .param("now", now)
                .query(Long.class)
                .single();
    }

    public long insertProperty(MasterPropertyDetails details) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into records.master_property (category, make, model, serial_number, serial_key,
                            description, created_at, updated_at)
                        values (:category, :make, :model, :serial, :key, :description, :now, :now)
                        returning id
                        """)
                .param("category", details.category().strip().toUpperCase(Locale.ROOT))
                .param("make", PersonIndex.blankToNull(details.make()))
                .param("model", PersonIndex.blankToNull(details.model()))
                .param("serial", details.serialNumber().strip())
                .param("key", serialKey(details.serialNumber()))
                .param("description", PersonIndex.blankToNull(details.description()))
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** A serial number as a search key: upper case, letters and digits only. */
    public static String serialKey(String serial) {
        return serial.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Live vehicles with the same VIN, or the same plate in the same state. */
    public List<MasterRecordMatch> possibleDuplicates(MasterVehicleDetails details, long except) {
        List<MasterRecordMatch> matches = new ArrayList<>();
        if (!blank(details.vin())) {
            jdbc.sql("""
                            select id, vin, plate_key, plate_state from records.master_vehicle
                            where vin = :vin and merged_into is null and id <> :except order by id limit 10
                            """)
                    .param("vin", VinCheck.normalize(details.vin()))
                    .param("except", except)
                    .query((rs, row) -> new MasterRecordMatch(
                            MasterRecordKind.VEHICLE,
                            rs.getLong(1),
                            vehicleLabel(rs.getString(2), rs.getString(3), rs.getString(4)),
                            "VIN"))
                    .list()
                    .forEach(matches::add);
        }
        Optional<String> plate = blank(details.plate()) ? Optional.empty() : PlateKey.of(details.plate());
        if (plate.isPresent()) {
            jdbc
                    .sql("""
                            select id, vin, plate_key, plate_state from records.master_vehicle
                            where plate_key = :plate and plate_state is not distinct from :state
                              and merged_into is null and id <> :except order by id limit 10
                            """)
                    .param("plate", plate.get())
                    .param("state", PersonIndex.upper(details.plateState()))
                    .param("except", except)
                    .query((rs, row) -> new MasterRecordMatch(
                            MasterRecordKind.VEHICLE,
                            rs.getLong(1),
                            vehicleLabel(rs.getString(2), rs.getString(3), rs.getString(4)),
                            "PLATE"))
                    .list()
                    .stream()
                    .filter(found -> matches.stream().noneMatch(m -> m.id() == found.id()))
                    .forEach(matches::add);
        }
        return matches;
    }

    /** Live items with the same serial number. */
    public List<MasterRecordMatch> possibleDuplicates(MasterPropertyDetails details, long except) {
        return jdbc.sql("""
                        select id, category, serial_number from records.master_property
                        where serial_key = :key and merged_into is null and id <> :except order by id limit 10
                        """)
                .param("key", serialKey(details.serialNumber()))
                .param("except", except)
                .query((rs, row) -> new MasterRecordMatch(
                        MasterRecordKind.PROPERTY, rs.getLong(1), rs.getString(2) + " " + rs.getString(3), "SERIAL"))
                .list();
    }

    static String vehicleLabel(String vin, String plate, String state) {
        List<String> parts = new ArrayList<>();
        if (vin != null) {
            parts.add(vin);
        }
        if (plate != null) {
            parts.add(plate + (state == null ? "" : " " + state));
        }
        return String.join(" ", parts);
    }

    public Optional<ItemView> vehicle(long id) {
        return jdbc.sql("""
                        select id, vin, plate, plate_state, make, model, model_year, colour, merged_into
                        from records.master_vehicle where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    String vin = rs.getString("vin");
                    List<ItemView.Field> fields = new ArrayList<>();
                    field(fields, "records.index.vehicle.vin", vin);
                    field(fields, "records.index.vehicle.plate", rs.getString("plate"));
                    field(fields, "records.index.vehicle.plate-state", rs.getString("plate_state"));
                    field(fields, "records.index.vehicle.make", rs.getString("make"));
                    field(fields, "records.index.vehicle.model", rs.getString("model"));
                    Object year = rs.getObject("model_year");
                    field(fields, "records.index.vehicle.year", year == null ? null : year.toString());
                    field(fields, "records.index.vehicle.colour", rs.getString("colour"));
                    List<String> warnings = new ArrayList<>();
                    if (vin != null) {
                        VinCheck.Result check = VinCheck.check(vin);
                        if (check == VinCheck.Result.WRONG_CHECK_DIGIT) {
                            warnings.add("records.index.warning.vin-check-digit");
                        } else if (check == VinCheck.Result.NOT_STANDARD) {
                            warnings.add("records.index.warning.vin-not-standard");
                        }
                    }
                    String title = String.join(
                                    " ",
                                    List.of(
                                                    year == null ? "" : year.toString(),
                                                    nullToEmpty(rs.getString("make")),
                                                    nullToEmpty(rs.getString("model")))
                                            .stream()
                                            .filter(s -> !s.isEmpty())
                                            .toList())
                            .strip();
                    Object mergedInto = rs.getObject("merged_into");
                    return new ItemView(
                            rs.getLong("id"),
                            MasterRecordKind.VEHICLE,
                            title.isEmpty() ? vehicleLabel(vin, rs.getString("plate"), null) : title,
                            fields,
                            warnings,
                            mergedInto == null ? null : ((Number) mergedInto).longValue(),
                            involvements(MasterRecordKind.VEHICLE, id),
                            persons.merges(MasterRecordKind.VEHICLE, id));
                })
                .optional();
    }

    public Optional<ItemView> property(long id) {
        return jdbc.sql("""
                        select id, category, make, model, serial_number, description, merged_into
                        from records.master_property where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    List<ItemView.Field> fields = new ArrayList<>();
                    field(fields, "records.index.property.serial", rs.getString("serial_number"));
                    field(fields, "records.index.property.make", rs.getString("make"));
                    field(fields, "records.index.property.model", rs.getString("model"));
                    field(fields, "records.index.property.description", rs.getString("description"));
                    Object mergedInto = rs.getObject("merged_into");
                    return new ItemView(
                            rs.getLong("id"),
                            MasterRecordKind.PROPERTY,
                            rs.getString("category") + " " + rs.getString("serial_number"),
                            fields,
                            List.of(),
                            mergedInto == null ? null : ((Number) mergedInto).longValue(),
                            involvements(MasterRecordKind.PROPERTY, id),
                            persons.merges(MasterRecordKind.PROPERTY, id));
                })
                .optional();
    }

    List<PersonView.Involvement> involvements(MasterRecordKind kind, long id) {
        return jdbc.sql("""
                        select id, report_number, role, occurred_on from records.involvement
                        where record_kind = :kind and record_id = :id order by occurred_on desc, id desc
                        """)
                .param("kind", kind.name())
                .param("id", id)
                .query((rs, row) -> new PersonView.Involvement(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }

    private static void field(List<ItemView.Field> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new ItemView.Field(key, value));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
