package org.precinct.identity.security;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditTrail;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.token.ApiTokens;
import org.precinct.shared.PublicEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**}) is stateless: bearer tokens only, no session and
 * so no cookies to forge, hence no CSRF tokens. Everything else is the browser: form login with a second factor,
 * sessions kept in the database, CSRF tokens on every form, and {@code /staff/**} for signed-in staff only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts and styles from Precinct itself only: no inline code can run, whatever text reaches a page. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: %s; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self' %s; frame-ancestors 'none'";

    /** Any role makes a signed-in member staff; a half-finished sign-in holds none. */
    private static final String[] STAFF_AUTHORITIES = java.util.Arrays.stream(org.precinct.shared.Role.values())
            .map(org.precinct.shared.Role::authority)
            .toArray(String[]::new);

    /**
     * No tracing observation around each security filter and each authorisation decision: they cost every request
     * several allocations and map look-ups, and the request as a whole is still observed (its timings in the metrics).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can be raised later without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DaoAuthenticationProvider staffAuthentication(StaffPrincipals principals, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(principals);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    @Bean
    BearerTokenFilter bearerTokenFilter(
            ApiTokens tokens, StaffAccountRepository accounts, StaffPrincipals principals, ProblemResponses problems) {
        return new BearerTokenFilter(tokens, accounts, principals, problems);
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterOutsideChain(
            BearerTokenFilter filter) {
        // The filter belongs in the API security chain only, not in the servlet container's own filter list.
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            BearerTokenFilter bearer,
            ProblemResponses problems,
            List<PublicEndpoints> publicEndpoints,
            AuditTrail audit,
            @Value("${precinct.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl)
            throws Exception {
        String[] open = publicEndpoints.stream()
                .flatMap(endpoints -> endpoints.patterns().stream())
                .toArray(String[]::new);
        http.securityMatcher("/api/**", "/actuator/**", "/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> {})
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                            .permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll();
                    requests.requestMatchers("/actuator/**").hasRole("ADMIN");
                    if (open.length > 0) {
                        requests.requestMatchers(open).permitAll();
                    }
                    requests.anyRequest().hasAnyAuthority(STAFF_AUTHORITIES);
                })
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> problems.write(
                                request, response, HttpServletResponse.SC_UNAUTHORIZED, "identity.api.unauthenticated"))
                        .accessDeniedHandler((request, response, exception) -> {
                            audit.denied(AuditAction.VIEW, "path", request.getMethod() + " " + request.getRequestURI());
                            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden");
                        }));
        headers(http, tileUrl, "");
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(
            HttpSecurity http,
            PasswordStepHandlers passwordStep,
            AuditTrail audit,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            SingleSignOnHandlers singleSignOn,
            @Value("${precinct.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login/mfa", "/login/mfa/**")
                        .hasAuthority(MfaPendingAuthentication.MFA_PENDING)
                        .requestMatchers("/staff", "/staff/**")
                        .hasAnyAuthority(STAFF_AUTHORITIES)
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(passwordStep)
                        .failureHandler(passwordStep))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(auditLogout(audit))
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("PRECINCT_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, exception) -> {
                                    // htmx follows redirects inside the page; tell it to load the login page instead.
                                    response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                                },
                                request -> request.getHeader("HX-Request") != null)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(deniedPages(audit)));
        String formTargets = "";
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc ->
                    oidc.loginPage("/login").successHandler(singleSignOn).failureHandler(singleSignOn));
            formTargets = singleSignOn.providerOrigins();
        }
        headers(http, tileUrl, formTargets);
        return http.build();
    }

    private static void headers(HttpSecurity http, String tileUrl, String formTargets) throws Exception {
        String policy =
                CONTENT_SECURITY_POLICY.formatted(origin(tileUrl), formTargets).replace("  ", " ");
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self), payment=()")));
        // HSTS is on by default and, rightly, only sent over HTTPS (directly or behind a proxy that says so).
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.replace("{s}", "a")
                    .replace("{z}", "0")
                    .replace("{x}", "0")
                    .replace("{y}", "0"));
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static LogoutHandler auditLogout(AuditTrail audit) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
                audit.record(
                        staff.username(),
                        staff.dsn(),
                        AuditAction.LOGOUT,
                        "account",
                        staff.accountId(),
                        AuditOutcome.SUCCESS);
            }
        };
    }

    private static AccessDeniedHandler deniedPages(AuditTrail audit) {
        return (request, response, exception) -> {
            Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (authentication instanceof MfaPendingAuthentication) {
                response.sendRedirect(request.getContextPath() + "/login/mfa");
                return;
            }
            if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal) {
                audit.denied(AuditAction.VIEW, "path", request.getMethod() + " " + request.getRequestURI());
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }
}
