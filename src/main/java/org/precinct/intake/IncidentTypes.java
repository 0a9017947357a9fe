package org.precinct.intake;

import java.util.List;
import java.util.Optional;

/**
 * The department's incident-type catalogue: what can be reported, what each type asks, how urgent it is and where
 * it goes. Reading is open to every module and needs no signed-in user; the catalogue is public configuration,
 * not a record about anyone, so reads are not audited.
 */
public interface IncidentTypes {

    /** Every active type, by code. */
    List<IncidentTypeView> all();

    /**
     * The type with this code, active or not: a report keeps its type after the type is deactivated.
     *
     * @param code a type's code; anything that is no well-formed code finds nothing
     */
    Optional<IncidentTypeView> find(String code);

    /** The active types residents may file online, by code. */
    List<IncidentTypeView> onlineReportable();
}
