// The incident report form's address suggestions. Loaded as a file because the content security policy forbids inline
// scripts. Listeners sit on the document, so they keep working after htmx redraws the suggestion list.
(() => {
    const field = (id) => document.getElementById(id);

    const choose = (button) => {
        field('address').value = button.dataset.address;
        field('latitude').value = button.dataset.latitude;
        field('longitude').value = button.dataset.longitude;
        const list = field('address-suggestions');
        if (list) {
            list.replaceChildren();
        }
        field('address').focus();
    };

    document.addEventListener('click', (event) => {
        const button = event.target.closest && event.target.closest('#address-suggestions button.suggestion');
        if (button) {
            event.preventDefault();
            choose(button);
        }
    });

    document.addEventListener('input', (event) => {
        // A typed address is placed again when saved, unless a suggestion gives its point.
        if (event.target.id === 'address') {
            field('latitude').value = '';
            field('longitude').value = '';
        }
    });

    document.addEventListener('keydown', (event) => {
        // Ctrl+Enter (Cmd+Enter on a Mac) saves the draft from any field of the form.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)
            && event.target.closest && event.target.closest('#report-form')) {
            const save = field('save-draft') || document.querySelector('#report-form button[type="submit"]');
            if (save) {
                event.preventDefault();
                save.click();
            }
        }
    });

    document.addEventListener('keydown', (event) => {
        // Enter in the address picks the first suggestion rather than sending the half-written report.
        if (event.key === 'Enter' && event.target.id === 'address') {
            event.preventDefault();
            const first = document.querySelector('#address-suggestions button.suggestion');
            if (first) {
                choose(first);
            }
        }
    });
})();
