package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportSubmission;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people, vehicles and property involved: three lists the reporter may leave empty, each with rows to add and
 * remove. Adding and removing are buttons of the form, so they work without scripts and keep what was typed.
 */
@Controller
class ReportInvolvedWebController {

    private static final RowList<ReportInProgress.PersonRow> PEOPLE = new RowList<>(
            ReportStep.PEOPLE,
            "people",
            List.of("role", "name", "description"),
            "name",
            fields -> new ReportInProgress.PersonRow(fields.get("role"), fields.get("name"), fields.get("description")),
            ReportInProgress::people,
            ReportInProgress::people,
            ReportInProgress.PersonRow::blank,
            "intake.online.people.person");

    private static final RowList<ReportInProgress.VehicleRow> VEHICLES = new RowList<>(
            ReportStep.VEHICLES,
            "vehicles",
            List.of("make", "model", "colour", "plate", "state"),
            "make",
            fields -> new ReportInProgress.VehicleRow(
                    fields.get("make"),
                    fields.get("model"),
                    fields.get("colour"),
                    fields.get("plate"),
                    fields.get("state")),
            ReportInProgress::vehicles,
            ReportInProgress::vehicles,
            ReportInProgress.VehicleRow::blank,
            "intake.online.vehicles.vehicle");

    private static final RowList<ReportInProgress.PropertyRow> PROPERTY = new RowList<>(
            ReportStep.PROPERTY,
            "property",
            List.of("description", "value", "serial"),
            "description",
            fields -> new ReportInProgress.PropertyRow(
                    fields.get("description"), fields.get("value"), fields.get("serial")),
            ReportInProgress::property,
            ReportInProgress::property,
            ReportInProgress.PropertyRow::blank,
            "intake.online.property.item");

    /**
     * One of the lists and how its rows are read and kept.
     *
     * @param name the list's name: its page, its form fields ({@code people[0].name}) and its submission fields
     * @param firstField the field a problem with the whole row is shown next to
     * @param rowKey the message naming a row by its number, such as "Person 2"
     */
    private record RowList<R>(
            ReportStep step,
            String name,
            List<String> fields,
            String firstField,
            Function<Map<String, String>, R> read,
            Function<ReportInProgress, List<R>> kept,
            BiConsumer<ReportInProgress, List<R>> keep,
            Predicate<R> blank,
            String rowKey) {}

    private final ReportFlow flow;
    private final ReportSubmission submission;
    private final MessageSource messages;
    private final PrecinctProperties properties;

    ReportInvolvedWebController(
            ReportFlow flow, ReportSubmission submission, MessageSource messages, PrecinctProperties properties) {
        this.flow = flow;
        this.submission = submission;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/report/{list:people|vehicles|property}")
    String show(
            @PathVariable String list,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        return show(rowList(list), from, session, model, locale);
    }

    @PostMapping("/report/{list:people|vehicles|property}")
    String change(
            @PathVariable String list,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            Locale locale) {
        return change(rowList(list), action, from, request, session, model, locale);
    }

    private static RowList<?> rowList(String name) {
        return List.of(PEOPLE, VEHICLES, PROPERTY).stream()
                .filter(list -> list.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private <R> String show(RowList<R> list, String from, HttpSession session, Model model, Locale locale) {
        return flow.open(
                session,
                list.step(),
                from,
                model,
                locale,
                report -> page(list, model, list.kept().apply(report), locale));
    }

    private <R> String change(
            RowList<R> list,
            String action,
            String from,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, list.step(), from, model, locale, report -> {
            List<R> rows = read(list, request);
            String again =
                    "redirect:" + list.step().path() + (ReportFlow.FROM_REVIEW.equals(from) ? "?from=review" : "");
            if ("add".equals(action)) {
                if (rows.size() < ReportInProgress.MAX_ROWS) {
                    rows.add(list.read().apply(Map.of()));
                }
                list.keep().accept(report, rows);
                flow.save(session, report);
                return again + "#" + list.name() + "-" + (rows.size() - 1);
            }
            if (action != null && action.startsWith("remove-")) {
                int index = index(action.substring("remove-".length()));
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
                list.keep().accept(report, rows);
                flow.save(session, report);
                return again;
            }
            List<R> filled =
                    new ArrayList<>(rows.stream().filter(list.blank().negate()).toList());
            List<R> before = list.kept().apply(report);
            list.keep().accept(report, filled);
            StepErrors errors = problems(list, report, filled, locale);
            if (!errors.isEmpty()) {
                list.keep().accept(report, before);
                errors.addTo(model);
                return page(list, model, filled, locale);
            }
            return flow.advance(session, report, list.step(), from);
        });
    }

    /** The submission's own rules for the rows, plus amounts that are not amounts. */
    private <R> StepErrors problems(RowList<R> list, ReportInProgress report, List<R> rows, Locale locale) {
        StepErrors errors = new StepErrors(messages, locale);
        Map<String, String> problems =
                submission.check(report.toDraft(flow.type(report).orElse(null), properties.timeZone()), Channel.ONLINE);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ReportInProgress.PropertyRow item
                    && !ReportInProgress.isBlank(item.value())
                    && ReportInProgress.cents(item.value()) == null) {
                errors.addFor(
                        fieldId(list, i, "value"), rowName(list, i, locale), "intake.online.property.value-invalid");
            }
        }
        problems.forEach((field, messageKey) -> {
            if (field.startsWith(list.name() + "[")) {
                int close = field.indexOf(']');
                int index = index(field.substring(list.name().length() + 1, close));
                String part = close + 2 <= field.length() ? field.substring(Math.min(field.length(), close + 2)) : "";
                String shownAt = list.fields().contains(part) ? part : list.firstField();
                errors.addFor(fieldId(list, index, shownAt), rowName(list, index, locale), messageKey);
            } else if (field.equals("people") && list == PEOPLE) {
                errors.add(fieldId(list, 0, list.firstField()), messageKey);
            }
        });
        return errors;
    }

    private static <R> List<R> read(RowList<R> list, HttpServletRequest request) {
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < ReportInProgress.MAX_ROWS; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            boolean present = false;
            for (String field : list.fields()) {
                String value = request.getParameter(list.name() + "[" + i + "]." + field);
                present |= value != null;
                fields.put(field, value == null ? null : value.strip());
            }
            if (!present) {
                break;
            }
            rows.add(list.read().apply(fields));
        }
        return rows;
    }

    private <R> String page(RowList<R> list, Model model, List<R> rows, Locale locale) {
        model.addAttribute("rows", rows);
        model.addAttribute(
                "roles",
                java.util.stream.Stream.of("VICTIM", "SUSPECT", "WITNESS")
                        .map(role -> new Option(
                                role, messages.getMessage("intake.online.people.role." + role, null, locale)))
                        .toList());
        model.addAttribute("maxRows", ReportInProgress.MAX_ROWS);
        return "intake/online/" + list.name();
    }

    private String rowName(RowList<?> list, int index, Locale locale) {
        return messages.getMessage(list.rowKey(), new Object[] {index + 1}, locale);
    }

    /** The id of a row's field on the page, e.g. {@code people-0-name}. */
    private static String fieldId(RowList<?> list, int index, String field) {
        return list.name() + "-" + index + "-" + field;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
