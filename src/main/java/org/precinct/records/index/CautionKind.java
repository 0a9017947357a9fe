package org.precinct.records.index;

/** What an officer must know before approaching a person, shown first and prominently on every check. */
public enum CautionKind {
    ARMED_DANGEROUS,
    OFFICER_SAFETY,
    MENTAL_HEALTH
}
