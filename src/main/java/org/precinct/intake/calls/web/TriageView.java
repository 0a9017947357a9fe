package org.precinct.intake.calls.web;

import java.util.List;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.TriageReason;
import org.precinct.intake.TriageResult;

/**
 * The emergency check as the call-taker sees it while typing.
 *
 * @param asked whether there was anything to check yet
 * @param emergency whether the call belongs with 911
 * @param reasons why, each explained by its message key
 * @param suggested the type the description reads most like, when it is not the one chosen; may be {@code null}
 */
record TriageView(boolean asked, boolean emergency, List<TriageReason> reasons, IncidentTypeView suggested) {

    static TriageView notYet() {
        return new TriageView(false, false, List.of(), null);
    }

    static TriageView of(TriageResult result, IncidentTypeView suggested) {
        return new TriageView(true, result.emergency(), result.reasons(), suggested);
    }
}
