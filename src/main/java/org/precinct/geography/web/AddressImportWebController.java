package org.precinct.geography.web;

import java.io.IOException;
import java.io.InputStream;
import org.precinct.geography.addresses.AddressCsv;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.shared.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading an address file into the address index, and the report of what it did: rows imported, updated or
 * unchanged, and each rejected row with its line and the reason.
 */
@Controller
@RequestMapping("/staff/geography/addresses/import")
@AdministratorsOnly
class AddressImportWebController {

    private static final String PAGE = "geography/import";

    private final AddressImport addressImport;

    AddressImportWebController(AddressImport addressImport) {
        this.addressImport = addressImport;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxRows", AddressCsv.MAX_ROWS);
        return PAGE;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        model.addAttribute("maxRows", AddressCsv.MAX_ROWS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "geography.import.error.no-file");
            return PAGE;
        }
        try (InputStream bytes = file.getInputStream()) {
            model.addAttribute("report", addressImport.importCsv(bytes));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (RuleViolationException refused) {
            model.addAttribute("fileError", refused.messageKey());
        } catch (IOException e) {
            model.addAttribute("fileError", "geography.import.error.unreadable");
        }
        return PAGE;
    }
}
