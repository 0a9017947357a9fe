package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.online.StagedUploads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Keeps the report in progress in the session and leads through the steps: which steps a report has (the type's
 * questions only when it asks some), which comes next, and that no step is reached before the ones it needs. A
 * step opened without a report in progress (a new visitor, or a session that ended) goes back to the start.
 */
@Component
class ReportFlow {

    static final String REPORT = "intake.online.report";
    static final String CONFIRMATION = "intake.online.confirmation";
    static final String FROM_REVIEW = "review";

    private final IncidentTypes types;
    private final StagedUploads uploads;
    private final MessageSource messages;

    ReportFlow(IncidentTypes types, StagedUploads uploads, MessageSource messages) {
        this.types = types;
        this.uploads = uploads;
        this.messages = messages;
    }

    Optional<ReportInProgress> current(HttpSession session) {
        return Optional.ofNullable((ReportInProgress) session.getAttribute(REPORT));
    }

    ReportInProgress start(HttpSession session) {
        discard(session);
        ReportInProgress report = new ReportInProgress();
        save(session, report);
        return report;
    }

    void save(HttpSession session, ReportInProgress report) {
        session.setAttribute(REPORT, report);
    }

    /** Forgets the report in progress and its files: nothing of it is kept. */
    void discard(HttpSession session) {
        current(session).ifPresent(report -> uploads.discardAll(report.key()));
        session.removeAttribute(REPORT);
    }

    Optional<IncidentTypeView> type(ReportInProgress report) {
        return report.incidentType() == null ? Optional.empty() : types.find(report.incidentType());
    }

    /** The steps this report has, in order. */
    List<ReportStep> steps(ReportInProgress report) {
        boolean asks = type(report).map(type -> !type.questions().isEmpty()).orElse(true);
        List<ReportStep> steps = new ArrayList<>(List.of(ReportStep.values()));
        if (!asks) {
            steps.remove(ReportStep.QUESTIONS);
        }
        return steps;
    }

    ReportStep next(ReportInProgress report, ReportStep step) {
        List<ReportStep> steps = steps(report);
        int at = steps.indexOf(step);
        return at + 1 < steps.size() ? steps.get(at + 1) : ReportStep.REVIEW;
    }

    ReportStep previous(ReportInProgress report, ReportStep step) {
        List<ReportStep> steps = steps(report);
        int at = steps.indexOf(step);
        return at > 0 ? steps.get(at - 1) : ReportStep.SAFETY;
    }

    /** The first step before {@code step} that is not done yet. */
    Optional<ReportStep> missingBefore(ReportInProgress report, ReportStep step) {
        for (ReportStep earlier : steps(report)) {
            if (earlier == step) {
                return Optional.empty();
            }
            if (!report.isDone(earlier)) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a step: back to the start without a report in progress, to the first missing step when an earlier one
     * is not done, else the page {@code page} names, with the step's place in the flow in the model.
     *
     * @param from {@value #FROM_REVIEW} when the reporter came from the review page to change something
     */
    String open(
            HttpSession session,
            ReportStep step,
            String from,
            Model model,
            Locale locale,
            Function<ReportInProgress, String> page) {
        Optional<ReportInProgress> report = current(session);
        if (report.isEmpty()) {
            return "redirect:/report?expired";
        }
        Optional<ReportStep> missing = missingBefore(report.get(), step);
        if (missing.isPresent()) {
            return "redirect:" + missing.get().path();
        }
        List<ReportStep> steps = steps(report.get());
        boolean fromReview = FROM_REVIEW.equals(from);
        model.addAttribute("step", step);
        model.addAttribute("stepNumber", steps.indexOf(step) + 1);
        model.addAttribute("stepCount", steps.size());
        model.addAttribute("stepTitle", messages.getMessage(step.titleKey(), null, locale));
        model.addAttribute("from", fromReview ? FROM_REVIEW : "");
        model.addAttribute(
                "backPath",
                fromReview
                        ? ReportStep.REVIEW.path()
                        : previous(report.get(), step).path());
        model.addAttribute("incidentType", type(report.get()).orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return page.apply(report.get());
    }

    /** After a step is done: the next step, or back to the review when the change was made from there. */
    String advance(HttpSession session, ReportInProgress report, ReportStep step, String from) {
        report.markDone(step);
        save(session, report);
        if (FROM_REVIEW.equals(from)) {
            // A change made from the review may need another step first (a new type with questions of its own).
            return "redirect:"
                    + missingBefore(report, ReportStep.REVIEW)
                            .map(missing -> missing.path() + "?from=" + FROM_REVIEW)
                            .orElse(ReportStep.REVIEW.path());
        }
        ReportStep next = next(report, step);
        return "redirect:" + missingBefore(report, next).orElse(next).path();
    }
}
