package org.precinct.personnel.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeDetails;
import org.precinct.personnel.EmployeePage;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.EmployeeSearch;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.PersonnelEditorsOnly;
import org.precinct.personnel.Rank;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employee records as JSON: search and read for every staff member; create, change, transfer and change of status
 * for administrators and HR. Employees are addressed by DSN; a DSN nobody has is answered 404.
 */
@RestController
@RequestMapping("/api/v1/personnel/employees")
class EmployeeRestController {

    private final EmployeeRecords records;

    EmployeeRestController(EmployeeRecords records) {
        this.records = records;
    }

    @GetMapping
    EmployeePage search(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "unit", required = false) Long unitId,
            @RequestParam(name = "rank", required = false) Rank rank,
            @RequestParam(name = "status", required = false) EmploymentStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page) {
        return records.search(new EmployeeSearch(text, unitId, rank, status, Math.max(page, 0)));
    }

    @GetMapping("/{dsn}")
    EmployeeDetails employee(@PathVariable String dsn) {
        return records.view(dsn);
    }

    @PostMapping
    @PersonnelEditorsOnly
    ResponseEntity<EmployeeDetails> create(@Valid @RequestBody NewEmployeeForm request) {
        Dsn dsn = records.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/personnel/employees/" + dsn))
                .body(records.view(dsn.value()));
    }

    @PutMapping("/{dsn}")
    @PersonnelEditorsOnly
    EmployeeDetails update(@PathVariable String dsn, @Valid @RequestBody EmployeeForm request) {
        records.update(existing(dsn), request.toProfile());
        return records.view(dsn);
    }

    @PostMapping("/{dsn}/transfers")
    @PersonnelEditorsOnly
    EmployeeDetails transfer(@PathVariable String dsn, @Valid @RequestBody TransferForm request) {
        records.transfer(existing(dsn), request.toCommand());
        return records.view(dsn);
    }

    @PutMapping("/{dsn}/status")
    @PersonnelEditorsOnly
    EmployeeDetails changeStatus(@PathVariable String dsn, @Valid @RequestBody StatusForm request) {
        records.changeStatus(existing(dsn), request.status());
        return records.view(dsn);
    }

    private static Dsn existing(String dsn) {
        if (!Dsn.isValid(dsn)) {
            throw new NoSuchRecordException(EmployeeRecords.OBJECT_TYPE, dsn);
        }
        return new Dsn(dsn);
    }
}
