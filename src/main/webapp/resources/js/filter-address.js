/*
 * Keeps a list's filters in the address: a filter bar names, in data-address, which address parameter each
 * field fills ("q=filter:query programme=filter:programme_input"). When the list has been narrowed by ajax the
 * address is rewritten in place (no new history entry), so a reload, a bookmark or a link sent on shows the
 * same list. Enter in a filter field narrows like typing does, instead of posting the form.
 */
(function () {
    function fields(bar) {
        return (bar.dataset.address || '').split(' ').filter(Boolean).map(function (pair) {
            var at = pair.indexOf('=');
            return { name: pair.substring(0, at), element: document.getElementById(pair.substring(at + 1)) };
        }).filter(function (field) {
            return field.element;
        });
    }

    function keepInAddress() {
        document.querySelectorAll('.ngf-filter-bar[data-address]').forEach(function (bar) {
            var url = new URL(window.location.href);
            fields(bar).forEach(function (field) {
                var value = (field.element.value || '').trim();
                if (value) {
                    url.searchParams.set(field.name, value);
                } else {
                    url.searchParams.delete(field.name);
                }
            });
            if (url.href !== window.location.href) {
                window.history.replaceState(window.history.state, '', url.href);
            }
        });
    }

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && event.target.matches('.ngf-filter-bar[data-address] input[type="text"], .ngf-filter-bar[data-address] input[type="search"]')) {
            event.preventDefault();
        }
    });

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', keepInAddress);
    }
})();
