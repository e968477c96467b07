/*
 * Warns before the session ends for want of activity, and offers one click to stay (WCAG 2.2.1, Timing Adjustable):
 * a form typed into for half an hour without reaching the server would otherwise be lost when it is sent.
 * The server's session lasts its timeout from the last request, so the time is counted from the last page, ajax
 * request or form sent (a download) of this or any other tab of the application (shared through localStorage). A
 * while before the end, a user who has typed or clicked since then is kept logged in without being asked (an ajax
 * request that does nothing); one who has not is asked, and after the end told that they have been logged out, with
 * a button to log in again.
 */
(function () {
    var watch = document.getElementById('session-watch');
    if (!watch || !window.jQuery || !window.PF) {
        return;
    }
    var KEY = 'ngf.lastContact';
    var timeout, warnBefore, lastContact, lastActivity = 0, asked = 0, timer;

    function contact() {
        lastContact = Date.now();
        try {
            localStorage.setItem(KEY, String(lastContact));
        } catch (e) {
            // No storage (a private window): this tab counts alone.
        }
    }

    function latestContact() {
        var shared = 0;
        try {
            shared = Number(localStorage.getItem(KEY)) || 0;
        } catch (e) {
            shared = 0;
        }
        return Math.max(lastContact, shared);
    }

    function shown(widget) {
        return PF(widget) && PF(widget).isVisible();
    }

    function check() {
        var since = Date.now() - latestContact();
        if (since >= timeout) {
            window.clearInterval(timer);
            if (shown('sessionWarning')) {
                PF('sessionWarning').hide();
            }
            PF('sessionExpired').show();
        } else if (since >= timeout - warnBefore) {
            if (shown('sessionWarning')) {
                return;
            }
            if (lastActivity > latestContact()) {
                // Once, then again only if no answer came in ten seconds.
                if (Date.now() - asked > 10000) {
                    asked = Date.now();
                    window.ngfKeepAlive();
                }
            } else {
                PF('sessionWarning').show();
            }
        } else if (shown('sessionWarning')) {
            // Another tab kept the session.
            PF('sessionWarning').hide();
        }
    }

    /** Counts anew from now, with these many seconds until the session ends and before that to warn. */
    function start(timeoutSeconds, warnSeconds) {
        timeout = timeoutSeconds * 1000;
        warnBefore = Math.min(warnSeconds * 1000, timeout / 2);
        contact();
        lastActivity = 0;
        window.clearInterval(timer);
        timer = window.setInterval(check, 1000);
    }

    ['keydown', 'mousedown', 'input', 'touchstart'].forEach(function (type) {
        document.addEventListener(type, function () {
            lastActivity = Date.now();
        }, {capture: true, passive: true});
    });
    window.jQuery(document).on('pfAjaxComplete', contact);
    // A form sent without ajax that leaves the page as it is (a CSV or XLSX download) reached the server too.
    document.addEventListener('submit', contact, true);
    window.jQuery(function () {
        document.getElementById('session:loginAgain').addEventListener('click', function () {
            window.location.assign(window.location.href.split('#')[0]);
        });
        start(Number(watch.getAttribute('data-timeout')), Number(watch.getAttribute('data-warn')));
    });
    window.ngfSessionWatch = {start: start};
})();
