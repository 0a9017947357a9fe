package org.precinct.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.precinct.shared.PrecinctProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code precinct.max-request-bytes} before anything reads them, so an
 * oversized body can neither exhaust memory nor be half-processed. File uploads have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimitFilter(PrecinctProperties properties) {
        this.limit = properties.maxRequestBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long length = request.getContentLengthLong();
        if (!upload && length > limit) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (!upload && length < 0 && request.getHeader("Transfer-Encoding") != null) {
            // A chunked body announces no length; Precinct's clients always send one.
            response.sendError(HttpStatus.LENGTH_REQUIRED.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
