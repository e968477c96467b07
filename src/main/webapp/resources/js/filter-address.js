/*
 * Keeps a list's filters in the address: a filter bar (or a search form) names, in data-address, which address
 * parameter each field fills ("q=filter:query programme=filter:programme_input"). When a field or button inside
 * it has narrowed the list by ajax (and nothing typed was refused), the address is rewritten in place (no new
 * history entry), so a reload, a bookmark or a link sent on shows the same list, and a link that names the same
 * parameters in data-keeps-address ("source who") carries them on as they now are. Enter in a filter bar's field
 * narrows like typing does, instead of posting the form.
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

    /** The element an ajax request came from (PrimeFaces gives its id, or the element itself). */
    function sourceOf(settings) {
        var source = settings && settings.source;
        return typeof source === 'string' ? document.getElementById(source) : source;
    }

    function keepInAddress(event, xhr, settings, args) {
        if (args && args.validationFailed) {
            return;
        }
        var source = sourceOf(settings);
        document.querySelectorAll('[data-address]').forEach(function (bar) {
            // Only what this part of the page asked for: a list paged, or another button pressed, leaves the address
            // as the last search made it, whatever is typed in the fields meanwhile.
            if (!source || !bar.contains(source)) {
                return;
            }
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
            document.querySelectorAll('a[data-keeps-address]').forEach(function (link) {
                var target = new URL(link.href);
                link.dataset.keepsAddress.split(' ').filter(Boolean).forEach(function (name) {
                    if (url.searchParams.has(name)) {
                        target.searchParams.set(name, url.searchParams.get(name));
                    } else {
                        target.searchParams.delete(name);
                    }
                });
                link.href = target.href;
            });
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
