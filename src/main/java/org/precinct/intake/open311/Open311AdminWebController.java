package org.precinct.intake.open311;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of Open311 clients: issue a key (shown once, on the answer to the form, never stored or
 * redirected with), see who has one and when it was last used, revoke it.
 *
 * <p>The form and the list are one fragment: a plain post answers with the whole page, an htmx post (the same
 * request) with the fragment only. htmx swaps only successful answers, so a refused form answers it with 200.
 */
@Controller
@RequestMapping(Open311AdminWebController.PATH)
@AdministratorsOnly
class Open311AdminWebController {

    static final String PATH = "/staff/admin/open311";

    private static final String PAGE = "intake/open311/clients";
    private static final String PANEL = "intake/open311/fragments/clients :: panel";

    private final Open311Clients clients;
    private final MessageSource messages;
    private final ZoneId zone;

    Open311AdminWebController(Open311Clients clients, MessageSource messages, PrecinctProperties properties) {
        this.clients = clients;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    /** A client as the list shows it, times already in the department's zone and the reader's language. */
    record ClientRow(
            long id,
            String name,
            String keyHint,
            boolean active,
            String createdAt,
            String createdBy,
            String revokedAt,
            String revokedBy,
            String lastUsedAt) {}

    @GetMapping
    String page(Model model, Locale locale) {
        model.addAttribute("form", Open311ClientForm.blank());
        return show(model, locale, null, false);
    }

    @PostMapping
    String issue(
            @ModelAttribute("form") Open311ClientForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.rejectValue("name", "open311.admin.name.required");
        } else if (name.length() > Open311Clients.MAX_NAME) {
            errors.rejectValue("name", "open311.admin.name.too-long", new Object[] {Open311Clients.MAX_NAME}, null);
        }
        response.addHeader("Vary", "HX-Request");
        if (errors.hasErrors()) {
            if (htmx == null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return show(model, locale, null, htmx != null);
        }
        Open311Clients.IssuedKey issued = clients.issue(name);
        // The key is in this answer only: no cache, no history entry to go back to.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("form", Open311ClientForm.blank());
        return show(model, locale, null, htmx != null);
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String notice = messages.getMessage(
                clients.revoke(id) ? "open311.admin.revoked" : "open311.admin.revoke.none", null, locale);
        response.addHeader("Vary", "HX-Request");
        if (htmx == null) {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + PATH;
        }
        model.addAttribute("form", Open311ClientForm.blank());
        return show(model, locale, notice, true);
    }

    private String show(Model model, Locale locale, String notice, boolean fragmentOnly) {
        if (notice != null) {
            model.addAttribute("notice", notice);
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        List<ClientRow> rows = clients.all().stream()
                .map(client -> new ClientRow(
                        client.id(),
                        client.name(),
                        client.keyHint(),
                        client.active(),
                        when(client.createdAt(), format),
                        client.createdBy(),
                        when(client.revokedAt(), format),
                        client.revokedBy(),
                        when(client.lastUsedAt(), format)))
                .toList();
        model.addAttribute("clients", rows);
        model.addAttribute("maxName", Open311Clients.MAX_NAME);
        return fragmentOnly ? PANEL : PAGE;
    }

    private static String when(Instant instant, DateTimeFormatter format) {
        return instant == null ? null : format.format(instant);
    }
}
