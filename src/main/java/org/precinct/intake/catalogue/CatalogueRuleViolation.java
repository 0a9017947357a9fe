package org.precinct.intake.catalogue;

import java.util.List;
import org.precinct.shared.RuleViolationException;

/**
 * The catalogue refused a change, for one or more reasons at once, so that a form can show every message next to
 * its field in one round. Nothing of the change was saved.
 */
class CatalogueRuleViolation extends RuleViolationException {

    private final transient List<CatalogueProblem> problems;

    CatalogueRuleViolation(List<CatalogueProblem> problems) {
        super(problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    CatalogueRuleViolation(CatalogueProblem problem) {
        this(List.of(problem));
    }

    List<CatalogueProblem> problems() {
        return problems;
    }
}
