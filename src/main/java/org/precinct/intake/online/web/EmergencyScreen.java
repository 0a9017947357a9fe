package org.precinct.intake.online.web;

import org.precinct.intake.TriageResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sends the reporter to the "call 911 now" page, showing the words of theirs that read as an emergency. */
final class EmergencyScreen {

    static final String PATH = "/report/call-911";

    private EmergencyScreen() {}

    static String show(TriageResult result, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "emergencyPhrases",
                result.reasons().stream()
                        .map(reason -> reason.phrase())
                        .filter(phrase -> !phrase.isBlank())
                        .distinct()
                        .toList());
        return "redirect:" + PATH;
    }
}
