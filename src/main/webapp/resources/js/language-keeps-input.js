/*
 * Keeps what the user typed across a switch of language. The switch loads the page anew in the other language, which
 * would drop a half-written report, plan or reasoning. As the switch is clicked, the text fields and text areas of the
 * page's own forms that the user changed (not passwords, files, numbers, choices or the lists' search fields) are kept
 * in this tab's session storage with the page's address; the page in the other language puts them back, once, and
 * forgets them. Nothing leaves the browser, and nothing is sent until the user sends the form.
 */
(function () {
    var KEY = 'ngf.typedBeforeLanguageSwitch';
    var FIELDS = 'main form input[type="text"]:not(.ui-inputnumber input), main form input[type="email"], main form textarea';

    function here() {
        return window.location.pathname + window.location.search;
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target || !target.closest('a[id$=":lang-en"], a[id$=":lang-nl"]')) {
            return;
        }
        var typed = {};
        document.querySelectorAll(FIELDS).forEach(function (field) {
            if (field.id && field.value !== field.defaultValue) {
                typed[field.id] = field.value;
            }
        });
        try {
            if (Object.keys(typed).length > 0) {
                window.sessionStorage.setItem(KEY, JSON.stringify({page: here(), typed: typed}));
            } else {
                window.sessionStorage.removeItem(KEY);
            }
        } catch (ignored) {
            // Storage refused (a private window, say): the switch goes on without it.
        }
    }, true);

    var kept = null;
    try {
        kept = window.sessionStorage.getItem(KEY);
        window.sessionStorage.removeItem(KEY);
    } catch (ignored) {
        return;
    }
    if (!kept) {
        return;
    }
    var stash = JSON.parse(kept);
    if (!stash || stash.page !== here()) {
        return;
    }
    Object.keys(stash.typed).forEach(function (id) {
        var field = document.getElementById(id);
        if (field && field.matches(FIELDS) && !field.readOnly && !field.disabled) {
            field.value = stash.typed[id];
        }
    });
})();
