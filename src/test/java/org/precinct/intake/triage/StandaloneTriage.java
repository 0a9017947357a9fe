package org.precinct.intake.triage;

import org.precinct.intake.ReportTriage;

/** The emergency check without the application around it, for measurements outside this package. */
public final class StandaloneTriage {

    private StandaloneTriage() {}

    public static ReportTriage create() {
        return new PhraseRuleTriage();
    }
}
