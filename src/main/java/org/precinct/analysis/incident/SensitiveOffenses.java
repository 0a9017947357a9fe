package org.precinct.analysis.incident;

import java.util.EnumSet;
import java.util.Set;
import org.precinct.records.NibrsUcrOffense;

/**
 * The offenses the public never sees, whatever the source says: sex offenses and human trafficking (they would
 * point at victims), and family offenses (domestic). Sources add juvenile and domestic incidents of other offenses.
 */
public final class SensitiveOffenses {

    private static final Set<NibrsUcrOffense> ALWAYS = EnumSet.of(
            NibrsUcrOffense.RAPE,
            NibrsUcrOffense.SODOMY,
            NibrsUcrOffense.SEXUAL_ASSAULT_WITH_AN_OBJECT,
            NibrsUcrOffense.FONDLING,
            NibrsUcrOffense.INCEST,
            NibrsUcrOffense.STATUTORY_RAPE,
            NibrsUcrOffense.HUMAN_TRAFFICKING_COMMERCIAL_SEX_ACTS,
            NibrsUcrOffense.HUMAN_TRAFFICKING_INVOLUNTARY_SERVITUDE,
            NibrsUcrOffense.FAMILY_OFFENSES_NONVIOLENT,
            NibrsUcrOffense.PEEPING_TOM);

    private SensitiveOffenses() {}

    /** Whether an incident of {@code offense} is withheld from the public, given what its source says. */
    public static boolean sensitive(NibrsUcrOffense offense, boolean markedBySource) {
        return markedBySource || ALWAYS.contains(offense);
    }
}
