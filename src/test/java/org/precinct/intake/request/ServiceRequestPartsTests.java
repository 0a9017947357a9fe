package org.precinct.intake.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.TrackingCode;
import org.precinct.intake.TrackingNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A report's people, vehicles and property are stored with it, in the order given, blanks kept blank. */
@PrecinctTest
class ServiceRequestPartsTests {

    @Autowired
    ServiceRequestStore store;

    @Autowired
    RequestNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partsAreStoredInTheirOrderWithTheirBlanks() {
        long id = insert(
                List.of(
                        new ReportDraft.PersonInvolved("WITNESS", "Sam O'Neil", "neighbour, saw a \"white\" van"),
                        new ReportDraft.PersonInvolved("SUSPECT", null, "grey hoodie")),
                List.of(
                        new ReportDraft.VehicleInvolved("Honda", "Civic", "blue", "ABC123", "MO"),
                        new ReportDraft.VehicleInvolved("Ford", null, "white", null, null)),
                List.of(
                        new ReportDraft.PropertyInvolved("Sunglasses", 12_000L, "SN-1"),
                        new ReportDraft.PropertyInvolved("Gym bag {with} [brackets]", null, null)));

        assertThat(rows("select position, role, name, description from intake.request_person", id))
                .containsExactly(
                        List.of("0", "WITNESS", "Sam O'Neil", "neighbour, saw a \"white\" van"),
                        Arrays.asList("1", "SUSPECT", null, "grey hoodie"));
        assertThat(rows("select position, make, model, colour, plate, plate_state from intake.request_vehicle", id))
                .containsExactly(
                        List.of("0", "Honda", "Civic", "blue", "ABC123", "MO"),
                        Arrays.asList("1", "Ford", null, "white", null, null));
        assertThat(rows("select position, description, value_cents, serial from intake.request_property", id))
                .containsExactly(
                        List.of("0", "Sunglasses", "12000", "SN-1"),
                        Arrays.asList("1", "Gym bag {with} [brackets]", null, null));
        assertThat(rows("select position, status from intake.request_history", id))
                .containsExactly(List.of("0", "RECEIVED"));
    }

    @Test
    void aReportWithoutPartsHasNone() {
        long id = insert(List.of(), List.of(), List.of());

        assertThat(rows("select position from intake.request_person", id)).isEmpty();
        assertThat(rows("select position from intake.request_vehicle", id)).isEmpty();
        assertThat(rows("select position from intake.request_property", id)).isEmpty();
        assertThat(rows("select position, status from intake.request_history", id))
                .containsExactly(List.of("0", "RECEIVED"));
    }

    private long insert(
            List<ReportDraft.PersonInvolved> people,
            List<ReportDraft.VehicleInvolved> vehicles,
            List<ReportDraft.PropertyInvolved> property) {
        TrackingNumber number = numbers.nextTrackingNumber(Channel.PHONE);
        ReportDraft draft = new ReportDraft(
                "THEFT",
                "My bike was taken from the porch last night",
                Instant.now().minus(1, ChronoUnit.DAYS),
                null,
                null,
                38.66,
                -90.57,
                Map.of("itemCategory", "BICYCLE"),
                new ReportDraft.Reporter("Dana Reyes", null, "(636) 555-0100"),
                people,
                vehicles,
                property);
        return transactions.execute(status -> store.insert(new ServiceRequestStore.NewRequest(
                number,
                TrackingCode.generate().hash(),
                Channel.PHONE,
                draft,
                3,
                new ServiceRequestStore.Location(null, 38.66, -90.57, "B11", "CHESTERFIELD"),
                "(636) 555-0100",
                "clerk",
                null,
                Instant.now(),
                Instant.now().plus(1, ChronoUnit.DAYS))));
    }

    private List<List<String>> rows(String select, long id) {
        return jdbc.sql(select + " where request_id = :id order by position")
                .param("id", id)
                .query((row, index) -> {
                    int columns = row.getMetaData().getColumnCount();
                    String[] values = new String[columns];
                    for (int column = 0; column < columns; column++) {
                        values[column] = row.getString(column + 1);
                    }
                    return Arrays.asList(values);
                })
                .list();
    }
}
