// The record check is keyboard-first: "/" anywhere outside a field goes to the search box, Escape empties it, and after
// an answer arrives the first result (or the error summary) takes the focus, so Enter opens the best match.
document.addEventListener('keydown', (event) => {
    const box = document.getElementById('q');
    if (!box) {
        return;
    }
    const inField = event.target.closest('input, textarea, select');
    if (event.key === '/' && !inField) {
        event.preventDefault();
        box.focus();
        box.select();
    } else if (event.key === 'Escape' && event.target === box) {
        box.value = '';
    }
});

document.addEventListener('htmx:afterSettle', (event) => {
    const results = document.getElementById('check-area');
    if (!results || !results.contains(event.detail.elt) && event.detail.elt !== results) {
        return;
    }
    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
        return;
    }
    const first = results.querySelector('#cautions a, .result-link');
    if (first) {
        first.focus();
    }
});

// A check that was not run answers 400 with the messages to show; htmx leaves error answers out unless told.
document.addEventListener('htmx:beforeSwap', (event) => {
    if (event.detail.xhr.status === 400 && event.detail.target && event.detail.target.id === 'check-area') {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
