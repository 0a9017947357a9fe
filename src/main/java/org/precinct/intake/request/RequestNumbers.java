package org.precinct.intake.request;

import java.time.Clock;
import java.time.ZoneId;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.ReportNumberSeries;
import org.precinct.intake.TrackingNumber;
import org.precinct.shared.PrecinctProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out tracking and report numbers from database sequences, so that every application node draws from the
 * same series and no number is ever given twice. The year is the department's, not UTC's.
 */
@Component
public class RequestNumbers implements ReportNumberSeries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    RequestNumbers(JdbcClient jdbc, Clock clock, PrecinctProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public TrackingNumber nextTrackingNumber(Channel channel) {
        String sequence = switch (channel) {
            case ONLINE -> "intake.online_tracking_serial";
            case PHONE -> "intake.phone_tracking_serial";
            case OPEN311 -> "intake.open311_tracking_serial";
        };
        long serial =
                jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
        return TrackingNumber.of(channel, year(), serial);
    }

    @Override
    public ReportNumber nextReportNumber() {
        long serial = jdbc.sql("select nextval('intake.report_number_serial')")
                .query(Long.class)
                .single();
        return ReportNumber.of(year(), serial);
    }

    private int year() {
        return clock.instant().atZone(zone).getYear();
    }
}
