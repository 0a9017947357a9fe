package org.precinct.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server that takes every message and keeps none, standing in for the department's mail relay on another
 * machine: the application's outbox delivers its receipts as it would in production, and the benchmark's machine
 * spends nothing on storing them (a full test mail server in the same JVM took as much processor time as the
 * application itself).
 */
final class DiscardingSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicLong accepted = new AtomicLong();
    private final Thread acceptor;

    DiscardingSmtpServer(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptWhileOpen, "benchmark-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Messages taken so far. */
    long accepted() {
        return accepted.get();
    }

    private void acceptWhileOpen() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                Thread session = new Thread(() -> converse(connection), "benchmark-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                // Closed: the loop ends.
            }
        }
    }

    private void converse(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = connection.getOutputStream()) {
            reply(out, "220 benchmark ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-benchmark\r\n250 8BITMIME");
                    case "DATA" -> {
                        reply(out, "354 end with a dot");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            // The message is read and dropped.
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // The client went away; its message, if any, was not counted.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
