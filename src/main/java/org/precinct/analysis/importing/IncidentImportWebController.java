package org.precinct.analysis.importing;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import page: choose a file and its kind, then watch its progress (htmx polls the job once a second) and read
 * what was imported, skipped and refused. Each batch of a page import is committed as it goes, so that the progress
 * is real and a large file does not hold one long transaction; re-importing the same file is harmless.
 */
@Controller
@RequestMapping(IncidentImportWebController.PATH)
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class IncidentImportWebController {

    static final String PATH = "/staff/analysis/import";
    private static final Logger log = LoggerFactory.getLogger(IncidentImportWebController.class);

    private final IncidentImporter importer;
    private final IncidentImportJobs jobs;
    private final MessageSource messages;
    private final AuditTrail audit;
    /** Two imports at a time at most; more wait their turn rather than take the machine. */
    private final ExecutorService running = Executors.newFixedThreadPool(2);

    IncidentImportWebController(
            IncidentImporter importer, IncidentImportJobs jobs, MessageSource messages, AuditTrail audit) {
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
        this.audit = audit;
    }

    @PreDestroy
    void stop() {
        running.shutdownNow();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("formats", IncidentImportFormat.values());
        return "analysis/incidents/import";
    }

    @PostMapping
    String start(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "format", defaultValue = "") String format,
            Principal principal,
            Locale locale,
            Model model)
            throws IOException {
        IncidentImportFormat chosen = null;
        for (IncidentImportFormat candidate : IncidentImportFormat.values()) {
            if (candidate.name().equals(format)) {
                chosen = candidate;
            }
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (chosen == null) {
            errors.put("format", "analysis.import.error.format");
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", "analysis.import.error.empty");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("formats", IncidentImportFormat.values());
            model.addAttribute("errors", errors);
            model.addAttribute("chosen", format);
            return "analysis/incidents/import";
        }
        byte[] content = file.getBytes();
        int lines = lines(content);
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        IncidentImportFormat kind = chosen;
        UUID id = jobs.start(chosen, name, principal.getName(), lines);
        audit.success(AuditAction.CREATE, "analysis.incident-import", id);
        running.submit(() -> run(id, content, kind, locale));
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        IncidentImportJob job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        List<Map.Entry<String, Integer>> codes =
                new ArrayList<>(job.skippedCodes().entrySet());
        codes.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        model.addAttribute("skippedCodes", codes);
        return htmx != null ? "analysis/incidents/import-job :: progress" : "analysis/incidents/import-job";
    }

    private void run(UUID id, byte[] content, IncidentImportFormat format, Locale locale) {
        try {
            IncidentImportOutcome outcome = importer.run(
                    new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                    format,
                    (lines, imported, skipped, rejected) -> jobs.progress(id, lines, imported, skipped));
            jobs.finish(
                    id,
                    outcome.imported(),
                    outcome.skipped(),
                    IncidentImportRestController.result(outcome, messages, locale)
                            .rejected(),
                    outcome.skippedCodes());
        } catch (RuntimeException e) {
            log.warn("Import {} stopped", id, e);
            jobs.fail(id);
        }
    }

    private static int lines(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return content.length > 0 && content[content.length - 1] != '\n' ? lines + 1 : lines;
    }
}
