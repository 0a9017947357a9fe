package org.precinct.analysis;

/** Where an incident of the analysis store comes from; with its external id it identifies the incident. */
public enum AnalysisIncidentSource {
    /** An approved incident report; the external id is its report number. */
    RECORDS,
    /** A service request; the external id is its tracking number. */
    INTAKE,
    /** History imported from another system; the external id is that system's, prefixed by the importer. */
    IMPORT
}
