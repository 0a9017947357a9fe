package org.precinct.intake.catalogue;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface IncidentTypeRepository extends ListCrudRepository<IncidentType, Long> {

    Optional<IncidentType> findByCode(String code);

    boolean existsByCode(String code);
}
