package org.precinct.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where the emerging-cluster scan and the near-repeat test get their incidents: the department's incident store
 * answers with the incidents of the given offenses that happened between two days, both included.
 */
public interface EmergingClusterEvents {

    /**
     * @param offenses NIBRS offense codes; an empty set means every offense
     * @return the incidents with coordinates, in any order; never null
     */
    List<EmergingClusterEvent> between(Set<String> offenses, LocalDate from, LocalDate to);
}
