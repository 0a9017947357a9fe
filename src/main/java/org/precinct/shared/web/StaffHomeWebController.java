package org.precinct.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's start page: the work areas the signed-in member's roles open. */
@Controller
class StaffHomeWebController {

    @GetMapping("/staff")
    String home() {
        return "staff/home";
    }
}
