package org.precinct.shared.web;

import java.util.Comparator;
import java.util.List;
import org.precinct.shared.PortalLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's pages that belong to no business module: home and when to call 911. */
@Controller
class PortalWebController {

    private final List<PortalLink> tiles;

    PortalWebController(List<PortalLink> tiles) {
        this.tiles = tiles.stream()
                .sorted(Comparator.comparingInt(PortalLink::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tiles", tiles);
        return "portal/home";
    }

    @GetMapping("/when-to-call-911")
    String whenToCall911() {
        return "portal/when-to-call-911";
    }
}
