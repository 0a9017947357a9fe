// Precinct's small page behaviours. Loaded as a file because the content security policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
    // Forms that ask for confirmation carry data-confirm with the question to ask.
    document.querySelectorAll('form[data-confirm]').forEach((form) => {
        form.addEventListener('submit', (event) => {
            if (!window.confirm(form.dataset.confirm)) {
                event.preventDefault();
            }
        });
    });
});

// htmx requests that change something carry the CSRF token the page was rendered with.
document.addEventListener('htmx:configRequest', (event) => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
