package org.precinct.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.token.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <token>}. A token that is unknown, expired or
 * revoked, or whose account is locked or disabled, is answered 401 at once rather than treated as anonymous, so
 * the caller learns to get a new one.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";

    private final ApiTokens tokens;
    private final StaffAccountRepository accounts;
    private final StaffPrincipals principals;
    private final ProblemResponses problems;

    BearerTokenFilter(
            ApiTokens tokens, StaffAccountRepository accounts, StaffPrincipals principals, ProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.principals = principals;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.holderOf(header.substring(7).strip());
        var account = holder.flatMap(found -> accounts.findById(found.accountId()));
        if (account.isEmpty() || account.get().locked() || !account.get().enabled()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "identity.token.invalid");
            return;
        }
        StaffPrincipal principal = principals.principal(account.get());
        principal.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(TOKEN_ID, holder.get().tokenId());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
