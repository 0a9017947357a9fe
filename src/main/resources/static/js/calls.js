// The call-taker console's keys. Loaded as a file because the content security policy forbids inline scripts.
// Listeners sit on the document, so they keep working after htmx swaps parts of the console.
(() => {
    const inConsole = (element) => element && element.closest && element.closest('#call-form');

    // Alt + a letter (Option + a letter on a Mac, with or without Shift) reaches the element whose data-shortcut is
    // that letter: a field takes the focus, a button or link is pressed. Handled here rather than with accesskey,
    // whose modifiers differ from browser to browser.
    document.addEventListener('keydown', (event) => {
        if (!event.altKey || event.ctrlKey || event.metaKey || !/^Key[A-Z]$/.test(event.code)) {
            return;
        }
        const target = document.querySelector(`[data-shortcut="${event.code.slice(3)}"]`);
        if (!target) {
            return;
        }
        event.preventDefault();
        if (target.matches('button, a')) {
            target.click();
        } else {
            target.focus();
        }
    });

    document.addEventListener('keydown', (event) => {
        const target = event.target;
        if (event.key !== 'Enter' || !inConsole(target)) {
            return;
        }
        // Ctrl+Enter (Cmd+Enter on a Mac) files the report from any field.
        if (event.ctrlKey || event.metaKey) {
            event.preventDefault();
            const file = document.getElementById('file-report');
            if (file) {
                file.click();
            }
            return;
        }
        const tag = target.tagName;
        if (tag === 'TEXTAREA' || tag === 'BUTTON' || tag === 'A'
            || (tag === 'INPUT' && (target.type === 'submit' || target.type === 'button'))) {
            return;
        }
        // Elsewhere Enter never files the report by accident; in two fields it picks the first choice.
        event.preventDefault();
        if (target.id === 'type-search') {
            const first = document.querySelector('#type-options input[type="radio"]');
            if (first) {
                first.checked = true;
                first.dispatchEvent(new Event('change', { bubbles: true }));
                first.focus();
            }
        } else if (target.id === 'address') {
            // The request is made here rather than by clicking the suggestion: htmx wires a freshly drawn suggestion
            // only when it settles, some milliseconds after it shows, and a quick Enter in that gap would be lost.
            const suggestion = document.querySelector('#address-suggestions button.suggestion');
            const place = { target: '#location', swap: 'outerHTML' };
            if (suggestion) {
                htmx.ajax('GET', suggestion.getAttribute('hx-get'), place);
            } else {
                const check = document.getElementById('check-address');
                if (check) {
                    htmx.ajax('GET', check.getAttribute('hx-get'), { ...place, values: { address: target.value } });
                }
            }
        }
    });
})();
