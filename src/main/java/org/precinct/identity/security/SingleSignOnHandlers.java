package org.precinct.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the department's OpenID Connect provider, when one is configured. The provider proves
 * who the person is (its own second factor included); Precinct still decides what they may do: only a person
 * with a Precinct account, matched by the configured claim, gets in, with that account's roles.
 */
@Component
class SingleSignOnHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final StaffAccountRepository accounts;
    private final SignIn signIn;
    private final AuditTrail audit;
    private final ObjectProvider<ClientRegistrationRepository> clients;
    private final String usernameClaim;

    SingleSignOnHandlers(
            StaffAccountRepository accounts,
            SignIn signIn,
            AuditTrail audit,
            ObjectProvider<ClientRegistrationRepository> clients,
            @Value("${precinct.security.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
        this.clients = clients;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2User user = (OAuth2User) authentication.getPrincipal();
        Optional<StaffAccount> account = match(user);
        if (account.isEmpty() || account.get().locked() || !account.get().enabled()) {
            audit.record(
                    authentication.getName(), null, AuditAction.LOGIN_FAILED, "account", "sso", AuditOutcome.DENIED);
            signIn.abandon(request, response);
            response.sendRedirect(request.getContextPath() + "/login?sso-refused");
            return;
        }
        signIn.complete(account.get(), request, response);
        response.sendRedirect(request.getContextPath() + "/staff");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        audit.record(null, null, AuditAction.LOGIN_FAILED, "account", "sso", AuditOutcome.FAILED);
        response.sendRedirect(request.getContextPath() + "/login?sso-failed");
    }

    private Optional<StaffAccount> match(OAuth2User user) {
        Object claim = user.getAttribute(usernameClaim);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim.toString().strip().toLowerCase(Locale.ROOT);
        if ("email".equals(usernameClaim)) {
            var found = accounts.findByEmailIgnoringCase(value);
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
        return accounts.findByUsername(value);
    }

    /** The providers' origins, which the login form may be sent on to. */
    String providerOrigins() {
        ClientRegistrationRepository repository = clients.getIfAvailable();
        if (!(repository instanceof InMemoryClientRegistrationRepository registrations)) {
            return "";
        }
        return java.util.stream.StreamSupport.stream(registrations.spliterator(), false)
                .map(ClientRegistration::getProviderDetails)
                .map(ClientRegistration.ProviderDetails::getAuthorizationUri)
                .map(java.net.URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** The configured providers, for the login page's buttons. */
    java.util.List<ClientRegistration> registrations() {
        ClientRegistrationRepository repository = clients.getIfAvailable();
        if (!(repository instanceof InMemoryClientRegistrationRepository registrations)) {
            return java.util.List.of();
        }
        return java.util.stream.StreamSupport.stream(registrations.spliterator(), false)
                .toList();
    }
}
