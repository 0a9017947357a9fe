package org.precinct.intake.online.web;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.online.ChosenPlace;
import org.precinct.intake.online.MapView;
import org.precinct.intake.online.StagedUploads;

/**
 * A report a resident is writing, kept in their web session between the steps (sessions live in the database, so
 * any application node serves the next step). Everything is kept as typed and already checked by its step; the
 * report is checked whole once more when it is submitted. Its files are kept in {@link StagedUploads} under
 * {@link #key()}, which also serves as the idempotency key of the submission, so a double click files one report.
 *
 * <p>Changed in place by the steps and put back into the session after every change: the session store writes an
 * attribute only when it is set.
 */
final class ReportInProgress implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int MAX_ROWS = 20;

    private final String key = UUID.randomUUID().toString();
    private final Set<ReportStep> done = EnumSet.of(ReportStep.SAFETY);
    private String incidentType;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private ChosenPlace place;
    private MapView view;
    private LocalDateTime occurredFrom;
    private LocalDateTime occurredTo;
    private String description;
    private List<PersonRow> people = new ArrayList<>();
    private List<VehicleRow> vehicles = new ArrayList<>();
    private List<PropertyRow> property = new ArrayList<>();
    private final List<StagedUploads.Staged> photos = new ArrayList<>();
    private ContactForm contact = new ContactForm(null, null, null);

    /** A person involved. @param role VICTIM, SUSPECT or WITNESS */
    record PersonRow(String role, String name, String description) implements Serializable {

        boolean blank() {
            return isBlank(role) && isBlank(name) && isBlank(description);
        }
    }

    record VehicleRow(String make, String model, String colour, String plate, String state) implements Serializable {

        boolean blank() {
            return isBlank(make) && isBlank(model) && isBlank(colour) && isBlank(plate) && isBlank(state);
        }
    }

    /** @param value in dollars, as typed */
    record PropertyRow(String description, String value, String serial) implements Serializable {

        boolean blank() {
            return isBlank(description) && isBlank(value) && isBlank(serial);
        }
    }

    /** The reporter's contact details, all optional where the type allows anonymity. */
    record ContactForm(String name, String email, String phone) implements Serializable {}

    String key() {
        return key;
    }

    boolean isDone(ReportStep step) {
        return done.contains(step);
    }

    void markDone(ReportStep step) {
        done.add(step);
    }

    void markUndone(ReportStep step) {
        done.remove(step);
    }

    String incidentType() {
        return incidentType;
    }

    /** Chooses the type; answers to questions the new type does not ask are dropped. */
    void chooseType(IncidentTypeView type) {
        if (!type.code().value().equals(incidentType)) {
            incidentType = type.code().value();
            answers.keySet().removeIf(code -> type.question(code).isEmpty());
            done.remove(ReportStep.QUESTIONS);
        }
    }

    Map<String, String> answers() {
        return answers;
    }

    void answer(Map<String, String> given) {
        answers.clear();
        given.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                answers.put(code, value.strip());
            }
        });
    }

    ChosenPlace place() {
        return place;
    }

    void place(ChosenPlace chosen) {
        place = chosen;
    }

    MapView view() {
        return view;
    }

    void view(MapView shown) {
        view = shown;
    }

    LocalDateTime occurredFrom() {
        return occurredFrom;
    }

    LocalDateTime occurredTo() {
        return occurredTo;
    }

    void when(LocalDateTime from, LocalDateTime to) {
        occurredFrom = from;
        occurredTo = to;
    }

    String description() {
        return description;
    }

    void description(String text) {
        description = text;
    }

    List<PersonRow> people() {
        return people;
    }

    void people(List<PersonRow> rows) {
        people = new ArrayList<>(rows);
    }

    List<VehicleRow> vehicles() {
        return vehicles;
    }

    void vehicles(List<VehicleRow> rows) {
        vehicles = new ArrayList<>(rows);
    }

    List<PropertyRow> property() {
        return property;
    }

    void property(List<PropertyRow> rows) {
        property = new ArrayList<>(rows);
    }

    List<StagedUploads.Staged> photos() {
        return photos;
    }

    ContactForm contact() {
        return contact;
    }

    void contact(ContactForm given) {
        contact = given;
    }

    /** The report as the submission takes it, with times in the department's zone and answers in their types. */
    ReportDraft toDraft(IncidentTypeView type, ZoneId zone) {
        Map<String, Object> typedAnswers = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            boolean yesNo = type != null
                    && type.question(code)
                            .map(IncidentQuestion::datatype)
                            .filter(QuestionDatatype.BOOLEAN::equals)
                            .isPresent();
            typedAnswers.put(code, yesNo ? (Object) Boolean.valueOf(value) : value);
        });
        boolean anyContact = !isBlank(contact.name()) || !isBlank(contact.email()) || !isBlank(contact.phone());
        return new ReportDraft(
                incidentType,
                description,
                occurredFrom == null ? null : occurredFrom.atZone(zone).toInstant(),
                occurredTo == null ? null : occurredTo.atZone(zone).toInstant(),
                place == null ? null : place.address(),
                place == null ? null : place.latitude(),
                place == null ? null : place.longitude(),
                typedAnswers,
                anyContact
                        ? new ReportDraft.Reporter(
                                blankToNull(contact.name()), blankToNull(contact.email()), blankToNull(contact.phone()))
                        : null,
                people.stream()
                        .map(row -> new ReportDraft.PersonInvolved(
                                row.role(), blankToNull(row.name()), blankToNull(row.description())))
                        .toList(),
                vehicles.stream()
                        .map(row -> new ReportDraft.VehicleInvolved(
                                blankToNull(row.make()),
                                blankToNull(row.model()),
                                blankToNull(row.colour()),
                                blankToNull(row.plate()),
                                blankToNull(row.state())))
                        .toList(),
                property.stream()
                        .map(row -> new ReportDraft.PropertyInvolved(
                                blankToNull(row.description()), cents(row.value()), blankToNull(row.serial())))
                        .toList());
    }

    /** Dollars as typed ({@code 1,250.50} or {@code $19}) in cents, or {@code null} when blank or not a number. */
    static Long cents(String dollars) {
        if (isBlank(dollars)) {
            return null;
        }
        String plain = dollars.strip().replace("$", "").replace(",", "").strip();
        if (!plain.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
