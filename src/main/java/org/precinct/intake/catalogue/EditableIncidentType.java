package org.precinct.intake.catalogue;

import org.precinct.intake.IncidentTypeView;

/**
 * A type as the edit form starts from it: its content and the version it had, so that saving over someone else's
 * change in between is refused instead of silently undoing it.
 */
record EditableIncidentType(IncidentTypeView type, int version) {}
