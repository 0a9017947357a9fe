package org.precinct.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.precinct.shared.PublicEndpoints;
import org.precinct.shared.RateLimitedPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client address may call what needs no account: the public API (filing, triage, status
 * lookups, where a guessed tracking code must stay hopeless), the public pages modules name as
 * {@link RateLimitedPages} and the sign-in forms. Counts are kept per node, in
 * one-minute windows; behind a load balancer with several nodes the effective limit is the sum, which still
 * stops a guessing or flooding client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicRateLimit extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;

    private final List<String> patterns;
    private final int perMinute;
    private final Clock clock;
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, AtomicInteger count) {}

    PublicRateLimit(
            List<PublicEndpoints> publicEndpoints,
            ObjectProvider<RateLimitedPages> limitedPages,
            @Value("${precinct.rate-limit.public-per-minute:60}") int perMinute,
            Clock clock) {
        this.patterns = java.util.stream.Stream.concat(
                        publicEndpoints.stream().flatMap(endpoints -> endpoints.patterns().stream()),
                        limitedPages.orderedStream().flatMap(pages -> pages.patterns().stream()))
                .toList();
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signIn = "POST".equals(request.getMethod())
                && (path.equals("/login") || path.startsWith("/login/mfa") || path.equals("/api/v1/auth/tokens"));
        return !signIn && patterns.stream().noneMatch(pattern -> matcher.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(window -> now - window.start() >= WINDOW_MILLIS);
        }
        Window window = windows.compute(
                request.getRemoteAddr(),
                (client, current) -> current == null || now - current.start() >= WINDOW_MILLIS
                        ? new Window(now, new AtomicInteger())
                        : current);
        if (window.count().incrementAndGet() > perMinute) {
            long waitSeconds = Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
