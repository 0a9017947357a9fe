package org.precinct.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.precinct.personnel.PersonnelAccess;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the personnel pages share: who may edit, messages for unconvertible input, and "not found". */
@ControllerAdvice(assignableTypes = {OrgChartWebController.class, EmployeeWebController.class})
class PersonnelPageAdvice {

    /**
     * Binding errors (a date that is no date) are looked up under "personnel.typeMismatch..." so that this module's
     * bundle can word them without claiming the global codes every module shares.
     */
    @InitBinder
    void messageCodes(WebDataBinder binder) {
        binder.setMessageCodesResolver(new ModuleMessageCodes());
    }

    /** Puts "personnel." before error codes that lack it; this module's own rule keys already have it. */
    static final class ModuleMessageCodes extends DefaultMessageCodesResolver {

        private static final String PREFIX = "personnel.";

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName) {
            return super.resolveMessageCodes(prefixed(errorCode), objectName);
        }

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            return super.resolveMessageCodes(prefixed(errorCode), objectName, field, fieldType);
        }

        private static String prefixed(String errorCode) {
            return errorCode.startsWith(PREFIX) ? errorCode : PREFIX + errorCode;
        }
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return PersonnelAccess.signedInUserMayEdit();
    }

    /** Lets the error page, which has the page frame, answer an unknown employee or unit. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
