package org.precinct.analysis.importing;

import static org.precinct.records.NibrsUcrOffense.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;
import org.precinct.records.NibrsUcrOffense;

/**
 * San Diego's police calls for service: a call is not yet a crime, so only call types that name an offense (the
 * California Penal Code sections 211 robbery, 459 burglary, 10851 vehicle theft and so on) are kept, and alarms,
 * "casers", traffic stops, welfare checks and the like are skipped. Calls cancelled before anyone arrived or found
 * unfounded, duplicates and calls needing no report are skipped too (dispositions X, W, CAN, U, K, DUP, V). The file gives no coordinates, only the block and street, so
 * these incidents count in the tables but not on the map.
 */
final class SanDiegoCallRows implements IncidentRows {

    static final String PREFIX = "sandiego:";
    static final String UNMAPPED = "every call type not listed here, e.g. 415N (noise), 459A (burglary alarm), "
            + "459C (burglary caser), 1150 (traffic stop), CW (welfare check), 5150 (mental health), 586 (parking)";

    private static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int COLUMNS = 14;
    /** Cancelled before anyone arrived, unfounded, or no report made: not an incident. */
    private static final Set<String> NOT_INCIDENTS = Set.of("X", "U", "K", "W", "CAN", "DUP", "V");

    private static final Set<String> DOMESTIC = Set.of("245DV", "415DV", "TRO");

    static final Map<String, NibrsUcrOffense> CALL_TYPES = new HashMap<>();

    static {
        put(MURDER_NONNEGLIGENT_MANSLAUGHTER, "187");
        put(KIDNAPPING_ABDUCTION, "207", "207R", "278", "278R");
        put(ROBBERY, "211", "211R", "215", "215R");
        put(SIMPLE_ASSAULT, "242", "242R", "415DV");
        put(AGGRAVATED_ASSAULT, "245", "245R", "245DV", "246", "246R");
        put(DESTRUCTION_DAMAGE_VANDALISM, "247", "247R", "594", "594R", "594GR", "TAGGER");
        put(INTIMIDATION, "136", "417", "417R", "422", "422R", "646", "646R", "653M");
        put(ARSON, "451", "451R");
        put(BURGLARY_BREAKING_AND_ENTERING, "459", "459R", "459HP");
        put(COUNTERFEITING_FORGERY, "470", "470R");
        put(ALL_OTHER_LARCENY, "487", "487R", "488", "488R", "498", "498R");
        put(SHOPLIFTING, "1016QC");
        put(STOLEN_PROPERTY_OFFENSES, "496");
        put(HACKING_COMPUTER_INVASION, "502");
        put(EMBEZZLEMENT, "508R");
        put(EXTORTION_BLACKMAIL, "518R");
        put(IMPERSONATION, "146", "146R", "530");
        put(FALSE_PRETENSES, "532", "537", "537R");
        put(ANIMAL_CRUELTY, "597", "597R");
        put(TRESPASS_OF_REAL_PROPERTY, "602");
        put(PROSTITUTION, "647B");
        put(DRUNKENNESS, "647F");
        put(MOTOR_VEHICLE_THEFT, "10851", "10851R");
        put(DRIVING_UNDER_THE_INFLUENCE, "23152");
        put(WEAPON_LAW_VIOLATIONS, "11-6", "CCW");
        put(DRUG_NARCOTIC_VIOLATIONS, "NARC");
        put(FAMILY_OFFENSES_NONVIOLENT, "271", "272");
        put(DISORDERLY_CONDUCT, "415", "415V");
        put(ALL_OTHER_OFFENSES, "314", "314R", "TRO");
    }

    private static void put(NibrsUcrOffense offense, String... callTypes) {
        for (String callType : callTypes) {
            CALL_TYPES.put(callType, offense);
        }
    }

    @Override
    public boolean isHeader(CsvRecord record) {
        return record.field(0).equalsIgnoreCase("incident_num");
    }

    @Override
    public RowOutcome map(CsvRecord record) {
        if (record.fields().size() != COLUMNS) {
            return RowOutcome.rejected(
                    "analysis.import.reject.columns", COLUMNS, record.fields().size());
        }
        String callType = record.field(10).toUpperCase(Locale.ROOT);
        NibrsUcrOffense offense = CALL_TYPES.get(callType);
        if (offense == null) {
            return RowOutcome.skipped(callType);
        }
        if (NOT_INCIDENTS.contains(record.field(11).toUpperCase(Locale.ROOT))) {
            return RowOutcome.skipped(callType + "/" + record.field(11));
        }
        if (record.field(0).isEmpty()) {
            return RowOutcome.rejected("analysis.import.reject.external-id", AnalysisIncident.MAX_EXTERNAL_ID_LENGTH);
        }
        Instant occurredAt = IncidentRows.localTime(record.field(1), TIME, SAN_DIEGO);
        if (occurredAt == null) {
            return RowOutcome.rejected("analysis.import.reject.local-time", record.field(1));
        }
        return RowOutcome.imported(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                PREFIX + record.field(0),
                offense,
                occurredAt,
                null,
                null,
                address(record),
                DOMESTIC.contains(callType)));
    }

    /** "0 05TH AVE" or "05TH AVE / G" from the number, direction, road and suffix, and the cross street if any. */
    private static String address(CsvRecord record) {
        String street = join(record.field(4), record.field(5), record.field(6));
        String cross = join(record.field(7), record.field(8), record.field(9));
        String number = record.field(3);
        String primary = number.isEmpty() ? street : number + " " + street;
        return cross.isEmpty() ? primary : street + " / " + cross;
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " ").append(part.trim());
            }
        }
        return joined.toString();
    }
}
