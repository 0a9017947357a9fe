package org.precinct.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * axe-core's automated WCAG 2.1 level A and AA rules, run on the page as the browser shows it (styles applied, so
 * contrast is measured on the real colours). Serious and critical findings fail; the failure lists everything a
 * reader needs to fix the page: the rule, its help text and link, and each offending element.
 */
final class AccessibilityAudit {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    private static final Set<String> BLOCKING = Set.of("critical", "serious");
    private static final Logger log = LoggerFactory.getLogger(AccessibilityAudit.class);

    private AccessibilityAudit() {}

    /** Audits the page and fails on any serious or critical violation; lesser ones are logged for the record. */
    static AxeResults assertNoSeriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not audit " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        log.info(
                "axe-core on {}: {}; rules passed: {}; left for a person to review: {}",
                page.url(),
                countByImpact(violations),
                results.getPasses().size(),
                results.getIncomplete().stream().map(Rule::getId).toList());
        if (!violations.isEmpty()) {
            log.info("axe-core findings on {}:\n{}", page.url(), describe(violations));
        }
        List<Rule> blocking = violations.stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError(
                    "Serious or critical WCAG 2.1 AA violations on " + page.url() + ":\n" + describe(blocking));
        }
        return results;
    }

    /** For example {@code critical=0, serious=0, moderate=1, minor=0}. */
    static String countByImpact(List<Rule> violations) {
        Map<String, Long> counts = new LinkedHashMap<>();
        IMPACTS.forEach(impact -> counts.put(impact, 0L));
        violations.forEach(rule -> counts.merge(String.valueOf(rule.getImpact()), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("]: ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                text.append("    element ")
                        .append(node.getTarget())
                        .append(": ")
                        .append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
