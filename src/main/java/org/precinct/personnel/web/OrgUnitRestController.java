package org.precinct.personnel.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.precinct.personnel.OrgChart;
import org.precinct.personnel.OrgUnitDetails;
import org.precinct.personnel.OrgUnitNode;
import org.precinct.personnel.PersonnelEditorsOnly;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org chart as JSON: the tree and single units for every staff member; adding, changing, deactivating and
 * deleting units for administrators and HR. A refused change is answered 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/personnel/units")
class OrgUnitRestController {

    private final OrgChart orgChart;

    OrgUnitRestController(OrgChart orgChart) {
        this.orgChart = orgChart;
    }

    @GetMapping
    List<OrgUnitNode> tree() {
        return orgChart.tree();
    }

    @GetMapping("/{id}")
    OrgUnitDetails unit(@PathVariable long id) {
        return orgChart.unit(id);
    }

    @PostMapping
    @PersonnelEditorsOnly
    ResponseEntity<OrgUnitDetails> create(@Valid @RequestBody NewOrgUnitForm request) {
        long id = orgChart.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/personnel/units/" + id))
                .body(orgChart.unit(id));
    }

    @PutMapping("/{id}")
    @PersonnelEditorsOnly
    OrgUnitDetails update(@PathVariable long id, @Valid @RequestBody OrgUnitForm request) {
        orgChart.update(id, request.toCommand());
        return orgChart.unit(id);
    }

    @PostMapping("/{id}/deactivate")
    @PersonnelEditorsOnly
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        orgChart.deactivate(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reactivate")
    @PersonnelEditorsOnly
    ResponseEntity<Void> reactivate(@PathVariable long id) {
        orgChart.reactivate(id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @PersonnelEditorsOnly
    ResponseEntity<Void> delete(@PathVariable long id) {
        orgChart.delete(id);
        return ResponseEntity.noContent().build();
    }
}
