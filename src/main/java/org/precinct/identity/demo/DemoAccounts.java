package org.precinct.identity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.StaffAccountRepository;
import org.precinct.identity.account.Username;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeSummary;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per kind of user, linked to the demo employees, all with the demo password. The password is
 * {@code precinct.demo.password} when set; otherwise one is generated on first start and kept in the data
 * directory, so it stays the same across restarts and never sits in the repository.
 */
@Component
@ConditionalOnProperty(name = "precinct.demo.enabled", havingValue = "true")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Account name → (employee DSN, roles). */
    static final Map<String, Map.Entry<String, Set<Role>>> ACCOUNTS = accounts();

    private final StaffAccountRepository accounts;
    private final EmployeeDirectory employees;
    private final PasswordEncoder passwords;
    private final PrecinctProperties properties;
    private final Clock clock;

    DemoAccounts(
            StaffAccountRepository accounts,
            EmployeeDirectory employees,
            PasswordEncoder passwords,
            PrecinctProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    private static Map<String, Map.Entry<String, Set<Role>>> accounts() {
        Map<String, Map.Entry<String, Set<Role>>> demo = new LinkedHashMap<>();
        demo.put("admin", Map.entry("1001", Set.of(Role.ADMIN)));
        demo.put("chief", Map.entry("1002", Set.of(Role.COMMAND)));
        demo.put("supervisor", Map.entry("1003", Set.of(Role.SUPERVISOR, Role.OFFICER)));
        demo.put("officer", Map.entry("1004", Set.of(Role.OFFICER)));
        demo.put("clerk", Map.entry("1005", Set.of(Role.RECORDS)));
        demo.put("analyst", Map.entry("1006", Set.of(Role.ANALYST)));
        demo.put("ia", Map.entry("1007", Set.of(Role.INTERNAL_AFFAIRS)));
        demo.put("codeofficer", Map.entry("1008", Set.of(Role.CODE_ENFORCEMENT)));
        demo.put("custodian", Map.entry("1009", Set.of(Role.PROPERTY)));
        demo.put("fleet", Map.entry("1010", Set.of(Role.FLEET)));
        demo.put("trainer", Map.entry("1011", Set.of(Role.TRAINING)));
        demo.put("hr", Map.entry("1012", Set.of(Role.HR)));
        demo.put("community", Map.entry("1013", Set.of(Role.COMMUNITY)));
        demo.put("sro", Map.entry("1014", Set.of(Role.SRO)));
        demo.put("pio", Map.entry("1015", Set.of(Role.PIO)));
        return demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String password = demoPassword();
        String hash = passwords.encode(password);
        for (var entry : ACCOUNTS.entrySet()) {
            String username = entry.getKey();
            var employee = employees.findByDsn(entry.getValue().getKey());
            StaffAccount account = accounts.findByUsername(username)
                    .orElseGet(() -> StaffAccount.open(
                            new Username(username),
                            employee.map(EmployeeSummary::displayName).orElse(username),
                            employee.map(EmployeeSummary::email).orElse(null),
                            employee.map(EmployeeSummary::id).orElse(null),
                            entry.getValue().getValue(),
                            clock.instant()));
            // Demo accounts are shared: every start restores their password, roles and an unlocked state.
            account.setPassword(hash, clock.instant());
            account.replaceRoles(entry.getValue().getValue());
            if (account.locked()) {
                account.unlock();
            }
            account.enable();
            accounts.save(account);
        }
        log.warn(
                "\n\n  Precinct is running in DEMO mode.\n  Sign in at /login as any of: {}\n  Password: {}\n",
                String.join(", ", List.copyOf(ACCOUNTS.keySet())),
                password);
    }

    private String demoPassword() {
        String configured = properties.demo().password();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = properties.dataDir().resolve("demo-password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String generated = generate();
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo password in " + file, e);
        }
    }

    /** Four short words and a number: easy to type from the console log, not on any common-password list. */
    private static String generate() {
        String[] words = {
            "amber", "badge", "cedar", "delta", "ember", "falcon", "granite", "harbor", "ivory", "juniper", "kestrel",
            "lantern", "maple", "north", "orchid", "prairie", "quartz", "river", "summit", "timber", "union", "valley",
            "willow", "zephyr"
        };
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            password.append(words[random.nextInt(words.length)]).append('-');
        }
        return password.append(random.nextInt(90) + 10).toString();
    }
}
