// The online report's behaviours where scripts run; every page works without them. Loaded as a file because the
// content security policy forbids inline scripts.
(function () {
    'use strict';

    // After a refused step, the summary of its problems takes the focus, so screen readers read it first.
    function focusProblems() {
        var summary = document.getElementById('error-summary') || document.getElementById('review-problems');
        if (summary) {
            summary.focus();
        }
    }

    // Addresses of the index offered as one types, from GET /api/v1/addresses; picking one looks it up at once.
    function suggestAddresses() {
        var input = document.getElementById('address');
        var list = document.getElementById('address-suggestions');
        if (!input || !list || !input.dataset.suggestionsUrl || !window.fetch) {
            return;
        }
        var timer = null;
        var asked = '';
        function show(suggestions) {
            list.textContent = '';
            if (suggestions.length === 0) {
                return;
            }
            var label = document.createElement('p');
            label.className = 'mb-1 small';
            label.textContent = input.dataset.suggestionsLabel || '';
            list.appendChild(label);
            var items = document.createElement('ul');
            items.className = 'list-unstyled mb-2';
            suggestions.forEach(function (suggestion) {
                var item = document.createElement('li');
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-link p-0 text-start';
                button.textContent = suggestion.address;
                button.addEventListener('click', function () {
                    input.value = suggestion.address;
                    list.textContent = '';
                    var find = input.form.querySelector('button[name=action][value=address]');
                    if (find && typeof input.form.requestSubmit === 'function') {
                        input.form.requestSubmit(find);
                    } else {
                        input.focus();
                    }
                });
                item.appendChild(button);
                items.appendChild(item);
            });
            list.appendChild(items);
        }
        input.addEventListener('input', function () {
            var typed = input.value.trim();
            window.clearTimeout(timer);
            if (typed.length < 3) {
                show([]);
                return;
            }
            timer = window.setTimeout(function () {
                asked = typed;
                window.fetch(input.dataset.suggestionsUrl + '?q=' + encodeURIComponent(typed), {
                    headers: { Accept: 'application/json' },
                    credentials: 'same-origin'
                }).then(function (response) {
                    return response.ok ? response.json() : [];
                }).then(function (suggestions) {
                    if (asked === typed) {
                        show(Array.isArray(suggestions) ? suggestions : []);
                    }
                }).catch(function () {
                    show([]);
                });
            }, 250);
        });
    }

    // The map scales to the screen; a click is turned back into a position on the image as drawn.
    function scaleMap() {
        var map = document.getElementById('map');
        if (!map || !map.form) {
            return;
        }
        map.classList.add('place-map-fluid');
        map.addEventListener('click', function (event) {
            event.preventDefault();
            if (event.detail === 0) {
                // Pressed from the keyboard: there is no point to place; the address field is the way.
                var address = document.getElementById('address');
                if (address) {
                    address.focus();
                }
                return;
            }
            var box = map.getBoundingClientRect();
            var width = parseFloat(map.dataset.width);
            var height = parseFloat(map.dataset.height);
            var x = (event.clientX - box.left) * width / box.width;
            var y = (event.clientY - box.top) * height / box.height;
            map.form.querySelector('[name=pinX]').value = x.toFixed(1);
            map.form.querySelector('[name=pinY]').value = y.toFixed(1);
            if (typeof map.form.requestSubmit === 'function') {
                map.form.requestSubmit();
            } else {
                map.form.submit();
            }
        });
    }

    // A file over the size limit is refused before it is sent, next to the field.
    function checkFileSizes() {
        document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
            input.addEventListener('change', function () {
                var limit = parseInt(input.dataset.maxBytes, 10);
                var errorId = input.id + '-size-error';
                var old = document.getElementById(errorId);
                if (old) {
                    old.remove();
                }
                var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                    return id && id !== errorId;
                });
                var tooLarge = Array.prototype.filter.call(input.files, function (file) {
                    return file.size > limit;
                });
                var total = Array.prototype.reduce.call(input.files, function (sum, file) {
                    return sum + file.size;
                }, 0);
                var tooMuch = tooLarge.length === 0 && total > parseInt(input.dataset.maxTotalBytes, 10);
                if (tooLarge.length === 0 && !tooMuch) {
                    input.setAttribute('aria-describedby', described.join(' '));
                    input.removeAttribute('aria-invalid');
                    return;
                }
                var message = document.createElement('div');
                message.id = errorId;
                message.className = 'invalid-feedback d-block';
                message.setAttribute('role', 'alert');
                message.textContent = tooMuch ? (input.dataset.tooMuch || '') : tooLarge.map(function (file) {
                    return (input.dataset.tooLarge || '').replace('{0}', file.name);
                }).join(' ');
                input.parentNode.insertBefore(message, input);
                described.push(errorId);
                input.setAttribute('aria-describedby', described.join(' '));
                input.setAttribute('aria-invalid', 'true');
                input.value = '';
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        focusProblems();
        suggestAddresses();
        scaleMap();
        checkFileSizes();
    });
})();
