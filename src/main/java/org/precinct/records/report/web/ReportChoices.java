package org.precinct.records.report.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.precinct.records.IncidentReportCodes;
import org.precinct.records.IncidentReportCodes.Table;
import org.precinct.records.IncidentReportDetails;
import org.springframework.context.MessageSource;

/**
 * The choices of the report form and the names of codes, in one reader's language: the NIBRS tables with their codes
 * shown beside the names (officers know many by code), and the report's own lists.
 */
public final class ReportChoices {

    /** One choice of a list: the value sent, the label read. */
    public record Option(String value, String label) {}

    private final MessageSource messages;
    private final Locale locale;

    ReportChoices(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The codes of a NIBRS table (named as {@link Table} names it), each labelled "code – name". */
    public List<Option> table(String table) {
        Table which = Table.valueOf(table);
        return IncidentReportCodes.codes(which).stream()
                .map(code -> new Option(code, code + " – " + name(table, code)))
                .toList();
    }

    /** The name of a code of a NIBRS table; the code itself when the table has no such code. */
    public String name(String table, String code) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(IncidentReportCodes.messageKey(Table.valueOf(table), code), null, code, locale);
    }

    public List<Option> howReceived() {
        return options(IncidentReportDetails.HowReceived.values(), "records.report.how-received.");
    }

    public List<Option> roles() {
        return options(IncidentReportDetails.PersonRole.values(), "records.report.role.");
    }

    public List<Option> propertyStatuses() {
        return options(IncidentReportDetails.PropertyStatus.values(), "records.report.property-status.");
    }

    public List<Option> clearances() {
        return options(IncidentReportDetails.Clearance.values(), "records.report.clearance.");
    }

    /** Completed or attempted, sent as {@code false} or {@code true}. */
    public List<Option> attempted() {
        return List.of(
                new Option("false", messages.getMessage("records.report.offense.completed", null, locale)),
                new Option("true", messages.getMessage("records.report.offense.attempted", null, locale)));
    }

    /** No or yes, sent as {@code false} or {@code true}. */
    public List<Option> yesNo() {
        return List.of(
                new Option("false", messages.getMessage("records.report.no", null, locale)),
                new Option("true", messages.getMessage("records.report.yes", null, locale)));
    }

    /** The label of a value of one of the report's own lists, e.g. {@code label('role', 'VICTIM')}. */
    public String label(String list, String value) {
        return value == null ? "" : messages.getMessage("records.report." + list + "." + value, null, value, locale);
    }

    /** A vehicle in one line: plate and state, make, model, colour, year, VIN, whichever are known. */
    public String vehicle(IncidentReportDetails.Vehicle vehicle) {
        return java.util.stream.Stream.of(
                        vehicle.plate(),
                        vehicle.plateState(),
                        vehicle.make(),
                        vehicle.model(),
                        vehicle.colour(),
                        vehicle.year() == null ? null : vehicle.year().toString(),
                        vehicle.vin())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private List<Option> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values)
                .map(value -> new Option(value.name(), messages.getMessage(prefix + value.name(), null, locale)))
                .toList();
    }
}
