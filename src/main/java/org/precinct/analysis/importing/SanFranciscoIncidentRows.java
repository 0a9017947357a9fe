package org.precinct.analysis.importing;

import static org.precinct.records.NibrsUcrOffense.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.precinct.analysis.AnalysisIncident;
import org.precinct.analysis.AnalysisIncidentSource;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;
import org.precinct.records.NibrsUcrOffense;

/**
 * San Francisco's police incident reports (DataSF, 2018 on): one row per incident code, identified by its Row ID.
 * The category and subcategory map to NIBRS; {@link #UNMAPPED} lists the categories that are not offenses and are
 * skipped. Intersections are the only place given, so every address is already generalised.
 */
final class SanFranciscoIncidentRows implements IncidentRows {

    static final String PREFIX = "sanfrancisco:";
    static final String UNMAPPED = "Case Closure, Civil Sidewalks, Courtesy Report, Fire Report, Lost Property, "
            + "Miscellaneous Investigation, Missing Person, Non-Criminal, Recovered Vehicle, Suicide, Suspicious, "
            + "Suspicious Occ, Traffic Collision (except hit and run), Traffic Violation Arrest, Vehicle Impounded, Vehicle Misplaced, Warrant";

    private static final ZoneId SAN_FRANCISCO = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd hh:mm:ss a", Locale.ROOT);
    private static final int COLUMNS = 26;

    private static final Map<String, NibrsUcrOffense> CATEGORIES = new HashMap<>();
    private static final Map<String, NibrsUcrOffense> SUBCATEGORIES = new HashMap<>();

    static {
        CATEGORIES.put("arson", ARSON);
        CATEGORIES.put("assault", SIMPLE_ASSAULT);
        SUBCATEGORIES.put("aggravated assault", AGGRAVATED_ASSAULT);
        CATEGORIES.put("burglary", BURGLARY_BREAKING_AND_ENTERING);
        CATEGORIES.put("disorderly conduct", DISORDERLY_CONDUCT);
        SUBCATEGORIES.put("drunkenness", DRUNKENNESS);
        SUBCATEGORIES.put("intimidation", INTIMIDATION);
        SUBCATEGORIES.put("loitering", CURFEW_LOITERING_VAGRANCY);
        SUBCATEGORIES.put("drug violation", DRUG_NARCOTIC_VIOLATIONS);
        SUBCATEGORIES.put("weapons offense", WEAPON_LAW_VIOLATIONS);
        CATEGORIES.put("drug offense", DRUG_NARCOTIC_VIOLATIONS);
        CATEGORIES.put("drug violation", DRUG_NARCOTIC_VIOLATIONS);
        CATEGORIES.put("embezzlement", EMBEZZLEMENT);
        CATEGORIES.put("family offense", FAMILY_OFFENSES_NONVIOLENT);
        CATEGORIES.put("forgery and counterfeiting", COUNTERFEITING_FORGERY);
        CATEGORIES.put("fraud", FALSE_PRETENSES);
        SUBCATEGORIES.put("bad checks", BAD_CHECKS);
        SUBCATEGORIES.put("fraud", FALSE_PRETENSES);
        CATEGORIES.put("gambling", OPERATING_PROMOTING_GAMBLING);
        CATEGORIES.put("homicide", MURDER_NONNEGLIGENT_MANSLAUGHTER);
        CATEGORIES.put("juvenile offenses", ALL_OTHER_OFFENSES);
        SUBCATEGORIES.put("family offenses", FAMILY_OFFENSES_NONVIOLENT);
        CATEGORIES.put("larceny theft", ALL_OTHER_LARCENY);
        SUBCATEGORIES.put("larceny - auto parts", THEFT_OF_MOTOR_VEHICLE_PARTS);
        SUBCATEGORIES.put("larceny - from vehicle", THEFT_FROM_MOTOR_VEHICLE);
        SUBCATEGORIES.put("theft from vehicle", THEFT_FROM_MOTOR_VEHICLE);
        SUBCATEGORIES.put("larceny theft - from building", THEFT_FROM_BUILDING);
        SUBCATEGORIES.put("larceny theft - pickpocket", POCKET_PICKING);
        SUBCATEGORIES.put("larceny theft - purse snatch", PURSE_SNATCHING);
        SUBCATEGORIES.put("larceny theft - shoplifting", SHOPLIFTING);
        SUBCATEGORIES.put("larceny theft - other", ALL_OTHER_LARCENY);
        CATEGORIES.put("liquor laws", LIQUOR_LAW_VIOLATIONS);
        SUBCATEGORIES.put("liquor law violation", LIQUOR_LAW_VIOLATIONS);
        CATEGORIES.put("malicious mischief", DESTRUCTION_DAMAGE_VANDALISM);
        CATEGORIES.put("vandalism", DESTRUCTION_DAMAGE_VANDALISM);
        CATEGORIES.put("motor vehicle theft", MOTOR_VEHICLE_THEFT);
        CATEGORIES.put("motor vehicle theft?", MOTOR_VEHICLE_THEFT);
        CATEGORIES.put("offences against the family and children", FAMILY_OFFENSES_NONVIOLENT);
        SUBCATEGORIES.put("kidnapping", KIDNAPPING_ABDUCTION);
        SUBCATEGORIES.put("stalking", INTIMIDATION);
        CATEGORIES.put("other", ALL_OTHER_OFFENSES);
        CATEGORIES.put("other miscellaneous", ALL_OTHER_OFFENSES);
        SUBCATEGORIES.put("extortion-blackmail", EXTORTION_BLACKMAIL);
        SUBCATEGORIES.put("trespass", TRESPASS_OF_REAL_PROPERTY);
        SUBCATEGORIES.put("larceny theft - other", ALL_OTHER_LARCENY);
        SUBCATEGORIES.put("disorderly conduct", DISORDERLY_CONDUCT);
        CATEGORIES.put("other offenses", ALL_OTHER_OFFENSES);
        CATEGORIES.put("prostitution", PROSTITUTION);
        CATEGORIES.put("rape", RAPE);
        CATEGORIES.put("robbery", ROBBERY);
        CATEGORIES.put("sex offense", FONDLING);
        SUBCATEGORIES.put("child abuse", FAMILY_OFFENSES_NONVIOLENT);
        CATEGORIES.put("stolen property", STOLEN_PROPERTY_OFFENSES);
        CATEGORIES.put("traffic collision", null);
        CATEGORIES.put("weapons carrying etc", WEAPON_LAW_VIOLATIONS);
        CATEGORIES.put("weapons offense", WEAPON_LAW_VIOLATIONS);
    }

