package org.precinct.personnel;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

    Optional<Employee> findByDsn(String dsn);

    boolean existsByDsn(String dsn);
}
