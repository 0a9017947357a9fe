package org.precinct.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.notifications.InAppNotification;
import org.precinct.notifications.InAppNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The signed-in staff member's notifications page, and the same list for htmx. Each test raises notifications
 * with a text of its own, so the fixed test account's earlier notifications do not matter.
 */
@PrecinctTest
@WithMockUser(username = NotificationInboxWebTests.USER, roles = "OFFICER")
class NotificationInboxWebTests {

    static final String USER = "inbox-web-officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    InAppNotifications notifications;

    @Test
    void showsTheNotificationsInTheReadersLanguage() throws Exception {
        String marker = unique();
        notifications.notify(USER, "notifications.outbox.showing", new Object[] {marker}, "/staff");

        mvc.perform(get("/staff/notifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Notifications</h1>")))
                .andExpect(content().string(containsString("Mails with status: " + marker)))
                .andExpect(content().string(containsString("href=\"/staff\"")))
                .andExpect(content().string(containsString("Mark as read")));
        mvc.perform(get("/staff/notifications").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correos con estado: " + marker)))
                .andExpect(content().string(containsString("Marcar como leída")));
    }

    @Test
    void htmxGetsTheListAlone() throws Exception {
        String marker = unique();
        notifications.notify(USER, "notifications.outbox.showing", new Object[] {marker}, null);

        mvc.perform(get("/staff/notifications").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"inbox\"")))
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void markingReadWithHtmxAnswersWithTheUpdatedList() throws Exception {
        long id = notifications.notify(USER, "notifications.outbox.showing", new Object[] {unique()}, null);

        mvc.perform(post("/staff/notifications/{id}/read", id).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"inbox\"")))
                .andExpect(content().string(not(containsString("/staff/notifications/" + id + "/read"))));

        assertThat(notifications.unread(USER)).extracting(InAppNotification::id).doesNotContain(id);
    }

    @Test
    void markingReadWithoutJavaScriptReloadsThePage() throws Exception {
        long id = notifications.notify(USER, "notifications.outbox.showing", new Object[] {unique()}, null);

        mvc.perform(post("/staff/notifications/{id}/read", id).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/notifications"));

        assertThat(notifications.unread(USER)).extracting(InAppNotification::id).doesNotContain(id);
    }

    @Test
    void markAllRead() throws Exception {
        notifications.notify(USER, "notifications.outbox.showing", new Object[] {unique()}, null);

        mvc.perform(post("/staff/notifications/read-all").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No unread notifications")));

        assertThat(notifications.unreadCount(USER)).isZero();
    }

    @Test
    void someoneElsesNotificationIsNotFound() throws Exception {
        long id = notifications.notify("someone-else-" + unique(), "notifications.inbox.new", null, null);

        mvc.perform(post("/staff/notifications/{id}/read", id).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void markingReadNeedsTheFormToken() throws Exception {
        long id = notifications.notify(USER, "notifications.inbox.new", null, null);

        mvc.perform(post("/staff/notifications/{id}/read", id)).andExpect(status().isForbidden());

        assertThat(notifications.unread(USER)).extracting(InAppNotification::id).contains(id);
    }

    private static String unique() {
        return "marker-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