    @Override
    public boolean isHeader(CsvRecord record) {
        return record.field(0).equalsIgnoreCase("Incident Datetime");
    }

    @Override
    public RowOutcome map(CsvRecord record) {
        if (record.fields().size() != COLUMNS) {
            return RowOutcome.rejected(
                    "analysis.import.reject.columns", COLUMNS, record.fields().size());
        }
        String category = record.field(14).toLowerCase(Locale.ROOT);
        String subcategory = record.field(15).toLowerCase(Locale.ROOT);
        NibrsUcrOffense offense = offense(category, subcategory);
        if (offense == null) {
            return RowOutcome.skipped(record.field(14));
        }
        if (record.field(6).isEmpty()) {
            return RowOutcome.rejected("analysis.import.reject.external-id", AnalysisIncident.MAX_EXTERNAL_ID_LENGTH);
        }
        Instant occurredAt = IncidentRows.localTime(record.field(0), TIME, SAN_FRANCISCO);
        if (occurredAt == null) {
            return RowOutcome.rejected("analysis.import.reject.local-time", record.field(0));
        }
        Double latitude = IncidentRows.coordinate(record.field(23));
        Double longitude = IncidentRows.coordinate(record.field(24));
        if (latitude == null || longitude == null || latitude.isNaN() || longitude.isNaN()) {
            latitude = null;
            longitude = null;
        }
        String description = record.field(16).toLowerCase(Locale.ROOT);
        boolean sensitive = category.contains("juvenile")
                || category.contains("family")
                || description.contains("juvenile")
                || description.contains("minor")
                || description.contains("domestic")
                || description.contains("child");
        return RowOutcome.imported(new AnalysisIncident(
                AnalysisIncidentSource.IMPORT,
                PREFIX + record.field(6),
                offense,
                occurredAt,
                latitude,
                longitude,
                record.field(18).replace(" \\ ", " / "),
                sensitive));
    }

    private static NibrsUcrOffense offense(String category, String subcategory) {
        if (category.equals("traffic collision")) {
            return subcategory.contains("hit & run") ? ALL_OTHER_OFFENSES : null;
        }
        if (!CATEGORIES.containsKey(category)) {
            return null;
        }
        NibrsUcrOffense refined = SUBCATEGORIES.get(subcategory);
        return refined != null ? refined : CATEGORIES.get(category);
    }
}
